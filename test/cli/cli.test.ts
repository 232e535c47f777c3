import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../support/paths';

const cli = join(repoRoot, 'dist', 'cli.js');
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, input, encoding: 'utf8' });
const STOCK = "I'd like to add you to my professional network on LinkedIn.";
const GOOD = 'Hi Priya,\n\nWe met at the Denver product meetup last Thursday. Your point on activation stuck with me.\n';

function folderWith(files: Record<string, string | Buffer>): string {
  const folder = mkdtempSync(join(tmpdir(), 'invite-lint-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(folder, name, '..'), { recursive: true });
    writeFileSync(join(folder, name), content);
  }
  return folder;
}

describe('invite-lint CLI', () => {
  it('prints the JSON contract and exits 1 on an error', () => {
    const result = run(['--format', 'json', '-'], `${STOCK}\n`);
    assert.equal(result.status, 1, result.stderr);
    const [report] = JSON.parse(result.stdout);
    assert.equal(report.file, '<stdin>');
    assert.deepEqual(report.diagnostics[0], {
      rule: 'stock-invite',
      severity: 'error',
      line: 1,
      column: 1,
      endLine: 1,
      endColumn: 60,
      message: "Replace LinkedIn's stock line with a personal opener: how you know them and why you want to connect.",
      fixable: true,
    });
  });

  it('exits 0 on a clean draft and says so', () => {
    const result = run(['-'], GOOD);
    assert.equal(result.status, 0, result.stdout);
    assert.match(result.stdout, /1 draft, no problems/);
  });

  it('exits 0 when only warnings remain', () => {
    const result = run(['-'], 'Hi Priya, I came across your profile at PyCon.');
    assert.equal(result.status, 0);
    assert.match(result.stdout, /1:13 +warning .*generic-phrase/);
  });

  it('searches folders for *.invite.md only, skipping node_modules', () => {
    const folder = folderWith({
      'a.invite.md': GOOD,
      'nested/b.invite.md': `Hi Dana,\n\n${STOCK}\n`,
      'notes.md': STOCK,
      'node_modules/x/c.invite.md': STOCK,
    });
    const result = run(['--format', 'json', folder]);
    assert.equal(result.status, 1);
    const files = JSON.parse(result.stdout).map((report: { file: string }) => report.file.slice(folder.length + 1));
    assert.deepEqual(files, ['a.invite.md', 'nested/b.invite.md']);
  });

  it('applies --account premium to the note limit', () => {
    const long = `Hi Priya,\n\nWe met at PyCon. ${'x'.repeat(250)}\n`;
    assert.equal(run(['-'], long).status, 1);
    assert.equal(run(['--account', 'premium', '-'], long).status, 0);
  });

  it('exits 2 with a clear message on bad usage', () => {
    for (const [args, message] of [
      [[], /no PATH given/],
      [['--format', 'xml', '-'], /--format must be "stylish" or "json", not "xml"/],
      [['--account', 'gold', '-'], /--account must be one of "free", "premium", not "gold"/],
      [['--bogus', '-'], /Unknown option '--bogus'/],
      [['does/not/exist.invite.md'], /cannot read does\/not\/exist\.invite\.md: no such file or folder/],
    ] as const) {
      const result = run([...args], '');
      assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, message);
      assert.equal(result.stdout, '');
    }
  });

  it('exits 2 on an empty folder, and on binary input while still reporting the other files', () => {
    assert.match(run([folderWith({ 'readme.md': 'x' })]).stderr, /no \*\.invite\.md drafts found/);
    const folder = folderWith({ 'a.invite.md': `${STOCK}\n`, 'b.invite.md': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]) });
    const result = run(['--format', 'json', folder]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /b\.invite\.md: not linted: it looks binary/);
    assert.equal(JSON.parse(result.stdout).length, 1);
  });

  it('prints help and version', () => {
    assert.match(run(['--help']).stdout, /Usage: invite-lint/);
    assert.match(run(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
  });
});
