// Completion inside `<!-- invite-lint-... -->`: the directives after `invite-lint-`, then the rule names. Works on the
// line as typed, before the comment is closed; string scans only, no regular expression over the line.
import type { Suggestion } from '../assist';
import { DIRECTIVE_KINDS } from '../directives';
import { RULES } from '../rules';

const DIRECTIVES: Record<(typeof DIRECTIVE_KINDS)[number], string> = {
  disable: 'Silences the rules named (every rule when none is named) from here to the end of the file, or to an `invite-lint-enable`.',
  enable: 'Turns the rules named (every rule when none is named) back on after an `invite-lint-disable`.',
  'disable-line': 'Silences the rules named (every rule when none is named) on this line.',
  'disable-next-line': 'Silences the rules named (every rule when none is named) on the next line.',
};
const PREFIX = 'invite-lint-';

/** Suggestions when the offset is inside an invite-lint comment on its line; undefined anywhere else. */
export function completeDirective(text: string, offset: number): Suggestion[] | undefined {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const open = offset < 4 ? -1 : text.lastIndexOf('<!--', offset - 4);
  if (open < lineStart) return undefined;
  const inside = text.slice(open + 4, offset);
  if (inside.includes('-->')) return undefined;
  const head = inside.length - inside.trimStart().length;
  if (!inside.startsWith(PREFIX, head)) return undefined;
  const rest = inside.slice(head + PREFIX.length);
  const typed = trailingToken(rest);
  if (typed.length === rest.length) {
    return DIRECTIVE_KINDS.map((kind) => ({
      label: kind,
      kind: 'value',
      detail: 'invite-lint directive',
      documentation: DIRECTIVES[kind],
      newText: kind,
      snippet: false,
      range: { start: offset - typed.length, end: offset },
    }));
  }
  const kind = DIRECTIVE_KINDS.find((candidate) => rest.startsWith(candidate) && isSeparator(rest[candidate.length]));
  if (!kind) return undefined;
  const listed = new Set(rest.slice(kind.length, rest.length - typed.length).split(/[\s,]+/));
  return RULES.filter((rule) => !listed.has(rule.name)).map((rule) => ({
    label: rule.name,
    kind: 'value',
    detail: `rule · default ${rule.defaultSeverity}`,
    documentation: rule.description,
    newText: rule.name,
    snippet: false,
    range: { start: offset - typed.length, end: offset },
  }));
}

/** The word being typed at the end: what follows the last space or comma. */
function trailingToken(text: string): string {
  let start = text.length;
  while (start > 0 && !isSeparator(text[start - 1])) start--;
  return text.slice(start);
}

function isSeparator(character: string | undefined): boolean {
  return character === ',' || (character !== undefined && /\s/.test(character));
}
