import { complete, hover } from '../../server/src/engine';
import { checkDraft, type Problem } from '../support/checkFixes';
import { random } from '../support/random';
import { knownProblem } from './known';
import { mutatedDraft } from './mutate';

export interface EngineCaseResult {
  seed: number;
  text: string;
  diagnostics: number;
  fixes: number;
  suppressions: number;
  problems: Problem[];
  /** Problems of a kind already tracked elsewhere (see `known.ts`), counted apart by name. */
  known: string[];
}

/** One mutated draft: every check of `checkDraft`, plus completion and hover at a few offsets. */
export function runEngineCase(seed: number, drafts: readonly string[]): EngineCaseResult {
  const text = mutatedDraft(seed, drafts);
  const check = checkDraft(text);
  const next = random(seed ^ 0x5bd1e995);
  for (let i = 0; i < 4; i++) {
    const offset = Math.floor(next() * (text.length + 1));
    try {
      complete(text, offset);
      hover(text, offset);
    } catch (error) {
      check.problems.push({ kind: 'completion or hover threw', detail: `at ${offset}: ${(error as Error).stack ?? error}` });
    }
  }
  const known: string[] = [];
  const problems: Problem[] = [];
  for (const problem of check.problems) {
    const name = knownProblem(text, problem);
    if (name) known.push(name);
    else problems.push(problem);
  }
  return { seed, text, diagnostics: check.diagnostics, fixes: check.fixes, suppressions: check.suppressions, problems, known };
}
