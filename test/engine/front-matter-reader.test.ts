import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFrontMatterRange, readPlainLines, readWithParser, type FrontMatter } from '../../server/src/engine/text/frontMatter';
import { everyDraft } from '../support/drafts';
import { random } from '../support/random';

const empty = (): FrontMatter => ({ range: { start: 0, end: 0 }, contentRange: { start: 0, end: 0 }, entries: [], problems: [] });

/** What the fast reader makes of a front matter's YAML, or undefined where it leaves the YAML to the parser. */
function plain(source: string): FrontMatter | undefined {
  const read = empty();
  return readPlainLines(source, 4, read) ? read : undefined;
}

function parsed(source: string): FrontMatter {
  const read = empty();
  readWithParser(source, 4, read);
  return read;
}



describe('front matter of plain `key: text` lines is read without the YAML parser, exactly as the parser reads it', () => {
  it('on every draft of the corpora, the fixtures and the examples, and reads most of them', () => {
    const drafts = everyDraft();
    let withFrontMatter = 0;
    let readPlainly = 0;
    for (const { file, text } of drafts) {
      const range = parseFrontMatterRange(text);
      if (!range) continue;
      withFrontMatter++;
      const source = text.slice(range.contentStart, range.contentEnd);
      const fast = plain(source);
      if (!fast) continue;
      readPlainly++;
      assert.deepEqual(fast, parsed(source), file);
    }
    assert.ok(readPlainly > 0.9 * withFrontMatter, `${readPlainly} of ${withFrontMatter} read without the parser`);
  });

  it('on 20,000 generated lines of keys, values, punctuation YAML treats specially, odd spaces and line breaks', () => {
    const next = random(2026);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
    const keys = ['to', 'scenario', 'kind', 'subject', 'x_1', 'a-b', 'True', 'null', 'NULL', 'no', 'yes', '1a', 'to ', ' to', 'ke y', '-to', 'to.x'];
    const pieces = [
      'Priya', 'Raman', 'Zoë', 'O’Brien', "O'Brien", 'true', 'False', 'null', '~', 'yes', 'no', 'on', '0x1f', '12', '1e3', '.inf', '-', '- x',
      ' ', '  ', '\t', '\u00a0', '\u2028', '\ufeff', '#', ' #', ':', ': ', 'a:b', '"', "'", '[', ']', '{', '}', ',', '&a', '*a', '!tag', '|', '>',
      '%', '@', '`', '?', '? ', '日本', '👋', '\ud83d', 'é', '\u0301', '\u0000', '\u007f', '\u0085', '/', '\\', '(x)', '...',
    ];
    const breaks = ['\n', '\r\n', '\r'];
    let readPlainly = 0;
    for (let round = 0; round < 20_000; round++) {
      const lines: string[] = [];
      for (let line = Math.floor(next() * 4); line >= 0; line--) {
        const shape = next();
        if (shape < 0.08) lines.push(pick(['', ' ', '  ']));
        else if (shape < 0.12) lines.push(`  ${pick(pieces)}`);
        else {
          let value = '';
          for (let piece = Math.floor(next() * 4); piece >= 0; piece--) value += pick(pieces) + (next() < 0.5 ? ' ' : '');
          lines.push(`${pick(keys)}:${next() < 0.9 ? ' ' : ''}${next() < 0.1 ? '' : value}`);
        }
      }
      const source = lines.map((line) => line + pick(breaks)).join('');
      const fast = plain(source);
      if (!fast) continue;
      readPlainly++;
      assert.deepEqual(fast, parsed(source), JSON.stringify(source));
    }
    assert.ok(readPlainly > 1000, `${readPlainly} generated front matters read without the parser`);
  });
});
