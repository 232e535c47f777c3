import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv-draft-04';
import { RULE_NAMES } from '../../server/src/engine';
import { repoRoot } from '../support/paths';
import { folderWith } from '../support/files';

const cli = join(repoRoot, 'dist', 'cli.js');
const run = (args: string[], options: SpawnSyncOptions & { input?: string } = {}) => spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, ...options, encoding: 'utf8' });
const stderrLines = (stderr: string) => stderr.split('\n').filter((line) => line !== '');
const STOCK = "I'd like to add you to my professional network on LinkedIn.";
const GOOD = 'Hi Priya,\n\nWe met at the Denver product meetup last Thursday. Your point on activation stuck with me.\n';
const GENERIC = 'Hi Priya,\n\nWe met at the Denver meetup. I came across your profile. Your point on activation stuck with me.\n';

/** A repository (a folder holding .git) with the given files. */
const repo = (files: Record<string, string>) => folderWith('ci', files, { git: true });

describe('invite-lint CLI in CI', () => {
  it('--format sarif writes SARIF 2.1.0 that validates against the schema, with rule metadata and help links', () => {
    const folder = repo({ 'drafts/a.invite.md': `Hi Dana,\n\n${STOCK}\n`, 'drafts/b.invite.md': GENERIC });
    const result = run(['--format', 'sarif', 'drafts'], { cwd: folder });
    assert.equal(result.status, 1, result.stderr);
    const log = JSON.parse(result.stdout) as { runs: { tool: { driver: any }; results: any[] }[] };
    const schema = JSON.parse(readFileSync(join(repoRoot, 'test', 'cli', 'schema', 'sarif-2.1.0-rtm.5.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false }).compile(schema);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));

    const driver = log.runs[0].tool.driver;
    assert.equal(driver.name, 'invite-lint');
    assert.deepEqual(driver.rules.map((rule: { id: string }) => rule.id), RULE_NAMES);
    const stock = driver.rules.find((rule: { id: string }) => rule.id === 'stock-invite');
    assert.equal(stock.helpUri, 'https://github.com/invite-lint/invite-lint/blob/main/docs/rules/stock-invite.md');
    assert.equal(stock.defaultConfiguration.level, 'error');
    assert.equal(stock.shortDescription.text, "LinkedIn's pre-filled invite line and its variants.");
    const first = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'stock-invite');
    assert.equal(driver.rules[first.ruleIndex].id, 'stock-invite');
    assert.equal(first.level, 'error');
    assert.deepEqual(first.locations[0].physicalLocation, {
      artifactLocation: { uri: 'drafts/a.invite.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 60 },
    });
    assert.ok(log.runs[0].results.some((r: { ruleId: string; level: string }) => r.ruleId === 'generic-phrase' && r.level === 'warning'));
  });

  it('--format github prints one workflow command per problem, with the message and properties escaped', () => {
    const folder = repo({ 'a,b:c.invite.md': `Hi Dana,\n\n${STOCK}\n` });
    const result = run(['--format', 'github', '.'], { cwd: folder });
    assert.equal(result.status, 1);
    const lines = result.stdout.trimEnd().split('\n');
    assert.equal(lines.find((line) => line.includes('title=stock-invite')), `::error file=a%2Cb%3Ac.invite.md,line=3,col=1,endLine=3,endColumn=60,title=stock-invite::Replace LinkedIn's stock line with a personal opener: how you know them and why you want to connect.`);
    assert.ok(lines.every((line) => /^::(error|warning|notice) file=[^:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+::/.test(line)));

    // A team message with a newline and a percent sign cannot start a second command or change the text.
    const team = repo({ '.invite-lint.json': JSON.stringify({ phrases: { flag: [{ phrase: 'synergy', message: '100% banned\n::error::injected' }] } }), 'a.invite.md': `${GOOD}Real synergy.\n` });
    const escaped = run(['--format', 'github', 'a.invite.md'], { cwd: team });
    assert.equal(escaped.stdout, '::warning file=a.invite.md,line=4,col=6,endLine=4,endColumn=13,title=generic-phrase::"synergy": 100%25 banned%0A::error::injected\n');
  });

  it('--fix applies the safe fixes, writes the file, says what it changed and reports what remains', () => {
    const folder = repo({ 'a.invite.md': GENERIC, 'clean.invite.md': GOOD });
    const result = run(['--fix', '.'], { cwd: folder });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(readFileSync(join(folder, 'a.invite.md'), 'utf8'), 'Hi Priya,\n\nWe met at the Denver meetup. Your point on activation stuck with me.\n');
    assert.equal(readFileSync(join(folder, 'clean.invite.md'), 'utf8'), GOOD);
    assert.match(result.stdout, /^fixed 1 problem in a\.invite\.md: Delete "came across your profile"\n\n/);
    assert.match(result.stdout, /2 drafts, no problems/);
  });

  it('--fix-dry-run prints a unified diff that git apply takes, and writes nothing', () => {
    const folder = repo({ 'drafts/a.invite.md': `Hi Dana,\n\nline\nline\nline\nline\n${GENERIC.slice(11)}` });
    const before = readFileSync(join(folder, 'drafts/a.invite.md'), 'utf8');
    const result = run(['--fix-dry-run', 'drafts/a.invite.md'], { cwd: folder });
    assert.equal(readFileSync(join(folder, 'drafts/a.invite.md'), 'utf8'), before, 'nothing written');
    assert.equal(
      result.stdout,
      [
        '--- a/drafts/a.invite.md',
        '+++ b/drafts/a.invite.md',
        '@@ -4,4 +4,4 @@',
        ' line',
        ' line',
        ' line',
        '-We met at the Denver meetup. I came across your profile. Your point on activation stuck with me.',
        '+We met at the Denver meetup. Your point on activation stuck with me.',
        '',
      ].join('\n'),
    );
    assert.match(result.stderr, /the diff above fixes 1 file; \d+ problems? would remain/);
    const apply = spawnSync('git', ['apply', '--check', '-'], { cwd: folder, input: result.stdout, encoding: 'utf8' });
    assert.equal(apply.status, 0, apply.stderr);
  });

  it('--fix-dry-run --max-warnings 0 says on stderr why it exits 1 when warnings would remain', () => {
    const folder = repo({ 'a.invite.md': 'Hi Priya,\n\nI hope you are doing well. We met at PyCon.\n' });
    const result = run(['--fix-dry-run', '--max-warnings', '0', 'a.invite.md'], { cwd: folder });
    assert.equal(result.status, 1, result.stderr);
    assert.deepEqual(stderrLines(result.stderr), ['invite-lint: no safe fixes to make; 1 problem would remain.', 'invite-lint: 1 warnings, more than --max-warnings 0 allows.']);
  });

  it('--fix-dry-run with --format json, sarif or github is a usage error, not a diff', () => {
    const folder = repo({ 'a.invite.md': GENERIC });
    for (const format of ['json', 'sarif', 'github']) {
      const result = run(['--fix-dry-run', '--format', format, 'a.invite.md'], { cwd: folder });
      assert.equal(result.status, 2, format);
      assert.equal(result.stdout, '', format);
      assert.equal(stderrLines(result.stderr)[0], `invite-lint: --fix-dry-run prints a diff, not a report: it cannot be given with --format ${format}.`);
    }
  });

  it('--max-warnings N exits 1 when there are more warnings; --quiet reports errors only', () => {
    const folder = repo({ 'a.invite.md': GENERIC });
    assert.equal(run(['a.invite.md'], { cwd: folder }).status, 0);
    assert.equal(run(['--max-warnings', '1', 'a.invite.md'], { cwd: folder }).status, 0);
    const over = run(['--max-warnings', '0', 'a.invite.md'], { cwd: folder });
    assert.equal(over.status, 1);
    assert.match(over.stdout, /✖ 1 warnings, more than --max-warnings 0 allows/);
    assert.equal(run(['--max-warnings', '-1', 'a.invite.md'], { cwd: folder }).status, 2);
    const quiet = run(['--quiet', '--format', 'json', '-'], { input: `${GENERIC}${STOCK}\n` });
    assert.deepEqual(JSON.parse(quiet.stdout)[0].diagnostics.map((d: { severity: string }) => d.severity), ['error']);
  });

  it('expands a quoted glob from the folder before its wildcard only, and skips config ignores and .gitignore', () => {
    const folder = repo({
      '.gitignore': 'private/\n*.local.invite.md\n',
      '.invite-lint.jsonc': '{ "ignores": ["drafts/archive/**"] }',
      'drafts/a.invite.md': GOOD,
      'drafts/sub/b.invite.md': GOOD,
      'drafts/archive/old.invite.md': STOCK,
      'drafts/mine.local.invite.md': STOCK,
      'private/c.invite.md': STOCK,
      'other/d.invite.md': STOCK,
    });
    const files = (args: string[]) => JSON.parse(run(['--format', 'json', ...args], { cwd: folder }).stdout).map((report: { file: string }) => report.file);
    assert.deepEqual(files(['drafts/**/*.invite.md']), ['drafts/a.invite.md', 'drafts/sub/b.invite.md']);
    assert.deepEqual(files(['drafts/*.invite.md']), ['drafts/a.invite.md']);
    assert.deepEqual(files(['.']), ['drafts/a.invite.md', 'drafts/sub/b.invite.md', 'other/d.invite.md']);
    const named = run(['private/c.invite.md', 'drafts/archive/old.invite.md'], { cwd: folder });
    assert.equal(named.status, 0, 'a file named outright but ignored is not linted');
    assert.deepEqual(stderrLines(named.stderr), [
      'invite-lint: private/c.invite.md: not linted: ignored by .gitignore (private/)',
      'invite-lint: drafts/archive/old.invite.md: not linted: ignored by "drafts/archive/**" in .invite-lint.jsonc',
    ]);
    const none = run(['nothing/**/*.invite.md'], { cwd: folder });
    assert.equal(none.status, 2);
    assert.match(none.stderr, /nothing\/\*\*\/\*\.invite\.md: no files match this pattern/);
  });

  it('each draft gets its nearest config file; --config replaces the search', () => {
    const folder = repo({
      '.invite-lint.jsonc': '{ "rules": { "generic-phrase": "error" } }',
      'relaxed/.invite-lint.json': '{ "rules": { "generic-phrase": "off" } }',
      'strict.invite.md': GENERIC,
      'relaxed/a.invite.md': GENERIC,
      'ci/quiet.json': '{ "rules": { "generic-phrase": "info" } }',
    });
    const severities = (args: string[]) =>
      Object.fromEntries(JSON.parse(run(['--format', 'json', ...args], { cwd: folder }).stdout).map((r: { file: string; diagnostics: { rule: string; severity: string }[] }) => [r.file, r.diagnostics.filter((d) => d.rule === 'generic-phrase').map((d) => d.severity)]));
    assert.deepEqual(severities(['.']), { 'relaxed/a.invite.md': [], 'strict.invite.md': ['error'] });
    assert.deepEqual(severities(['--config', 'ci/quiet.json', '.']), { 'relaxed/a.invite.md': ['info'], 'strict.invite.md': ['info'] });
    assert.equal(run(['--config', 'missing.json', '.'], { cwd: folder }).status, 2);
  });

  it('--stdin-filename gives standard input the config and name of that path', () => {
    const folder = repo({ 'relaxed/.invite-lint.json': '{ "rules": { "generic-phrase": "off" } }', '.invite-lint.json': '{ "ignores": ["skip/**"] }' });
    const json = (args: string[]) => JSON.parse(run(['--format', 'json', ...args, '-'], { cwd: folder, input: GENERIC }).stdout || '[]');
    assert.equal(json([])[0].file, '<stdin>');
    assert.equal(json([])[0].diagnostics.length, 1);
    const named = json(['--stdin-filename', 'relaxed/x.invite.md']);
    assert.equal(named[0].file, 'relaxed/x.invite.md');
    assert.equal(named[0].diagnostics.length, 0);
    assert.deepEqual(json(['--stdin-filename', 'skip/x.invite.md']), []);
  });

  it('a broken config file: one line with file:line:column on stderr, the defaults apply, exit 2', () => {
    const folder = repo({ '.invite-lint.jsonc': '{\n  "rules": { "generic-phrase": "off" }\n  "account": "premium"\n}\n', 'a.invite.md': GENERIC, 'b.invite.md': GOOD });
    const result = run(['--format', 'json', '.'], { cwd: folder });
    assert.equal(result.status, 2);
    assert.deepEqual(stderrLines(result.stderr), ['invite-lint: .invite-lint.jsonc:3:3: error: invalid JSON: comma expected; this file is ignored and the defaults apply.']);
    assert.equal(JSON.parse(result.stdout)[0].diagnostics[0].rule, 'generic-phrase', 'linted with the defaults');
  });

  it('--print-config shows the effective config and where each value comes from', () => {
    const folder = repo({
      'base.jsonc': '{ "phrases": { "flag": [{ "phrase": "synergy", "message": "say what you mean." }] } }',
      '.invite-lint.jsonc': '{\n  "extends": "./base.jsonc",\n  "account": "premium",\n  "rules": { "flattery": "off" },\n  "overrides": [{ "files": "recruiters/**", "rules": { "early-ask": "info" } }]\n}\n',
      'recruiters/a.invite.md': '---\naccount: free\n---\nHi Dana,\n',
    });
    const result = run(['--account', 'premium', '--print-config', 'recruiters/a.invite.md'], { cwd: folder });
    assert.equal(result.status, 0, result.stderr);
    const printed = JSON.parse(result.stdout);
    assert.equal(printed.configFile, '.invite-lint.jsonc');
    assert.deepEqual(printed.extends, ['base.jsonc']);
    assert.deepEqual(printed.account, { value: 'free', source: 'front matter' });
    assert.deepEqual(printed.rules.flattery, { value: 'off', source: '.invite-lint.jsonc:4:26' });
    assert.deepEqual(printed.rules['early-ask'], { value: 'info', source: '.invite-lint.jsonc:5:69' });
    assert.deepEqual(printed.rules['stock-invite'], { value: 'error', source: 'default' });
    assert.deepEqual(printed.phrases.flag, [{ phrase: 'synergy', message: 'say what you mean.', source: 'base.jsonc:1:25' }]);
    const elsewhere = JSON.parse(run(['--account', 'premium', '--print-config', 'x.invite.md'], { cwd: folder }).stdout);
    assert.deepEqual(elsewhere.account, { value: 'premium', source: '.invite-lint.jsonc:3:14' });
    assert.deepEqual(elsewhere.rules['early-ask'], { value: 'error', source: 'default' });
  });
});
