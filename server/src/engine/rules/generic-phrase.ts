import { deletePhrase } from '../deletion';
import { PhraseMatcher } from '../words';
import type { Rule } from './rule';

const GENERIC_PHRASES = new PhraseMatcher([
  '{came|stumbled|happened} {across|upon|on} your {linkedin}? profile',
  '{expand|grow|broaden|extend|build|increase|widen|strengthen} my {professional|linkedin}? network',
  '{like minded|likeminded} {professionals|people|individuals|folks}',
  '{hope|trust} {this|this message|this note|my message|my note|this email} finds you well',
  'pick your brain',
  "{i'm|i am}? reaching out to connect",
  'connect with {other}? {like minded|likeminded|fellow}? professionals {like you|like yourself}?',
  'always looking to {connect|network} with',
  'impressed by your profile',
]);

export const genericPhrase: Rule = {
  name: 'generic-phrase',
  description: 'Clichés that could be sent to anyone.',
  rationale:
    'A line that fits every recipient tells this one nothing. Generic notes do no better than blank invites; ' +
    'specific ones raise replies. Say why this person, instead.',
  defaultSeverity: 'warning',
  tags: ['generic'],
  check(draft, report) {
    for (const match of GENERIC_PHRASES.findAll(draft.words)) {
      const span = draft.wordSpan(match.firstWord, match.endWord);
      // From the prose, so a comment inside the phrase is not quoted back.
      const phrase = draft.prose.slice(span.start, span.end).replace(/\s+/g, ' ');
      const deletion = deletePhrase(draft, match.firstWord, match.endWord);
      report({
        ...span,
        message: `"${phrase}" could be sent to anyone: say what draws you to this person instead.`,
        fix: deletion && { title: `Delete "${phrase}"`, isPreferred: true, edits: [deletion] },
      });
    }
  },
};
