import type { Draft } from '../draft/draft';
import type { OffsetRange, TextEdit } from '../types';
import { partitionPoint } from '../text/search';
import { WordSet } from '../text/words';

/** Words that carry nothing once a cliché is gone ("I", "just", "always looking to"). */
const FILLER = new WordSet([
  'i', "i'm", 'im', 'am', 'was', 'just', 'really', 'always', 'so', 'also', 'and', 'but', 'to', 'with', 'wanted', 'want', 'would',
  'like', 'love', "i'd", "i've", 'have', 'been', 'that', 'here', 'actually', 'truly', 'very', 'looking', 'keen', 'eager', 'hoping',
  'in', 'of', 'the', 'a', 'my', 'more', 'all', 'some', 'because', 'as', 'well', 'today', 'again', 'quickly', 'simply', 'am',
]);
const CLAUSE_BREAK = /[,;:—–]/;
/** `CLAUSE_BREAK`, searched for (rather than one regex test per character). */
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'g');
const LINE_DIRECTIVE = /^\s*invite-lint-disable-(?:next-)?line\b/;

/** Per-draft lookups, so that each cliché costs a few binary searches rather than a walk over its sentence. */
interface DeletionIndex {
  /** `nonFiller[i]`: how many of words[0, i) are not filler. */
  nonFiller: Int32Array;
  /** Offsets of clause separators in the prose (never inside code or comments), ascending. */
  breaks: number[];
  /** Where a clause starting after an offset really starts, and where one ending at an offset really ends. */
  clauseStarts: Map<number, number>;
  clauseEnds: Map<number, number>;
}

function indexFor(draft: Draft): DeletionIndex {
  return draft.memo(indexFor, buildIndex);
}

function buildIndex(draft: Draft): DeletionIndex {
  const words = draft.words;
  const nonFiller = new Int32Array(words.length + 1);
  for (let i = 0; i < words.length; i++) nonFiller[i + 1] = nonFiller[i] + (FILLER.has(words[i]) ? 0 : 1);
  const breaks: number[] = [];
  const prose = draft.prose;
  const search = CLAUSE_BREAKS;
  search.lastIndex = draft.bodyStart;
  for (let found = search.exec(prose); found; found = search.exec(prose)) breaks.push(found.index);
  return { nonFiller, breaks, clauseStarts: new Map(), clauseEnds: new Map() };
}

/**
 * An edit that removes a cliché cleanly: the whole sentence when nothing else is in it, or its clause with one
 * separator, capitalising what then starts the sentence. Comments inside the removed text stay where they were.
 * Undefined when removing it would leave a broken sentence or take code with it.
 */
export function deletePhrase(draft: Draft, firstWord: number, endWord: number): TextEdit | undefined {
  const sentence = draft.sentenceOfWord(firstWord);
  if (!sentence || endWord > sentence.endWord) return undefined;
  const prose = draft.prose;
  const index = indexFor(draft);
  const span = draft.wordSpan(firstWord, endWord);
  const clause = clauseAround(draft, index, sentence, span);
  /** Whether every word of the range, outside the cliché, is filler. */
  const onlyFiller = (range: OffsetRange) => {
    const first = firstWordFrom(draft, sentence.firstWord, sentence.endWord, (word) => word.start >= range.start);
    const end = firstWordFrom(draft, first, sentence.endWord, (word) => word.end > range.end);
    return index.nonFiller[end] - index.nonFiller[first] === index.nonFiller[endWord] - index.nonFiller[firstWord];
  };

  let edit: TextEdit;
  if (onlyFiller(sentence)) {
    edit = deleteSentence(draft, sentence);
  } else if (!onlyFiller(clause)) {
    return undefined;
  } else if (clause.start === sentence.start) {
    // "I hope this finds you well, we met at ..." -> "We met at ..."
    const end = skipForward(draft, clause.end + 1, sentence.end, /[ \t]/);
    const next = draft.text[end] ?? '';
    edit = { start: clause.start, end: end + (next ? 1 : 0), newText: next.toUpperCase() };
  } else {
    // "..., I hope this finds you well." -> "..." (the separator before the clause goes with it).
    let start = skipBackward(draft, clause.start, sentence.start, /[ \t]/);
    if (CLAUSE_BREAK.test(prose[start - 1] ?? '')) start--;
    edit = { start, end: clause.end, newText: '' };
  }
  return keepComments(draft, edit);
}

