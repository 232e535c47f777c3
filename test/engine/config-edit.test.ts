import assert from 'node:assert/strict';
import { posix } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_CONFIG, lint, type EngineConfig } from '../../server/src/engine';
import { ProjectConfigs, addPhraseEdit, phraseFromSelection, readConfigFile, type ConfigFileEdit } from '../../server/src/engine/project';

function applied(text: string, edit: ConfigFileEdit): string {
  let result = text;
  for (const { start, end, newText } of [...edit.edits].sort((a, b) => b.start - a.start)) result = result.slice(0, start) + newText + result.slice(end);
  return result;
}

/** What the loader reads from the edited file: the edit must give a config it takes without problems. */
function reread(path: string, text: string) {
  const values = readConfigFile(path, text);
  assert.deepEqual(values.problems, [], text);
  return values;
}

const COMMENTED = `{
    // the team's setup: keep these comments
    "account": "premium", // Premium seats
    "rules": { "me-focused": "off" },
    /* phrases come next */
    "phrases": {
        "allow": [
            "pick your brain", // the founders like it
        ],
    },
}
`;

describe('quick fixes that write the project config (engine)', () => {
  it('creates a .invite-lint.jsonc holding the allowed phrase when there is no config file', () => {
    const edit = addPhraseEdit({ path: '/w/.invite-lint.jsonc', displayPath: '.invite-lint.jsonc' }, 'allow', 'came across your profile')!;
    assert.equal(edit.title, "Allow 'came across your profile' in this project (.invite-lint.jsonc)");
    assert.equal(edit.create, true);
    assert.equal(edit.edits.length, 1);
    const text = applied('', edit);
    assert.match(text, /^\/\/ invite-lint project config: \S+\n\{\n {2}"phrases": \{\n {4}"allow": \[\n {6}"came across your profile"\n/);
    assert.deepEqual(reread('/w/.invite-lint.jsonc', text).allow.map((phrase) => phrase.value), ['came across your profile']);
  });

  it("appends to an existing list and keeps the file's comments, trailing commas and indentation", () => {
    const edit = addPhraseEdit({ path: '/w/.invite-lint.jsonc', displayPath: '.invite-lint.jsonc', text: COMMENTED }, 'allow', 'expand my network')!;
    assert.equal(edit.create, false);
    const text = applied(COMMENTED, edit);
    for (const comment of ["// the team's setup: keep these comments", '// Premium seats', '/* phrases come next */', '// the founders like it']) assert.ok(text.includes(comment), comment);
    assert.match(text, / {12}"expand my network"/);
    assert.deepEqual(reread('/w/.invite-lint.jsonc', text).allow.map((phrase) => phrase.value), ['pick your brain', 'expand my network']);
    // Only the list changed: everything before it is byte for byte the same.
    assert.equal(text.slice(0, COMMENTED.indexOf('"pick your brain"')), COMMENTED.slice(0, COMMENTED.indexOf('"pick your brain"')));
  });

  it('adds a phrases.flag list next to what is there, with CRLF line breaks kept', () => {
    const crlf = COMMENTED.replace(/\n/g, '\r\n');
    const edit = addPhraseEdit({ path: '/w/team/.invite-lint.jsonc', displayPath: 'team/.invite-lint.jsonc', text: crlf }, 'flag', 'circle back')!;
    assert.equal(edit.title, "Flag 'circle back' as a cliché (team/.invite-lint.jsonc)");
    const text = applied(crlf, edit);
    assert.equal(text.replace(/\r\n/g, '').includes('\n'), false, 'no bare LF added');
    const values = reread('/w/team/.invite-lint.jsonc', text);
    assert.deepEqual(values.flag.map((flag) => flag.value.phrase), ['circle back']);
    assert.deepEqual(values.allow.map((phrase) => phrase.value), ['pick your brain']);
  });

  it('writes under the "invite-lint" key of a package.json and leaves the rest of it alone', () => {
    const pkg = '{\n  "name": "drafts",\n  "invite-lint": { "account": "premium" },\n  "scripts": { "lint": "invite-lint ." }\n}\n';
    const edit = addPhraseEdit({ path: '/w/package.json', displayPath: 'package.json', text: pkg }, 'allow', 'pick your brain')!;
    assert.equal(edit.title, "Allow 'pick your brain' in this project (package.json)");
    const text = applied(pkg, edit);
    const parsed = JSON.parse(text);
    assert.deepEqual(parsed['invite-lint'], { account: 'premium', phrases: { allow: ['pick your brain'] } });
    assert.deepEqual(parsed.scripts, { lint: 'invite-lint .' });
    assert.equal(parsed.name, 'drafts');
  });

  it('offers nothing for a file that does not parse, a key holding something else, or a phrase already listed', () => {
    const target = (text: string) => ({ path: '/w/.invite-lint.json', displayPath: '.invite-lint.json', text });
    assert.equal(addPhraseEdit(target('{ "rules": { '), 'allow', 'x y'), undefined);
    assert.equal(addPhraseEdit(target('{ "phrases": ["x"] }'), 'allow', 'x y'), undefined);
    assert.equal(addPhraseEdit(target('{ "phrases": { "allow": "x" } }'), 'allow', 'x y'), undefined);
    assert.equal(addPhraseEdit(target('[]'), 'allow', 'x y'), undefined);
    assert.equal(addPhraseEdit(target('{ "phrases": { "allow": ["Pick  your brain"] } }'), 'allow', 'pick your brain'), undefined);
    assert.equal(addPhraseEdit(target('{ "phrases": { "flag": [{ "phrase": "Synergy", "message": "m" }] } }'), 'flag', 'synergy'), undefined);
  });

  it('takes a selection as a phrase: spaces collapsed, punctuation around it dropped; refuses what is no phrase', () => {
    assert.equal(phraseFromSelection(' “circle\n  back,” '), 'circle back');
    assert.equal(phraseFromSelection("touch base. "), 'touch base');
    assert.equal(phraseFromSelection('...'), undefined);
    assert.equal(phraseFromSelection('`code`'), undefined);
    assert.equal(phraseFromSelection('a <!-- comment --> b'), undefined);
    assert.equal(phraseFromSelection(Array.from({ length: 17 }, (_, i) => `w${i}`).join(' ')), undefined);
    assert.equal(phraseFromSelection('x'.repeat(201)), undefined);
  });

  it('a new config file goes where the search for one stops: the workspace folder or the repository root', () => {
    const host = (dirs: string[]) => ({ readFile: () => undefined, exists: (path: string) => dirs.includes(path), path: posix });
    assert.equal(new ProjectConfigs(host([]), { roots: ['/w'] }).newConfigFolder('/w/a/b/x.invite.md'), '/w');
    assert.equal(new ProjectConfigs(host(['/w/a/.git']), { roots: ['/w'] }).newConfigFolder('/w/a/b/x.invite.md'), '/w/a');
    assert.equal(new ProjectConfigs(host([])).newConfigFolder('/tmp/loose/x.invite.md'), '/tmp/loose');
  });

  it('the allowed phrase silences the hit it was offered on, once the file holds it (built-in hits only, body and subject)', () => {
    const config: EngineConfig = { ...DEFAULT_CONFIG, phrases: { flag: [{ phrase: 'synergy' }], allow: [] } };
    const draft = '---\nkind: inmail\nsubject: Quick question\n---\n\nHi Priya,\n\nI *came across* your profile. Real synergy there.\n';
    const hits = lint(draft, config).diagnostics.filter((d) => d.rule === 'generic-phrase');
    assert.deepEqual(hits.map((d) => d.allowPhrase), ['Quick question', 'came across your profile', undefined]);
    const allowed = { ...config, phrases: { flag: config.phrases!.flag, allow: hits.flatMap((d) => d.allowPhrase ?? []) } };
    assert.deepEqual(lint(draft, allowed).diagnostics.filter((d) => d.rule === 'generic-phrase').map((d) => d.message), ['"synergy" is on your team\'s list of phrases to avoid (phrases.flag in the project config).']);
  });
});
