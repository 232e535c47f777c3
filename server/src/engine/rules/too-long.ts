import { INMAIL_SUBJECT_LIMIT } from '../vocabulary';
import type { Rule } from './rule';

export const tooLong: Rule = {
  name: 'too-long',
  description: "Over LinkedIn's character limit: connection notes (200 free, 300 Premium), InMail bodies (1,900) and subjects (200).",
  rationale:
    "LinkedIn's box refuses a connection note over 200 characters on a free account or 300 on Premium; emoji, spaces and " +
    'punctuation all count. An InMail body stops at about 1,900 and its subject at 200. What counts is the message as pasted: no front ' +
    'matter or comments.',
  defaultSeverity: 'error',
  tags: ['limits'],
  check(draft, report) {
    const subject = draft.subject;
    if (subject && subject.text.length > INMAIL_SUBJECT_LIMIT) {
      const over = subject.text.length - INMAIL_SUBJECT_LIMIT;
      report({
        start: Math.min(subject.offsetOf(INMAIL_SUBJECT_LIMIT), subject.range.end - 1),
        end: subject.range.end,
        message: `Cut ${over} character${over === 1 ? '' : 's'} from the subject: it is ${subject.text.length} characters and LinkedIn allows ${INMAIL_SUBJECT_LIMIT}.`,
      });
    }
    const limit = draft.limit;
    if (!limit) return;
    const { text, sourceOffset } = draft.message;
    if (text.length <= limit.characters) return;
    const over = text.length - limit.characters;
    report({
      start: sourceOffset(limit.characters),
      end: sourceOffset(text.length - 1) + 1,
      message: `Cut ${over} character${over === 1 ? '' : 's'}: this ${limit.what} is ${text.length} characters and ${limit.where} allows ${limit.characters}.`,
    });
  },
};
