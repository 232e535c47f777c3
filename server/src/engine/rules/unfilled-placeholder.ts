import type { Draft } from '../draft';
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
      report({ ...hit, message: `Fill in the placeholder ${placeholder} before sending.`, fix: nameFix(draft, placeholder, hit) });
    }
  },
};

function nameFix(draft: Draft, placeholder: string, range: { start: number; end: number }): Fix | undefined {
  const name = /first/i.test(placeholder) ? draft.recipientFirstName : draft.meta.to;
  if (!name || !NAME_PLACEHOLDER.test(placeholder)) return undefined;
  return { title: `Fill in "${name}" (from the front matter's to)`, isPreferred: true, edits: [{ ...range, newText: name }] };
}