/** The first index in words[from, to) whose word satisfies `after` (monotonic over the words), or `to`. */
function firstWordFrom(draft: Draft, from: number, to: number, after: (word: { start: number; end: number }) => boolean): number {
  let low = from;
  let high = to;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (after(draft.words[mid])) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** The clause holding the span: between separators (or the sentence's ends), without the closing punctuation. */
function clauseAround(draft: Draft, index: DeletionIndex, sentence: OffsetRange, span: OffsetRange): OffsetRange {
  const { breaks } = index;
  let low = 0;
  let high = breaks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (breaks[mid] < span.start) low = mid + 1;
    else high = mid;
  }
  const before = low > 0 && breaks[low - 1] >= sentence.start ? breaks[low - 1] + 1 : sentence.start;
  let start = index.clauseStarts.get(before);
  if (start === undefined) {
    // The span starts with a word, so this stops at or before it whichever cliché of the clause asks first.
    start = skipForward(draft, before, span.start, /\s/);
    index.clauseStarts.set(before, start);
  }
  while (low < breaks.length && breaks[low] < span.end) low++;
  const after = low < breaks.length && breaks[low] < sentence.end ? breaks[low] : sentence.end;
  let end = index.clauseEnds.get(after);
  if (end === undefined) {
    // The span ends with a word, so this stops at or after it whichever cliché of the clause asks first.
    end = skipBackward(draft, after, span.end, /[\s.!?…]/);
    index.clauseEnds.set(after, end);
  }
  return { start: Math.min(start, span.start), end: Math.max(end, span.end) };
}

/** Removes a sentence and the space after it (or before it, at the end of a line), leaving no double space. */
function deleteSentence(draft: Draft, sentence: OffsetRange): TextEdit {
  const text = draft.text;
  let end = skipForward(draft, sentence.end, text.length, /[ \t]/);
  let start = sentence.start;
  if (end === text.length || text[end] === '\n' || text[end] === '\r') {
    end = sentence.end;
    start = skipBackward(draft, start, draft.bodyStart, /[ \t]/);
  }
  return { start, end, newText: '' };
}

/** Moves forward over characters matching `space` and over whole comments (which `keepComments` puts back), up to `limit`. */
function skipForward(draft: Draft, from: number, limit: number, space: RegExp): number {
  const { text, comments } = draft;
  let at = from;
  for (;;) {
    while (at < limit && space.test(text[at])) at++;
    const comment = text.startsWith('<!--', at) ? comments[firstEndingAfter(comments, at)] : undefined;
    if (!comment || comment.start !== at || comment.end > limit) return at;
    at = comment.end;
  }
}

/** `skipForward` backwards, down to `limit`. */
function skipBackward(draft: Draft, from: number, limit: number, space: RegExp): number {
  const { text, comments } = draft;
  let at = from;
  for (;;) {
    while (at > limit && space.test(text[at - 1])) at--;
    const comment = text[at - 1] === '>' ? comments[firstEndingAfter(comments, at - 1)] : undefined;
    if (!comment || comment.end !== at || comment.start < limit) return at;
    at = comment.start;
  }
}

/**
 * Puts back the comments an edit would remove (a note to self, a disable comment): they are not the cliché. Undefined
 * when the edit would cut into a comment, remove code or a link, or move a line-based disable comment to another line.
 */
function keepComments(draft: Draft, edit: TextEdit): TextEdit | undefined {
  const { excluded, comments } = draft;
  let nonProse = 0;
  for (let i = firstEndingAfter(excluded, edit.start); i < excluded.length && excluded[i].start < edit.end; i++) {
    const range = excluded[i];
    if (range.start < edit.start || range.end > edit.end) return undefined;
    nonProse += range.end - range.start;
  }
  if (nonProse === 0) return edit;
  const kept: string[] = [];
  let inComments = 0;
  let lineDirective = false;
  for (let i = firstEndingAfter(comments, edit.start); i < comments.length && comments[i].start < edit.end; i++) {
    const comment = comments[i];
    kept.push(draft.text.slice(comment.start, comment.end));
    inComments += comment.end - comment.start;
    lineDirective ||= LINE_DIRECTIVE.test(comment.body);
  }
  // What is not prose and not a comment is code or a link address: part of the message, not of the cliché.
  if (inComments !== nonProse) return undefined;
  if (lineDirective && /[\r\n]/.test(draft.text.slice(edit.start, edit.end))) return undefined;
  return { ...edit, newText: kept.join('') + edit.newText };
}

/** The first range (sorted, non-overlapping) that ends after an offset. */
function firstEndingAfter(ranges: readonly OffsetRange[], offset: number): number {
  return partitionPoint(ranges.length, (index) => ranges[index].end <= offset);
}
