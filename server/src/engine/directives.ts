import type { LineIndex } from './positions';
import type { HtmlComment } from './markdown';

type DirectiveKind = 'disable' | 'enable' | 'disable-next-line' | 'disable-line';

export interface Directive {
  kind: DirectiveKind;
  /** Empty means every rule. */
  rules: string[];
  offset: number;
  line: number;
}

const DIRECTIVE = /^\s*invite-lint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([^]*)$/;

export function parseDirectives(comments: HtmlComment[], lines: LineIndex): Directive[] {
  const directives: Directive[] = [];
  for (const comment of comments) {
    const match = DIRECTIVE.exec(comment.body);
    if (!match) continue;
    const rules = match[2].split(/[\s,]+/).filter(Boolean);
    const kind = match[1] as DirectiveKind;
    const line = kind === 'disable-next-line' ? lines.positionAt(comment.end).line + 1 : lines.positionAt(comment.start).line;
    directives.push({ kind, rules, offset: comment.start, line });
  }
  return directives;
}

/** Answers whether a rule is silenced at an offset, markdownlint-style: file-wide toggles apply from where they stand. */
export class Suppressions {
  constructor(
    private readonly directives: Directive[],
    private readonly lines: LineIndex,
  ) {}

  isSuppressed(rule: string, offset: number): boolean {
    const line = this.lines.positionAt(offset).line;
    let disabled = false;
    for (const directive of this.directives) {
      const applies = directive.rules.length === 0 || directive.rules.includes(rule);
      if (!applies) continue;
      if (directive.kind === 'disable-next-line' || directive.kind === 'disable-line') {
        if (directive.line === line) return true;
      } else if (directive.offset <= offset) {
        disabled = directive.kind === 'disable';
      }
    }
    return disabled;
  }
}
