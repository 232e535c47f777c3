import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_CONFIG, RULES, lint, type Diagnostic } from '../../server/src/engine';

/** The rules a lone draft can trip; the ones that compare drafts (form-letter, follow-up-due) are tested on workspaces. */
export const SINGLE_DRAFT_RULES = RULES.filter((rule) => !rule.workspace).map((rule) => rule.name);
import { repoRoot } from './paths';

export const corpusDir = join(repoRoot, 'test', 'corpus');
/** Drafts written after the rules were tuned on the corpus: reported by `npm run eval`, not gated. */
export const holdoutDir = join(repoRoot, 'test', 'holdout');
/** Drafts written blind to the rules (issue 7), in train/, dev/ and test/. */
export const blindDir = join(repoRoot, 'test', 'blind');

/** One labelled draft: its trailing `<!-- corpus ... -->` comment says which rules must fire and which stay quiet. */
export interface CorpusDraft {
  file: string;
  label: 'good' | 'bad';
  expect: string[];
  quiet: string[];
  text: string;
}

const LABEL_BLOCK = /<!-- corpus\r?\n([^]*?)-->/;

export function loadCorpus(dir = corpusDir): CorpusDraft[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.invite.md'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const block = LABEL_BLOCK.exec(text);
      if (!block) throw new Error(`${file} has no <!-- corpus --> label block`);
      const fields = Object.fromEntries(
        block[1]
          .split(/\r?\n/)
          .filter((line) => line.includes(':'))
          .map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]),
      );
      const list = (value: string | undefined) => (!value || value === 'none' ? [] : value.split(/\s*,\s*/));
      const label = fields.label;
      if (label !== 'good' && label !== 'bad') throw new Error(`${file}: label must be good or bad`);
      return { file, label, expect: list(fields.expect), quiet: list(fields.quiet), text };
    });
}

export interface RuleScore {
  rule: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface Evaluation {
  scores: RuleScore[];
  /** Good drafts with any warning or error. */
  goodFlagged: { file: string; hits: string[] }[];
  /** Drafts whose hits differ from their labels. */
  mismatches: { file: string; missing: string[]; unexpected: string[] }[];
  drafts: number;
  good: number;
}

/** A rule counts as firing on a draft when it reports anything there, at any severity. */
export function evaluate(drafts: CorpusDraft[]): Evaluation {
  const counts = new Map(SINGLE_DRAFT_RULES.map((rule) => [rule, { tp: 0, fp: 0, fn: 0 }]));
  const goodFlagged: Evaluation['goodFlagged'] = [];
  const mismatches: Evaluation['mismatches'] = [];
  for (const draft of drafts) {
    const diagnostics: Diagnostic[] = lint(draft.text, DEFAULT_CONFIG).diagnostics;
    const fired = new Set(diagnostics.map((d) => d.rule));
    for (const rule of SINGLE_DRAFT_RULES) {
      const count = counts.get(rule)!;
      const expected = draft.expect.includes(rule);
      if (expected && fired.has(rule)) count.tp++;
      else if (fired.has(rule)) count.fp++;
      else if (expected) count.fn++;
    }
    const missing = draft.expect.filter((rule) => !fired.has(rule));
    const unexpected = [...fired].filter((rule) => !draft.expect.includes(rule));
    if (missing.length || unexpected.length) mismatches.push({ file: draft.file, missing, unexpected });
    if (draft.label === 'good') {
      const serious = diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => `${d.rule} (${d.severity})`);
      if (serious.length) goodFlagged.push({ file: draft.file, hits: serious });
    }
  }
  const scores = [...counts].map(([rule, { tp, fp, fn }]) => ({
    rule,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? Number.NaN : tp / (tp + fn),
  }));
  return { scores, goodFlagged, mismatches, drafts: drafts.length, good: drafts.filter((d) => d.label === 'good').length };
}

export function formatEvaluation(evaluation: Evaluation): string {
  const percent = (value: number) => (Number.isNaN(value) ? '  n/a' : `${(value * 100).toFixed(1).padStart(5)}%`);
  const width = Math.max(...evaluation.scores.map((s) => s.rule.length));
  const lines = [
    `${'rule'.padEnd(width)}  precision  recall   TP  FP  FN`,
    `${'-'.repeat(width)}  ---------  ------  ---  --  --`,
    ...evaluation.scores.map(
      (s) => `${s.rule.padEnd(width)}     ${percent(s.precision)}  ${percent(s.recall)}  ${String(s.truePositives).padStart(3)}  ${String(s.falsePositives).padStart(2)}  ${String(s.falseNegatives).padStart(2)}`,
    ),
    '',
    `${evaluation.drafts} drafts (${evaluation.good} good); good drafts with a warning or error: ${evaluation.goodFlagged.length}`,
  ];
  for (const flagged of evaluation.goodFlagged) lines.push(`  good but flagged: ${flagged.file}: ${flagged.hits.join(', ')}`);
  for (const mismatch of evaluation.mismatches) {
    lines.push(`  differs from its label: ${mismatch.file}:${mismatch.missing.map((r) => ` missing ${r}`).join(',')}${mismatch.unexpected.map((r) => ` unexpected ${r}`).join(',')}`);
  }
  return lines.join('\n');
}
