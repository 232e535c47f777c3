import type { Draft } from './draft';
import { notLiteral } from './literal';
import { TITLES } from '../vocabulary';
import type { OffsetRange } from '../types';
import type { Word } from '../text/words';

export interface Greeting {
  /** Index of the sentence holding the greeting. */
  sentence: number;
  /** "Hi Priya" / "Dear Sir or Madam" / "Priya". */
  range: OffsetRange;
  /** The name greeted, when there is one. */
  name?: Word;
  impersonal: boolean;
}

const GREETING_WORDS = new Set([
  'hi', 'hello', 'hey', 'dear', 'hiya', 'howdy', 'greetings', 'heya', 'hallo', 'hola', 'bonjour', 'ciao', 'yo', "g'day", 'oi', 'olá', 'ola',
  'cześć', 'czesc', 'coucou', 'salut', 'hej', 'hei', 'moin', 'servus', 'ahoj', 'merhaba', 'namaste', 'salaam', 'salam', 'shalom', 'hoi',
  'szia', 'salve', 'buongiorno', 'aloha', 'sawubona', 'habari', 'jambo', 'chào', 'chao', 'estimada', 'estimado', 'querida', 'querido',
  'caro', 'cara', 'cher', 'chère', 'liebe', 'lieber', 'beste', 'kedves', 'alright', 'ahoy', 'halo', 'hallå',
]);
/**
 * Honorifics written before a name after a greeting word: "Chào anh Minh", "Estimada Dra. Rojas", "Halo Pak Budi". Only
 * skipped when the recipient's name follows, since several are names too.
 */
