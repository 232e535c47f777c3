import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/paths';
import { random } from '../support/random';

/** The drafts mutations start from: every fixture and every labelled corpus draft. */
export function loadSeedDrafts(): string[] {
  const drafts: string[] = [];
  for (const folder of ['test/fixtures', 'test/corpus']) {
    const dir = join(repoRoot, folder);
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.invite.md')).sort()) drafts.push(readFileSync(join(dir, file), 'utf8'));
  }
  return drafts;
}

/** What breaks parsers and fixes: comment, code and front matter markers, line breaks of every kind, emoji, placeholders. */
const TOKENS = [
  '<!--', '-->', '<!-- note -->', '<!-- a note\nover two lines -->', '`', '``', '```', '\n```\n', '\n~~~\n', '\n```js\n', '---', '\n---\n', '...',
  '\r', '\n', '\r\n', '\n\n', '\r\r', ' ', '  ', '\t', '\u00a0', '\u2028', '\ufeff',
  '😀', '👩‍💻', '🇵🇹', 'é', 'Zoë', 'Nguyễn', '中文', '\u0301',
  '{', '}', '{{', '}}', '{{name}}', '{firstName}', '[', ']', '](', ')', '(', '[Company]', '[event]', '<first name>', '<', '>', 'TODO', 'XXX',
  '*', '**', '_', '__', '\\', '#', '- ', '1. ', '> ',
  'https://example.com/a_b', 'www.x.io', '<https://x.io>', '[my post](https://x.io/p)', '[ref]: https://x.io',
  '<!-- invite-lint-disable -->', '<!-- invite-lint-enable -->', '<!-- invite-lint-disable stock-invite -->', '<!-- invite-lint-enable generic-phrase -->',
  '<!-- invite-lint-disable-next-line -->\n', '<!-- invite-lint-disable-line no-greeting -->',
  ',', ';', ':', '—', '–', '?', '!', '.', '…', '"', '“', '’', "'", 'Dr.', 'e.g.',
];
const WORDS = [
  'Hi', 'Hello', 'Dear', 'Priya', 'Dana', 'there', 'Sir/Madam,', 'I', "I'd", 'like', 'to', 'add', 'you', 'my', 'professional', 'network', 'on', 'LinkedIn',
  'came', 'across', 'your', 'profile', 'expand', 'connect', 'we', 'met', 'at', 'PyCon', 'last', 'week', 'refer', 'me', 'job', 'recommendation',
  'coffee', 'sometime', 'Thursday', 'demo', 'call', 'amazing', 'incredible', 'hope', 'this', 'finds', 'well', 'always', 'looking', 'the', 'and',
];
const LINES = [
  '---', 'to: Priya Raman', 'to:', 'to: Dr.', 'kind: follow-up', 'kind: folow-up', 'kind: inmail', 'scenario: met-at-event', 'scenario: mutual-connection',
  'scenario: close-friend', 'context: We met <!-- at PyCon', 'context: We both spoke at the Denver meetup', 'account: premium', 'to: {{{', '? ', '- - -',
  '```', '~~~', '<!--', '-->', '<!-- invite-lint-disable-next-line -->', '', '   ', 'Hi there,', 'Hi Priya,', "I'd like to add you to my professional network on LinkedIn.",
  'I came across your profile and would like to expand my network.', 'Can we connect?', 'Could you refer me for the PM role?', 'We should grab coffee sometime.',
  'Thanks for connecting!', 'Best, Ola', '# Heading', '> quoted', '- a list item',
];

type Random = () => number;
const pick = <T>(next: Random, items: readonly T[]): T => items[Math.floor(next() * items.length)];
const int = (next: Random, below: number) => Math.floor(next() * below);

function insertAt(text: string, at: number, piece: string): string {
  return text.slice(0, at) + piece + text.slice(at);
}

function longWord(next: Random): string {
  const length = 100 + int(next, 2900);
  if (next() < 0.5) return pick(next, ['a', 'x', '-', '.', '`', '[', '{', '😀', 'ab', 'A-']).repeat(Math.ceil(length / 2));
  let word = '';
  for (let i = 0; i < length; i++) word += String.fromCharCode(97 + int(next, 26));
  return word;
}

/** Splits text into lines that keep their line breaks, so joining them gives the text back. */
function linesOf(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+$/g) ?? [];
}

const MUTATIONS: ((text: string, next: Random, others: readonly string[]) => string)[] = [
  (text, next) => insertAt(text, int(next, text.length + 1), pick(next, TOKENS)),
  (text, next) => insertAt(text, int(next, text.length + 1), pick(next, TOKENS)),
  (text, next) => insertAt(text, int(next, text.length + 1), longWord(next)),
  (text, next) => {
    const start = int(next, text.length + 1);
    return text.slice(0, start) + text.slice(start + 1 + int(next, 40));
  },
  (text, next) => {
    const start = int(next, text.length + 1);
    const piece = text.slice(start, start + 1 + int(next, 80));
    return insertAt(text, int(next, text.length + 1), piece.repeat(1 + int(next, 3)));
  },
  (text, next) => {
    const words = text.split(/(\s+)/);
    const at = int(next, words.length + 1);
    const choice = next();
    if (choice < 0.4) words.splice(at, 0, pick(next, WORDS), ' ');
    else if (choice < 0.7) words.splice(at, 2);
    else words.splice(at, 0, ...words.slice(at, at + 2 + int(next, 10)));
    return words.join('');
  },
  (text, next) => {
    const lines = linesOf(text);
    const at = int(next, lines.length + 1);
    const eol = pick(next, ['\n', '\n', '\r\n', '\r']);
    const choice = next();
    if (choice < 0.45) lines.splice(at, 0, pick(next, LINES) + eol);
    else if (choice < 0.65) lines.splice(at, 1);
    else if (choice < 0.85) lines.splice(at, 0, ...lines.slice(at, at + 1 + int(next, 3)));
    else if (at + 1 < lines.length) [lines[at], lines[at + 1]] = [lines[at + 1], lines[at]];
    return lines.join('');
  },
  (text, next) => text.replace(/\r\n|\n|\r/g, pick(next, ['\r', '\r\n', '\n'])),
  (text) => text.replace(/(?:\r\n|\n|\r)+$/, ''),
  (text, next, others) => {
    const other = pick(next, others);
    const start = int(next, other.length + 1);
    return insertAt(text, int(next, text.length + 1), other.slice(start, start + 1 + int(next, 200)));
  },
];

/** Texts longer than this are cut: each fix of a draft is applied and linted again, so drafts stay a few KB. */
const MAX_LENGTH = 24_000;

/** A mutated draft for a seed: one of the seed drafts with one to eight mutations. The same seed gives the same draft. */
export function mutatedDraft(seed: number, drafts: readonly string[]): string {
  const next = random(seed);
  let text = pick(next, drafts);
  const count = 1 + int(next, 8);
  for (let i = 0; i < count; i++) text = pick(next, MUTATIONS)(text, next, drafts).slice(0, MAX_LENGTH);
  return text;
}

/** A replacement for a random edit in the server session: nothing, a token, a word, a line, or a slice of the text. */
export function editText(next: Random, text: string): string {
  const choice = next();
  if (choice < 0.25) return '';
  if (choice < 0.5) return pick(next, TOKENS);
  if (choice < 0.65) return `${pick(next, WORDS)} `;
  if (choice < 0.8) return `${pick(next, LINES)}${pick(next, ['\n', '\r\n', '\r'])}`;
  if (choice < 0.85) return longWord(next);
  const start = int(next, text.length + 1);
  return text.slice(start, start + int(next, 120));
}
