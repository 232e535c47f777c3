import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import { DEFAULT_CONFIG, RULE_NAMES, configFromSettings, lint, type EngineConfig } from '../../server/src/engine';
import { DraftWorkspace } from '../../server/src/engine/project/workspace';
import { CONFIG_KEYS, ProjectConfigs, resolveConfig, type ConfigHost, type FlagPhrase, type SettingsLayer } from '../../server/src/engine/project';
import { repoRoot } from '../support/paths';

/** A file system in a map, as the loader sees it through its host: the engine itself never touches node:fs. */
function memoryHost(files: Record<string, string>): ConfigHost & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    readFile: (path) => {
      reads.push(path);
      return files[path];
    },
    exists: (path) => path in files || Object.keys(files).some((file) => file.startsWith(`${path}/`)),
    path: posix,
  };
}

const DEFAULTS: SettingsLayer = { config: DEFAULT_CONFIG, accountSource: 'default', rulesSource: 'settings' };
const settings = (config: Partial<EngineConfig>): SettingsLayer => ({ config: { ...DEFAULT_CONFIG, ...config }, accountSource: 'settings', rulesSource: 'settings' });

function resolve(files: Record<string, string>, draft: string, layer = DEFAULTS, options = {}) {
  const configs = new ProjectConfigs(memoryHost(files), options);
  return resolveConfig(draft, layer, configs.forDraft(draft), posix);
}

