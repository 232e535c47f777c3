import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { segmentWords } from '../../server/src/engine/text/words';
import { everyDraft } from '../support/drafts';

/** The words ICU's segmenter finds, trimmed of emphasis underscores as the engine trims them: the reference. */
function icuWords(text: string): string[] {
  const words: string[] = [];
  for (const segment of new Intl.Segmenter('en', { granularity: 'word' }).segment(text)) {
    if (!segment.isWordLike) continue;
    const word = segment.segment.replace(/^_+|_+$/g, '');
    if (word) words.push(`${segment.index + segment.segment.indexOf(word)}:${word}`);
  }
  return words;
}

function scannedWords(text: string): string[] {
  return segmentWords(text).map((word) => `${word.start}:${word.text}`);
}


describe('the word scanner finds the words ICU finds', () => {
  it('on every draft of the corpora, the fixtures and the examples', () => {
    const drafts = everyDraft();
    assert.ok(drafts.length > 600);
    for (const { file, text } of drafts) assert.deepEqual(scannedWords(text), icuWords(text), file);
  });

  it('on the shapes of English words: contractions, abbreviations, numbers, compounds, accents, code', () => {
    const text =
      "I'd don't e.g. U.S. 3.5 1,000 snake_case _emph_ like-minded O'Brien co-op a:b 10x 👋 café naïve Zoë x86_64 C++ #tag " +
      "@user calendly.com/x a.1 1.a don’t ’tis rock'n'roll 3:30 a,b 1;2 Ph.D. 9am 24/7 l'été 2.0's __init__ ...a.. 'quoted' i.e., A.B.C";
    assert.deepEqual(scannedWords(text), icuWords(text));
  });

  it('differs from ICU on purpose only in scripts without spaces, where ICU looks words up in a dictionary', () => {
    assert.deepEqual(scannedWords('日本語です'), ['0:日本語です']);
  });
});
