import type { OffsetRange } from '../types';

export interface Word extends OffsetRange {
  /** Lower-cased, apostrophes straightened, emphasis underscores dropped. */
  norm: string;
  /** The word as written, without emphasis underscores. */
  text: string;
  /** The norm's number in the vocabulary of the built-in phrase lists, 0 when none uses it (see `Numbering`). */
  vocabularyId: number;
  /** `PHRASE_STARTS` for the vocabulary number: a bit per built-in phrase list that may start a phrase here. */
  startsPhrase: number;
}

export interface Sentence extends OffsetRange {
  /** Index of the first word in the document's word list, and one past the last. */
  firstWord: number;
  endWord: number;
}

export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'");
}

/** Letters, digits and connectors (`_`) start a run of word characters; marks continue one (a mark alone, as after an emoji, is no word). */
const RUN_START = /[\p{L}\p{N}\p{Pc}]/uy;
const RUN_PART = /[\p{L}\p{M}\p{N}\p{Pc}]/uy;
/** ASCII letters, digits and `_`: most of a draft, classified without a regular expression. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, code) => (/\w/.test(String.fromCharCode(code)) ? 1 : 0));
const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{N}/u;
// Between two letters, ' ’ ʼ . : · keep them one word ("I'd", "e.g", "a:b"), as Unicode's word rules (UAX #29) do;
// between two digits, ' ’ . , ; keep them one number ("3.5", "1,000"): see `joins`.

/** The length (1, or 2 for a surrogate pair) of the word character at `at`, or 0. */
function wordCharacterLength(text: string, at: number, pattern: RegExp): number {
  const code = text.charCodeAt(at);
  if (code < 128) return ASCII_WORD[code];
  pattern.lastIndex = at;
  return pattern.test(text) ? pattern.lastIndex - at : 0;
}

/**
 * Word-like segments of prose (masked text), with exact offsets: the words `Intl.Segmenter` finds in English text
 * (tests compare the two), found by one linear scan instead of ICU, which costs far more per word.
 */
export function segmentWords(prose: string): Word[] {
  draftsRead = true;
  return scanWords(prose, true);
}

type Spelling = Pick<Word, 'text' | 'norm' | 'vocabularyId' | 'startsPhrase'> & { hash: number };

/**
 * Spellings read before, in this draft or earlier ones, found by a hash of their characters: a draft's words are
 * mostly ones read before ("the", "you", "connect"), and finding one here costs that hash and a comparison, where a
 * new one costs a slice, lower-casing and a vocabulary lookup, and strings for the garbage collector to copy (a long
 * text repeats a few thousand words). One spelling per slot, a new one taking the slot of an old: bounded, and each
 * word is one lookup. Filled only once drafts are read, when the vocabulary no longer changes (see `Numbering`).
 */
const SPELLING_SLOTS = 16384;
const SPELLINGS: (Spelling | undefined)[] = new Array<Spelling | undefined>(SPELLING_SLOTS).fill(undefined);
/** Longer words are rare and would hold their strings in the table: they are read as they come. */
const LONGEST_SHARED_SPELLING = 48;

// A plain loop with its state in locals, and no closure over them: this runs over every character of every draft, and
// in an editor or a CLI between other work, with cold caches, where every load and call costs most.
function scanWords(prose: string, shared = false): Word[] {
  const words: Word[] = [];
  let start = -1;
  let end = -1;
  // Straightening apostrophes is needed only where a joiner or a non-ASCII letter (ʼ is one) came in.
  let plain = true;
  const length = prose.length;
  let at = 0;
  while (at < length) {
    const code = prose.charCodeAt(at);
    const first = code < 128 ? ASCII_WORD[code] : wordCharacterLength(prose, at, RUN_START);
    if (first === 0) {
      at++;
      continue;
    }
    const runStart = at;
    let ascii = code < 128;
    at += first;
    while (at < length) {
      const next = prose.charCodeAt(at);
      if (next < 128) {
        if (ASCII_WORD[next] === 0) break;
        at++;
      } else {
        const part = wordCharacterLength(prose, at, RUN_PART);
        if (part === 0) break;
        ascii = false;
        at += part;
      }
    }
    if (start >= 0 && runStart === end + 1 && joins(prose, end, runStart)) {
      end = at;
      plain &&= ascii && prose.charCodeAt(runStart - 1) < 128;
      continue;
    }
    if (start >= 0) pushWord(words, prose, start, end, plain, shared);
    start = runStart;
    end = at;
    plain = ascii;
  }
  if (start >= 0) pushWord(words, prose, start, end, plain, shared);
  return words;
}

