import { DEFAULT_CONFIG, LineIndex, applyEdits, lint, summarizeMessage, type Diagnostic, type EngineConfig, type Fix } from '../../server/src/engine';
import { quickFixMenu } from '../../server/src/engine/fixes/quickFixMenu';
import { fillTabStop } from './fill';

/** One broken promise, said so that a person can reproduce it from the message alone. */
export interface Problem {
  /** A short stable name for the kind of problem ("suppression changed the message"), for grouping and todos. */
  kind: string;
  detail: string;
  /** For a problem with a fix: the fix's diagnostic's rule, and whether the fix is a suppression. */
  rule?: string;
  suppression?: boolean;
  /** The fix puts a line of its own into the draft. */
  insertsLine?: boolean;
  /** The fix is a suppression the quick-fix menu made of several rules' suppressions on one line. */
  combined?: boolean;
}

export interface DraftCheck {
  diagnostics: number;
  /** Fixes applied and checked, suppressions included. */
  fixes: number;
  suppressions: number;
  problems: Problem[];
}

/** Which fixes the caller wants to leave out of the checks (known bugs owned elsewhere, each a named todo). */
export type FixFilter = (diagnostic: Diagnostic, fix: Fix) => boolean;

/**
 * Lints a draft and checks what every fix promises, the way a person uses it (tab stops filled in as
 * `test/support/fill.ts` types them):
 * - every diagnostic and edit lies within the text, never between a CR and its LF; diagnostics are sorted, a fix's
 *   edits sorted and disjoint;
 * - a fix touches nothing outside its edits' span, removes a diagnostic of its rule and adds no error
 *   (too-long excepted when the fix lengthened the message: added text can push a note over the limit; name-mismatch
 *   when a tab stop took a name, which is the filler's guess; front matter fixes excepted: what the front matter says
 *   decides which rules apply);
 * - a suppression fix only silences: the message is unchanged, the diagnostic is gone, no other rule's diagnostic
 *   changes and no diagnostic of its rule appears.
 */