const HONORIFIC_PREFIXES = new Set(['anh', 'chị', 'chi', 'em', 'cô', 'chú', 'dra', 'sr', 'sra', 'srta', 'don', 'doña', 'herr', 'frau', 'pak', 'bu', 'ibu', 'bapak', 'mas', 'mbak', 'kak', 'abang', 'bhai', 'ji', 'sayın', 'ustaz', 'ustazah', 'hajji', 'sheikh']);
/** Greetings of two words: "Kia ora", "Good day", "Buenos días". */
const TWO_WORD_GREETINGS = new Set(['kia ora', 'good day', 'buenos días', 'buenos dias', 'buen día', 'bom dia', 'boa tarde', 'guten tag', 'dobrý den', 'dzień dobry', 'hello again', 'hi again']);
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
  else if (i + 1 < end && TWO_WORD_GREETINGS.has(`${opener.norm} ${words[i + 1].norm}`)) i += 2;
  else if (GREETING_WORDS.has(opener.norm) || TIME_GREETINGS.has(opener.norm)) i += 1;
  else return bareNameGreeting(draft, first, opener) ?? vocativeGreeting(draft, first);

  while (i < words.length && (TITLES.has(words[i].norm) || isHonorificBeforeName(draft, i)) && !IMPERSONAL_ADDRESSES.has(words[i].norm)) i++;
  const name = words[i];
  if (!name || !isOnSameLine(draft, opener, name)) {
    return { sentence: first, range: draft.wordSpan(sentence.firstWord, sentence.firstWord + 1), impersonal: true };
  }
  const isPlaceholder = /[{[<|%]/.test(draft.text[name.start - 1] ?? '');
  // "Hello, Experienced Salesforce Admin | ...": after a comma a capitalised word is a name only if it reads as an address.
  const separated = /[,:;.!]/.test(draft.text.slice(words[i - 1].end, name.start));
  const isName =
    isPlaceholder ||
    draft.isRecipientName(name.text) ||
    (!NOT_NAMES.has(name.norm) &&
      !IMPERSONAL_ADDRESSES.has(name.norm) &&
      (startsWithCapital(name.text) || isLowercaseName(draft, name)) &&
      (!separated || readsAsAddress(draft, i, end)));
  if (!isName) {
    let last = i;
    while (last < end && (IMPERSONAL_ADDRESSES.has(words[last].norm) || words[last].norm === 'or') && isOnSameLine(draft, opener, words[last])) last++;
    return { sentence: first, range: draft.wordSpan(sentence.firstWord, Math.max(last, sentence.firstWord + 1)), impersonal: true };
  }
  return { sentence: first, range: { start: opener.start, end: name.end }, name, impersonal: false };
}

/**
 * A greeting that is just the name: "Priya —", "Ahmed!", "Fatima Zahra!", "Yuki-san,", "Mr Whitfield,", "Priyanka 😂".
 * The name may come after a title and be followed by the recipient's other names or an honorific suffix.
 */
function bareNameGreeting(draft: Draft, sentence: number, opener: Word): Greeting | undefined {
  const words = draft.words;
  const end = draft.sentences[sentence].endWord;
  let i = draft.sentences[sentence].firstWord;
  while (i + 1 < end && TITLES.has(words[i].norm) && isOnSameLine(draft, opener, words[i + 1])) i++;
  // "Alright Darren!", "Oi Sam,": an informal greeting word not on the list, then the recipient's name.
  if (i + 1 < end && !draft.isRecipientName(words[i].text) && draft.isRecipientName(words[i + 1].text) && isOnSameLine(draft, opener, words[i + 1]) && /^[ \t]+$/.test(draft.text.slice(words[i].end, words[i + 1].start))) i++;
  const word = words[i];
  const isName =
    draft.isRecipientName(word.text) ||
    (startsWithCapital(word.text) && !NOT_NAMES.has(word.norm) && !IMPERSONAL_ADDRESSES.has(word.norm)) ||
    calledOut(draft, word);
  if (!isName) return undefined;
  let last = word;
  for (let j = i + 1; j < end && (draft.isRecipientName(words[j].text) || HONORIFIC_SUFFIXES.has(words[j].norm)); j++) {
    if (!isOnSameLine(draft, opener, words[j]) || !/^[\s-]*$/.test(draft.text.slice(last.end, words[j].start))) break;
    last = words[j];
  }
  const after = draft.text.slice(last.end, last.end + 3);
  const looksAddressed = /^\s*[,!—–]|^\s+-\s/.test(after) || (draft.isRecipientName(word.text) && /^\s*(?:$|[\r\n]|[^\p{L}\p{N}\s])/u.test(after));
  if (!looksAddressed) return undefined;
  return { sentence, range: { start: opener.start, end: last.end }, name: word, impersonal: false };
}

/** Lowercase words people open with that are not a name: "wow!", "omg!!". */
const INTERJECTIONS = new Set(['wow', 'omg', 'yay', 'woohoo', 'whoa', 'haha', 'hahaha', 'lol', 'ugh', 'oops', 'hooray', 'yes', 'ah', 'oh', 'aw', 'aww', 'dude', 'bro', 'sis', 'hm', 'hmm', 'ooh', 'yikes', 'phew', 'wait', 'okay', 'ok', 'well']);

/** Without `to`, a note that opens with one lowercase word and "!" calls them by name, as a phone-typed "kemi!! saw ..." does. */
function calledOut(draft: Draft, word: Word): boolean {
  return (
    !draft.meta.to &&
    word.text.length >= 2 &&
    /^\p{Ll}+$/u.test(word.text) &&
    draft.text[word.end] === '!' &&
    !INTERJECTIONS.has(word.norm) &&
    !NOT_NAMES.has(word.norm) &&
    !NOT_LOWERCASE_NAMES.has(word.norm) &&
    !GREETING_WORDS.has(word.norm)
  );
}

function isHonorificBeforeName(draft: Draft, i: number): boolean {
  const next = draft.words[i + 1];
  return HONORIFIC_PREFIXES.has(draft.words[i].norm) && next !== undefined && draft.isRecipientName(next.text);
}

/**
 * A first sentence that addresses them by name at its end, set off by a comma: "Thanks for accepting, Inês!",
 * "Great to meet you yesterday, Sam." With `to` the name must be the recipient's; without, a capitalised word that is
 * not a common opener. Only the first sentence is read, word by word from its end, so linear.
 */
function vocativeGreeting(draft: Draft, sentence: number): Greeting | undefined {
  const { firstWord, endWord, end } = draft.sentences[sentence];
  let last = endWord - 1;
  while (last > firstWord && draft.isRecipientName(draft.words[last].text) && draft.isRecipientName(draft.words[last - 1].text)) last--;
  const name = draft.words[last];
  if (!name || last === firstWord || !/^[ \t]*,[ \t]*$/.test(draft.text.slice(draft.words[last - 1].end, name.start))) return undefined;
  const isName = draft.meta.to ? draft.isRecipientName(name.text) : startsWithCapital(name.text) && !NOT_NAMES.has(name.norm) && !IMPERSONAL_ADDRESSES.has(name.norm);
  if (!isName || !/^[^\p{L}\p{N}]*$/u.test(draft.text.slice(draft.words[endWord - 1].end, end))) return undefined;
  return { sentence, range: { start: name.start, end: draft.words[endWord - 1].end }, name, impersonal: false };
}

/** A name and up to two more capitalised names, then punctuation or the end of the line: "Hello, Mary Ann!". */
function readsAsAddress(draft: Draft, at: number, end: number): boolean {
  const words = draft.words;
  let last = at;
  while (last + 1 < end && last < at + 2 && startsWithCapital(words[last + 1].text) && /^[ \t]+$/.test(draft.text.slice(words[last].end, words[last + 1].start))) last++;
  return /^[ \t]*(?:$|[\r\n,!.:;—–])/.test(draft.text.slice(words[last].end, words[last].end + 2));
}

/** Honorifics written after a name: "Yuki-san", "Ravi ji", "Zeynep Hanım". */
const HONORIFIC_SUFFIXES = new Set(['san', 'sama', 'kun', 'chan', 'sensei', 'ji', 'nim', 'ssi', 'bhai', 'didi', 'hanım', 'hanim', 'bey', 'hoca', 'sahib', 'saab', 'garu', 'jan', 'khanum', 'senpai']);

/** Common lowercase words that can follow "hi" and are not a name written in lowercase ("hi jonas"). */
const NOT_LOWERCASE_NAMES = new Set([
  'again', 'saw', 'just', 'hope', 'quick', 'thanks', 'thank', 'great', 'nice', 'good', 'long', 'so', 'and', 'from', 'it', 'its', "it's",
  'im', 'i', 'we', 'my', 'our', 'your', 'ur', 'u', 'all', 'there', 'again', 'hey', 'hi', 'hello', 'how', 'what', 'was', 'is', 'are',
  'am', 'been', 'this', 'that', 'the', 'a', 'an', 'to', 'for', 'with', 'on', 'in', 'at', 'of', 'me', 'you', 'no', 'yes', 'sorry',
  'welcome', 'congrats', 'happy', 'fellow', 'friend', 'team', 'folks', 'everyone', 'guys', 'sir', 'madam', 'mate', 'buddy',
]);

/** A lowercase word right after a greeting word reads as a name typed in lowercase when it is the recipient's or no common word. */
function isLowercaseName(draft: Draft, word: Word): boolean {
  return ALL_LOWER_CASE.test(word.text) && word.text.length >= 2 && !NOT_LOWERCASE_NAMES.has(word.norm) && !GREETING_WORDS.has(word.norm) && (draft.isRecipientName(word.text) || !draft.meta.to);
}

/** By line number, not by reading the text between them: greetings walk many words with this, which stays linear. */
function isOnSameLine(draft: Draft, a: Word, b: Word): boolean {
  return draft.lines.positionAt(a.end).line === draft.lines.positionAt(b.start).line;
}

/**
 * The recipient's first name as fixes may write it into the body: undefined when Markdown would not show it as written
 * or the linter would not read it as a word (a web address, a comment), so that a fix falls back to a tab stop.
 */
export function greetableName(draft: Draft): string | undefined {
  return writable(draft.recipientFirstName);
}

/**
 * How a fix greets the recipient: the first name ("Hi Marta," for Marta Kowalska), or with the title `to` gives and
 * the family name ("Hi Dr. Raman," for Dr. Priya Raman, "Hi Dr. Chen," for Dr. Chen).
 */
export function greetingName(draft: Draft): string | undefined {
  const { title, given, family } = draft.recipient;
  return writable(title ? `${title} ${family ?? given ?? ''}`.trim() : given ?? family);
}

function writable(name: string | undefined): string | undefined {
  return name && !notLiteral(name) && !/:\/\/|^www\./i.test(name) ? name : undefined;
}

// Made once: esbuild writes a Unicode property regex literal as `new RegExp(...)`, which in a function is made on every call.
const ALL_CAPITALS = /^\p{Lu}+$/u;
const ALL_LOWER_CASE = /^\p{Ll}+$/u;

/** How `to` names the recipient. */
export interface RecipientName {
  /** The given name: "Marta" for "Marta Kowalska", "Kowalska, Marta" or "KOWALSKA Marta". */
  given?: string;
  /** The family name; a lone name after a title ("Dr. Chen") is taken as one. */
  family?: string;
  /** A title as written: "Dr.", "Prof". */
  title?: string;
}

/**
 * Reads `to`: "Dr. Priya Raman", "Marta Kowalska", family name first with a comma ("Kowalska, Marta") or in capitals
 * ("TANAKA Yuki", as many East Asian names are written in Latin script).
 */
export function parseRecipient(to: string, words: readonly string[], isTitle: (word: string) => boolean): RecipientName {
  const names = words.filter((word) => !isTitle(word));
  const titleWord = words.length > names.length && isTitle(words[0]) ? words[0] : undefined;
  const title = titleWord && (new RegExp(`\\b${titleWord}\\.`).test(to) ? `${titleWord}.` : titleWord);
  if (names.length === 0) return { title };
  if (names.length === 1) return title ? { title, family: names[0] } : { given: names[0] };
  const comma = to.indexOf(',');
  if (comma > 0) {
    const before = words.filter((word) => !isTitle(word) && to.indexOf(word) < comma);
    const after = names.filter((word) => !before.includes(word));
    if (before.length > 0 && after.length > 0) return { title, given: after[0], family: before[before.length - 1] };
  }
  const capitals = names.findIndex((word) => word.length > 1 && ALL_CAPITALS.test(word));
  if (capitals >= 0 && names.some((word) => !ALL_CAPITALS.test(word))) {
    return { title, family: names[capitals], given: names.find((_word, index) => index !== capitals) };
  }
  return { title, given: names[0], family: names[names.length - 1] };
}

export function startsWithCapital(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(text);
}
