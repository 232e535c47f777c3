import assert from 'node:assert/strict';
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, closeSync, copyFileSync, mkdtempSync, openSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../support/paths';
import { folderWith as folderWithFiles } from '../support/files';

const cli = join(repoRoot, 'dist', 'cli.js');
const run = (args: string[], input?: string, options: SpawnSyncOptions = {}) =>
  spawnSync(process.execPath, [cli, ...args], { cwd: repoRoot, input, ...options, encoding: 'utf8' });
// Not a wait: a CLI that blocks (on a FIFO, on endless input) is killed so the test fails instead of hanging.
const KILL_IF_BLOCKED = { timeout: 60_000, killSignal: 'SIGKILL' } as const;
const stderrLines = (stderr: string) => stderr.split('\n').filter((line) => line !== '');
const STOCK = "I'd like to add you to my professional network on LinkedIn.";
const GOOD = 'Hi Priya,\n\nWe met at the Denver product meetup last Thursday. Your point on activation stuck with me.\n';

/** A copy of the built CLI (and the YAML parser it loads beside it) in a folder every user can read. */
function readableCli(): string {
  const folder = mkdtempSync(join(tmpdir(), 'invite-lint-cli-bin-'));
  chmodSync(folder, 0o755);
  for (const file of ['cli.js', 'yaml.js']) copyFileSync(join(repoRoot, 'dist', file), join(folder, file));
  return join(folder, 'cli.js');
}