export function checkDraft(text: string, options: { config?: EngineConfig; skip?: FixFilter } = {}): DraftCheck {
  const config = options.config ?? DEFAULT_CONFIG;
  const problems: Problem[] = [];
  const problem = (kind: string, detail: string, about?: { d: Diagnostic; fix: Fix }) =>
    problems.push({
      kind,
      detail,
      ...(about ? { rule: about.d.rule, suppression: about.fix.suppression !== undefined, insertsLine: about.fix.edits.some((edit) => /[\r\n]$/.test(edit.newText)) } : {}),
      ...(about && (about.fix.suppression?.rules.length ?? 0) > 1 ? { combined: true } : {}),
    });
  let before: Diagnostic[];
  try {
    before = lint(text, config).diagnostics;
  } catch (error) {
    problem('lint threw', (error as Error).stack ?? String(error));
    return { diagnostics: 0, fixes: 0, suppressions: 0, problems };
  }
  for (const [index, d] of before.entries()) {
    if (!(0 <= d.start && d.start <= d.end && d.end <= text.length)) problem('diagnostic out of bounds', `${d.rule} [${d.start}, ${d.end}) in a text of ${text.length}`);
    if (splitsLineBreak(text, d.start) || splitsLineBreak(text, d.end)) problem('diagnostic between CR and LF', `${d.rule} [${d.start}, ${d.end})`);
    const previous = before[index - 1];
    if (previous && previous.start > d.start) problem('diagnostics out of order', `${previous.rule}@${previous.start} before ${d.rule}@${d.start}`);
  }
  const messageBefore = summarizeMessage(text, config).text;
  const errorsBefore = errorsByRule(before);
  let fixes = 0;
  let suppressions = 0;
  for (const d of before) {
    for (const fix of d.fixes) {
      if (options.skip?.(d, fix)) continue;
      fixes++;
      const where = `${d.rule} [${d.start}, ${d.end}) fix "${fix.title}"`;
      const edits = fix.edits;
      if (edits.length === 0) problem('fix without edits', where, { d, fix });
      for (const [i, edit] of edits.entries()) {
        if (!(0 <= edit.start && edit.start <= edit.end && edit.end <= text.length)) problem('edit out of bounds', `${where}: [${edit.start}, ${edit.end}) in a text of ${text.length}`, { d, fix });
        if (splitsLineBreak(text, edit.start) || splitsLineBreak(text, edit.end)) problem('edit between CR and LF', `${where}: [${edit.start}, ${edit.end})`, { d, fix });
        if (i > 0 && edits[i - 1].end > edit.start) problem('edits out of order or overlapping', `${where}: ${JSON.stringify(edits)}`, { d, fix });
      }
      let fixed: string;
      let after: Diagnostic[];
      try {
        fixed = applyEdits(text, edits, fillTabStop);
        after = lint(fixed, config).diagnostics;
      } catch (error) {
        problem('lint threw on a fixed draft', `${where}: ${(error as Error).stack ?? error}`, { d, fix });
        continue;
      }
      const first = Math.min(...edits.map((edit) => edit.start));
      const last = Math.max(...edits.map((edit) => edit.end));
      if (fixed.slice(0, first) !== text.slice(0, first) || fixed.slice(fixed.length - (text.length - last)) !== text.slice(last)) {
        problem('fix changed text outside its range', where, { d, fix });
      }
      const messageAfter = summarizeMessage(fixed, config).text;
      if (fix.suppression) {
        suppressions++;
        checkSuppression([d], fix, before, after, where, (kind, detail) => problem(kind, detail, { d, fix }));
        if (messageAfter !== messageBefore) problem('suppression changed the message', `${where}: ${JSON.stringify(messageBefore)} became ${JSON.stringify(messageAfter)} in ${JSON.stringify(fixed)}`, { d, fix });
        continue;
      }
      // Correcting the front matter changes what the linter knows: a key spelt right may show its value is wrong, a
      // `to` or `kind` now read may bring other rules in. There, the diagnostic itself must go; the rest may follow.
      const frontMatter = d.rule === 'front-matter';
      if (frontMatter) checkFrontMatterShape(text, fixed, where, (kind, detail) => problem(kind, detail, { d, fix }));
      const count = (list: Diagnostic[]) => list.filter((other) => other.rule === d.rule && (!frontMatter || other.message === d.message)).length;
      if (count(after) >= count(before)) problem('fix left its diagnostic', `${where}: ${d.rule} still there in ${JSON.stringify(fixed)}`, { d, fix });
      for (const [rule, errors] of errorsByRule(after)) {
        if (rule === d.rule || frontMatter || errors <= (errorsBefore.get(rule) ?? 0)) continue;
        if (rule === 'too-long' && messageAfter.length > messageBefore.length) continue;
        // A name typed into a tab stop is the filler's guess, not the front matter's `to`.
        if (rule === 'name-mismatch' && edits.some((edit) => edit.snippet)) continue;
        problem('fix added an error', `${where}: new ${rule} error in ${JSON.stringify(fixed)}`, { d, fix });
      }
    }
  }
  // The menu's suppressions for several rules on one line, one comment naming them all, promise the same.
  const byLine = new Map<number, Diagnostic[]>();
  const lines = new LineIndex(text);
  for (const d of before) {
    const line = lines.positionAt(d.start).line;
    byLine.set(line, [...(byLine.get(line) ?? []), d]);
  }
  for (const onLine of byLine.values()) {
    if (new Set(onLine.map((d) => d.rule)).size < 2) continue;
    for (const { fix, diagnostics } of quickFixMenu(onLine)) {
      if (!fix.suppression || fix.suppression.rules.length < 2 || diagnostics.some((d) => options.skip?.(d, fix))) continue;
      fixes++;
      suppressions++;
      const where = `${fix.suppression.rules.join(', ')} fix "${fix.title}"`;
      const report = (kind: string, detail: string) => problem(kind, detail, { d: diagnostics[0], fix });
      let fixed: string;
      let after: Diagnostic[];
      try {
        fixed = applyEdits(text, fix.edits);
        after = lint(fixed, config).diagnostics;
      } catch (error) {
        report('lint threw on a fixed draft', `${where}: ${(error as Error).stack ?? error}`);
        continue;
      }
      checkSuppression(diagnostics, fix, before, after, where, report);
      const messageAfter = summarizeMessage(fixed, config).text;
      if (messageAfter !== messageBefore) report('suppression changed the message', `${where}: ${JSON.stringify(messageBefore)} became ${JSON.stringify(messageAfter)} in ${JSON.stringify(fixed)}`);
    }
  }
  return { diagnostics: before.length, fixes, suppressions, problems };
}

