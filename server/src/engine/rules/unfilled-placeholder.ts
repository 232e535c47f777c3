import type { Draft } from '../draft';
import { greetableName, greetingName } from '../greeting';
import { notLiteral } from '../literal';
import { escapeSnippet } from '../snippet';
import type { Fix } from '../types';
import type { Rule } from './rule';

const NAME_PLACEHOLDER = /name|first|recipient|person/i;

export const unfilledPlaceholder: Rule = {
  name: 'unfilled-placeholder',
  description: 'Template placeholders left in the draft.',
  rationale: 'A placeholder that reaches the recipient shows a mass-mailed template and undoes every other effort to be personal.',
  defaultSeverity: 'error',
  tags: ['template'],
  check(draft, report) {
    for (const hit of [...(draft.subject?.placeholders ?? []), ...draft.placeholders]) {
      const placeholder = draft.text.slice(hit.start, hit.end);
      report({ ...hit, message: `Fill in the placeholder ${placeholder} before sending.`, fix: nameFix(draft, placeholder, hit) ?? typeOver(placeholder, hit) });
    }
  },
};

const literalNames = new WeakMap<Draft, Map<string, boolean>>();

/** A `to` holding Markdown (a comment, emphasis) would not reach LinkedIn as written; asked once per draft and name. */
function isLiteral(draft: Draft, name: string): boolean {
  let known = literalNames.get(draft);
  if (!known) literalNames.set(draft, (known = new Map()));
  let literal = known.get(name);
  if (literal === undefined) known.set(name, (literal = notLiteral(name) === undefined));
  return literal;
}

/** Selects the placeholder as a tab stop, so what the writer types replaces it: the fix for a placeholder only a person can fill. */
function typeOver(placeholder: string, range: { start: number; end: number }): Fix {
  return { title: `Fill in ${placeholder}`, isPreferred: true, edits: [{ ...range, newText: `\${1:${escapeSnippet(placeholder)}}`, snippet: true }] };
}

/** Whether the placeholder is the name in the greeting ("Hi {{name}},"), where a first name reads naturally. */
function greets(draft: Draft, range: { start: number; end: number }): boolean {
  const named = draft.greeting?.name;
  return named !== undefined && range.start <= named.start && named.start < range.end;
}

function nameFix(draft: Draft, placeholder: string, range: { start: number; end: number }): Fix | undefined {
  const name = /first/i.test(placeholder) ? greetableName(draft) : greets(draft, range) ? greetingName(draft) : draft.meta.to;
  if (!name || !NAME_PLACEHOLDER.test(placeholder) || !isLiteral(draft, name)) return undefined;
  // Glued to a word ("Hi An{name}"), the name would make a new word rather than fill the gap.
  if (/[\p{L}\p{N}]/u.test(draft.text[range.start - 1] ?? '') || /[\p{L}\p{N}]/u.test(draft.text[range.end] ?? '')) return undefined;
  return { title: `Fill in "${name}" (from the front matter's to)`, isPreferred: true, edits: [{ ...range, newText: name }] };
}