describe('project config loader', () => {
  it('reads .invite-lint.jsonc with comments and trailing commas, and says where each value came from', () => {
    const resolved = resolve(
      {
        '/repo/.git/HEAD': '',
        '/repo/.invite-lint.jsonc': '{\n  // the team is on Premium\n  "account": "premium",\n  "rules": { "generic-phrase": "info", },\n}\n',
      },
      '/repo/drafts/a.invite.md',
    );
    assert.equal(resolved.file, '/repo/.invite-lint.jsonc');
    assert.equal(resolved.config.account, 'premium');
    assert.deepEqual(resolved.config.rules, { 'generic-phrase': 'info' });
    assert.deepEqual(resolved.problems, []);
    assert.deepEqual(resolved.sources.account, { file: '/repo/.invite-lint.jsonc', line: 3, column: 14, start: 43, end: 52 });
    assert.equal((resolved.sources.rules['generic-phrase'] as { line: number }).line, 4);
  });

  it('uses the nearest config file, and .jsonc before .json before package.json in one folder', () => {
    const files = {
      '/repo/.git/HEAD': '',
      '/repo/.invite-lint.json': '{ "account": "premium" }',
      '/repo/team/package.json': '{ "name": "x", "invite-lint": { "rules": { "flattery": "off" } } }',
      '/repo/team/sales/.invite-lint.json': '{ "rules": { "sales-pitch": "off" } }',
      '/repo/team/sales/.invite-lint.jsonc': '{ "rules": { "sales-pitch": "info" } }',
    };
    assert.equal(resolve(files, '/repo/a.invite.md').file, '/repo/.invite-lint.json');
    assert.equal(resolve(files, '/repo/team/x/a.invite.md').file, '/repo/team/package.json');
    assert.deepEqual(resolve(files, '/repo/team/x/a.invite.md').config.rules, { flattery: 'off' });
    assert.deepEqual(resolve(files, '/repo/team/sales/a.invite.md').config.rules, { 'sales-pitch': 'info' });
  });

  it('skips a package.json without an "invite-lint" key', () => {
    const files = { '/repo/.git/HEAD': '', '/repo/.invite-lint.json': '{ "account": "premium" }', '/repo/app/package.json': '{ "name": "app" }' };
    assert.equal(resolve(files, '/repo/app/a.invite.md').file, '/repo/.invite-lint.json');
  });

  it('stops at the repository root (a folder holding .git) and at the workspace root', () => {
    const files = { '/.invite-lint.json': '{ "account": "premium" }', '/home/repo/.git/HEAD': '', '/home/ws/x/.keep': '' };
    const host = memoryHost(files);
    assert.equal(new ProjectConfigs(host).configFileFor('/home/repo/a.invite.md'), undefined);
    assert.equal(new ProjectConfigs(host, { roots: ['/home/ws'] }).configFileFor('/home/ws/x/a.invite.md'), undefined);
    assert.equal(new ProjectConfigs(host).configFileFor('/home/ws/x/a.invite.md'), '/.invite-lint.json');
  });

  it('caches the search per folder: a second draft in the same folder reads nothing', () => {
    const host = memoryHost({ '/repo/.git/HEAD': '', '/repo/.invite-lint.json': '{}' });
    const configs = new ProjectConfigs(host);
    configs.forDraft('/repo/a/b/one.invite.md');
    const before = host.reads.length;
    configs.forDraft('/repo/a/b/two.invite.md');
    configs.forDraft('/repo/a/three.invite.md');
    assert.equal(host.reads.length, before);
  });

  it('applies the precedence: defaults < settings < config file < overrides; front matter beats them all', () => {
    const files = {
      '/repo/.git/HEAD': '',
      '/repo/.invite-lint.jsonc': JSON.stringify({
        account: 'free',
        rules: { 'no-reason': 'info' },
        overrides: [{ files: 'recruiters/**', rules: { 'early-ask': 'off', 'no-reason': 'hint' } }],
      }),
    };
    const layer = settings({ account: 'premium', rules: { 'no-reason': 'error', flattery: 'off' } });
    const plain = resolve(files, '/repo/a.invite.md', layer);
    assert.equal(plain.config.account, 'free', 'the config file beats the settings');
    assert.deepEqual(plain.config.rules, { 'no-reason': 'info', flattery: 'off' }, 'settings fill in what the config file leaves');
    assert.equal(plain.sources.rules.flattery, 'settings');
    const recruiter = resolve(files, '/repo/recruiters/acme/a.invite.md', layer);
    assert.deepEqual(recruiter.config.rules, { 'no-reason': 'hint', flattery: 'off', 'early-ask': 'off' });
    assert.equal(resolve({}, '/x/a.invite.md', layer).config.account, 'premium', 'settings beat the defaults');
    assert.equal(resolve({}, '/x/a.invite.md').config.account, 'free');

    const long = `Hi Priya,\n\nWe met at PyCon. ${'x'.repeat(250)}\n`;
    assert.ok(lint(long, plain.config).diagnostics.some((d) => d.rule === 'too-long'));
    assert.ok(!lint(`---\naccount: premium\n---\n${long}`, plain.config).diagnostics.some((d) => d.rule === 'too-long'), 'front matter beats the config file');
  });

  it('followUpDays: config file > settings > unset (the workspace default, 3); a bad value is reported and skipped', () => {
    const files = { '/repo/.git/HEAD': '', '/repo/.invite-lint.json': '{ "followUpDays": 7 }' };
    const fromFile = resolve(files, '/repo/a.invite.md', settings({ followUpDays: 5 }));
    assert.equal(fromFile.config.followUpDays, 7, 'the config file beats the settings');
    assert.deepEqual(fromFile.sources.followUpDays, { file: '/repo/.invite-lint.json', line: 1, column: 19, start: 18, end: 19 });
    const fromSettings = resolve({}, '/x/a.invite.md', settings({ followUpDays: 5 }));
    assert.deepEqual([fromSettings.config.followUpDays, fromSettings.sources.followUpDays], [5, 'settings']);
    const unset = resolve({}, '/x/a.invite.md');
    assert.deepEqual([unset.config.followUpDays, unset.sources.followUpDays], [undefined, undefined]);
    const extended = resolve({ '/r/.git/x': '', '/r/base.json': '{ "followUpDays": 10 }', '/r/.invite-lint.json': '{ "extends": "./base.json" }' }, '/r/a.invite.md');
    assert.equal(extended.config.followUpDays, 10, 'an extended file sets it too');
    for (const bad of ['-1', '2.5', '"3"', '100000']) {
      const resolved = resolve({ '/r/.git/x': '', '/r/.invite-lint.json': `{ "followUpDays": ${bad} }` }, '/r/a.invite.md', settings({ followUpDays: 5 }));
      assert.equal(resolved.config.followUpDays, 5, `${bad} is skipped: the settings' value applies`);
      assert.match(resolved.problems[0].message, /"followUpDays" must be a whole number of days from 0 to 9999/);
    }
    assert.deepEqual(configFromSettings({ followUpDays: 4 }, RULE_NAMES), { config: { ...DEFAULT_CONFIG, followUpDays: 4 }, problems: [] });
    assert.match(configFromSettings({ followUpDays: -2 }, RULE_NAMES).problems[0], /^inviteLint\.followUpDays must be a whole number of days, 0 or more, not -2; using 3\.$/);
  });

  it('the workspace counts follow-up days from each draft\'s config, else its own default', () => {
    const accepted = "---\nto: Ingrid Olsen\nstatus: accepted\naccepted: 2026-11-20\n---\n\nHi Ingrid, it was great meeting you at the Oslo data meetup on Monday.\n";
    const workspace = new DraftWorkspace({ today: () => '2026-11-25' });
    workspace.set('file:///a.invite.md', accepted, DEFAULT_CONFIG);
    workspace.set('file:///b.invite.md', accepted.replace(/Ingrid/g, 'Ines'), { ...DEFAULT_CONFIG, followUpDays: 7 });
    const due = (uri: string) => workspace.lint(uri).diagnostics.some((d) => d.rule === 'follow-up-due');
    assert.deepEqual([due('file:///a.invite.md'), due('file:///b.invite.md')], [true, false]);
  });

  it('follows extends (relative to the extending file); the extending file wins and lists add up', () => {
    const files = {
      '/repo/.git/HEAD': '',
      '/repo/base.json': '{ "account": "premium", "rules": { "flattery": "off", "me-focused": "off" }, "phrases": { "flag": ["circle back"] } }',
      '/repo/sub/.invite-lint.json': '{ "extends": "../base.json", "rules": { "flattery": "error" }, "phrases": { "flag": ["synergy"] } }',
    };
    const resolved = resolve(files, '/repo/sub/a.invite.md');
    assert.equal(resolved.config.account, 'premium');
    assert.deepEqual(resolved.config.rules, { flattery: 'error', 'me-focused': 'off' });
    assert.deepEqual(resolved.config.phrases?.flag, [{ phrase: 'circle back' }, { phrase: 'synergy' }]);
  });

  it('reports an extends cycle where it is written, and keeps the values read', () => {
    const files = {
      '/repo/.git/HEAD': '',
      '/repo/.invite-lint.json': '{ "extends": "./b.json", "account": "premium" }',
      '/repo/b.json': '{ "extends": "./.invite-lint.json" }',
    };
    const resolved = resolve(files, '/repo/a.invite.md');
    assert.equal(resolved.config.account, 'premium');
    assert.equal(resolved.problems.length, 1);
    assert.match(resolved.problems[0].message, /"extends" makes a cycle \(\.invite-lint\.json → b\.json → \.invite-lint\.json\)/);
    assert.equal(resolved.problems[0].file, '/repo/b.json');
    assert.equal(resolved.problems[0].line, 1);
  });

  it('a broken file: a message with line and column, the defaults apply, nothing throws', () => {
    const resolved = resolve({ '/repo/.git/HEAD': '', '/repo/.invite-lint.jsonc': '{\n  "account": "premium"\n  "rules": {}\n}' }, '/repo/a.invite.md', settings({ account: 'premium' }));
    assert.equal(resolved.config.account, 'premium', 'the settings still apply');
    assert.equal(resolved.problems.length, 1);
    assert.deepEqual([resolved.problems[0].line, resolved.problems[0].column], [3, 3]);
    assert.match(resolved.problems[0].message, /invalid JSON: comma expected; this file is ignored and the defaults apply/);
    for (const text of ['', '[1]', 'null', '{"rules": 3}', '{"phrases": {"flag": [1, {"phrase": 2}]}}', '{'.repeat(10_000), '"', '/*']) {
      assert.doesNotThrow(() => resolve({ '/r/.git/x': '', '/r/.invite-lint.json': text }, '/r/a.invite.md'), text.slice(0, 20));
    }
  });

  it('reports unknown keys, rules and severities with "did you mean", and ignores only those values', () => {
    const resolved = resolve(
      { '/repo/.git/HEAD': '', '/repo/.invite-lint.json': '{ "acount": "premium", "rules": { "generic-phrse": "off", "flattery": "loud", "me-focused": "off" } }' },
      '/repo/a.invite.md',
    );
    assert.deepEqual(resolved.config.rules, { 'me-focused': 'off' });
    assert.deepEqual(
      resolved.problems.map((problem) => [problem.column, problem.severity, problem.message.split(';')[0]]),
      [
        [3, 'warning', 'unknown key "acount"'],
        [35, 'warning', 'unknown rule "generic-phrse"'],
        [71, 'error', 'the severity of "flattery" must be one of "off", "hint", "info", "warning", "error"'],
      ],
    );
    assert.match(resolved.problems[0].message, /did you mean "account"\?/);
    assert.match(resolved.problems[1].message, /did you mean "generic-phrase"\?/);
  });

  it('matches ignores relative to the config file: globs with a slash from its folder, without one at any depth', () => {
    const files = { '/repo/.git/HEAD': '', '/repo/.invite-lint.json': '{ "ignores": ["archive", "drafts/old/**", "*.wip.invite.md"] }' };
    const ignored = (path: string) => resolve(files, path).ignoredBy?.value;
    assert.equal(ignored('/repo/archive/2020/a.invite.md'), 'archive');
    assert.equal(ignored('/repo/drafts/old/a.invite.md'), 'drafts/old/**');
    assert.equal(ignored('/repo/x/y/z.wip.invite.md'), '*.wip.invite.md');
    assert.equal(ignored('/repo/drafts/a.invite.md'), undefined);
    assert.equal(ignored('/repo/x/archive.invite.md'), undefined);
  });

  it('uses the --config file for every draft instead of searching', () => {
    const files = { '/repo/.git/HEAD': '', '/repo/.invite-lint.json': '{ "account": "premium" }', '/ci/strict.jsonc': '{ "rules": { "me-focused": "error" } }' };
    const resolved = resolve(files, '/repo/a.invite.md', DEFAULTS, { configFile: '/ci/strict.jsonc' });
    assert.equal(resolved.file, '/ci/strict.jsonc');
    assert.equal(resolved.config.account, 'free');
  });
});