const UNDERSCORE = 0x5f;

function pushWord(words: Word[], prose: string, from: number, to: number, plain: boolean, shared: boolean): void {
  // Underscores around a word are Markdown emphasis, not part of it.
  while (from < to && prose.charCodeAt(from) === UNDERSCORE) from++;
  while (to > from && prose.charCodeAt(to - 1) === UNDERSCORE) to--;
  if (to <= from) return;
  if (!shared || to - from > LONGEST_SHARED_SPELLING) {
    const written = prose.slice(from, to);
    const norm = plain ? written.toLowerCase() : normalizeWord(written);
    const vocabularyId = VOCABULARY.get(norm) ?? 0;
    words.push({ start: from, end: to, text: written, norm, vocabularyId, startsPhrase: PHRASE_STARTS[vocabularyId] ?? 0 });
    return;
  }
  // FNV-1a over the UTF-16 units.
  let hash = 0x811c9dc5;
  for (let at = from; at < to; at++) hash = Math.imul(hash ^ prose.charCodeAt(at), 0x01000193);
  const slot = hash & (SPELLING_SLOTS - 1);
  let spelling = SPELLINGS[slot];
  if (spelling === undefined || spelling.hash !== hash || !spelledAs(spelling.text, prose, from, to)) {
    const written = prose.slice(from, to);
    // Lower-casing is all a word needs when neither it nor a joiner in it is beyond ASCII.
    const norm = plain ? written.toLowerCase() : normalizeWord(written);
    const vocabularyId = VOCABULARY.get(norm) ?? 0;
    SPELLINGS[slot] = spelling = { hash, text: written, norm, vocabularyId, startsPhrase: PHRASE_STARTS[vocabularyId] ?? 0 };
  }
  words.push({ start: from, end: to, text: spelling.text, norm: spelling.norm, vocabularyId: spelling.vocabularyId, startsPhrase: spelling.startsPhrase });
}

function spelledAs(text: string, prose: string, from: number, to: number): boolean {
  if (text.length !== to - from) return false;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== prose.charCodeAt(from + i)) return false;
  return true;
}

/** Whether the one character at `at` joins the word ending there to the one starting at `next`. */
function joins(prose: string, at: number, next: number): boolean {
  // Most runs are a space apart: decided by the character's code, without a string or a set lookup.
  const code = prose.charCodeAt(at);
  const letters = code === 0x27 || code === 0x2e || code === 0x3a || code === 0xb7 || code === 0x2019 || code === 0x2bc;
  const digits = code === 0x27 || code === 0x2e || code === 0x2c || code === 0x3b || code === 0x2019;
  if (!letters && !digits) return false;
  const before = codePointBefore(prose, at);
  const after = String.fromCodePoint(prose.codePointAt(next)!);
  if (letters && LETTER.test(before) && LETTER.test(after)) return true;
  return digits && DIGIT.test(before) && DIGIT.test(after);
}

function codePointBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  const high = index >= 2 ? text.charCodeAt(index - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? text.slice(index - 2, index) : text[index - 1];
}

/**
 * Sentences of the prose. Blank lines and list items end a sentence too, since a greeting line such as
 * "Hi Priya," has no full stop.
 */
export function segmentSentences(prose: string, words: Word[]): Sentence[] {
  const sentences: Sentence[] = [];
  let wordIndex = 0;
  const push = (start: number, end: number) => {
    while (start < end && isSpaceAt(prose, start)) start++;
    while (end > start && isSpaceAt(prose, end - 1)) end--;
    if (end <= start) return;
    while (wordIndex < words.length && words[wordIndex].end <= start) wordIndex++;
    const firstWord = wordIndex;
    while (wordIndex < words.length && words[wordIndex].start < end) wordIndex++;
    if (wordIndex === firstWord) return;
    sentences.push({ start, end, firstWord, endWord: wordIndex });
  };
  // Every line break, found once, as its start and end; sentences come in order, so one cursor walks them.
  const lineBreaks: number[] = [];
  if (!prose.includes('\r')) {
    // Searching for the breaks is several times faster than a regex match per line.
    for (let at = prose.indexOf('\n'); at >= 0; at = prose.indexOf('\n', at + 1)) lineBreaks.push(at, at + 1);
  } else {
    const lineBreak = /\r\n?|\n/g;
    for (let found = lineBreak.exec(prose); found; found = lineBreak.exec(prose)) lineBreaks.push(found.index, found.index + found[0].length);
  }
  let nextBreak = 0;
  let pendingStart = -1;
  let start = 0;
  const ends = sentenceBreaks(prose);
  ends.push(prose.length);
  for (const end of ends) {
    // Unicode's rules end a sentence after "Dr." or "e.g.": keep such a sentence open ("Dear Dr. Chen, ...").
    if (endsWithAbbreviation(prose, start, end)) {
      if (pendingStart < 0) pendingStart = start;
    } else {
      splitAtLineShapedEnds(pendingStart >= 0 ? pendingStart : start, end);
      pendingStart = -1;
    }
    start = end;
  }
  if (pendingStart >= 0) splitAtLineShapedEnds(pendingStart, prose.length);
  return sentences;

  /** Splits further at line breaks that end a line-shaped sentence (greeting, sign-off, list item). */
  function splitAtLineShapedEnds(from: number, end: number): void {
    while (nextBreak < lineBreaks.length && lineBreaks[nextBreak] < from) nextBreak += 2;
    let start = from;
    let lineStart = from;
    for (; nextBreak < lineBreaks.length && lineBreaks[nextBreak] < end; nextBreak += 2) {
      const lineEnd = lineBreaks[nextBreak];
      const nextLine = lineBreaks[nextBreak + 1];
      // Only this line's end decides: testing the whole pending sentence again at every break would be quadratic.
      if (endsLineShapedSentence(prose, lineStart, lineEnd, nextLine)) {
        push(start, lineEnd);
        start = nextLine;
      }
      lineStart = nextLine;
    }
    push(start, end);
  }
}

