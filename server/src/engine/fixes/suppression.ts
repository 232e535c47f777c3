import type { Directive } from '../draft/directives';
import type { Draft } from '../draft/draft';
import { opensFrontMatter } from '../text/frontMatter';
import { lineStartAbove, nonProseAround } from '../draft/nonProse';
import type { Fix, OffsetRange, Suppression, TextEdit } from '../types';

/**
 * Where "Disable RULE for this line" goes so that it takes effect and leaves the message as it was:
 * - `end`: `<!-- invite-lint-disable-line RULE -->` after the line's text, or next to an earlier word when the line
 *   ends in a link (which would take the comment in) or inside code or a comment: nothing in the linter's view moves;
 * - `above`: `<!-- invite-lint-disable-next-line RULE -->` next to a word of the line above, when no word of the line
 *   will do (a line holding only a web address);
 * - `before`: the same on a line of its own above, when neither line will do (this may end a sentence wrapped onto
 *   the line, for the linter);
 * - `around`: a disable/enable pair around the code block, code span or comments the line sits in, on lines of
 *   their own, since a comment written inside them is not a comment.
 */
type LinePlacement =
  | { kind: 'end'; at: number }
  | { kind: 'above'; at: number }
  | { kind: 'before'; at: number }
  | { kind: 'around'; from: number; to: number | undefined; firstLine: number; lastLine: number };

/** A link (`https://…`, `www.…`, `calendly.com/…`): link patterns would take in a comment written against it. */
const URL_IN_TOKEN = /:\/\/|www\.|\.[a-z]{2,}\//i;
/** How a link the Markdown scan knows starts: a comment right before it would stop it from being one. */
const URL_START = /^(?:https?:\/\/|www\.)/i;
/** An opening front matter fence (as `frontMatter.ts` reads it): a comment above it would stop it from being one. */

/** Builds the two suppression fixes every diagnostic offers, with per-draft lookups (each line is examined once). */
export class SuppressionFixes {
  private readonly placements = new Map<number, LinePlacement>();
  /** Offsets of `invite-lint-disable` / `invite-lint-enable` comments, in document order. */
  private readonly toggles: Directive[];
  /** The first `invite-lint-enable` per rule ('' for one naming no rule): a file-wide disable above it stops there. */
  private readonly firstEnable = new Map<string, number>();
  /**
   * Where a file-wide disable goes: the start of the body, or after an opening fence that is never closed. Nothing is
   * written above it: a comment there would make the front matter, or that fence, something else.
   */
  private readonly fileStart: number;

  constructor(
    private readonly draft: Draft,
    directives: Directive[],
  ) {
    this.fileStart = draft.bodyStart === 0 && opensFrontMatter(draft.text) ? draft.lines.lineStart(1) : draft.bodyStart;
    this.toggles = directives.filter((directive) => directive.kind === 'disable' || directive.kind === 'enable');
    for (const directive of this.toggles) {
      if (directive.kind !== 'enable') continue;
      for (const rule of directive.rules.length ? directive.rules : ['']) {
        if (!this.firstEnable.has(rule)) this.firstEnable.set(rule, directive.offset);
      }
    }
  }

  /** `offset` is where the diagnostic starts; `suppressedAt` is the offset its suppression is looked up at. */
  fixesFor(rule: string, offset: number, suppressedAt: number): Fix[] {
    const fixes: Fix[] = [];
    const line = this.lineFix(rule, offset);
    if (line) fixes.push(line);
    const file = this.fileFix(rule, suppressedAt);
    if (file) fixes.push(file);
    return fixes;
  }

