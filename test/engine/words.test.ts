import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PhraseMatcher, WordBits, WordSet, segmentWords } from '../../server/src/engine/text/words';
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

/** Built when this module loads, before any draft is read, as the built-in lists are: it gets a start bit. */
const GENERIC_LIKE = new PhraseMatcher(['{came|stumbled} across your profile', 'pick your brain', "i'd love to connect"]);

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

describe('word sets and phrase starts by vocabulary number answer as sets of spellings do', () => {
  // Built after drafts were read (a team's list is): words no built-in list knows get numbers of the set's own.
  const late = ['you', 'network', "i'd", 'qwertyzzz', 'ünïcödé', 'sprocketeer'];
  const bits: [string[], number][] = [
    [['you', "you're", 'your'], 1],
    [['network', 'qwertyzzz', 'you'], 2],
    [['ünïcödé', 'sprocketeer'], 4],
  ];

  it('WordSet and WordBits, on every word of the corpora, the fixtures and the examples', () => {
    const drafts = everyDraft().map(({ file, text }) => ({ file, words: segmentWords(`${text}\nqwertyzzz Ünïcödé sprocketeer`) }));
    const set = new WordSet(late);
    const table = new WordBits(bits);
    for (const { file, words } of drafts) {
      for (const word of words) {
        assert.equal(set.has(word), late.includes(word.norm), `${file}: ${word.text}`);
        assert.equal(table.of(word), bits.reduce((all, [list, bit]) => (list.includes(word.norm) ? all | bit : all), 0), `${file}: ${word.text}`);
      }
    }
  });

  it("a list's phrases are found whether it was built before drafts were read (with a start bit) or after (without)", () => {
    const phrases = ['{came|stumbled} across your profile', 'pick your brain', "i'd love to connect"];
    segmentWords('Drafts have been read.');
    const late = new PhraseMatcher(phrases);
    // The two take the two paths: the bit is private, read here only to show the test compares what it means to.
    const bit = (matcher: PhraseMatcher) => (matcher as unknown as { bit: number }).bit;
    assert.ok(bit(GENERIC_LIKE) !== 0 && bit(late) === 0);
    for (const { file, text } of everyDraft()) {
      const words = segmentWords(text);
      assert.deepEqual(late.findAll(words), GENERIC_LIKE.findAll(words), file);
      assert.equal(late.occursIn(words), GENERIC_LIKE.occursIn(words), file);
    }
  });
});
