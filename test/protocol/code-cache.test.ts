// The language server runs its bundle from V8's code cache, which it writes beside the bundle after its first publish.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { LspSession } from '../support/lspSession';
import { repoRoot } from '../support/paths';

const DRAFT = "Hi Dana,\n\nI'd like to add you to my professional network on LinkedIn.\n";

/** Starts the server in `folder`, opens one draft and returns its diagnostics, once the server has exited. */
async function lintOnce(folder: string): Promise<unknown> {
  const session = new LspSession(join(folder, 'server.js'));
  await session.initialize({}, null);
  const published = await session.open('file:///drafts/cache.invite.md', DRAFT);
  assert.equal(await session.close(), 0);
  return published.diagnostics;
}

const cacheFiles = (folder: string) => readdirSync(folder).filter((name) => name.endsWith('.cache'));

describe('the code cache', () => {
  it('is written after the first publish, used by the next start, and rewritten when it is corrupt, with the same diagnostics each time', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'invite-lint-code-cache-'));
    try {
      for (const file of ['server.js', 'server-main.js', 'server-on-demand.js', 'yaml.js']) copyFileSync(join(repoRoot, 'dist', file), join(folder, file));
      const fromSource = await lintOnce(folder);
      const [cache] = cacheFiles(folder);
      assert.match(cache, /^\.server-main\.js\.[0-9a-f]{16}\./);
      const written = readFileSync(join(folder, cache));
      assert.ok(written.length > 0);

      // A valid cache is used as it is, not written again.
      assert.deepEqual(await lintOnce(folder), fromSource);
      assert.deepEqual(readFileSync(join(folder, cache)), written);

      // V8 rejects a corrupt cache: the server compiles from source and replaces it.
      writeFileSync(join(folder, cache), 'not a code cache');
      assert.deepEqual(await lintOnce(folder), fromSource);
      assert.deepEqual(cacheFiles(folder), [cache]);
      assert.notEqual(readFileSync(join(folder, cache), 'utf8'), 'not a code cache');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  // V8 checks a cache's header but not its data: handed a cache damaged past the header, it aborts the process.
  it('damaged past its header (same length, same V8 header) is not used: the server starts, lints and writes it again', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'invite-lint-code-cache-'));
    try {
      for (const file of ['server.js', 'server-main.js', 'server-on-demand.js', 'yaml.js']) copyFileSync(join(repoRoot, 'dist', file), join(folder, file));
      const fromSource = await lintOnce(folder);
      const [cache] = cacheFiles(folder);
      const damaged = readFileSync(join(folder, cache));
      for (let at = 1000; at < 1064; at++) damaged[at] ^= 0x5a;
      writeFileSync(join(folder, cache), damaged);
      assert.deepEqual(await lintOnce(folder), fromSource);
      assert.notDeepEqual(readFileSync(join(folder, cache)), damaged);
      // The rewritten cache is used as it is by the next start.
      const rewritten = readFileSync(join(folder, cache));
      assert.deepEqual(await lintOnce(folder), fromSource);
      assert.deepEqual(readFileSync(join(folder, cache)), rewritten);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('a server.js copied without its server-main.js says what is missing and exits, with no stack trace', () => {
    const folder = mkdtempSync(join(tmpdir(), 'invite-lint-code-cache-'));
    try {
      copyFileSync(join(repoRoot, 'dist', 'server.js'), join(folder, 'server.js'));
      const run = spawnSync(process.execPath, [join(folder, 'server.js'), '--stdio'], { input: '', encoding: 'utf8' });
      assert.equal(run.status, 1);
      assert.equal(run.stderr, `invite-lint-ls: ${join(folder, 'server-main.js')} is missing. The server is three files, server.js, server-main.js and server-on-demand.js, side by side: reinstall invite-lint.\n`);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
