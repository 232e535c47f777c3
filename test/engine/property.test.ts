import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, applyEdits, complete, hover, lint, type Diagnostic } from '../../server/src/engine';
import { fillTabStop } from '../support/fill';

/** A small seeded generator (mulberry32), so a failure names a seed that reproduces it. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

function generateDraft(next: () => number): string {
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  const name = pick(NAMES);
  const other = pick(NAMES.filter((candidate) => candidate !== name));
  const fill = (line: string) => line.replace('{name}', name).replace('{other}', other);
  const eol = next() < 0.2 ? '\r\n' : '\n';
  const keys = FRONT_MATTER.filter(() => next() < 0.25);
  const uniqueKeys = keys.filter((line, index) => keys.findIndex((other) => other.split(':')[0] === line.split(':')[0]) === index);
  const frontMatter = uniqueKeys.length ? `---${eol}${uniqueKeys.map(fill).join(eol)}${eol}---${eol}${eol}` : '';
  const greeting = fill(pick(GREETINGS));
  const body = Array.from({ length: 1 + Math.floor(next() * 2) }, () => pick(SENTENCES)).join(next() < 0.3 ? eol : ' ');
  return `${frontMatter}${greeting}${greeting && next() < 0.5 ? `${eol}${eol}` : greeting ? ' ' : ''}${body}${eol}`;
}

const errorsByRule = (diagnostics: Diagnostic[]) => {
  const counts = new Map<string, number>();
  for (const d of diagnostics) if (d.severity === 'error') counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
  return counts;
};

describe('every fix on generated drafts', () => {
  const SEED = 20261121;
  const DRAFTS = 400;

  it(`removes its diagnostic, adds no error and touches only its range (${DRAFTS} drafts, seed ${SEED})`, (t) => {
    const next = random(SEED);
    let fixesChecked = 0;
    for (let draftIndex = 0; draftIndex < DRAFTS; draftIndex++) {
      const text = generateDraft(next);
      const before = lint(text, DEFAULT_CONFIG).diagnostics;
      const errorsBefore = errorsByRule(before);
      for (const diagnostic of before) {
        for (const fix of diagnostic.fixes) {
          const where = `draft #${draftIndex} ${JSON.stringify(text)}, ${diagnostic.rule} fix "${fix.title}"`;
          const fixed = applyEdits(text, fix.edits, fillTabStop);
          const first = Math.min(...fix.edits.map((edit) => edit.start));
          const last = Math.max(...fix.edits.map((edit) => edit.end));
          assert.equal(fixed.slice(0, first), text.slice(0, first), `${where}: changed text before its range`);
          assert.equal(fixed.slice(fixed.length - (text.length - last)), text.slice(last), `${where}: changed text after its range`);

          const after = lint(fixed, DEFAULT_CONFIG).diagnostics;
          const count = (list: Diagnostic[]) => list.filter((d) => d.rule === diagnostic.rule).length;
          assert.ok(count(after) < count(before), `${where}: ${diagnostic.rule} still there in ${JSON.stringify(fixed)}`);
          for (const [rule, errors] of errorsByRule(after)) {
            if (rule === diagnostic.rule) continue;
            assert.ok(errors <= (errorsBefore.get(rule) ?? 0), `${where}: new ${rule} error in ${JSON.stringify(fixed)}`);
          }
          fixesChecked++;
        }
      }
    }
    assert.ok(fixesChecked > 1000, `only ${fixesChecked} fixes were exercised`);
    t.diagnostic(`${fixesChecked} fixes applied and checked`);
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