  private lineFix(rule: string, offset: number): Fix | undefined {
    const { lines } = this.draft;
    const line = lines.positionAt(offset).line;
    if (lines.lineStart(line) < this.fileStart) return undefined;
    let placement = this.placements.get(line);
    if (!placement) {
      placement = this.placeLine(line);
      this.placements.set(line, placement);
    }
    const rules = [rule];
    // Written out rather than spread from a shared object: this runs for every diagnostic of every lint.
    switch (placement.kind) {
      case 'end':
        return suppressionFix({ rules, scope: 'this line', line: line + 1, comments: [{ at: placement.at, kind: 'disable-line', before: '', after: '' }] });
      case 'above':
        return suppressionFix({ rules, scope: 'this line', line: line + 1, comments: [{ at: placement.at, kind: 'disable-next-line', before: '', after: '' }] });
      case 'before':
        return suppressionFix({
          rules,
          scope: 'this line',
          line: line + 1,
          comments: [{ at: placement.at, kind: 'disable-next-line', before: '', after: this.lineBreakBefore(placement.at) }],
        });
      case 'around': {
        // A disable or enable of this rule inside the pair would be overridden by it or would override it.
        if (this.togglesRule(rule, placement.from, placement.to ?? this.draft.text.length)) return undefined;
        const comments: Suppression['comments'] = [{ at: placement.from, kind: 'disable', before: '', after: this.lineBreakBefore(placement.from) }];
        if (placement.to !== undefined) comments.push(this.ownLineAt(placement.to, 'enable'));
        const scope = placement.firstLine === placement.lastLine ? `line ${placement.firstLine + 1}` : `lines ${placement.firstLine + 1}–${placement.lastLine + 1}`;
        return suppressionFix({ rules, scope, comments });
      }
    }
  }

  /**
   * At the start of the body, on a line of its own; none for a diagnostic above that point (an unclosed opening fence)
   * or below an enable of the rule, which would undo it there.
   */
  private fileFix(rule: string, suppressedAt: number): Fix | undefined {
    const enabledAt = Math.min(this.firstEnable.get(rule) ?? Infinity, this.firstEnable.get('') ?? Infinity);
    if (suppressedAt < this.fileStart || enabledAt <= suppressedAt) return undefined;
    return suppressionFix({ rules: [rule], scope: 'this file', comments: [this.ownLineAt(this.fileStart, 'disable')] });
  }

  private placeLine(line: number): LinePlacement {
    const { lines, text } = this.draft;
    const lineStart = lines.lineStart(line);
    const end = this.inlineSpot(line);
    if (end !== undefined) return { kind: 'end', at: end };
    const above = line > 0 && lines.lineStart(line - 1) >= this.fileStart ? this.inlineSpot(line - 1) : undefined;
    if (above !== undefined) return { kind: 'above', at: above };
    if (!this.blocking(lineStart)) return { kind: 'before', at: lineStart };

    const from = lineStartAbove(this.draft, lineStart);
    let to: number | undefined;
    let lastLine = lines.lineCount - 1;
    for (let current = line; ; ) {
      if (current + 1 >= lines.lineCount) {
        // Past the last line: an enable there only if no code block or comment runs to the end of the text.
        const final = this.draft.excluded[this.draft.excluded.length - 1];
        to = final && final.end >= text.length ? undefined : text.length;
        break;
      }
      const next = lines.lineStart(current + 1);
      const range = this.blocking(next);
      if (!range) {
        to = next;
        lastLine = current;
        break;
      }
      const endLine = lines.positionAt(range.end).line;
      if (lines.lineStart(endLine) === range.end && range.end < text.length) {
        to = range.end;
        lastLine = endLine - 1;
        break;
      }
      current = endLine;
    }
    return { kind: 'around', from, to, firstLine: lines.positionAt(from).line, lastLine };
  }

  /**
   * Where a comment can stand on a line without changing anything the linter sees: after the last word that is not a
   * link (which would take the comment in), else before a word that does not start a link (which would stop being
   * one); never inside code or a comment. None on a line without text, where a comment would stand alone and take the
   * line out of the message.
   */
  private inlineSpot(line: number): number | undefined {
    const { lines, text } = this.draft;
    const lineStart = lines.lineStart(line);
    const lineEnd = lines.lineEnd(line);
    let lastWordEnd: number | undefined;
    // Words are read from the end of the line only as far as needed: usually the last one will do.
    for (const [start, end] of wordsBackwards(text, lineStart, lineEnd)) {
      lastWordEnd ??= end;
      const after = end === lastWordEnd ? lineEnd : end;
      if (!URL_IN_TOKEN.test(text.slice(start, end)) && !this.blocking(after)) return after;
    }
    // Not before the line's first word: a line that starts with a comment reads, for the sentence splitter, as blank.
    let firstWordStart = lineStart;
    while (firstWordStart < lineEnd && isSpace(text.charCodeAt(firstWordStart))) firstWordStart++;
    for (const [start, end] of wordsBackwards(text, lineStart, lineEnd)) {
      if (start !== firstWordStart && !URL_START.test(text.slice(start, end)) && !this.blocking(start)) return start;
    }
    return undefined;
  }

