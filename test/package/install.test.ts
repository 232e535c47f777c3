import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../support/paths';

const npm = (args: string[], cwd: string) => spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });

describe('the npm package', () => {
  it('packs, installs offline into an empty prefix, and its invite-lint and invite-lint-ls commands run there', () => {
    const work = mkdtempSync(join(tmpdir(), 'invite-lint-pack-'));
    // --ignore-scripts: the package is the dist/ this run built (prepack would rebuild it minified under the other tests).
    const pack = npm(['pack', '--ignore-scripts', '--pack-destination', work, '--json'], repoRoot);
    assert.equal(pack.status, 0, pack.stderr);
    const [{ filename, files }] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    const shipped = files.map((file) => file.path);
    // yaml.js: the YAML parser, which the CLI and the server load on first need (front matter beyond key: value lines);
    // server-main.js: the server, which server.js runs from the code cache it writes beside it (none ships), and
    // server-on-demand.js, what server-main.js requires once a request needs more than linting (hover, completion, …).
    assert.ok(shipped.includes('dist/cli.js') && shipped.includes('dist/server.js') && shipped.includes('dist/server-main.js') && shipped.includes('dist/server-on-demand.js') && shipped.includes('dist/yaml.js') && shipped.includes('docs/rules/stock-invite.md'));
    assert.deepEqual(shipped.filter((path) => !/^(dist\/(cli|server|server-main|server-on-demand|yaml)\.js|docs\/rules\/[a-z-]+\.md|README\.md|LICENSE|package\.json)$/.test(path)), [], 'nothing else ships');

    // No runtime dependencies once bundled, so the install needs no network.
    const prefix = join(work, 'prefix');
    const install = npm(['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', join(work, filename)], work);
    assert.equal(install.status, 0, install.stderr);
    console.log(`npm install -g --prefix DIR --offline ${filename}: ${install.stdout.trim()}`);
    const bin = join(prefix, 'bin');
    assert.deepEqual(readdirSync(bin).sort(), ['invite-lint', 'invite-lint-ls']);

    // Run as a user runs them: by name from PATH, not `node dist/...`.
    const env = { ...process.env, PATH: `${bin}:${process.env.PATH}` };
    const version = spawnSync('invite-lint', ['--version'], { cwd: work, env, encoding: 'utf8' });
    assert.equal(version.status, 0, version.stderr);
    assert.equal(version.stdout, '0.1.0\n');
    writeFileSync(join(work, 'draft.invite.md'), "Hi Dana,\n\nI'd like to add you to my professional network on LinkedIn.\n");
    const lint = spawnSync('invite-lint', ['draft.invite.md'], { cwd: work, env, encoding: 'utf8' });
    assert.equal(lint.status, 1, lint.stderr);
    assert.match(lint.stdout, /3:1 +error .*stock-invite/);
    writeFileSync(join(work, 'yaml.invite.md'), "---\nto: Dana Lee\ncontext: |\n  We met at PyCon.\n---\nHi Dana,\n\nI'd like to add you to my professional network on LinkedIn.\n");
    const withYaml = spawnSync('invite-lint', ['yaml.invite.md'], { cwd: work, env, encoding: 'utf8' });
    assert.equal(withYaml.status, 1, withYaml.stderr);
    assert.match(withYaml.stdout, /8:1 +error .*stock-invite/);
    const server = spawnSync('invite-lint-ls', ['--help'], { cwd: work, env, encoding: 'utf8' });
    assert.equal(server.status, 0, server.stderr);
    assert.match(server.stdout, /^Usage: invite-lint-ls --stdio/);
    console.log(`${version.stdout}${lint.stdout}${server.stdout}`);
    assert.ok(existsSync(join(prefix, 'lib', 'node_modules', 'invite-lint', 'docs', 'rules', 'generic-phrase.md')));
  });
});
