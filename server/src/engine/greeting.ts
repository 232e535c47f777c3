import type { Draft } from './draft';
import { TITLES } from './vocabulary';
import type { OffsetRange } from './types';
import type { Word } from './words';

export interface Greeting {
  /** Index of the sentence holding the greeting. */
  sentence: number;
  /** "Hi Priya" / "Dear Sir or Madam" / "Priya". */
  range: OffsetRange;
  /** The name greeted, when there is one. */
  name?: Word;
  impersonal: boolean;
}

const GREETING_WORDS = new Set(['hi', 'hello', 'hey', 'dear', 'hiya', 'howdy', 'greetings', 'heya', 'hallo', 'hola', 'bonjour', 'ciao', 'yo']);
const TIME_GREETINGS = new Set(['morning', 'afternoon', 'evening']);
/** Words after a greeting that could address anyone. */
export const IMPERSONAL_ADDRESSES = new Set([
  'there', 'sir', 'madam', 'all', 'everyone', 'everybody', 'team', 'friend', 'friends', 'folks', 'guys', 'hiring', 'manager',
  'recruiter', 'colleague', 'connection', 'linkedin', 'whom', 'you', 'professional', 'future', 'fellow', 'mate', 'buddy', 'stranger',
]);
/** Capitalized first words that are not names, for greetings without a greeting word ("Priya —"). */
const NOT_NAMES = new Set([
  'thanks', 'thank', 'congrats', 'congratulations', 'great', 'sorry', 'yes', 'so', 'well', 'also', 'quick', 'just', 'long',
  'please', 'wow', 'ok', 'okay', 'cheers', 'welcome', 'hope', 'good', 'nice', 'happy', 'apologies', 'question', 'note', 'ps',
  'i', "i'm", "i've", "i'd", "i'll", 'im', 'we', "we're", 'my', 'it', "it's", 'this', 'the', 'a', 'an', 'let', "let's", 'can', 'could',
  'would', 'will', 'are', 'is', 'do', 'did', 'have', 'how', 'what', 'when', 'where', 'why', 'who', 'our', 'your', 'to', 'as', 'in', 'on',
]);

const TO_WHOM = 'to whom it may concern';

/** Finds how the draft opens: a greeting with a name, an impersonal one, or none. */
export function findGreeting(draft: Draft): Greeting | undefined {
  const sentences = draft.sentences;
  const words = draft.words;
  const first = sentences.findIndex((sentence) => sentence.start >= draft.bodyStart);
  if (first < 0) return undefined;
  const sentence = sentences[first];
  if (sentence.end - sentence.start >= TO_WHOM.length && draft.text.slice(sentence.start, sentence.start + TO_WHOM.length).toLowerCase() === TO_WHOM) {
    return { sentence: first, range: draft.wordSpan(sentence.firstWord, Math.min(sentence.endWord, sentence.firstWord + 5)), impersonal: true };
  }
  let i = sentence.firstWord;
  const end = sentence.endWord;
  const opener = words[i];
  if (opener.norm === 'good' && i + 1 < end && TIME_GREETINGS.has(words[i + 1].norm)) i += 2;
  else if (GREETING_WORDS.has(opener.norm) || TIME_GREETINGS.has(opener.norm)) i += 1;
  else return bareNameGreeting(draft, first, opener);

  while (i < words.length && TITLES.has(words[i].norm) && !IMPERSONAL_ADDRESSES.has(words[i].norm)) i++;
  const name = words[i];
  if (!name || !isOnSameLine(draft, opener, name)) {
    return { sentence: first, range: draft.wordSpan(sentence.firstWord, sentence.firstWord + 1), impersonal: true };
  }
  const isPlaceholder = /[{[<]/.test(draft.text[name.start - 1] ?? '');
  const isName = isPlaceholder || draft.isRecipientName(name.text) || (startsWithCapital(name.text) && !NOT_NAMES.has(name.norm) && !IMPERSONAL_ADDRESSES.has(name.norm));
  if (!isName) {
    let last = i;
    while (last < end && (IMPERSONAL_ADDRESSES.has(words[last].norm) || words[last].norm === 'or') && isOnSameLine(draft, opener, words[last])) last++;
    return { sentence: first, range: draft.wordSpan(sentence.firstWord, Math.max(last, sentence.firstWord + 1)), impersonal: true };
  }
  return { sentence: first, range: { start: opener.start, end: name.end }, name, impersonal: false };
}

function bareNameGreeting(draft: Draft, sentence: number, word: Word): Greeting | undefined {
  const after = draft.text.slice(word.end, word.end + 3);
  const looksAddressed = /^\s*[,!—–]|^\s+-\s/.test(after);
  const isName = draft.isRecipientName(word.text) || (startsWithCapital(word.text) && !NOT_NAMES.has(word.norm));
  if (!looksAddressed || !isName) return undefined;
  return { sentence, range: { start: word.start, end: word.end }, name: word, impersonal: false };
}

function isOnSameLine(draft: Draft, a: Word, b: Word): boolean {
  return !/[\r\n]/.test(draft.text.slice(a.end, b.start));
}

export function startsWithCapital(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(text);
}
