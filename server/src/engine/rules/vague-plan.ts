import type { Draft } from '../draft/draft';
import type { TextEdit } from '../types';
import type { Sentence } from '../text/words';
import { CONCRETE_TIME } from '../language/signals';
import { PhraseMatcher } from '../text/words';
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
/** Talking without a meeting named ("pick your brain", "compare notes"): a plan only when put off to "some point". */
const CONVERSATION = new PhraseMatcher(['{pick your brain|pick your brains|compare notes|swap notes|swap stories|trade notes}']);
const VAGUE_WORDS =
  '(?:sometime|some time|at some point|at some stage|one day|someday|some day|soon|whenever|one of these days|down the road|in the future|anytime|any time|' +
  'in the coming (?:weeks|months|days)|over the coming (?:weeks|months)|when you have (?:a )?(?:moment|minute|time|chance)|when you get (?:a )?(?:moment|minute|chance)|when things calm down)';
const VAGUE = new RegExp(`\\b${VAGUE_WORDS}\\b`, 'i');
/** The vague words with the one or two vague words around them ("sometime soon", "whenever you're free"). */
const VAGUE_AT = new RegExp(`\\b${VAGUE_WORDS}(?:\\s+(?:soon|you're free|you are free|works))?\\b`, 'i');
const PROPOSAL = /\b(?:let's|lets|we should|would you|could i|could we|can we|can i|shall we|want to|like to|love to|happy to|how about|are you free|up for|open to)\b/i;
/** A day of the month ("on the 14th", "the 3rd"), which the shared time signal leaves to dates with a month. */
const DAY_OF_MONTH = /\bthe\s+(?:[12]?\d|3[01])(?:st|nd|rd|th)\b/i;

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
    const sentences = draft.sentences;
    for (let index = 0; index < sentences.length; index++) {
      const sentence = sentences[index];
      const text = draft.prose.slice(sentence.start, sentence.end);
      const vague = VAGUE.test(text);
      const meeting = MEETING.findAll(draft.words, sentence.firstWord, sentence.endWord).length > 0;
      if (!meeting && !(vague && CONVERSATION.findAll(draft.words, sentence.firstWord, sentence.endWord).length > 0)) continue;
      if (!vague && !(PROPOSAL.test(text) && !CONCRETE_TIME.test(text))) continue;
      if (hasTime(text)) continue;
      // "Could I buy you a coffee? Either of these works: - Tuesday 14 May, 10:00 ...": the times follow the proposal.
      if (!vague && timeFollows(draft, index)) continue;
      report({
        start: sentence.start,
        end: sentence.end,
        message: 'Propose a specific time (and place), e.g. "Could I buy you coffee next Thursday at 10?".',
        fix: { title: 'Make it a specific time', isPreferred: true, edits: [specificTime(draft, sentence)] },
      });
    }
  },
};

function hasTime(text: string): boolean {
  return CONCRETE_TIME.test(text) || DAY_OF_MONTH.test(text);
}

/** How many sentences after a proposal may still give its time (a list of slots, "I'm free Tuesday at 10"). */
const TIME_LOOKAHEAD = 3;

function timeFollows(draft: Draft, index: number): boolean {
  const sentences = draft.sentences;
  for (let next = index + 1; next < sentences.length && next <= index + TIME_LOOKAHEAD; next++) {
    if (hasTime(draft.prose.slice(sentences[next].start, sentences[next].end))) return true;
  }
  return false;
}

const SPECIFIC_TIME = '${1:[next Thursday]} at ${2:[10am]}';

/** Replaces the vague words ("sometime") with tab stops for a day and time, or adds them before the final punctuation. */
function specificTime(draft: Draft, sentence: Sentence): TextEdit {
  const text = draft.prose.slice(sentence.start, sentence.end);
  const vague = VAGUE_AT.exec(text);
  if (vague) return { start: sentence.start + vague.index, end: sentence.start + vague.index + vague[0].length, newText: SPECIFIC_TIME, snippet: true };
  let at = sentence.end;
  while (at > sentence.start && /[.!?…]/.test(draft.text[at - 1])) at--;
  return { start: at, end: at, newText: ` ${SPECIFIC_TIME}`, snippet: true };
}

function appliesTo(draft: Draft): boolean {
  return draft.meta.kind === 'follow-up' || draft.meta.kind === 'message';
}