  /**
   * The non-prose range (code, comment, URL) a comment inserted at an offset would fall into: one that strictly
   * contains it, or at the end of the text one that ends there (an unclosed fence or comment takes in what is appended).
   */
  private blocking(offset: number): OffsetRange | undefined {
    const ranges = this.draft.excluded;
    const last = ranges[ranges.length - 1];
    if (offset === this.draft.text.length && last?.end === offset) return last;
    return nonProseAround(this.draft, offset);
  }

  private togglesRule(rule: string, from: number, to: number): boolean {
    let low = 0;
    let high = this.toggles.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.toggles[mid].offset < from) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < this.toggles.length && this.toggles[i].offset < to; i++) {
      const rules = this.toggles[i].rules;
      if (rules.length === 0 || rules.includes(rule)) return true;
    }
    return false;
  }

  /** A comment on a line of its own at a line start, or after a new line break at the end of a text without one. */
  private ownLineAt(at: number, kind: Suppression['comments'][number]['kind']): Suppression['comments'][number] {
    const { text } = this.draft;
    const atLineStart = at === 0 || text[at - 1] === '\n' || text[at - 1] === '\r';
    if (atLineStart) return { at, kind, before: '', after: this.lineBreakBefore(at) };
    return { at, kind, before: this.draft.lines.eol, after: '' };
  }

  /** The draft's line break, made whole where a lone CR would otherwise pair with the LF that follows it. */
  private lineBreakBefore(at: number): string {
    const eol = this.draft.lines.eol;
    return eol === '\r' && this.draft.text[at] === '\n' ? '\r\n' : eol;
  }
}

/** The runs of non-space characters of text[lineStart, lineEnd), last first, as [start, end]. */
function* wordsBackwards(text: string, lineStart: number, lineEnd: number): Generator<[start: number, end: number]> {
  let end = lineEnd;
  while (end > lineStart && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  while (end > lineStart) {
    let start = end;
    while (start > lineStart && !isSpace(text.charCodeAt(start - 1))) start--;
    yield [start, end];
    end = start;
    while (end > lineStart && isSpace(text.charCodeAt(end - 1))) end--;
  }
}

/** `/\s/` for one UTF-16 unit, ASCII decided without a regular expression. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || (code >= 128 && /\s/.test(String.fromCharCode(code)));
}

/** "Disable RULES for SCOPE": one directive comment per place, naming every rule of the suppression. */
export function suppressionFix(suppression: Suppression): Fix {
  // Most suppressions name one rule.
  const one = suppression.rules.length === 1 ? suppression.rules[0] : undefined;
  const rules = one ?? suppression.rules.join(' ');
  return {
    title: `Disable ${one ?? suppression.rules.join(', ')} for ${suppression.scope}`,
    suppression,
    edits: suppression.comments.map(({ at, kind, before, after }): TextEdit => ({ start: at, end: at, newText: `${before}<!-- invite-lint-${kind} ${rules} -->${after}` })),
  };
}

/**
 * Suppressions that write their comments in the same places for the same reach (several diagnostics on one line, or
 * the file-wide ones) as one fix whose comments name all their rules, in the order first given; `from` lists the
 * fixes each one stands for.
 */
export function mergeSuppressions(fixes: readonly Fix[]): { fix: Fix; from: Fix[] }[] {
  const merged = new Map<string, { suppression: Suppression; from: Fix[] }>();
  for (const fix of fixes) {
    const { suppression } = fix;
    if (!suppression) continue;
    // Equal for suppressions that can be written as one: the same reach, comments of the same kinds in the same places.
    const key = JSON.stringify([suppression.scope, suppression.comments]);
    const same = merged.get(key);
    if (!same) {
      merged.set(key, { suppression: { ...suppression, rules: [...suppression.rules] }, from: [fix] });
      continue;
    }
    same.from.push(fix);
    for (const rule of suppression.rules) if (!same.suppression.rules.includes(rule)) same.suppression.rules.push(rule);
  }
  const groups = [...merged.values()];
  // "This line" is ambiguous once two lines are offered (a diagnostic under the cursor that starts on a line above).
  const lineScopes = groups.filter(({ suppression }) => suppression.scope === 'this line').length;
  return groups.map(({ suppression, from }) => ({
    fix: suppressionFix(lineScopes > 1 && suppression.line ? { ...suppression, scope: `line ${suppression.line}` } : suppression),
    from,
  }));
}
