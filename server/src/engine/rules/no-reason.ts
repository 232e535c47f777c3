import type { Draft } from '../draft/draft';
import { THEIR_WORK } from '../language/signals';
import type { Sentence } from '../text/words';
import { REASONS } from '../language/cues';
import type { Rule } from './rule';

/**
 * A question that only asks to connect ("Can we connect?") or makes small talk ("How are you?") is not a reason; one
 * about their life or work ("How's life in Porto?") is. Disjoint pieces, so no backtracking.
 */
const SMALL_TALK_QUESTION = /\bhow(?:'s|’s| is| are| have)\s+(?:you|it|things|life)(?:\s+(?:doing|going|been|keeping))?\s*[!?]+\s*$/i;
const BARE_CONNECT_WORDS = new Set([
  'can', 'could', 'may', 'shall', 'would', 'will', 'we', 'i', 'you', 'like', 'to', 'connect', 'connected', 'be', 'add', 'please', "let's",
  'lets', 'accept', 'my', 'invite', 'invitation', 'request', 'here', 'on', 'linkedin', 'and', 'the', 'just', 'wanted', 'want',
]);

export const noReason: Rule = {
  name: 'no-reason',
  description: 'No intention: nothing says why you want to connect with this person.',
  rationale:
    'Have an intention and say it: why this person (their work, a shared interest, a plan). "Can we connect?" gives them nothing to say yes to; ' +
    'a concrete reason ("I\'d love to follow your work on X"), a question about their life or work, or an offer (the agenda, a resource) does.',
  defaultSeverity: 'warning',
  kind: 'absence',
  tags: ['personalisation'],
  check(draft, report) {
    const sentences = draft.sentences;
    if (sentences.length === 0 || draft.placeholders.length > 0 || knowsThem(draft)) return;
    if (hasReasonPhrase(draft) || THEIR_WORK.test(draft.prose)) return;
    const asksSomething = sentences.some((sentence) => {
      const text = draft.prose.slice(sentence.start, sentence.end);
      return text.trimEnd().endsWith('?') && !isBareConnectQuestion(draft, sentence) && !SMALL_TALK_QUESTION.test(text);
    });
    if (asksSomething) return;
    const last = sentences[sentences.length - 1];
    report({
      ...draft.firstLineOf(last),
      message: 'Say why you want to connect with this person, e.g. "I\'d love to follow your work on X", a question about their work, or an offer.',
      relaxed: draft.isCloseFriend,
    });
  },
};

/**
 * In a note built on a networking cliché ("like-minded professionals", "grow my network"), a reason phrase whose only
 * object is connecting ("keen to connect", "looking forward to connecting") is that cliché again, not a reason.
 */
function hasReasonPhrase(draft: Draft): boolean {
  const words = draft.words;
  const cliche = words.some((word) => NETWORKING_CLICHE.has(word.norm));
  return REASONS.findAll(words).some((match) => !cliche || !CONNECTING.has(words[match.endWord]?.norm ?? ''));
}
const CONNECTING = new Set(['connect', 'connecting', 'network', 'networking']);
/** Words of the networking cliché: "like-minded professionals", "grow my network", "came across your profile". */
const NETWORKING_CLICHE = new Set(['network', 'networking', 'like-minded', 'minded', 'professionals', 'profile']);

/**
 * For people the sender knows, the relationship is the reason: a colleague, an acquaintance or a friend (said in
 * `relationship`), or someone they met or are reconnecting with (the scenario). A stranger needs more.
 */
function knowsThem(draft: Draft): boolean {
  const relationship = draft.meta.relationship;
  if (relationship) return relationship !== 'stranger';
  return KNOWN_SCENARIOS.has(draft.meta.scenario?.id ?? '');
}
const KNOWN_SCENARIOS = new Set(['met-at-event', 'reconnect']);

/**
 * "Can we connect?", "I just wanted to add you here?": only connect-words, commas and closing punctuation. Checked
 * word by word (a regex of repeated optional groups backtracks exponentially on a long such sentence).
 */
function isBareConnectQuestion(draft: Draft, sentence: Sentence): boolean {
  let cursor = sentence.start;
  for (let i = sentence.firstWord; i < sentence.endWord; i++) {
    const word = draft.words[i];
    if (!BARE_CONNECT_WORDS.has(word.norm) || !/^[\s,]*$/.test(draft.prose.slice(cursor, word.start))) return false;
    cursor = word.end;
  }
  // Disjoint character classes: no backtracking. A sentence ends at its last non-space character.
  return /^[\s,]*[?!.]*$/.test(draft.prose.slice(cursor, sentence.end));
}
