import type { Draft } from '../draft';
import type { Fix, OffsetRange } from '../types';
import type { Rule } from './rule';

export const noGreeting: Rule = {
  name: 'no-greeting',
  description: 'No greeting with a name, or an impersonal one ("Dear Sir/Madam", "Hi there").',
  rationale: 'Greeting someone by name is the first sign the note was written for them; "Hi there" could go to anyone.',
  defaultSeverity: 'warning',
  tags: ['personalisation'],
  check(draft, report) {
    const first = draft.sentences.find((sentence) => sentence.start >= draft.bodyStart);
    if (!first) return;
    const greeting = draft.greeting;
    const name = draft.meta.to ?? '';
    if (greeting?.impersonal) {
      const impersonal = draft.text.slice(greeting.range.start, greeting.range.end);
      report({
        ...greeting.range,
        message: `Greet them by name instead of "${impersonal}", e.g. "Hi ${draft.recipientFirstName ?? 'Priya'},".`,
        relaxed: draft.isCloseFriend,
        fix: greetingFix(draft, greeting.range, false),
      });
    } else if (!greeting) {
      report({
        ...draft.firstLineOf(first),
        message: `Open with a greeting that names them, e.g. "Hi ${name ? draft.recipientFirstName : 'Priya'},".`,
        relaxed: draft.isCloseFriend,
        fix: greetingFix(draft, { start: first.start, end: first.start }, true),
      });
    }
  },
};

function greetingFix(draft: Draft, range: OffsetRange, onOwnLine: boolean): Fix {
  const name = draft.recipientFirstName;
  const greeting = name ? `Hi ${name}` : 'Hi ${1:[Name]}';
  const newText = onOwnLine ? `${greeting},${draft.lines.eol}${draft.lines.eol}` : greeting;
  return {
    title: name ? `Greet ${name} by name` : 'Add a greeting with their name',
    isPreferred: true,
    edits: [{ ...range, newText, snippet: !name }],
  };
}