/** The front matter block as a reader sees it: fences, lines, keys. */
export const FRONT_MATTER_BLOCK = /^(?:\uFEFF)?---[ \t]*(?:\r\n|\n|\r)([^]*?)(?:\r\n|\n|\r)(?:---|\.\.\.)[ \t]*(?:\r\n|\n|\r|$)/;

/** The top-level keys of a front matter block's content, in order, repeats included. */
export function frontMatterKeys(content: string): string[] {
  return content
    .split(/\r\n|\n|\r/)
    .map((line) => /^([^\s#:][^:]*?)[ \t]*:/.exec(line)?.[1])
    .filter((key) => key !== undefined);
}

/** A front matter fix corrects a word: the front matter stays front matter, and no key appears twice that did not. */
function checkFrontMatterShape(text: string, fixed: string, where: string, problem: (kind: string, detail: string) => void): void {
  const before = FRONT_MATTER_BLOCK.exec(text);
  const after = FRONT_MATTER_BLOCK.exec(fixed);
  if (!before || !after) {
    problem('front matter fix broke the front matter', `${where}: ${JSON.stringify(before?.[0])} became ${JSON.stringify(after?.[0])}`);
    return;
  }
  const repeats = (block: RegExpExecArray) => {
    const keys = frontMatterKeys(block[1]);
    return keys.length - new Set(keys).size;
  };
  if (repeats(after) > repeats(before)) problem('front matter fix repeated a key', `${where}: ${JSON.stringify(after[0])}`);
}

/** An offset between the CR and the LF of a CRLF: no editor position lies there. */
function splitsLineBreak(text: string, offset: number): boolean {
  return text[offset] === '\n' && text[offset - 1] === '\r';
}

function errorsByRule(diagnostics: Diagnostic[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const d of diagnostics) if (d.severity === 'error') counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
  return counts;
}

/**
 * Suppression fixes only insert: where each diagnostic of the original text lands after the insertions. The diagnostics
 * it answers (`answered`) go, other diagnostics of their rules may, every other one stays.
 */
function checkSuppression(answered: Diagnostic[], fix: Fix, before: Diagnostic[], after: Diagnostic[], where: string, problem: (kind: string, detail: string) => void): void {
  if (fix.edits.some((edit) => edit.start !== edit.end)) {
    problem('suppression replaces text', where);
    return;
  }
  const shift = (offset: number, inclusive: boolean) =>
    offset + fix.edits.reduce((sum, edit) => sum + (edit.start < offset || (inclusive && edit.start === offset) ? edit.newText.length : 0), 0);
  const key = (x: Diagnostic) => `${x.rule}|${x.severity}|${x.start}|${x.end}|${x.message}`;
  // Text inserted right at a diagnostic's end may fall inside it (a range that runs to the end of its line) or not.
  const moved = (x: Diagnostic, endInclusive: boolean) => key({ ...x, start: shift(x.start, true), end: shift(x.end, endInclusive || x.start === x.end) });
  const expected = new Map<string, number>();
  const alias = new Map<string, string>();
  for (const x of before) {
    const k = moved(x, false);
    expected.set(k, (expected.get(k) ?? 0) + 1);
    alias.set(moved(x, true), k);
  }
  const targets = new Set(answered.flatMap((d) => [moved(d, false), moved(d, true)]));
  for (const x of after) {
    const k = expected.get(key(x)) ? key(x) : alias.get(key(x)) ?? key(x);
    if (targets.has(key(x))) problem('suppression left its diagnostic', `${where}: still reported`);
    const left = expected.get(k) ?? 0;
    if (left === 0) problem('suppression changed another diagnostic', `${where}: ${k} is new`);
    else expected.set(k, left - 1);
  }
  const silenced = new Set(answered.map((d) => d.rule));
  for (const [k, left] of expected) {
    if (left > 0 && !targets.has(k) && !silenced.has(k.slice(0, k.indexOf('|')))) problem('suppression changed another diagnostic', `${where}: ${k} is gone`);
  }
}
