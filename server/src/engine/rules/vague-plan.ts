import type { Draft } from '../draft';
import { CONCRETE_TIME } from '../signals';
import { PhraseMatcher } from '../words';
import type { Rule } from './rule';

/** Proposals to meet: coffee, a call, lunch, catching up. */
const MEETING = new PhraseMatcher([
  '{grab|get|have|buy you|buy} {a|some}? {coffee|lunch|dinner|drink|drinks|tea|breakfast|beer|bite}',
  '{hop|jump|get} on a {quick}? {call|zoom|video call}',
  '{a|quick|short}? call',
  '{meet|meet up|catch up|get together|chat|talk|connect live}',
  'coffee',
  'lunch',
]);
const VAGUE = /\b(?:sometime|some time|at some point|one day|someday|some day|soon|whenever|one of these days|down the road|in the future|anytime|any time)\b/i;
const PROPOSAL = /\b(?:let's|lets|we should|would you|could i|could we|can we|can i|shall we|want to|like to|love to|happy to|how about|are you free|up for|open to)\b/i;

export const vaguePlan: Rule = {
  name: 'vague-plan',
  description: 'A meeting request with no specifics ("sometime", "at some point"): in follow-ups and messages.',
  rationale:
    'Have a plan, be specific and direct: "Could I buy you coffee next Thursday?" beats "let\'s meet sometime", which is easy to agree with ' +
    'and never happens.',
  defaultSeverity: 'warning',
  tags: ['follow-up'],
  check(draft, report) {
    if (!appliesTo(draft)) return;
    for (const sentence of draft.sentences) {
      const text = draft.prose.slice(sentence.start, sentence.end);
      if (MEETING.findAll(draft.words, sentence.firstWord, sentence.endWord).length === 0) continue;
      const vague = VAGUE.test(text);
      if (!vague && !(PROPOSAL.test(text) && !CONCRETE_TIME.test(text))) continue;
      if (CONCRETE_TIME.test(text)) continue;
      report({
        start: sentence.start,
        end: sentence.end,
        message: 'Propose a specific time (and place), e.g. "Could I buy you coffee next Thursday at 10?".',
      });
    }
  },
};

function appliesTo(draft: Draft): boolean {
  return draft.meta.kind === 'follow-up' || draft.meta.kind === 'message';
}
