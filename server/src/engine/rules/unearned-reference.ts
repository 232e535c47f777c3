import { isNegated } from '../signals';
import { PhraseMatcher } from '../words';
import type { Rule } from './rule';

const REFERENCE_ASKS = new PhraseMatcher([
  '{write|give|send|leave|provide} me a {reference|recommendation|referral letter|testimonial|endorsement}',
  '{write|give|leave|provide} {a|an} {linkedin}? {reference|recommendation|testimonial|endorsement} for me',
  '{be|act as|serve as} {a|my} reference',
  '{reference|recommendation} for me',
  '{endorse|recommend} me',
  '{letter of recommendation|reference letter|recommendation letter}',
  'vouch for me',
]);

export const unearnedReference: Rule = {
  name: 'unearned-reference',
  description: 'Asks for a reference, recommendation or endorsement in a first message, or without having worked together.',
  rationale:
    'A reference is earned by working together, and then only after a while: three months, a chat at a party or a colleague who does not ' +
    'know your work are not enough. Never ask for one in a first message.',
  defaultSeverity: 'error',
  tags: ['etiquette'],
  check(draft, report) {
    const workedTogether = draft.meta.relationship === 'colleague' || draft.meta.scenario?.id === 'former-colleague';
    if (draft.meta.kind === 'message' && workedTogether) return;
    for (const match of REFERENCE_ASKS.findAll(draft.words)) {
      if (isNegated(draft, match.firstWord)) continue;
      report({
        ...draft.wordSpan(match.firstWord, match.endWord),
        message: 'Ask for a reference only from someone who has worked with you, and not in a first message: build the relationship first.',
      });
    }
  },
};
