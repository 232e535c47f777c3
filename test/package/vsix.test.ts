import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { inflateRawSync } from 'node:zlib';
import { repoRoot } from '../support/paths';

const RAW = 'https://raw.githubusercontent.com/invite-lint/invite-lint/main/';

/** The files of a zip archive (a VSIX is one), read from its central directory: name -> contents. */
function unzip(archive: Buffer): Map<string, () => Buffer> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'not a zip archive');
  const count = archive.readUInt16LE(end + 10);
  const files = new Map<string, () => Buffer>();
  for (let at = archive.readUInt32LE(end + 16), index = 0; index < count; index++) {
    const method = archive.readUInt16LE(at + 10);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const skip = archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    files.set(name, () => {
      const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
      const data = archive.subarray(start, start + size);
      return method === 8 ? inflateRawSync(data) : data;
    });
    at += 46 + nameLength + skip;
  }
  return files;
}

describe('the VSIX for the Marketplace and Open VSX', () => {
  it('packages with the icon the manifest names, a 256x256 PNG', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'invite-lint-vsix-')), 'invite-lint.vsix');
    const vsce = spawnSync(process.execPath, [join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--out', out], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(vsce.status, 0, vsce.stderr + vsce.stdout);
    const files = unzip(readFileSync(out));
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    assert.equal(manifest.icon, 'docs/images/icon.png');
    const icon = files.get(`extension/${manifest.icon}`);
    assert.ok(icon, `no icon in the VSIX: ${[...files.keys()].join(', ')}`);
    const png = icon();
    assert.equal(png.toString('latin1', 1, 4), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [256, 256]);
    assert.match(files.get('extension.vsixmanifest')!().toString('utf8'), /Type="Microsoft\.VisualStudio\.Services\.Icons\.Default" Path="extension\/docs\/images\/icon\.png"/);
  });

  it('holds every file the language server loads, the one it requires on first use (server-on-demand.js) among them', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'invite-lint-vsix-')), 'invite-lint.vsix');
    const vsce = spawnSync(process.execPath, [join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--out', out], { cwd: repoRoot, encoding: 'utf8' });
    assert.equal(vsce.status, 0, vsce.stderr + vsce.stdout);
    const shipped = [...unzip(readFileSync(out)).keys()].filter((name) => name.startsWith('extension/dist/')).sort();
    assert.deepEqual(shipped, ['client.js', 'cli.js', 'server-main.js', 'server-on-demand.js', 'server.js', 'yaml.js'].sort().map((file) => `extension/dist/${file}`));
  });

  it('declares what works in untrusted and virtual workspaces', () => {
    const { capabilities } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    assert.equal(capabilities.untrustedWorkspaces.supported, true);
    assert.match(capabilities.untrustedWorkspaces.description, /reads the project config file/);
    assert.equal(capabilities.virtualWorkspaces.supported, 'limited');
    assert.match(capabilities.virtualWorkspaces.description, /config files are read from disk/);
  });

  it("has README images that render on the extension page: absolute URLs of files in this repository", () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const images = [...readme.matchAll(/!\[[^\]\n]*\]\(([^)\s]+)/g), ...readme.matchAll(/<img\s[^>\n]*src="([^"]+)"/g)].map((match) => match[1]);
    assert.ok(images.length >= 2, 'the README shows the workbench and the New invite picker');
    for (const image of images) {
      assert.ok(image.startsWith(RAW), `${image} is not an absolute URL of this repository (${RAW}...)`);
      assert.ok(existsSync(join(repoRoot, image.slice(RAW.length))), `${image} names no file in the repository`);
    }
  });
});
