import { greetableName } from '../greeting';
import type { Rule } from './rule';

export const nameMismatch: Rule = {
  name: 'name-mismatch',
  description: "The greeting names someone other than the front matter's `to` (a copy-paste slip).",
  rationale:
    'Greeting a person by the wrong name is worse than no name at all: it shows the note was copied from one sent to someone else.',
  defaultSeverity: 'error',
  tags: ['personalisation'],
  check(draft, report) {
    const expected = draft.recipientFirstName;
    const greeted = draft.greeting?.name;
    if (!expected || !greeted || /[{[<]/.test(draft.text[greeted.start - 1] ?? '')) return;
    if (draft.isRecipientName(greeted.text)) return;
    report({
      start: greeted.start,
      end: greeted.end,
      message: `Greet ${draft.meta.to} by name: this greets "${greeted.text}" (if that is a nickname, put it in \`to\`).`,
      fix: greetableName(draft) ? { title: `Change "${greeted.text}" to "${expected}"`, isPreferred: true, edits: [{ start: greeted.start, end: greeted.end, newText: expected }] } : undefined,
    });
  },
};
