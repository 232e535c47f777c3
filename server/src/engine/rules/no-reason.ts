import type { Draft } from '../draft/draft';
import { KNOWS_SIGNAL, THEIR_WORK, knownByFrontMatter } from '../language/signals';
import { asksIn } from './early-ask';
import { startsWithCapital } from '../draft/greeting';
import type { Sentence } from '../text/words';
import { REASONS } from '../language/cues';
import { hasSharedContext } from './no-shared-context';
import { oncePerDraft, type Rule } from './rule';

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
    if (sentences.length === 0 || draft.placeholders.length > 0 || givesAReason(draft)) return;
    const last = sentences[sentences.length - 1];
    report({
      ...draft.firstLineOf(last),
      message: 'Say why you want to connect with this person, e.g. "I\'d love to follow your work on X", a question about their work, or an offer.',
      relaxed: draft.isCloseFriend,
    });
  },
};

/**
 * Whether the note says why this person: the relationship, a reason phrase, their work, an ask or a question aimed at
 * them. missing-scenario-detail reads it too, for the scenarios whose elements include a reason.
 */
export const givesAReason = oncePerDraft(findsAReason);

function findsAReason(draft: Draft): boolean {
  if (relationshipIsTheReason(draft) || hasReasonPhrase(draft) || THEIR_WORK.test(draft.prose)) return true;
  // An ask aimed at them, even one made too early, is an intention: early-ask judges it, and this rule does not pile on.
  if (asksIn(draft).some((ask) => aimedAtThem(draft, draft.sentenceOfWord(ask.firstWord)))) return true;
  return draft.sentences.some((sentence) => {
    const text = draft.prose.slice(sentence.start, sentence.end);
    return text.trimEnd().endsWith('?') && !isBareConnectQuestion(draft, sentence) && !SMALL_TALK_QUESTION.test(text);
  });
}

/**
 * Whether an ask is put to this person: to them ("could you refer me") or about their team by name ("anything on your
 * team at Maersk"). A blanket ask ("please consider my profile for any suitable opportunities") could go to anyone.
 */
function aimedAtThem(draft: Draft, sentence: Sentence | undefined): boolean {
  if (!sentence) return false;
  let aimed = aimedSentences.get(sentence);
  if (aimed === undefined) {
    aimed = false;
    const greeted = draft.greeting?.name?.start;
    for (let i = sentence.firstWord; i < sentence.endWord && !aimed; i++) {
      const word = draft.words[i];
      aimed = word.norm === 'you' || word.norm === 'u' || (i > sentence.firstWord && word.start !== greeted && startsWithCapital(word.text) && !NOT_NAMES.has(word.norm));
    }
    aimedSentences.set(sentence, aimed);
  }
  return aimed;
}
/** Each sentence is read once however many asks it holds, so the check stays linear. */
const aimedSentences = new WeakMap<Sentence, boolean>();
const NOT_NAMES = new Set(['i', "i'm", "i'd", "i've", "i'll", 'linkedin', 'cv', 'hr']);

/**
 * In a note built on a networking cliché ("like-minded professionals", "grow my network"), a reason phrase whose only
 * object is connecting ("keen to connect", "looking forward to connecting") is that cliché again, not a reason.
 */
