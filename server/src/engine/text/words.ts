import type { OffsetRange } from '../types';

export interface Word extends OffsetRange {
  /** Lower-cased, apostrophes straightened, emphasis underscores dropped. */
  norm: string;
  /** The word as written, without emphasis underscores. */
  text: string;
}

export interface Sentence extends OffsetRange {
  /** Index of the first word in the document's word list, and one past the last. */
  firstWord: number;
  endWord: number;
}

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'");
}

/** ICU segmentation slows down more than linearly on long inputs: segment in bounded chunks instead. */
const CHUNK = 4096;

/**
 * Splits text into chunks that end at a boundary the segmenter would respect anyway: a blank line for sentences,
 * any line break for words, or failing those, the last white space before the size limit.
 */
function* chunks(text: string, boundary: RegExp): Generator<[start: number, end: number]> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + CHUNK, text.length);
    if (end < text.length) {
      const window = text.slice(start, end);
      let cut = -1;
      boundary.lastIndex = 0;
      for (let match = boundary.exec(window); match; match = boundary.exec(window)) cut = match.index + match[0].length;
      if (cut <= 0) cut = Math.max(window.lastIndexOf(' '), window.lastIndexOf('\t')) + 1;
      if (cut > 0) end = start + cut;
    }
    yield [start, end];
    start = end;
  }
}

/** Letters, digits and connectors (`_`), then marks too (a mark alone, as after an emoji, is no word): linear, runs never overlap. */
const WORD_RUN = /[\p{L}\p{N}\p{Pc}][\p{L}\p{M}\p{N}\p{Pc}]*/gu;
const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{N}/u;
/** One of these between two letters keeps them one word ("I'd", "e.g", "a:b"), as Unicode's word rules (UAX #29) do. */
const LETTER_JOINERS = new Set(["'", '\u2019', '\u02bc', '.', ':', '\u00b7']);
/** One of these between two digits keeps them one number ("3.5", "1,000"). */
const DIGIT_JOINERS = new Set(["'", '\u2019', '.', ',', ';']);

/**
 * Word-like segments of prose (masked text), with exact offsets: the words `Intl.Segmenter` finds in English text
 * (tests compare the two), found by one linear regex scan instead of ICU, which costs far more per word.
 */
export function segmentWords(prose: string): Word[] {
  const words: Word[] = [];
  let start = -1;
  let end = -1;
  const flush = () => {
    let from = start;
    let to = end;
    // Underscores around a word are Markdown emphasis, not part of it.
    while (from < to && prose[from] === '_') from++;
    while (to > from && prose[to - 1] === '_') to--;
    if (to <= from) return;
    const text = prose.slice(from, to);
    words.push({ start: from, end: to, text, norm: normalizeWord(text) });
  };
  WORD_RUN.lastIndex = 0;
  for (let run = WORD_RUN.exec(prose); run; run = WORD_RUN.exec(prose)) {
    const runStart = run.index;
    if (start >= 0 && runStart === end + 1 && joins(prose, end, runStart)) {
      end = runStart + run[0].length;
      continue;
    }
    if (start >= 0) flush();
    start = runStart;
    end = runStart + run[0].length;
  }
  if (start >= 0) flush();
  return words;
}

