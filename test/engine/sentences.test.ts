import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, Draft } from '../../server/src/engine';
import { sentenceBreaks } from '../../server/src/engine/text/words';
import { everyDraft } from '../support/drafts';
import { random } from '../support/random';

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Where ICU's sentence segmenter ends sentences, line breaks read as spaces as the engine reads them: the reference. */
function icuBreaks(text: string): number[] {
  const unwrapped = text.replace(/\r\n|\n|\r/g, (lineBreak) => ' '.repeat(lineBreak.length));
  return [...segmenter.segment(unwrapped)].map((segment) => segment.index).filter((index) => index > 0);
}



describe('the sentence scanner ends sentences where ICU does', () => {
  it('on the prose of every draft of the corpora, the fixtures and the examples', () => {
    const drafts = everyDraft();
    assert.ok(drafts.length > 600);
    for (const { file, text } of drafts) {
      const prose = new Draft(text, DEFAULT_CONFIG).prose;
      assert.deepEqual(sentenceBreaks(prose), icuBreaks(prose), file);
    }
  });

  it('on 20,000 generated texts of terminators, quotes, brackets, spaces, cases, digits, marks and separators', () => {
    const pieces = [
      'a', 'word', 'A', 'Dana', '3', '10', '.', '...', '!', '?', '?!', '…', '‼', '。', '．', ' ', '  ', '\n', '\r\n', '\t', '\u00a0', '"', '”', '’', "'", ')',
      '(', ']', '»', '«', ',', ';', ':', '-', '—', '–', 'e.g.', 'Dr.', 'U.S.', 'é', 'e\u0301', '\u0301', '\u200d', '\u00ad', '👋', '👋🏽', '日本', 'ß',
      'ǅ', 'ა', 'Ა', '٫', '\u0600', '\u2028', '\u2029', '\u0085', '\u037e', '#', '*', '_', '/',
    ];
    const next = random(12);
    for (let round = 0; round < 20_000; round++) {
      let text = '';
      for (let piece = 2 + Math.floor(next() * 10); piece > 0; piece--) text += pieces[Math.floor(next() * pieces.length)];
      assert.deepEqual(sentenceBreaks(text), icuBreaks(text), JSON.stringify(text));
    }
  });

  it('on a sample of all of Unicode, each code point in the places where its class decides', () => {
    const probes = ['aX B', 'a! X b', 'a!Xb', 'a. X', 'a.X', '1 .X', 'a. Xx', 'Hi. X there', 'x. (X y', 'x. X1 y'];
    // Every 17th code point, and those whose class the Unicode properties of regular expressions do not give directly.
    const special = [0x3b, 0x37e, 0x5f3, 0x600, 0x605, 0x66b, 0x6dd, 0x890, 0x8e2, 0x10d0, 0x10ff, 0x19da, 0x1c90, 0x2e00, 0x2e0b, 0xfe14, 0xff1b, 0x110bd];
    for (let code = 0; code < 0x30000; code += code < 0x3000 ? 1 : 17) {
      if (code >= 0xd800 && code < 0xe000) continue;
      for (const probe of probes) {
        const text = probe.replaceAll('X', String.fromCodePoint(code));
        assert.deepEqual(sentenceBreaks(text), icuBreaks(text), `U+${code.toString(16)} in ${JSON.stringify(text)}`);
      }
    }
    // Every sentence terminator, which the scanner's search spells out.
    for (let code = 0; code < 0x110000; code++) {
      if ((code >= 0xd800 && code < 0xe000) || !/\p{Sentence_Terminal}/u.test(String.fromCodePoint(code))) continue;
      special.push(code);
    }
    for (const code of special) {
      for (const probe of probes) {
        const text = probe.replaceAll('X', String.fromCodePoint(code));
        assert.deepEqual(sentenceBreaks(text), icuBreaks(text), `U+${code.toString(16)} in ${JSON.stringify(text)}`);
      }
    }
  });
});
