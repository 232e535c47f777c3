// The engine is pure: the server, the CLI, the tests and a future web worker all call it, so nothing under
// server/src/engine/ may reach for the editor, the protocol, the file system or the glue that calls it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { test } from 'node:test';

const root = resolve(__dirname, '../../..');
const engine = join(root, 'server/src/engine');
const FORBIDDEN_PACKAGES = /^(vscode|vscode-languageserver|vscode-languageserver-textdocument|vscode-languageclient|vscode-jsonrpc|node:.*|fs|path|os|child_process|worker_threads)(\/.*)?$/;
const FORBIDDEN_FOLDERS = ['server/src/lsp', 'server/src/cli', 'server/src/cli.ts', 'server/src/server.ts', 'client'];

function* sources(folder: string): Generator<string> {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* sources(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

test('nothing under server/src/engine imports vscode, the LSP libraries, Node built-ins or the glue that calls it', () => {
  const offences: string[] = [];
  for (const file of sources(engine)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]|\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)) {
      const specifier = match[1] ?? match[2] ?? match[3];
      const target = specifier.startsWith('.') ? relative(root, resolve(file, '..', specifier)) : undefined;
      if (target === undefined ? FORBIDDEN_PACKAGES.test(specifier) : FORBIDDEN_FOLDERS.some((folder) => target === folder || target.startsWith(`${folder}/`))) {
        offences.push(`${relative(root, file)} imports ${specifier}`);
      }
    }
  }
  assert.deepEqual(offences, []);
});

test('the language server and the shared file walker import nothing from the CLI glue (server/src/cli, cli.ts)', () => {
  const offences: string[] = [];
  const files = [...sources(join(root, 'server/src/lsp')), ...sources(join(root, 'server/src/files')), join(root, 'server/src/server.ts'), join(root, 'server/src/protocol.ts')];
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\bfrom\s+['"](\.[^'"]*)['"]/g)) {
      const target = relative(root, resolve(file, '..', match[1]));
      if (target === 'server/src/cli' || target.startsWith('server/src/cli/') || target === 'server/src/cli.ts') offences.push(`${relative(root, file)} imports ${match[1]}`);
    }
  }
  assert.deepEqual(offences, []);
});