/** Whether the one character at `at` joins the word ending there to the one starting at `next`. */
function joins(prose: string, at: number, next: number): boolean {
  const joiner = prose[at];
  const before = codePointBefore(prose, at);
  const after = String.fromCodePoint(prose.codePointAt(next)!);
  if (LETTER_JOINERS.has(joiner) && LETTER.test(before) && LETTER.test(after)) return true;
  return DIGIT_JOINERS.has(joiner) && DIGIT.test(before) && DIGIT.test(after);
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
    while (start < end && /\s/.test(prose[start])) start++;
    while (end > start && /\s/.test(prose[end - 1])) end--;
    if (end <= start) return;
    while (wordIndex < words.length && words[wordIndex].end <= start) wordIndex++;
    const firstWord = wordIndex;
    while (wordIndex < words.length && words[wordIndex].start < end) wordIndex++;
    if (wordIndex === firstWord) return;
    sentences.push({ start, end, firstWord, endWord: wordIndex });
  };
  for (const [chunkStart, chunkEnd] of chunks(prose, /(?:\r\n|\n|\r)[ \t]*(?:\r\n|\n|\r)/g)) {
    // ICU ends a sentence at every line break; a sentence wrapped over lines must stay one, so ICU sees spaces.
    const unwrapped = prose.slice(chunkStart, chunkEnd).replace(/\r\n|\n|\r/g, (lineBreak) => ' '.repeat(lineBreak.length));
    let pendingStart = -1;
    for (const segment of sentenceSegmenter.segment(unwrapped)) {
      const start = pendingStart >= 0 ? pendingStart : chunkStart + segment.index;
      // ICU ends a sentence after "Dr." or "e.g.": keep such a sentence open ("Dear Dr. Chen, ...").
      if (ABBREVIATION_END.test(segment.segment)) {
        pendingStart = start;
        continue;
      }
      pendingStart = -1;
      splitAtLineShapedEnds(start, chunkStart + segment.index + segment.segment.length);
    }
    if (pendingStart >= 0) splitAtLineShapedEnds(pendingStart, chunkEnd);
  }
  return sentences;

  /** Splits further at line breaks that end a line-shaped sentence (greeting, sign-off, list item). */
  function splitAtLineShapedEnds(from: number, end: number): void {
    const text = prose.slice(from, end);
    const breaks = /\r\n|\n|\r/g;
    let start = 0;
    let lineStart = 0;
    for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
      const nextLine = from + match.index + match[0].length;
      // Only this line's end decides: testing the whole pending sentence again at every break would be quadratic.
      if (endsLineShapedSentence(text.slice(lineStart, match.index), prose, nextLine)) {
        push(from + start, from + match.index);
        start = match.index + match[0].length;
      }
      lineStart = match.index + match[0].length;
    }
    push(from + start, end);
  }
}

const ABBREVIATION_END = /\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Jr|Sr|vs|e\.g|i\.e|etc|approx|incl)\.\s*$/i;

function endsLineShapedSentence(lineText: string, prose: string, nextLineStart: number): boolean {
  if (/[,:;!—–-]/.test(lineText.trimEnd().slice(-1))) return true;
  const nextLine = /^[ \t]*(?:\r\n|\n|\r|[-*+] |\d+[.)] |#|$)/.exec(prose.slice(nextLineStart, nextLineStart + 8));
  return nextLine !== null;
}

/** A phrase list compiled to a trie over normalized words; finds the longest match at each word, left to right. */
export class PhraseMatcher {
  private readonly root: TrieNode = { next: new Map() };

  /**
   * Phrases are written with `{a|b}` alternatives and `?` after a `{...}` group for an optional one,
   * e.g. "{i'd|i would} {like|love} to add you to my professional network {on linkedin}?".
   */
  constructor(phrases: string[]) {
    for (const phrase of phrases) {
      for (const words of expandPhrase(phrase)) this.add(words, phrase);
    }
  }

  private add(words: string[], phrase: string): void {
    let node = this.root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map() };
        node.next.set(word, child);
      }
      node = child;
    }
    node.phrase ??= phrase;
  }

  /** Non-overlapping matches over words[from, to), as word index ranges. */
  findAll(words: Word[], from = 0, to = words.length): PhraseMatch[] {
    const matches: PhraseMatch[] = [];
    let i = from;
    while (i < to) {
      let node: TrieNode | undefined = this.root;
      let best: PhraseMatch | undefined;
      for (let j = i; j < to && node; j++) {
        node = node.next.get(words[j].norm);
        if (node?.phrase) best = { firstWord: i, endWord: j + 1, phrase: node.phrase };
      }
      if (best) {
        matches.push(best);
        i = best.endWord;
      } else {
        i++;
      }
    }
    return matches;
  }
}

interface TrieNode {
  next: Map<string, TrieNode>;
  phrase?: string;
}

export interface PhraseMatch {
  firstWord: number;
  endWord: number;
  phrase: string;
}

export function expandPhrase(phrase: string): string[][] {
  const parts = phrase.toLowerCase().match(/\{[^}]*\}\??|[^\s{}]+/g) ?? [];
  let variants: string[][] = [[]];
  for (const part of parts) {
    if (part.startsWith('{')) {
      const optional = part.endsWith('?');
      const choices = part.slice(1, optional ? -2 : -1).split('|').map(wordsOf);
      if (optional) choices.push([]);
      variants = variants.flatMap((variant) => choices.map((choice) => [...variant, ...choice]));
    } else {
      const words = wordsOf(part);
      variants = variants.map((variant) => [...variant, ...words]);
    }
  }
  return variants.filter((variant) => variant.length > 0);
}

/** Splits a phrase the way prose is split, so "like-minded" matches as two words, "I'd" as one. */
function wordsOf(phrase: string): string[] {
  return segmentWords(phrase).map((word) => word.norm);
}