/** White space as `\s` and `trim` know it, ASCII decided without a regular expression. */
function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === 32 || (code >= 9 && code <= 13) || (code >= 128 && /\s/.test(text[at]));
}

// Unicode's sentence rules (UAX #29), the ones ICU's sentence segmenter implements, applied by a linear scan that
// only looks around sentence terminators. Line breaks count as spaces: a sentence wrapped over lines stays one;
// line-shaped sentences are split apart afterwards.
//
// A sentence ends only after a terminator (Unicode's Sentence_Terminal: below U+0589 only . ! ?) or a paragraph
// separator. The search is for those and for everything from U+0589 on, which the scan then sorts out: a search for
// \p{Sentence_Terminal} itself costs five times as much on English text.
const MAYBE_TERMINATOR_OR_SEPARATOR = /[.!?\u0085\u0589-\uffff]/g;
const enum Sb {
  Other,
  ATerm,
  STerm,
  Close,
  Sp,
  Sep,
  SContinue,
  Lower,
  Upper,
  OLetter,
  Numeric,
  ExtendOrFormat,
}
const ASCII_CLASSES: Sb[] = Array.from({ length: 128 }, (_, code) => {
  const char = String.fromCharCode(code);
  if (/[a-z]/.test(char)) return Sb.Lower;
  if (/[A-Z]/.test(char)) return Sb.Upper;
  if (/[0-9]/.test(char)) return Sb.Numeric;
  if (/[\t\n\v\f\r ]/.test(char)) return Sb.Sp;
  if (char === '.') return Sb.ATerm;
  if (char === '!' || char === '?') return Sb.STerm;
  if (/[,:;-]/.test(char)) return Sb.SContinue;
  if (/["'()[\]{}]/.test(char)) return Sb.Close;
  return Sb.Other;
});
const A_TERMS = new Set(['.', '\u2024', '\ufe52', '\uff0e']);
const SEPARATORS = new Set(['\u0085', '\u2028', '\u2029']);
const S_TERM = /\p{Sentence_Terminal}/u;
const SP = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/;
const S_CONTINUE = /[\u037e\u055d\u060c\u060d\u07f8\u1802\u1808\u2013\u2014\u3001\ufe10\ufe11\ufe13\ufe14\ufe31\ufe32\ufe50\ufe51\ufe54\ufe55\ufe58\ufe63\uff0c\uff0d\uff1a\uff1b\uff64]/;
const CLOSE = /[\p{Ps}\p{Pe}\p{Pi}\p{Pf}\u275b-\u2760\u2e00\u2e01\u2e06-\u2e08\u2e0b\u{1f676}-\u{1f678}]/u;
const EXTEND_OR_FORMAT = /[\p{Grapheme_Extend}\p{Mc}\p{Cf}]/u;
const LOWER = /\p{Lowercase}/u;
const UPPER = /[\p{Uppercase}\p{Lt}]/u;
const O_LETTER = /\p{Alphabetic}/u;
const NUMERIC = /[\p{Nd}\u066b\u066c\u19da]/u;
/** Marks that stand before a number (Arabic number sign, ...): numbers to these rules, not marks of the previous letter. */
const NUMBER_PREFIX = /[\u0600-\u0605\u06dd\u0890\u0891\u08e2\u{110bd}\u{110cd}]/u;
/** Georgian letters (and the Hebrew geresh): letters without case to these rules, whatever their case property says. */
const UNCASED_LETTER = /[\u05f3\u10d0-\u10fa\u10fd-\u10ff\u1c90-\u1cba\u1cbd-\u1cbf]/;

function sentenceClass(text: string, at: number): Sb {
  const code = text.charCodeAt(at);
  if (code < 128) return ASCII_CLASSES[code];
  const char = String.fromCodePoint(text.codePointAt(at)!);
  if (A_TERMS.has(char)) return Sb.ATerm;
  if (SEPARATORS.has(char)) return Sb.Sep;
  if (S_TERM.test(char)) return Sb.STerm;
  if (SP.test(char)) return Sb.Sp;
  if (S_CONTINUE.test(char)) return Sb.SContinue;
  if (CLOSE.test(char)) return Sb.Close;
  if (NUMBER_PREFIX.test(char)) return Sb.Numeric;
  if (EXTEND_OR_FORMAT.test(char)) return Sb.ExtendOrFormat;
  if (UNCASED_LETTER.test(char)) return Sb.OLetter;
  if (LOWER.test(char)) return Sb.Lower;
  if (UPPER.test(char)) return Sb.Upper;
  if (O_LETTER.test(char)) return Sb.OLetter;
  if (NUMERIC.test(char)) return Sb.Numeric;
  return Sb.Other;
}

/** The offset after the character at `at` and the Extend and Format characters that belong to it (rule SB5). */
function afterCharacter(text: string, at: number): number {
  let next = at + (text.codePointAt(at)! > 0xffff ? 2 : 1);
  while (next < text.length && text.charCodeAt(next) >= 128 && sentenceClass(text, next) === Sb.ExtendOrFormat) next += text.codePointAt(next)! > 0xffff ? 2 : 1;
  return next;
}

/** The class of the character before `at`, Extend and Format characters skipped (rule SB5). */
function classBefore(text: string, at: number): Sb {
  for (let i = at - 1; i >= 0; i--) {
    const low = text.charCodeAt(i);
    const high = i > 0 ? text.charCodeAt(i - 1) : 0;
    const start = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? i - 1 : i;
    const found = sentenceClass(text, start);
    if (found !== Sb.ExtendOrFormat) return found;
    i = start;
  }
  return Sb.Other;
}

/** Offsets where a sentence ends (and the next starts), in order, the end of the text not included. */
export function sentenceBreaks(text: string): number[] {
  const breaks: number[] = [];
  const length = text.length;
  const search = MAYBE_TERMINATOR_OR_SEPARATOR;
  search.lastIndex = 0;
  for (let found = search.exec(text); found; found = search.exec(text)) {
    const at = found.index;
    const code = text.charCodeAt(at);
    if (code >= 128 && code !== 0x85 && code !== 0x2028 && code !== 0x2029 && !S_TERM.test(String.fromCodePoint(text.codePointAt(at)!))) continue;
    const terminator = sentenceClass(text, at);
    if (terminator === Sb.Sep) {
      if (at + 1 < length) breaks.push(at + 1);
      continue;
    }
    let next = afterCharacter(text, at);
    let nextClass = next < length ? sentenceClass(text, next) : Sb.Other;
    if (terminator === Sb.ATerm) {
      // SB6 "3.5"; SB7 "U.S".
      if (nextClass === Sb.Numeric) continue;
      if (nextClass === Sb.Upper) {
        const before = classBefore(text, at);
        if (before === Sb.Upper || before === Sb.Lower) continue;
      }
    }
    // SB9, SB10: closing punctuation, then spaces, stay with the sentence.
    while (next < length && nextClass === Sb.Close) nextClass = (next = afterCharacter(text, next)) < length ? sentenceClass(text, next) : Sb.Other;
    while (next < length && nextClass === Sb.Sp) nextClass = (next = afterCharacter(text, next)) < length ? sentenceClass(text, next) : Sb.Other;
    if (next >= length) break;
    if (nextClass === Sb.Sep) {
      // SB11: a paragraph separator ends the sentence too, right after it.
      search.lastIndex = next + 1;
      if (next + 1 < length) breaks.push(next + 1);
      continue;
    }
    // SB8a: "?," "!!" "..." go on.
    if (nextClass === Sb.SContinue || nextClass === Sb.STerm || nextClass === Sb.ATerm) {
      search.lastIndex = next;
      continue;
    }
    if (terminator === Sb.ATerm) {
      // SB8: "e.g. the", "p. 3 of": no break when the next letter, past anything but letters and terminators, is lower case.
      let ahead = next;
      let aheadClass: Sb = nextClass;
      while (aheadClass !== Sb.OLetter && aheadClass !== Sb.Upper && aheadClass !== Sb.Lower && aheadClass !== Sb.Sep && aheadClass !== Sb.STerm && aheadClass !== Sb.ATerm) {
        ahead = afterCharacter(text, ahead);
        if (ahead >= length) break;
        aheadClass = sentenceClass(text, ahead);
      }
      if (ahead < length && aheadClass === Sb.Lower) {
        search.lastIndex = ahead;
        continue;
      }
    }
    breaks.push(next);
    search.lastIndex = next;
  }
  return breaks;
}

const ABBREVIATION_END = /\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Jr|Sr|vs|e\.g|i\.e|etc|approx|incl)\.$/i;
/** Longer than the longest abbreviation with its full stop, so `\b` before it is decided inside the slice. */
const ABBREVIATION_WINDOW = 10;

function endsWithAbbreviation(prose: string, start: number, end: number): boolean {
  while (end > start && isSpaceAt(prose, end - 1)) end--;
  return prose[end - 1] === '.' && ABBREVIATION_END.test(prose.slice(Math.max(start, end - ABBREVIATION_WINDOW), end));
}

/** A greeting, list item or sign-off ends in one of these. */
const LINE_SHAPED_END = ',:;!—–-';

function endsLineShapedSentence(prose: string, lineStart: number, lineEnd: number, nextLineStart: number): boolean {
  let last = lineEnd;
  while (last > lineStart && isSpaceAt(prose, last - 1)) last--;
  if (last > lineStart && LINE_SHAPED_END.includes(prose[last - 1])) return true;
  return startsBlockOrBreak(prose, nextLineStart, Math.min(prose.length, nextLineStart + 8));
}

/**
 * Whether prose[from, end) (the next line's first few characters) is, after spaces and tabs, at its end, a line break,
 * a list marker (`- `, `* `, `+ `, `1. `, `1) `) or a heading's `#`: `/^[ \t]*(?:\r\n|\n|\r|[-*+] |\d+[.)] |#|$)/` on
 * that slice, read by character code without making the slice.
 */
function startsBlockOrBreak(prose: string, from: number, end: number): boolean {
  let at = from;
  while (at < end && (prose.charCodeAt(at) === 32 || prose.charCodeAt(at) === 9)) at++;
  if (at === end) return true;
  const code = prose.charCodeAt(at);
  if (code === 10 || code === 13 || code === 0x23) return true;
  if (code === 0x2d || code === 0x2a || code === 0x2b) return at + 1 < end && prose.charCodeAt(at + 1) === 32;
  if (code < 48 || code > 57) return false;
  while (at < end && prose.charCodeAt(at) >= 48 && prose.charCodeAt(at) <= 57) at++;
  return at + 1 < end && (prose.charCodeAt(at) === 0x2e || prose.charCodeAt(at) === 0x29) && prose.charCodeAt(at + 1) === 32;
}

/**
 * The built-in phrase lists compiled when the engine is bundled (scripts/build.mjs defines `PHRASE_AUTOMATA`, the
 * output of `recordPhraseAutomata`): the vocabulary in number order and each list's automaton, keyed by its phrases.
 * Building them at load took most of the server's start-up beyond the LSP libraries'; reading them back takes a
 * fraction of it. A list that is not among them (its phrases changed since, or a team's list) is built as before.
 */
declare const PHRASE_AUTOMATA: string | undefined;
interface CompiledAutomata {
  vocabulary: string[];
  /** A list's phrases joined by NUL characters -> its automaton, as `writeAutomaton` writes it. */
  automata: Record<string, number[]>;
}
const COMPILED: CompiledAutomata | undefined = typeof PHRASE_AUTOMATA === 'string' ? (JSON.parse(PHRASE_AUTOMATA) as CompiledAutomata) : undefined;
let recordAutomaton: ((key: string, root: State, phrases: readonly string[]) => void) | undefined;

/**
 * For scripts/build.mjs: records the automaton of every phrase list built from now on; the function returned gives
 * them with the vocabulary as `PHRASE_AUTOMATA` holds them.
 */
export function recordPhraseAutomata(): () => string {
  const automata: Record<string, number[]> = {};
  recordAutomaton = (key, root, phrases) => (automata[key] = writeAutomaton(root, phrases));
  return () => JSON.stringify({ vocabulary: [...VOCABULARY.keys()], automata } satisfies CompiledAutomata);
}

/**
 * Every word of every built-in phrase list and word set, numbered from 1. Each word of a draft is looked up here
 * once, when it is segmented, and the automata follow numbers: ten phrase lists cost one string lookup per word
 * instead of ten. The built-in lists are module constants, built before any draft is read. A list built later (a
 * team's `phrases.flag` or `phrases.allow`, compiled from a config file at run time) must not add to it, since drafts
 * already read would miss the new numbers: it numbers the words the vocabulary lacks on its own (see `Numbering`).
 */
const VOCABULARY = new Map<string, number>(COMPILED?.vocabulary.map((word, index) => [word, index + 1]));
let draftsRead = false;

/**
 * The numbers one list compares words by: the shared vocabulary's, and for a list built after drafts were read,
 * negative numbers of its own for words the vocabulary lacks, which it looks up by the word's text only for draft
 * words the vocabulary does not know (one map lookup each, so matching stays linear).
 */
class Numbering {
  private readonly own = new Map<string, number>();

  /** The number of a word of the list, given a new one if it has none. */
  number(word: string): number {
    let id = VOCABULARY.get(word) ?? this.own.get(word);
    if (id !== undefined) return id;
    if (draftsRead) this.own.set(word, (id = -(this.own.size + 1)));
    else VOCABULARY.set(word, (id = VOCABULARY.size + 1));
    return id;
  }

  /** The number of a draft's word in this list, 0 when the list does not use it. */
  of(word: Word): number {
    return word.vocabularyId !== 0 || this.own.size === 0 ? word.vocabularyId : (this.own.get(word.norm) ?? 0);
  }
}

/**
 * A set of normalized words, tested by a word's vocabulary number instead of its text: for loops over every word. A
 * word of the shared vocabulary is one byte read (a string set hashes and compares the word's text each time); a set
 * built after drafts were read (see `Numbering`) looks its own words up by text.
 */
export class WordSet {
  private readonly ids = new Set<number>();
  private readonly numbering = new Numbering();
  /** 1 at each shared vocabulary number in the set. */
  private readonly members: Uint8Array;

  constructor(words: Iterable<string>) {
    let last = 0;
    for (const word of words) {
      const id = this.numbering.number(word);
      this.ids.add(id);
      last = Math.max(last, id);
    }
    this.members = new Uint8Array(last + 1);
    for (const id of this.ids) if (id > 0) this.members[id] = 1;
  }

  has(word: Word | undefined): boolean {
    if (word === undefined) return false;
    const id = word.vocabularyId;
    if (id > 0) return id < this.members.length && this.members[id] === 1;
    const own = this.numbering.of(word);
    return own < 0 && this.ids.has(own);
  }
}

/**
 * Several word sets in one table, a bit per set (up to 8): a word's bits by its vocabulary number, one read where each
 * set was a lookup of its own. Numbered as `WordSet` does.
 */
export class WordBits {
  private readonly own = new Map<number, number>();
  private readonly numbering = new Numbering();
  private readonly bits: Uint8Array;

  constructor(sets: Iterable<readonly [words: Iterable<string>, bit: number]>) {
    const shared = new Map<number, number>();
    for (const [words, bit] of sets) {
      for (const word of words) {
        const id = this.numbering.number(word);
        const table = id > 0 ? shared : this.own;
        table.set(id, (table.get(id) ?? 0) | bit);
      }
    }
    this.bits = new Uint8Array(Math.max(0, ...shared.keys()) + 1);
    for (const [id, bits] of shared) this.bits[id] = bits;
  }

  of(word: Word): number {
    const id = word.vocabularyId;
    if (id > 0) return id < this.bits.length ? this.bits[id] : 0;
    const own = this.numbering.of(word);
    return own < 0 ? (this.own.get(own) ?? 0) : 0;
  }
}

/**
 * For each vocabulary number, a bit per built-in phrase list (the list's number modulo 32) that has a phrase starting
 * with that word. Each word carries its entry (`Word.startsPhrase`), so a list skips most words of a draft by a bit
 * of the word itself, without reading a table of its own; lists that share a bit tell their words apart as before.
 * Complete before the first draft is read (lists built later, a team's, get no bit), so spellings can cache it.
 */
const PHRASE_STARTS: number[] = [];
let builtInLists = 0;

/**
 * A state of a phrase list's automaton: where a match can go on with each next word (by vocabulary number), and
 * the phrase a match that stops here has found. States are never changed once built, so lists share them.
 */
interface State {
  readonly id: number;
  readonly next: Map<number, State>;
  readonly phrase?: string;
}

let stateCount = 0;

function state(next: Map<number, State>, phrase?: string): State {
  return { id: ++stateCount, next, phrase };
}

/**
 * A phrase list compiled to a deterministic automaton over normalized words (a trie whose equal tails are shared:
 * "{a|b} {c|d} {e|f}" is four states where a trie has fifteen); finds the longest match at each word, left to right.
 */
export class PhraseMatcher {
  private readonly root: State;
  private readonly numbering = new Numbering();

  /**
   * Phrases are written with `{a|b}` alternatives and `?` after a `{...}` group for an optional one,
   * e.g. "{i'd|i would} {like|love} to add you to my professional network {on linkedin}?". When two phrases match
   * the same words, the first one listed is reported.
   */
  constructor(phrases: string[]) {
    const key = phrases.join('\0');
    const compiled = COMPILED && Object.hasOwn(COMPILED.automata, key) ? COMPILED.automata[key] : undefined;
    this.root = compiled ? readAutomaton(compiled, phrases) : buildAutomaton(phrases, this.numbering);
    recordAutomaton?.(key, this.root, phrases);
    let last = 0;
    for (const id of this.root.next.keys()) last = Math.max(last, id);
    this.starts = new Array<State | undefined>(last + 1).fill(undefined);
    this.startable = new Uint8Array(last + 1);
    this.bit = draftsRead ? 0 : 1 << builtInLists++ % 32;
    for (const [id, next] of this.root.next) {
      if (id <= 0) continue;
      this.starts[id] = next;
      this.startable[id] = 1;
      if (this.bit !== 0) PHRASE_STARTS[id] = (PHRASE_STARTS[id] ?? 0) | this.bit;
    }
  }

  /** This list's bit in `PHRASE_STARTS`, 0 for a list built once drafts were read. */
  private readonly bit: number;

  /** 1 for the vocabulary numbers that start a phrase: a byte each, so the whole list's starts share a few cache lines. */
  private readonly startable: Uint8Array;

  /**
   * Where a match that starts with each vocabulary number goes, by index: every word of a draft is tried as a start
   * by every list, and an array read costs less than a map lookup. (A team list's own numbers are negative.)
   */
  private readonly starts: (State | undefined)[];

  private startWith(word: Word): State | undefined {
    const id = this.numbering.of(word);
    return id > 0 ? (id < this.starts.length ? this.starts[id] : undefined) : id < 0 ? this.root.next.get(id) : undefined;
  }

  /** Non-overlapping matches over words[from, to), as word index ranges. */
  findAll(words: readonly Word[], from = 0, to = words.length): PhraseMatch[] {
    const matches: PhraseMatch[] = [];
    const startable = this.startable;
    const bit = this.bit;
    let i = from;
    while (i < to) {
      // Most words start no phrase of the list: told by a bit of the word, else by its number, before anything else is looked up.
      const word = words[i];
      if (bit !== 0 && (word.startsPhrase & bit) === 0) {
        i++;
        continue;
      }
      const id = word.vocabularyId;
      if (id > 0 && (id >= startable.length || startable[id] === 0)) {
        i++;
        continue;
      }
      const best = this.longestAt(words, i, to);
      if (best) {
        matches.push(best);
        i = best.endWord;
      } else {
        i++;
      }
    }
    return matches;
  }

  /** Whether any phrase occurs in words[from, to). */
  occursIn(words: readonly Word[], from = 0, to = words.length): boolean {
    const bit = this.bit;
    for (let i = from; i < to; i++) {
      if (bit !== 0 && (words[i].startsPhrase & bit) === 0) continue;
      if (this.startWith(words[i]) !== undefined && this.longestAt(words, i, to)) return true;
    }
    return false;
  }

  private longestAt(words: readonly Word[], i: number, to: number): PhraseMatch | undefined {
    let node = this.startWith(words[i]);
    if (node === undefined) return undefined;
    let best: PhraseMatch | undefined;
    for (let j = i; node; ) {
      if (node.phrase !== undefined) best = { firstWord: i, endWord: j + 1, phrase: node.phrase };
      if (++j >= to) break;
      const id = this.numbering.of(words[j]);
      if (id === 0) break;
      node = node.next.get(id);
    }
    return best;
  }
}

function buildAutomaton(phrases: readonly string[], numbering: Numbering): State {
  return unionOf(
    phrases.map((phrase) => startOf(phrase, parsePhrase(phrase), numbering)),
    new Map(),
  );
}

/** For tests: each phrase list compiled into the bundle, its automaton as compiled and as built from its phrases now. */
export function compiledPhraseLists(): { phrases: string[]; compiled: number[]; built: number[] }[] {
  return Object.entries(COMPILED?.automata ?? {}).map(([key, compiled]) => {
    const phrases = key.split('\0');
    return { phrases, compiled, built: writeAutomaton(buildAutomaton(phrases, new Numbering()), phrases) };
  });
}

/** The start of the automaton of one phrase, built from its last group back: each group's choices lead to the same tail. */
function startOf(phrase: string, groups: string[][][], numbering: Numbering): State {
  const unions = new Map<string, State>();
  let tail = state(new Map(), phrase);
  for (let index = groups.length - 1; index >= 0; index--) {
    const paths = groups[index].map((choice) => {
      let path = tail;
      for (let word = choice.length - 1; word >= 0; word--) path = state(new Map<number, State>().set(numbering.number(choice[word]), path));
      return path;
    });
    tail = unionOf(paths, unions);
  }
  return tail;
}

/**
 * A state that goes on as any of `states` does, the first one's phrase winning a tie. Unions are remembered, so
 * shared tails stay shared, and taken of all the states at once, so no state is copied again for each one added.
 */
function unionOf(states: State[], unions: Map<string, State>): State {
  // Run once per list while the server or the CLI starts, before the code is optimised: plain loops, no spreads.
  const distinct: State[] = [];
  const seen = states.length > 16 ? new Set<State>() : undefined;
  let key = '';
  for (const each of states) {
    if (seen ? seen.has(each) : distinct.includes(each)) continue;
    seen?.add(each);
    distinct.push(each);
    key += `${each.id},`;
  }
  if (distinct.length === 1) return distinct[0];
  let merged = unions.get(key);
  if (merged) return merged;
  const targets = new Map<number, State[]>();
  for (const each of distinct) {
    for (const [word, target] of each.next) {
      const list = targets.get(word);
      if (list) list.push(target);
      else targets.set(word, [target]);
    }
  }
  const next = new Map<number, State>();
  for (const [word, list] of targets) next.set(word, unionOf(list, unions));
  merged = state(next, distinct.find((each) => each.phrase !== undefined)?.phrase);
  unions.set(key, merged);
  return merged;
}

/**
 * An automaton as numbers: its states in post-order (every state after the states it leads to, the root last), each
 * as the 1-based index of its phrase in the list (0 for none), its number of edges, then each edge's word number and
 * target state index.
 */
function writeAutomaton(root: State, phrases: readonly string[]): number[] {
  const data: number[] = [];
  const indexes = new Map<State, number>();
  const write = (node: State): number => {
    let index = indexes.get(node);
    if (index !== undefined) return index;
    const edges: number[] = [];
    for (const [word, target] of node.next) edges.push(word, write(target));
    data.push(node.phrase === undefined ? 0 : phrases.indexOf(node.phrase) + 1, node.next.size, ...edges);
    indexes.set(node, (index = indexes.size));
    return index;
  };
  write(root);
  return data;
}

/** The automaton `writeAutomaton` wrote, for the same list of phrases. */
function readAutomaton(data: readonly number[], phrases: readonly string[]): State {
  const states: State[] = [];
  for (let at = 0; at < data.length; ) {
    const phrase = data[at++];
    const edges = data[at++];
    const next = new Map<number, State>();
    for (let edge = 0; edge < edges; edge++, at += 2) next.set(data[at], states[data[at + 1]]);
    states.push(state(next, phrase === 0 ? undefined : phrases[phrase - 1]));
  }
  return states[states.length - 1];
}

export interface PhraseMatch {
  firstWord: number;
  endWord: number;
  phrase: string;
}

/** A phrase's groups in order, each a list of choices (word lists); an optional group has an empty choice. */
function parsePhrase(phrase: string): string[][][] {
  const parts = phrase.toLowerCase().match(/\{[^}]*\}\??|[^\s{}]+/g) ?? [];
  return parts.map((part) => {
    if (!part.startsWith('{')) return [wordsOf(part)];
    const optional = part.endsWith('?');
    const choices = part.slice(1, optional ? -2 : -1).split('|').map(wordsOf);
    return optional ? [...choices, []] : choices;
  });
}

/** Splits a phrase the way prose is split, so "like-minded" matches as two words, "I'd" as one. */
function wordsOf(phrase: string): string[] {
  if (/^[a-z0-9]+$/.test(phrase)) return [phrase];
  let words = PHRASE_WORDS.get(phrase);
  if (!words) PHRASE_WORDS.set(phrase, (words = scanWords(phrase).map((word) => word.norm)));
  return words;
}

/** Phrase lists repeat their words ("to", "you", "my"): each is split once, while the lists are built. */
const PHRASE_WORDS = new Map<string, string[]>();