const folderWith = (files: Record<string, string | Buffer>) => folderWithFiles('cli', files);

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
      [['--format', 'xml', '-'], /--format must be one of "stylish", "json", "sarif", "github", not "xml"/],
      [['--account', 'gold', '-'], /--account must be one of "free", "premium", not "gold"/],
      [['--bogus', '-'], /Unknown option '--bogus'/],
      [['-', '-'], /- \(standard input\) can be given only once/],
    ] as const) {
      const result = run([...args], '');
      assert.equal(result.status, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, message);
      assert.equal(result.stdout, '');
    }
  });

  it('prints a usage error of several lines (--follow-up-days -1) with its line breaks, not as \\x0a', () => {
    const result = run(['--follow-up-days', '-1', '-'], '');
    assert.equal(result.status, 2, result.stderr);
    assert.doesNotMatch(result.stderr, /\\x0a/);
    const [first, second] = stderrLines(result.stderr);
    assert.equal(first, "invite-lint: Option '--follow-up-days' argument is ambiguous.");
    assert.match(second, /^Did you forget to specify the option argument for '--follow-up-days'\?$/);
  });

  it('exits 2 on an empty folder, and on binary input while still reporting the other files', () => {
    assert.match(run([folderWith({ 'readme.md': 'x' })]).stderr, /no \*\.invite\.md drafts found/);
    const folder = folderWith({ 'a.invite.md': `${STOCK}\n`, 'b.invite.md': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]) });
    const result = run(['--format', 'json', folder]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /b\.invite\.md: not linted: it looks binary/);
    assert.equal(JSON.parse(result.stdout).length, 1);
  });

  it('reports a missing path, an empty folder and a dangling symlink on one line each, lints the others and exits 2', () => {
    const folder = folderWith({ 'a.invite.md': `${STOCK}\n`, 'empty/readme.md': 'x' });
    symlinkSync('/nonexistent/draft.invite.md', join(folder, 'gone.invite.md'));
    const paths = ['missing.invite.md', 'a.invite.md', 'empty', 'gone.invite.md'];
    const json = run(['--format', 'json', ...paths], undefined, { cwd: folder });
    // 2 (unreadable input) wins over the 1 that a.invite.md's error alone would give.
    assert.equal(json.status, 2);
    assert.deepEqual(stderrLines(json.stderr), [
      'invite-lint: missing.invite.md: no such file or folder',
      'invite-lint: empty: no *.invite.md drafts found in this folder',
      'invite-lint: gone.invite.md: dangling symlink: its target /nonexistent/draft.invite.md does not exist',
    ]);
    assert.deepEqual(JSON.parse(json.stdout).map((report: { file: string }) => report.file), ['a.invite.md']);
    const stylish = run(paths, undefined, { cwd: folder });
    assert.equal(stylish.status, 2);
    assert.match(stylish.stdout, /^a\.invite\.md\n {2}1:1 +error .*stock-invite\n/);
    assert.match(stylish.stdout, /✖ 3 paths not linted \(the reasons are on stderr\)\n$/);
  });

  it('reports an unreadable subfolder and file as permission denied, without a stack, and lints the rest', () => {
    const folder = folderWith({ 'a.invite.md': GOOD, 'secret.invite.md': GOOD, 'sub/b.invite.md': GOOD });
    chmodSync(folder, 0o755);
    chmodSync(join(folder, 'secret.invite.md'), 0o000);
    chmodSync(join(folder, 'sub'), 0o000);
    // Root reads anything, so as root the CLI runs as nobody to meet the permissions a user meets; nobody may not reach
    // the clone (mktemp -d makes it 0700), so it runs a copy of the CLI from a folder anyone can read.
    const asRoot = process.getuid?.() === 0;
    const result = asRoot
      ? spawnSync(process.execPath, [readableCli(), '.'], { cwd: folder, uid: 65534, gid: 65534, encoding: 'utf8' })
      : run(['.'], undefined, { cwd: folder });
    assert.equal(result.status, 2, result.stderr);
    assert.deepEqual(stderrLines(result.stderr), ['invite-lint: secret.invite.md: permission denied', 'invite-lint: sub: permission denied']);
    assert.match(result.stdout, /^✔ 1 draft, no problems\n✖ 2 paths not linted/);
  });

  it('follows symlinked drafts and folders in a folder walk, visits a symlink loop once and reports a dangling draft link', () => {
    const outside = folderWith({ 'c.invite.md': `${STOCK}\n` });
    const folder = folderWith({ 'a.invite.md': GOOD });
    symlinkSync(join(folder, 'a.invite.md'), join(folder, 'link.invite.md'));
    symlinkSync(outside, join(folder, 'linked'));
    symlinkSync(folder, join(folder, 'loop'));
    symlinkSync('/nonexistent', join(folder, 'notes'));
    symlinkSync('/nonexistent', join(folder, 'old.invite.md'));
    const result = run(['--format', 'json', '.'], undefined, { cwd: folder });
    assert.equal(result.status, 2);
    assert.deepEqual(stderrLines(result.stderr), ['invite-lint: old.invite.md: dangling symlink: its target /nonexistent does not exist']);
    const files = JSON.parse(result.stdout).map((report: { file: string }) => report.file);
    assert.deepEqual(files, ['a.invite.md', 'link.invite.md', 'linked/c.invite.md']);
  });

  it('refuses FIFOs and devices, in a folder walk or named, instead of blocking', () => {
    const folder = folderWith({ 'a.invite.md': GOOD });
    const fifo = join(folder, 'pipe.invite.md');
    assert.equal(spawnSync('mkfifo', [fifo]).status, 0);
    const result = run(['--format', 'json', '.', 'pipe.invite.md', '/dev/zero'], undefined, { cwd: folder, ...KILL_IF_BLOCKED });
    assert.equal(result.signal, null, 'the CLI blocked');
    assert.equal(result.status, 2);
    assert.deepEqual(stderrLines(result.stderr), [
      'invite-lint: pipe.invite.md: a FIFO, not a regular file; to lint what it delivers, redirect it: invite-lint - < pipe.invite.md',
      'invite-lint: pipe.invite.md: a FIFO, not a regular file; to lint what it delivers, redirect it: invite-lint - < pipe.invite.md',
      'invite-lint: /dev/zero: a device, not a regular file; to lint what it delivers, redirect it: invite-lint - < /dev/zero',
    ]);
    assert.deepEqual(JSON.parse(result.stdout).map((report: { file: string }) => report.file), ['a.invite.md']);
  });

  it('stops reading at the 10 MB limit: endless standard input, /dev/zero as standard input, a large file', () => {
    const tooLarge = 'larger than 10 MB, the limit for a draft; not linted';
    const endless = spawnSync('sh', ['-c', 'yes "Hi Priya, we met at PyCon." | "$0" "$1" -', process.execPath, cli], { encoding: 'utf8', ...KILL_IF_BLOCKED });
    assert.equal(endless.status, 2, endless.stderr);
    assert.deepEqual(stderrLines(endless.stderr), [`invite-lint: <stdin>: ${tooLarge}`]);
    const zero = openSync('/dev/zero', 'r');
    try {
      const result = run(['-'], undefined, { stdio: [zero, 'pipe', 'pipe'], ...KILL_IF_BLOCKED });
      assert.equal(result.status, 2, result.stderr);
      assert.deepEqual(stderrLines(result.stderr), [`invite-lint: <stdin>: ${tooLarge}`]);
    } finally {
      closeSync(zero);
    }
    const folder = folderWith({ 'a.invite.md': `${STOCK}\n`, 'huge.invite.md': Buffer.alloc(10 * 1024 * 1024 + 1, 'a') });
    const result = run(['--format', 'json', '.'], undefined, { cwd: folder });
    assert.equal(result.status, 2);
    assert.deepEqual(stderrLines(result.stderr), [`invite-lint: huge.invite.md: ${tooLarge}`]);
    assert.equal(JSON.parse(result.stdout).length, 1);
  });

  it('refuses invalid UTF-8 naming the line of the first bad byte, and lints the other files', () => {
    const latin1 = Buffer.concat([Buffer.from('Hi Priya,\n\nWe met at the caf'), Buffer.from([0xe9]), Buffer.from(' on Main Street.\n')]);
    const folder = folderWith({ 'a.invite.md': GOOD, 'latin1.invite.md': latin1 });
    const result = run(['--format', 'json', '.'], undefined, { cwd: folder });
    assert.equal(result.status, 2);
    assert.deepEqual(stderrLines(result.stderr), ['invite-lint: latin1.invite.md: not valid UTF-8 (line 3); save it as UTF-8']);
    assert.deepEqual(JSON.parse(result.stdout).map((report: { file: string }) => report.file), ['a.invite.md']);
  });

  it('exits quietly with the computed status when the reader closes the pipe early (invite-lint . | head -1)', async () => {
    // Far more output than a pipe buffers, so writing must hit the closed pipe.
    const folder = folderWith({ 'a.invite.md': `Hi Priya,\n\n${STOCK} ${'I came across your profile. '.repeat(3000)}\n` });
    const child = spawn(process.execPath, [cli, folder], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const [status] = await once(child, 'close');
    assert.equal(stderr, '');
    assert.equal(status, 1);
  });

  it('escapes control characters from drafts and file names in stylish output and on stderr; JSON escapes them too', () => {
    const name = 'evil\u001b]0;pwned\u0007.invite.md';
    const folder = folderWith({ [name]: '---\nkind: "\\e[2J\\x9b31m"\nto: Priya\n---\nHi Priya,\n\nWe met at PyCon.\n' });
    const stylish = run([name, 'gone\u001b[2J.invite.md'], undefined, { cwd: folder });
    assert.equal(stylish.status, 2);
    const controls = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
    assert.doesNotMatch(stylish.stdout, controls);
    assert.doesNotMatch(stylish.stderr, controls);
    assert.match(stylish.stdout, /^evil\\x1b\]0;pwned\\x07\.invite\.md\n/);
    assert.match(stylish.stdout, /"\\x1b\[2J\\x9b31m" is not a kind/);
    assert.deepEqual(stderrLines(stylish.stderr), ['invite-lint: gone\\x1b[2J.invite.md: no such file or folder']);
    const json = run(['--format', 'json', name], undefined, { cwd: folder });
    assert.doesNotMatch(json.stdout, controls);
    const [report] = JSON.parse(json.stdout);
    assert.equal(report.file, name);
    assert.match(report.diagnostics[0].message, /^"\u001b\[2J\u009b31m" is not a kind/);
  });

  it('builds the bins executable, so npx invite-lint and invite-lint-ls run', () => {
    for (const bin of ['cli.js', 'server.js']) assert.equal(statSync(join(repoRoot, 'dist', bin)).mode & 0o777, 0o755, bin);
    const result = spawnSync(cli, ['--version'], { encoding: 'utf8' });
    assert.equal(result.status, 0, String(result.error ?? result.stderr));
    assert.match(result.stdout, /^\d+\.\d+\.\d+\n$/);
  });

  it('prints help and version', () => {
    assert.match(run(['--help']).stdout, /Usage: invite-lint/);
    assert.match(run(['--version']).stdout, /^\d+\.\d+\.\d+\n$/);
  });
});
