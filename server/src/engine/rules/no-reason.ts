import type { Draft } from '../draft';
import { THEIR_WORK } from '../signals';
import type { Sentence } from '../words';
import { PhraseMatcher } from '../words';
import type { Rule } from './rule';

/** Ways people say why they want to connect: a wish that goes beyond connecting, a question, a because. */
const REASONS = new PhraseMatcher([
  "{i'd|i would|i|i'll|we'd|would|i'm|i am} {love|like|be glad|be happy|be grateful|enjoy|want|hope|be keen|be curious|appreciate|value} to {learn|hear|follow|keep|stay|chat|talk|discuss|ask|swap|trade|compare|exchange|collaborate|work|meet|grab|buy|get|share|see|catch|continue|reconnect|support|help|invite|understand|know|volunteer|apply|return|introduce|find|read|visit|pitch|contribute|explore|build|partner|speak|show|send|give|offer|walk|try|watch}",
  "{i'd|i would|i'll|i} {love|appreciate|value|welcome|be grateful for} {your|the|a|any|to} {thoughts|take|perspective|advice|insight|insights|input|feedback|view|views|help|chance|opportunity}",
  "{i'd|i would} love your",
  "{keen|eager|hoping|excited|curious|happy|glad|delighted|stoked|thrilled|honoured|honored} to",
  'connect and {learn|hear|swap|trade|compare|share|talk|chat|discuss|exchange|follow|keep|see}',
  "{let's|lets|shall we|could we|can we} {get|grab|meet|catch up|talk|chat|hop|have|keep|compare|swap|trade}",
  '{would you like|could i buy you|can i buy you|would you be open|are you open}',
  'you might {enjoy|like|find}',
  "{we both|we're both|both of us} {care|love|work|believe|want|think|like|enjoy}",
  "{look|looking} forward to",
  '{curious|wondering} {about|how|what|why|whether|if}',
  "{i'm|i am|i've been|im} {interested|passionate|excited} {in|about}",
  "{i|i've|i have|really|also}? {admire|admired|loved|enjoyed|appreciated|liked} {your|the|what|how}",
  '{stuck|stayed} with me',
  '{resonated|clicked} {with|for}? me?',
  "{i'm|i am} a {big|huge}? fan of",
  'thanks {again}? for',
  'thank you for',
  '{congrats|congratulations}',
  'would be {great|good|nice|lovely|fun} to',
  "{because|so that|so i|as i'm|as i am}",
  'no need to reply',
  'as promised',
  '{great|good|nice|lovely} {meeting|chatting|talking|speaking} {you|u|with}',
  'changed how',
  'made me',
  'value your {perspective|take|advice}',
  'learn from you',
  "{here's|here is} the",
  'stay in touch',
  'keep in touch',
  'keep the conversation going',
  'keep learning from',
]);

/** A question that only asks to connect ("Can we connect?") or makes small talk ("How are you?") is not a reason. */
const SMALL_TALK_QUESTION = /\bhow(?:'s| is| are| have)\s+(?:you|it|things|life)\b[^?]{0,12}\?\s*$/i;
const BARE_CONNECT_WORDS = new Set([
  'can', 'could', 'may', 'shall', 'would', 'will', 'we', 'i', 'you', 'like', 'to', 'connect', 'connected', 'be', 'add', 'please', "let's",
  'lets', 'accept', 'my', 'invite', 'invitation', 'request', 'here', 'on', 'linkedin', 'and', 'the', 'just', 'wanted', 'want',
]);

export const noReason: Rule = {
  name: 'no-reason',
  description: 'No intention: nothing says why you want to connect with this person.',
  rationale:
    'Have an intention and say it: why this person (their work, a shared interest, a plan). "Can we connect?" gives them nothing to say yes to; ' +
    'a concrete reason ("I\'d love to follow your work on X") does.',
  defaultSeverity: 'warning',
  tags: ['personalisation'],
  check(draft, report) {
    const sentences = draft.sentences;
    if (sentences.length === 0 || draft.placeholders.length > 0 || knowsThem(draft)) return;
    if (REASONS.findAll(draft.words).length > 0 || THEIR_WORK.test(draft.prose)) return;
    const asksSomething = sentences.some((sentence) => {
      const text = draft.prose.slice(sentence.start, sentence.end);
      return text.trimEnd().endsWith('?') && !isBareConnectQuestion(draft, sentence) && !SMALL_TALK_QUESTION.test(text);
    });
    if (asksSomething) return;
    const last = sentences[sentences.length - 1];
    report({
      ...draft.firstLineOf(last),
      message: 'Say why you want to connect with this person, e.g. "I\'d love to follow your work on X" or a question about their work.',
      relaxed: draft.isCloseFriend,
    });
  },
};

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
