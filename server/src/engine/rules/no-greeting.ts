import type { Draft } from '../draft';
import { greetingName } from '../greeting';
import { lineStartAbove } from '../nonProse';
import type { Fix, OffsetRange } from '../types';
import type { Rule } from './rule';

export const noGreeting: Rule = {
  name: 'no-greeting',
  description: 'No greeting with a name, or an impersonal one ("Dear Sir/Madam", "Hi there").',
  rationale: 'Greeting someone by name is the first sign the note was written for them; "Hi there" could go to anyone.',
  defaultSeverity: 'warning',
  kind: 'absence',
  tags: ['personalisation'],
  check(draft, report) {
    const first = draft.sentences.find((sentence) => sentence.start >= draft.bodyStart);
    if (!first) return;
    const greeting = draft.greeting;
    if (greeting?.impersonal) {
      const impersonal = draft.text.slice(greeting.range.start, greeting.range.end);
      report({
        ...greeting.range,
        message: `Greet them by name instead of "${impersonal}", e.g. "Hi ${greetingName(draft) ?? 'Priya'},".`,
        relaxed: draft.isCloseFriend,
        fix: greetingFix(draft, greeting.range, false),
      });
    } else if (!greeting) {
      report({
        ...draft.firstLineOf(first),
        message: `Open with a greeting that names them, e.g. "Hi ${greetingName(draft) ?? 'Priya'},".`,
        relaxed: draft.isCloseFriend,
        fix: greetingFix(draft, { start: greetingLineStart(draft, first.start), end: greetingLineStart(draft, first.start) }, true),
      });
    }
  },
};

const NEXT_LINE_DIRECTIVE = /^\s*invite-lint-disable-next-line(?=\s|$)/;

/**
 * Where a greeting on a line of its own goes: at the start of the first sentence's line, with any comment before the
 * sentence, and above the disable-next-line comments right above it, which must stay right above their line.
 */
function greetingLineStart(draft: Draft, sentenceStart: number): number {
  const { lines, text, comments } = draft;
  let at = lineStartAbove(draft, sentenceStart);
  let index = comments.length - 1;
  while (at > draft.bodyStart) {
    while (index >= 0 && comments[index].end > at) index--;
    const comment = comments[index];
    if (!comment || !NEXT_LINE_DIRECTIVE.test(comment.body) || text.slice(comment.end, at).trim() !== '') break;
    const commentLine = lines.lineStart(lines.positionAt(comment.start).line);
    if (text.slice(commentLine, comment.start).trim() !== '' || lines.positionAt(at).line !== lines.positionAt(comment.end).line + 1) break;
    at = commentLine;
  }
  return at;
}

function greetingFix(draft: Draft, range: OffsetRange, onOwnLine: boolean): Fix {
  const name = greetingName(draft);
  const greeting = name ? `Hi ${name}` : 'Hi ${1:[Name]}';
  const newText = onOwnLine ? `${greeting},${draft.lines.eol}${draft.lines.eol}` : greeting;
  return {
    title: name ? `Greet ${name} by name` : 'Add a greeting with their name',
    isPreferred: true,
    edits: [{ ...range, newText, snippet: !name }],
  };
}
