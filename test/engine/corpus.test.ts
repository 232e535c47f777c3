import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RULE_NAMES } from '../../server/src/engine';
import { SINGLE_DRAFT_RULES, evaluate, formatEvaluation, loadCorpus } from '../support/corpus';

const MIN_PRECISION = 0.95;
const MIN_RECALL = 0.95;

describe('labelled corpus', () => {
  const drafts = loadCorpus();
  const evaluation = evaluate(drafts);
  const report = formatEvaluation(evaluation);

  it('has at least 150 drafts, 60 of them good, and bad ones for every rule', () => {
    assert.ok(drafts.length >= 150, `${drafts.length} drafts`);
    assert.ok(evaluation.good >= 60, `${evaluation.good} good drafts`);
    for (const rule of SINGLE_DRAFT_RULES) assert.ok(drafts.some((d) => d.label === 'bad' && d.expect.includes(rule)), `no bad draft for ${rule}`);
  });

  it('labels only known rules, and never a rule as both expected and quiet', () => {
    for (const draft of drafts) {
      for (const rule of [...draft.expect, ...draft.quiet]) assert.ok(RULE_NAMES.includes(rule), `${draft.file}: unknown rule ${rule}`);
      assert.deepEqual(draft.expect.filter((rule) => draft.quiet.includes(rule)), [], draft.file);
    }
  });

  for (const score of evaluation.scores) {
    it(`${score.rule}: precision and recall at least 95%`, () => {
      assert.ok(score.precision >= MIN_PRECISION, `precision ${score.precision}\n${report}`);
      assert.ok(score.recall >= MIN_RECALL, `recall ${score.recall}\n${report}`);
    });
  }

  it('flags no good draft at warning or error', () => {
    assert.deepEqual(evaluation.goodFlagged, [], report);
  });
});