function hasReasonPhrase(draft: Draft): boolean {
  const words = draft.words;
  const cliche = words.some((word) => NETWORKING_CLICHE.has(word.norm));
  return REASONS.findAll(words).some((match) => {
    const next = words[match.endWord]?.norm ?? '';
    // "Thanks for connecting!" with nothing tying the note to them is a thank-you, not a reason to write; after a
    // meeting or their talk it thanks them for that tie, which is the reason.
    if (THANKS.has(words[match.firstWord].norm) && ACCEPTING.has(next) && !hasSharedContext(draft)) return false;
    // "Would be nice to connect with you" with nothing tying the note to them: a wish whose only object is connecting,
    // like "thanks for connecting" above. Beside shared context ("a fellow randonneur, would be great to connect") the tie
    // is the reason; with a topic ("keen to connect over Rust") it says why.
    if (CONNECT_ONLY.has(next) && !TOPIC_AFTER_CONNECT.has(topicWordAfter(words, match.endWord + 1)) && !hasSharedContext(draft)) return false;
    return !cliche || !CONNECTING.has(next);
  });
}
const CONNECT_ONLY = new Set(['connect', 'connecting']);
const TOPIC_AFTER_CONNECT = new Set(['over', 'about', 'on', 'around', 'regarding', 're', 'and', 'to', 'so', 'because', 'as', 'since', 'given']);
/** The word after "connect", past "with you" / "here": "connect with you over ..." keeps its topic. */
function topicWordAfter(words: readonly { norm: string }[], at: number): string {
  let i = at;
  if (words[i]?.norm === 'with' && (words[i + 1]?.norm === 'you' || words[i + 1]?.norm === 'u')) i += 2;
  if (words[i]?.norm === 'here' || words[i]?.norm === 'on' && words[i + 1]?.norm === 'linkedin') i += words[i].norm === 'here' ? 1 : 2;
  return words[i]?.norm ?? '';
}
const THANKS = new Set(['thanks', 'thank']);
const ACCEPTING = new Set(['connecting', 'accepting', 'adding']);
const CONNECTING = new Set(['connect', 'connecting', 'network', 'networking', 'grow', 'expand']);
/** Words of the networking cliché: "like-minded professionals", "grow my network", "came across your profile". */
const NETWORKING_CLICHE = new Set(['network', 'networking', 'like-minded', 'minded', 'professionals', 'profile']);

/**
 * For people the sender knows, the relationship is the reason: the front matter says so (a colleague, an
 * acquaintance, a friend, someone met or being reconnected with), or the note does ("we met at ...", "since our
 * Cemex days", "it's been five years"). A stranger needs more. Unless `relationship` states it, a note that only
 * says how you know each other, bare or with a bare request to connect ("We met at the Denver meetup. Can we connect?", "Former Deloitte colleague
 * here, let's connect."), states the context and no intention, so the rule still asks for one.
 */
function relationshipIsTheReason(draft: Draft): boolean {
  // A relationship the front matter states (an acquaintance, a colleague) is the reason however short the note.
  if (draft.meta.relationship && draft.meta.relationship !== 'stranger') return true;
  const body = draft.prose.slice(draft.bodyStart);
  if (!knownByFrontMatter(draft) && !KNOWS_SIGNAL.test(body)) return false;
  return saysMoreThanOneThing(draft);
}

/**
 * Whether the words after the greeting make more than one clause that is not a bare request to connect. Clauses end
 * at sentence ends, commas, semicolons, dashes and line breaks; read word by word, so linear.
 */
function saysMoreThanOneThing(draft: Draft): boolean {
  const words = draft.words;
  const from = Math.max(draft.bodyStart, draft.greeting?.range.end ?? 0);
  let clauses = 0;
  let open = false;
  let bare = true;
  let previousEnd = from;
  const close = () => {
    if (open && !bare) clauses++;
    open = false;
    bare = true;
  };
  for (const word of words) {
    if (word.start < from) continue;
    if (open && CLAUSE_END.test(draft.prose.slice(previousEnd, word.start))) close();
    open = true;
    if (!BARE_CONNECT_WORDS.has(word.norm) && !CONNECT_FILLER.has(word.norm)) bare = false;
    previousEnd = word.end;
    if (clauses > 1) return true;
  }
  close();
  return clauses > 1;
}
const CLAUSE_END = /[.!?,;:\n—–]|\s-\s/;
/**
 * Words that only dress up a request to connect ("would be great to connect", "adding you to stay connected") or make
 * small talk ("I hope you are doing well", "how are you"), which is no reason either.
 */
const CONNECT_FILLER = new Set([
  'adding', 'stay', 'touch', 'keep', 'in', 'love', 'great', 'happy', 'glad', 'keen', 'good', 'nice', 'it', "i'd", 'so', 'also', 'too',
  'hope', 'are', "you're", 'doing', 'well', 'how', 'is', 'going', 'things', 'all',
]);

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