describe('team phrase lists', () => {
  const withPhrases = (flag: FlagPhrase[], allow: string[] = []): EngineConfig => ({
    ...DEFAULT_CONFIG,
    phrases: { flag, allow },
  });
  const generic = (text: string, config: EngineConfig) =>
    lint(text, config).diagnostics.filter((d) => d.rule === 'generic-phrase').map((d) => [text.slice(d.start, d.end), d.message]);

  it("reports phrases.flag as generic-phrase with the team's message, matched word for word in any case", () => {
    const config = withPhrases([{ phrase: 'circle back', message: 'say when you will write again.' }, { phrase: 'synergy' }]);
    assert.deepEqual(generic('Hi Priya,\n\nI will Circle  back next week about the synergy. I came across your profile.\n', config), [
      ['Circle  back', '"Circle back": say when you will write again.'],
      ['synergy', `"synergy" is on your team's list of phrases to avoid (phrases.flag in the project config).`],
      ['came across your profile', '"came across your profile" could be sent to anyone: say what draws you to this person instead.'],
    ]);
  });

  it('offers the same safe deletion for a team phrase as for a built-in one', () => {
    const config = withPhrases([{ phrase: 'to be honest' }]);
    const [hit] = lint('Hi Priya,\n\nWe met at PyCon, to be honest. Your talk on caching stuck with me.\n', config).diagnostics.filter((d) => d.rule === 'generic-phrase');
    assert.equal(hit.fixes[0].title, 'Delete "to be honest"');
  });

  it("a team phrase that repeats a built-in one reports the team's message once", () => {
    const config = withPhrases([{ phrase: 'pick your brain', message: 'ask one specific question.' }]);
    assert.deepEqual(generic('Hi Priya, could I pick your brain?', config), [['pick your brain', '"pick your brain": ask one specific question.']]);
  });

  it('phrases.allow silences built-in and team phrases it spans, and nothing else', () => {
    const config = withPhrases([{ phrase: 'synergy' }], ['came across your profile', 'real synergy here']);
    assert.deepEqual(generic('Hi Priya, I came across your profile. There is real synergy here, synergy. Let us pick your brain.', config).map(([text]) => text), [
      'synergy',
      'pick your brain',
    ]);
  });

  it('phrases.allow silences a whole-subject cliché in an InMail', () => {
    const text = '---\nkind: inmail\nsubject: Quick question\n---\nHi Priya,\n\nWe met at PyCon.\n';
    assert.equal(generic(text, DEFAULT_CONFIG).length, 1);
    assert.equal(generic(text, withPhrases([], ['quick question'])).length, 0);
  });

  it('braces in a team phrase are plain punctuation, not alternatives (no exponential expansion)', () => {
    const config = withPhrases([{ phrase: Array.from({ length: 8 }, () => '{a|b}').join(' ') }]);
    assert.equal(generic(`Hi Priya, ${'a '.repeat(16)}`, config).length, 0);
    assert.equal(generic(`Hi Priya, ${'a b '.repeat(8)}`, config).length, 1);
  });

  it('refuses phrases of no words or over 16 words where they are written', () => {
    const resolved = resolve({ '/r/.git/x': '', '/r/.invite-lint.json': `{ "phrases": { "flag": ["...", "${'word '.repeat(17)}", "ok phrase"], "allow": [""] } }` }, '/r/a.invite.md');
    assert.deepEqual(resolved.config.phrases?.flag, [{ phrase: 'ok phrase' }]);
    assert.deepEqual(
      resolved.problems.map((problem) => problem.message),
      [
        'this entry of "phrases.flag" has no words; it is ignored.',
        'this entry of "phrases.flag" has 17 words; phrases are at most 16 words, so it is ignored.',
        'each entry of "phrases.allow" must be a non-empty string; this one is ignored.',
      ],
    );
  });
});

