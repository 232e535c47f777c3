import { isNegated } from '../language/signals';
import type { Draft } from '../draft/draft';
import { PhraseMatcher, WordSet, segmentWords } from '../text/words';
import type { Rule } from './rule';

const REFERENCE_ASKS = new PhraseMatcher([
  '{write|give|send|leave|provide} me a {reference|recommendation|referral letter|testimonial|endorsement}',
  '{write|give|leave|provide} {a|an} {linkedin}? {reference|recommendation|testimonial|endorsement} for me',
  '{be|act as|serve as} {a|my|one of my} {reference|referee|references|referees}',
  '{list|listed|put|name|named|use|used} you {down}? as {a|my|one of my} {reference|referee|references|referees}',
  '{reference|recommendation} for me',
  '{endorse|recommend} me',
  '{letter of recommendation|reference letter|recommendation letter}',
  'vouch for me',
  '{endorse|endorsing} {me|my}',
  '{endorse|endorsing} you back',
  '{endorse|endorsing} each other',
  '{mutual|reciprocal} {endorsement|endorsements|recommendations}',
  '{endorsement|endorsements|recommendation|recommendations} {swap|exchange|trade}',
  '{swap|exchange|trade} {endorsements|recommendations}',
  "{i'd|i would} {love|like|appreciate|be grateful for} {a|an|your} {short|quick|brief|linkedin}? {reference|recommendation|endorsement|testimonial}",
]);

/** A good word is a light recommendation: unearned when the note itself says the tie was brief ("we met briefly"). */
const GOOD_WORD = new PhraseMatcher(['put in a {good}? word']);
const BRIEF_TIE = new PhraseMatcher(['{met|spoke|chatted|talked} {once|briefly}', 'only briefly', '{a|one} {brief|short|quick} {chat|conversation|call}']);
/** Listing them as a referee ("can I put you down as one?"), with a reference word in that sentence or the one before. */
const LIST_AS_REFEREE = new PhraseMatcher(['{put|list|name|use} you {down}? as']);

/** A request ("could you", "would you mind", "if you'd") in the same sentence as a reference word is an ask for one. */
const REQUESTS = new PhraseMatcher([
  '{could|would|can|will} you',
  'would you mind',
  "{if you'd|if you would|if you could|willing to|able to}",
  '{would it be possible|is it possible|any chance|is there any chance|i was wondering if|i wondered if|may i ask|could i ask|can i ask}',
  '{please|kindly|pls}',
  '{would it be ok|would it be okay|is it ok|is it okay|would you be ok|do you mind|would you mind} if i',
]);
const REFERENCE_WORDS = new WordSet(['referee', 'referees', 'recommendation', 'recommendations', 'reference', 'references', 'endorsement', 'endorsements', 'testimonial', 'endorse', 'endorsing']);

/** Signs that working together was too short or too distant to earn a reference. */
const SHORT_OVERLAP = new PhraseMatcher([
  '{one|two|three|four|five|six|few|couple of|1|2|3|4|5|6} {weeks|week|months|month}',
  '{a|one} {summer|semester|term|sprint|project}',
  '{briefly|only briefly}',
  'short stint',
  'overlapped',
  '{never|didn\'t|did not} really? {saw|see} my',
  'different teams',
]);

/**
 * Too short an overlap (in the draft or its `context`). Between people who worked together an offer to return the
 * favour is courtesy, not a trade: an endorsement swap is unearned when the time together was short, which this reads.
 */
function looksUnearned(draft: Draft): boolean {
  if (SHORT_OVERLAP.findAll(draft.words).length > 0) return true;
  return draft.meta.context !== undefined && SHORT_OVERLAP.findAll(segmentWords(draft.meta.context)).length > 0;
}

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
    if (draft.meta.kind === 'message' && workedTogether && !looksUnearned(draft)) return;
    const hits = [
      ...REFERENCE_ASKS.findAll(draft.words),
      ...(BRIEF_TIE.findAll(draft.words).length > 0 ? GOOD_WORD.findAll(draft.words) : []),
      ...LIST_AS_REFEREE.findAll(draft.words).filter((match) => referenceWordNear(draft, match.firstWord)),
    ].filter((match) => !isNegated(draft, match.firstWord));
    // A request and a reference word anywhere in one sentence: one pass over the requests, one over the words.
    const phraseSentences = new Set(hits.map((match) => draft.sentenceOfWord(match.firstWord)));
    const requestSentences = new Map<unknown, number>();
    for (const request of REQUESTS.findAll(draft.words)) {
      const sentence = draft.sentenceOfWord(request.firstWord);
      if (sentence && !requestSentences.has(sentence)) requestSentences.set(sentence, request.firstWord);
    }
    if (requestSentences.size > 0) {
      for (let i = 0; i < draft.words.length; i++) {
        if (!REFERENCE_WORDS.has(draft.words[i]) || isNegated(draft, i)) continue;
        const sentence = draft.sentenceOfWord(i);
        const request = requestSentences.get(sentence);
        if (request !== undefined && !phraseSentences.has(sentence)) hits.push({ firstWord: Math.min(request, i), endWord: Math.max(request + 2, i + 1), phrase: '' });
      }
    }
    // One diagnostic per sentence.
    const seen = new Set<unknown>();
    for (const match of hits.sort((a, b) => a.firstWord - b.firstWord)) {
      const sentence = draft.sentenceOfWord(match.firstWord);
      if (seen.has(sentence)) continue;
      seen.add(sentence);
      report({
        ...draft.wordSpan(match.firstWord, match.endWord),
        message: 'Ask for a reference only from someone who has worked with you, and not in a first message: build the relationship first.',
      });
    }
  },
};

/** Whether a reference word ("referees", "reference") stands in the word's sentence or the sentence before it. */
function referenceWordNear(draft: Draft, wordIndex: number): boolean {
  const sentences = draft.sentences;
  const at = sentences.indexOf(draft.sentenceOfWord(wordIndex)!);
  const first = sentences[Math.max(0, at - 1)]?.firstWord ?? wordIndex;
  for (let i = first; i < wordIndex; i++) if (REFERENCE_WORDS.has(draft.words[i])) return true;
  return false;
}
