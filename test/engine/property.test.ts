import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, complete, hover, lint } from '../../server/src/engine';
import { checkDraft } from '../support/checkFixes';
import { random } from '../support/random';

const NAMES = ['Priya', 'Zoë', 'José', 'Nguyễn', 'Dana'];
const GREETINGS = ['Hi {name},', 'Hello {name}!', 'Hi there,', 'Dear Sir/Madam,', 'Hi {other},', '', 'Dear Dr. {name},'];
const SENTENCES = [
  "I'd like to add you to my professional network on LinkedIn.",
  'I’d love to add you to my *professional* network.',
  'I hope this message finds you well.',
  'I came across your profile.',
  "I'm always looking to expand my network.",
  'We met at PyCon Berlin last week.',
  "I'd love to hear how the launch went.",
  'Can we connect?',
  'We met at [event] and {{firstName}} said hi.',
  'Could you refer me for the PM role?',
  'Would you write me a recommendation?',
  'We help startups 10x pipeline.',
  'Your amazing, incredible profile inspires me.',
  'We should grab coffee sometime.',
  'Would you like to grab a coffee?',
  "I'm a data engineer in Lisbon.",
  'Thanks for connecting!',
];
const FRONT_MATTER = [
  'to: {name}',
  'kind: follow-up',
  'kind: message',
  'scenario: met-at-event',
  'scenario: follow-up',
  'scenario: mutual-connection',
  'scenario: close-friend',
  'relationship: stranger',
  'context: We both spoke at the Denver product meetup',
  'account: premium',
  'kind: folow-up',
  'kind: inmail',
  'subject: Quick question',
  'subject: "{firstName}: a free demo of our amazing, incredible tool"',
  'subject: ',
];

/** Non-prose the linter must see past, and where fixes and disable comments must not land. */
const EXTRAS = [
  '<!-- a note to self -->',
  '<!-- a note{eol}over two lines -->',
  '`npm test`',
  '`a code span{eol}over two lines`',
  '{eol}```{eol}{sentence}{eol}```{eol}',
  '{eol}~~~{eol}{sentence}{eol}{sentence}{eol}~~~{eol}',
  '**PyCon**',
  '<!-- an unclosed comment{eol}{sentence}',
];
const EOLS = ['\n', '\n', '\n', '\r\n', '\r'];

/**
 * A short draft: optional front matter (keys sometimes repeated), a greeting, sentences, and sometimes comments, code
 * spans and fences between them; line breaks LF, CRLF or lone CR; a final line break or none.
 */
function generateDraft(next: () => number): string {
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  const name = pick(NAMES);
  const other = pick(NAMES.filter((candidate) => candidate !== name));
  const eol = pick(EOLS);
  const fill = (line: string) => line.replace('{name}', name).replace('{other}', other).replaceAll('{eol}', eol).replaceAll('{sentence}', () => pick(SENTENCES));
  const keys = FRONT_MATTER.filter(() => next() < 0.25);
  const duplicates = keys.length > 0 && next() < 0.15;
  const chosen = duplicates ? [...keys, `to: ${other}`, keys[0]] : keys.filter((line, index) => keys.findIndex((other) => other.split(':')[0] === line.split(':')[0]) === index);
  const frontMatter = chosen.length ? `---${eol}${chosen.map(fill).join(eol)}${eol}---${eol}${eol}` : '';
  const greeting = fill(pick(GREETINGS));
  const pieces = Array.from({ length: 1 + Math.floor(next() * 3) }, () => (next() < 0.3 ? `${fill(pick(EXTRAS))} ` : '') + pick(SENTENCES));
  const body = pieces.join(next() < 0.3 ? eol : ' ');
  const ending = next() < 0.7 ? eol : '';
  const text = `${frontMatter}${greeting}${greeting && next() < 0.5 ? `${eol}${eol}` : greeting ? ' ' : ''}${body}${ending}`;
  return text;
}

/** The front matter's own fixes (typo corrections) on drafts whose front matter is still parsed wrongly. */
describe('every fix on generated drafts', () => {
  const SEED = 20261121;
  const DRAFTS = 600;
  const drafts = Array.from({ length: DRAFTS }, ((next) => () => generateDraft(next))(random(SEED)));

  it(`removes its diagnostic, adds no error, touches only its range; suppressions only silence (${DRAFTS} drafts, seed ${SEED})`, (t) => {
    let fixesChecked = 0;
    let suppressionsChecked = 0;
    const failures: string[] = [];
    for (const [index, draft] of drafts.entries()) {
      const { fixes, suppressions, problems } = checkDraft(draft);
      fixesChecked += fixes;
      suppressionsChecked += suppressions;
      for (const problem of problems) failures.push(`draft #${index} ${JSON.stringify(draft)}: ${problem.kind}: ${problem.detail}`);
    }
    assert.deepEqual(failures.slice(0, 5), [], `${failures.length} failures`);
    assert.ok(fixesChecked > 3000 && suppressionsChecked > 2000, `only ${fixesChecked} fixes (${suppressionsChecked} suppressions) were exercised`);
    t.diagnostic(`${fixesChecked} fixes applied and checked, ${suppressionsChecked} of them suppressions`);
  });
});

describe('front matter nobody should write', () => {
  it('never throws from lint, completion or hover, whatever the YAML (2,000 generated front matters)', () => {
    const next = random(7);
    const atoms = ['to', 'kind', 'scenario', ':', ': ', '- ', '[', ']', '{', '}', '&a ', '*a', '!!binary ', '"', "'", '#', '\t', '\n', '  ', '---', '...', '|', '>', '?', ',', 'Zoë', '😀', '\u0000', '\r\n', '%YAML 1.2', 'met-at-event', 'subject', 'inmail'];
    for (let i = 0; i < 2000; i++) {
      const yaml = Array.from({ length: 1 + Math.floor(next() * 12) }, () => atoms[Math.floor(next() * atoms.length)]).join('');
      const text = `---\n${yaml}\n---\nHi Priya, we met at PyCon. I'd love to chat.`;
      assert.doesNotThrow(() => {
        lint(text, DEFAULT_CONFIG);
        for (let offset = 0; offset <= yaml.length + 4; offset += 3) {
          complete(text, offset);
          hover(text, offset);
        }
      }, JSON.stringify(yaml));
    }
  });
});