describe('the JSON schema VS Code validates config files with (jsonValidation)', () => {
  const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas', 'invite-lint.schema.json'), 'utf8'));
  const validate = new Ajv({ strict: false }).compile(schema);

  it('names every rule and every key the loader reads, and is contributed for both file names', () => {
    assert.deepEqual(Object.keys(schema.properties.rules.properties).sort(), [...RULE_NAMES].sort());
    assert.deepEqual(Object.keys(schema.properties), [...CONFIG_KEYS]);
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: ['.invite-lint.json', '.invite-lint.jsonc'], url: './schemas/invite-lint.schema.json' }]);
  });

  it('accepts a config the loader reads without problems, and rejects what the loader reports', () => {
    const good = {
      extends: '../base.jsonc',
      account: 'premium',
      followUpDays: 5,
      rules: { 'generic-phrase': 'info' },
      phrases: { flag: ['synergy', { phrase: 'circle back', message: 'say when.' }], allow: ['pick your brain'] },
      ignores: ['archive/**'],
      overrides: [{ files: 'recruiters/**', rules: { 'early-ask': 'off' } }],
    };
    assert.ok(validate(good), JSON.stringify(validate.errors));
    assert.deepEqual(resolve({ '/r/.git/x': '', '/r/.invite-lint.json': JSON.stringify({ ...good, extends: undefined }) }, '/r/a.invite.md').problems, []);
    for (const bad of [{ acount: 'premium' }, { rules: { 'generic-phrse': 'off' } }, { rules: { flattery: 'loud' } }, { phrases: { flag: [1] } }, { followUpDays: -1 }, { followUpDays: 1.5 }]) {
      assert.equal(validate(bad), false, JSON.stringify(bad));
      assert.ok(resolve({ '/r/.git/x': '', '/r/.invite-lint.json': JSON.stringify(bad) }, '/r/a.invite.md').problems.length > 0, JSON.stringify(bad));
    }
  });
});
