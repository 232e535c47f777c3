import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, LINT_LIMIT, MAX_LISTED_PER_RULE, applyEdits, complete, hover, lint, summarizeMessage } from '../../server/src/engine';
import { FRONT_MATTER_LIMITS } from '../../server/src/engine/frontMatter';
import { readConfigFile } from '../../server/src/engine/project/configFile';
import { configFromSettings, RULE_NAMES } from '../../server/src/engine';
import { repoRoot } from '../support/paths';

/**
 * Regression tests for issue 11's reproductions: each input once froze or killed the engine. They must now finish
 * (the time-budget test proves the scaling; these pin the exact shapes and what the user sees).
 */
const lintRules = (text: string) => lint(text, DEFAULT_CONFIG).diagnostics.map((d) => d.rule);
const messagesOf = (text: string, rule: string) => lint(text, DEFAULT_CONFIG).diagnostics.filter((d) => d.rule === rule).map((d) => d.message);

// Each reproduction took from 1.7 s to minutes before; with a timeout a regression fails instead of hanging the run.
describe('issue 11 freezes: the reproductions finish', { timeout: 15_000 }, () => {
  it('1. no-reason on a long connect-only question (was exponential: 16 s at 130 characters)', () => {
    const words = 'I would like to connect and I would like to be connected and I just wanted to add you on LinkedIn and '.repeat(20);
    assert.ok(lintRules(`Hi Priya,\n\n${words}can we connect here?\n`).includes('no-reason'));
    assert.ok(lintRules('Hi Priya,\n\nCan we connect?\n').includes('no-reason'));
    assert.ok(!lintRules('Hi Priya,\n\nCould you tell me how you scaled the Denver meetup?\n').includes('no-reason'));
  });

  it('2. YAML: 1,000 open braces and 500 complex keys are reported, not parsed for minutes', () => {
    for (const frontMatter of [`to: ${'{'.repeat(1000)}`, '? '.repeat(500)]) {
      const text = `---\n${frontMatter}\n---\nHi Priya,\n`;
      assert.ok(messagesOf(text, 'front-matter').some((message) => /nested more than/.test(message)), frontMatter.slice(0, 10));
      assert.equal(hover(text, 5), undefined);
      assert.ok(Array.isArray(complete(text, 4)));
    }
  });

  it(`2. front matter over ${FRONT_MATTER_LIMITS.characters} characters is reported and its values skipped`, () => {
    const text = `---\nto: Priya\n${'note: x\n'.repeat(2000)}---\nHi Priya,\n`;
    assert.match(messagesOf(text, 'front-matter')[0], /characters, over the 8,192 a draft's front matter needs; its values are not read/);
  });

  it('3. a line of 100,000 "](" without a ")"', () => {
    assert.ok(lintRules(`Hi Priya, ${']('.repeat(100_000)}\n`).length > 0);
  });

  it('3. link destinations still close at the matching parenthesis', () => {
    const text = 'Hi Priya, see [my notes](https://example.com/a_(b)_c) on your talk at PyCon about (nested) parsers.\n';
    assert.deepEqual(summarizeMessage(text, DEFAULT_CONFIG).text, text.trim());
    assert.ok(!lintRules(text).includes('unfilled-placeholder'));
  });

  it('4. MUTUAL_CONTACT on "A-A-A-..." under scenario mutual-connection', () => {
    // A message has no limit: over one, the info tips that ask for more text are not shown.
    const text = `---\nscenario: mutual-connection\nkind: message\n---\nHi Priya, ${'A-'.repeat(100_000)}\n`;
    assert.ok(lintRules(text).includes('missing-scenario-detail'));
    for (const named of ['Dana Lee suggested I reach out.', 'Our mutual friend Dana told me about you.', 'I found you through Dana Lee.']) {
      assert.ok(!lintRules(`---\nscenario: mutual-connection\n---\nHi Priya, ${named}\n`).includes('missing-scenario-detail'), named);
    }
  });

  it('5. disable comments, front matter hits, a long `to` and backtick runs', () => {
    const disabled = "<!-- invite-lint-disable generic-phrase -->\nI came across your profile.\n".repeat(20_000);
    assert.ok(!lintRules(disabled).includes('generic-phrase'));
    const manyHits = `---\n${'tox: 1\n'.repeat(500)}---\n${'<!-- c -->\n'.repeat(20_000)}I came across your profile.\n`;
    assert.ok(lintRules(manyHits).includes('front-matter'));
    const longTo = `---\nto: ${'Priya Raman '.repeat(600)}\n---\n${'Hi Priya, your amazing incredible work. '.repeat(2000)}\n`;
    assert.ok(lintRules(longTo).includes('flattery'));
    const runs = Array.from({ length: 600 }, (_, i) => `${'`'.repeat(600 - i)} x `).join('');
    assert.ok(Array.isArray(lintRules(`Hi ${runs}\n`)));
  });

  it('5. a later enable wins over an earlier disable, and a disable for every rule covers each', () => {
    const text = '<!-- invite-lint-disable -->\nI came across your profile.\n<!-- invite-lint-enable generic-phrase -->\nI came across your profile.\n';
    assert.equal(lintRules(text).filter((rule) => rule === 'generic-phrase').length, 1);
  });

  it(`6. a 10 MB single line is linted on its first ${LINT_LIMIT.toLocaleString('en')} characters, said in one diagnostic`, () => {
    const text = `Hi Priya, ${'we met at the meetup and your talk was great '.repeat(230_000)}`;
    const notes = lint(text, DEFAULT_CONFIG).diagnostics.filter((d) => /invite-lint checked the first/.test(d.message));
    assert.equal(notes.length, 1);
    assert.equal(notes[0].rule, 'too-long');
    assert.equal(summarizeMessage(text, DEFAULT_CONFIG).length, text.trimEnd().length);
  });

  it(`6. a rule lists at most ${MAX_LISTED_PER_RULE} hits and counts the rest in one diagnostic`, () => {
    const hits = lint(`Hi Priya, ${'TODO '.repeat(1000)}\n`, DEFAULT_CONFIG).diagnostics.filter((d) => d.rule === 'unfilled-placeholder');
    assert.equal(hits.length, MAX_LISTED_PER_RULE + 1);
    assert.match(hits[hits.length - 1].message, /^800 more unfilled-placeholder problems from here on are not listed/);
  });
});

describe('issue 11 crashes', () => {
  it('7. front matter of 1,000 nested "- " is reported, in lint, hover and completion alike, in a process of its own', () => {
    // The CLI in a process of its own: the old failure was a V8 out-of-memory abort that would take the test runner down.
    const text = `---\n${'- '.repeat(1000)}\n---\nHi Priya,\n`;
    const result = spawnSync(process.execPath, [join(repoRoot, 'dist', 'cli.js'), '--format', 'json', '-'], { input: text, encoding: 'utf8' });
    assert.equal(result.status, 1, result.stderr);
    const [report] = JSON.parse(result.stdout);
    assert.ok(report.diagnostics.some((d: { message: string }) => /nested more than 16 levels/.test(d.message)));
    assert.equal(hover(text, 4), undefined);
    complete(text, 4);
  });
});

describe('issue 11 front matter: what it says is what applies', () => {
  it('15. lone-CR line endings are read as line breaks; fixes keep the CR', () => {
    const text = '---\rto: Priya\rkind: folow-up\r---\rHi Priya,\rWe met at PyCon.\r';
    const fix = lint(text, DEFAULT_CONFIG).diagnostics.find((d) => d.rule === 'front-matter')!.fixes[0];
    assert.equal(fix.title, 'Change to "follow-up"');
    assert.equal(applyEdits(text, fix.edits), text.replace('folow-up', 'follow-up'));
    assert.ok(!lintRules(applyEdits(text, fix.edits)).includes('front-matter'));
  });

  it('15. a duplicate key: the first applies, the second is flagged with a fix that removes its line', () => {
    const text = '---\nkind: follow-up\nkind: invite\n---\nHi Priya, thanks for connecting! Could I buy you coffee next Thursday?\n';
    const [duplicate] = lint(text, DEFAULT_CONFIG).diagnostics.filter((d) => d.rule === 'front-matter');
    assert.match(duplicate.message, /"kind" is given twice; the first one applies/);
    assert.equal(text.slice(duplicate.start, duplicate.end), 'kind');
    assert.equal(duplicate.start, text.indexOf('kind: invite'));
    const fixed = applyEdits(text, duplicate.fixes[0].edits);
    assert.equal(fixed, text.replace('kind: invite\n', ''));
    assert.ok(!lintRules(fixed).includes('front-matter'));
  });

  it('15. a typo whose correction is already a key gets no rename fix (it would make a duplicate)', () => {
    const [diagnostic] = lint('---\nto: Priya\ntoo: Dana\n---\nHi Priya,\n', DEFAULT_CONFIG).diagnostics.filter((d) => d.rule === 'front-matter');
    assert.match(diagnostic.message, /did you mean "to"\? "to" is already set/);
    assert.ok(diagnostic.fixes.every((fix) => fix.suppression));
  });

  it('15. keys and values named like Object properties are unknown, and hover shows no code', () => {
    for (const key of ['toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      assert.ok(messagesOf(`---\n${key}: x\n---\nHi Priya,\n`, 'front-matter').some((m) => m.startsWith(`Unknown front matter key "${key}"`)), key);
    }
    const text = '---\nkind: constructor\n---\nHi Priya,\n';
    assert.ok(messagesOf(text, 'front-matter').some((m) => m.startsWith('"constructor" is not a kind')));
    assert.doesNotMatch(hover(text, text.indexOf('constructor') + 2)?.contents ?? '', /native code/);
  });
});

describe('issue 11: hostile settings and config files', { timeout: 15_000 }, () => {
  it('settings nested thousands of levels deep are reported, not stringified until the stack overflows', () => {
    let nested: unknown = 'error';
    for (let i = 0; i < 20_000; i++) nested = [nested];
    const { problems } = configFromSettings({ account: nested, rules: { 'generic-phrase': nested } }, RULE_NAMES);
    assert.match(problems.join(' '), /not a list; using "free"/);
  });

  it('a config file nested thousands of levels deep is reported, not parsed recursively', () => {
    const { problems } = readConfigFile('/p/.invite-lint.json', `{"rules": ${'['.repeat(6000)}${']'.repeat(6000)}}`);
    assert.match(problems[0].message, /nested more than 64 levels deep/);
  });

  it('a glob with many wildcards in one path segment is reported and ignored (matchers backtrack on them)', () => {
    const { problems, ignores } = readConfigFile('/p/.invite-lint.json', '{"ignores": ["*-*-*-*-*-*-*-old.invite.md", "drafts/**/*.wip.invite.md"]}');
    assert.deepEqual(ignores.map((glob) => glob.value), ['drafts/**/*.wip.invite.md']);
    assert.match(problems[0].message, /7 wildcards in one part of the path; at most 3/);
  });

  it('applies many edits in one pass (fix all on a long draft)', () => {
    const text = 'ab'.repeat(200_000);
    const edits = Array.from({ length: 50_000 }, (_, i) => ({ start: i * 8, end: i * 8 + 1, newText: 'X' }));
    const fixed = applyEdits(text, edits);
    assert.equal(fixed.length, text.length);
    assert.equal(fixed.slice(0, 9), 'XbabababX');
  });
});
