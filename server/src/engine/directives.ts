import type { LineIndex } from './positions';
import type { HtmlComment } from './markdown';
import type { OffsetRange } from './types';
import { partitionPoint } from './search';

export const DIRECTIVE_KINDS = ['disable', 'enable', 'disable-line', 'disable-next-line'] as const;
type DirectiveKind = (typeof DIRECTIVE_KINDS)[number];

export interface Directive {
  kind: DirectiveKind;
  /** Empty means every rule. */
  rules: string[];
  /** Each rule name where it is written, for the check that the names exist. */
  names: ({ name: string } & OffsetRange)[];
  offset: number;
  line: number;
}

const DIRECTIVE = /^\s*invite-lint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([^]*)$/;

export function parseDirectives(comments: HtmlComment[], lines: LineIndex): Directive[] {
  const directives: Directive[] = [];
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.body);
    if (!match) continue;
    const namesStart = comment.bodyStart + match[0].length - match[2].length;
    const names = [...match[2].matchAll(/[^\s,]+/g)].map((name) => ({ name: name[0], start: namesStart + name.index, end: namesStart + name.index + name[0].length }));
    const kind = match[1] as DirectiveKind;
    const line = kind === 'disable-next-line' ? lines.positionAt(comment.end).line + 1 : lines.positionAt(comment.start).line;
    directives.push({ kind, rules: names.map((name) => name.name), names, offset: comment.start, line });
  }
  return directives;
}

const EVERY_RULE = '';

/**
 * Answers whether a rule is silenced at an offset, markdownlint-style: file-wide toggles apply from where they stand.
 * Indexed once per draft (lines silenced per rule, toggles per rule in document order), so each hit costs a lookup
 * and a binary search instead of a walk over every directive.
 */
export class Suppressions {
  /** Rule ('' for every rule) -> lines silenced by disable-line / disable-next-line. */
  private readonly lines = new Map<string, Set<number>>();
  /** Rule ('' for every rule) -> its disable/enable toggles, in document order. */
  private readonly toggles = new Map<string, { offset: number; disable: boolean }[]>();

  constructor(
    directives: Directive[],
    private readonly lineIndex: LineIndex,
  ) {
    for (const directive of directives) {
      for (const rule of directive.rules.length === 0 ? [EVERY_RULE] : directive.rules) {
        if (directive.kind === 'disable-next-line' || directive.kind === 'disable-line') {
          let lines = this.lines.get(rule);
          if (!lines) this.lines.set(rule, (lines = new Set()));
          lines.add(directive.line);
        } else {
          let toggles = this.toggles.get(rule);
          if (!toggles) this.toggles.set(rule, (toggles = []));
          toggles.push({ offset: directive.offset, disable: directive.kind === 'disable' });
        }
      }
    }
  }

  isSuppressed(rule: string, offset: number): boolean {
    if (this.lines.size > 0) {
      const line = this.lineIndex.positionAt(offset).line;
      if (this.lines.get(rule)?.has(line) || this.lines.get(EVERY_RULE)?.has(line)) return true;
    }
    // The toggle that stands last before the offset wins, whether it names the rule or every rule.
    const own = lastBefore(this.toggles.get(rule), offset);
    const all = lastBefore(this.toggles.get(EVERY_RULE), offset);
    const last = !own ? all : !all ? own : own.offset > all.offset ? own : all;
    return last?.disable ?? false;
  }
}

function lastBefore<T extends { offset: number }>(sorted: T[] | undefined, offset: number): T | undefined {
  return sorted?.[partitionPoint(sorted.length, (index) => sorted[index].offset <= offset) - 1];
}
