import type { Draft } from './draft';
import type { OffsetRange, TextEdit } from './types';

/** Words that carry nothing once a cliché is gone ("I", "just", "always looking to"). */
const FILLER = new Set([
  'i', "i'm", 'im', 'am', 'was', 'just', 'really', 'always', 'so', 'also', 'and', 'but', 'to', 'with', 'wanted', 'want', 'would',
  'like', 'love', "i'd", "i've", 'have', 'been', 'that', 'here', 'actually', 'truly', 'very', 'looking', 'keen', 'eager', 'hoping',
  'in', 'of', 'the', 'a', 'my', 'more', 'all', 'some', 'because', 'as', 'well', 'today', 'again', 'quickly', 'simply', 'am',
]);
const CLAUSE_BREAK = /[,;:—–]/;

/**
 * An edit that removes a cliché cleanly: the whole sentence when nothing else is in it, or its clause with one
 * separator, capitalising what then starts the sentence. Undefined when removing it would leave a broken sentence.
 */
export function deletePhrase(draft: Draft, firstWord: number, endWord: number): TextEdit | undefined {
  const sentence = draft.sentenceOfWord(firstWord);
  if (!sentence || endWord > sentence.endWord) return undefined;
  const text = draft.text;
  const span = draft.wordSpan(firstWord, endWord);
  const clause = clauseAround(text, sentence, span);
  /** Whether every word of the range, outside the cliché, is filler: checks the sentence's own words only. */
  const onlyFiller = (range: OffsetRange) => {
    for (let index = sentence.firstWord; index < sentence.endWord; index++) {
      const word = draft.words[index];
      const inRange = word.start >= range.start && word.end <= range.end;
      const inPhrase = index >= firstWord && index < endWord;
      if (inRange && !inPhrase && !FILLER.has(word.norm)) return false;
    }
    return true;
  };

  if (onlyFiller(sentence)) return deleteSentence(text, sentence);
  if (!onlyFiller(clause)) return undefined;
  if (clause.start === sentence.start) {
    // "I hope this finds you well, we met at ..." -> "We met at ..."
    let end = clause.end + 1;
    while (end < sentence.end && /[ \t]/.test(text[end])) end++;
    const next = text[end] ?? '';
    return { start: clause.start, end: end + (next ? 1 : 0), newText: next.toUpperCase() };
  }
  // "..., I hope this finds you well." -> "..." (the separator before the clause goes with it).
  let start = clause.start;
  while (start > sentence.start && /[ \t]/.test(text[start - 1])) start--;
  if (CLAUSE_BREAK.test(text[start - 1] ?? '')) start--;
  return { start, end: clause.end, newText: '' };
}

/** The clause holding the span: between separators (or the sentence's ends), without the closing punctuation. */
function clauseAround(text: string, sentence: OffsetRange, span: OffsetRange): OffsetRange {
  let start = span.start;
  while (start > sentence.start && !CLAUSE_BREAK.test(text[start - 1])) start--;
  while (start < span.start && /\s/.test(text[start])) start++;
  let end = span.end;
  while (end < sentence.end && !CLAUSE_BREAK.test(text[end])) end++;
  while (end > span.end && /[\s.!?…]/.test(text[end - 1])) end--;
  return { start, end };
}

/** Removes a sentence and the space after it (or before it, at the end of a line), leaving no double space. */
function deleteSentence(text: string, sentence: OffsetRange): TextEdit {
  let end = sentence.end;
  while (end < text.length && /[ \t]/.test(text[end])) end++;
  let start = sentence.start;
  if (end === text.length || text[end] === '\n' || text[end] === '\r') {
    end = sentence.end;
    while (start > 0 && /[ \t]/.test(text[start - 1])) start--;
  }
  return { start, end, newText: '' };
}
