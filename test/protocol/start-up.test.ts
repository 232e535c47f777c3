// What a start of the language server does before its first diagnostics, beyond what the bench's minimal server on the
// same LSP libraries does: each of these once cost megabytes of idle memory (bench/run.ts, the server rows).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { HoverRequest, type Hover } from 'vscode-languageserver-protocol/node';
import { LspSession } from '../support/lspSession';
import { repoRoot } from '../support/paths';

const DRAFT = "---\nto: Dana Reyes\nscenario: met-at-event\n---\nHi Dana,\n\nGreat to meet you at the meetup on Tuesday. I'd love to stay in touch.\n";

describe('a start of the language server', () => {
  // esbuild turns each file's `import { … } from` a CommonJS module into a copy of its whole exports object (for the LSP
  // library, 307 getters): its values come through server/src/lsp/library.ts so that it is copied once.
  it("copies the LSP library's exports once, however many files import from it", () => {
    const bundle = readFileSync(join(repoRoot, 'dist', 'server-main.js'), 'utf8');
    const lspModules = new Set([...bundle.matchAll(/var (require_\w+) = __commonJS\(\{\s*"node_modules\/vscode-(?:languageserver|languageserver-protocol|jsonrpc)\//g)].map((match) => match[1]));
    assert.ok(lspModules.size > 0, "the development build is not minified, so esbuild's helpers keep their names");
    const wrapped = new Map<string, number>();
    for (const [, module] of bundle.matchAll(/__toESM\((require_\w+)\(\)/g)) if (lspModules.has(module)) wrapped.set(module, (wrapped.get(module) ?? 0) + 1);
    assert.equal(wrapped.size, 1);
    assert.deepEqual([...wrapped.values()], [1]);
  });

  // The server is split (scripts/build.mjs): what the first diagnostics need in server-main.js, the rest (completion,
  // hover, code actions, the code lens, the workspace walk) in server-on-demand.js, required on first use.
  it('reads server-on-demand.js on its first hover, not before its first diagnostics', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'invite-lint-start-up-'));
    try {
      const loaded = join(folder, 'loaded.txt');
      const preload = join(folder, 'record-loads.js');
      writeFileSync(
        preload,
        `const Module = require('node:module');
const { appendFileSync } = require('node:fs');
const load = Module._load;
Module._load = function (request, ...rest) { appendFileSync(${JSON.stringify(loaded)}, request + '\\n'); return load.call(this, request, ...rest); };
`,
      );
      writeFileSync(loaded, '');
      const session = new LspSession(undefined, { NODE_OPTIONS: `--require ${JSON.stringify(preload)}` });
      await session.initialize({}, null);
      const uri = 'file:///drafts/on-demand.invite.md';
      const published = await session.open(uri, DRAFT);
      const loadedBeforePublish = readFileSync(loaded, 'utf8');
      // On `scenario`: the front matter's hover help.
      const hover = (await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 3 } })) as Hover | null;
      const loadedAfterHover = readFileSync(loaded, 'utf8');
      assert.equal(await session.close(), 0);
      assert.ok(published.diagnostics.length > 0);
      assert.match(loadedBeforePublish, /^node:vm$/m, 'the record is kept: server.js loads node:vm to run server-main.js');
      assert.doesNotMatch(loadedBeforePublish, /server-on-demand/);
      assert.match(loadedAfterHover, /^\.\/server-on-demand\.js$/m);
      assert.match(JSON.stringify(hover?.contents), /scenario/i);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  // Each Intl service loads ICU data from the Node binary (a collator 2.9 MB of memory); the file walker's collator is
  // made on the first walk of a folder.
  it('with no folder open makes no Intl collator, segmenter or formatter before its first diagnostics', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'invite-lint-start-up-'));
    try {
      const made = join(folder, 'made.txt');
      const preload = join(folder, 'record-intl.js');
      writeFileSync(
        preload,
        `const { appendFileSync } = require('node:fs');
for (const name of ['Collator', 'Segmenter', 'NumberFormat', 'DateTimeFormat', 'PluralRules', 'ListFormat', 'RelativeTimeFormat', 'DisplayNames']) {
  Intl[name] = new Proxy(Intl[name], { construct(target, args) { appendFileSync(${JSON.stringify(made)}, name + '\\n'); return Reflect.construct(target, args); } });
}
`,
      );
      writeFileSync(made, '');
      const session = new LspSession(undefined, { NODE_OPTIONS: `--require ${JSON.stringify(preload)}` });
      await session.initialize({}, null);
      const published = await session.open('file:///drafts/start-up.invite.md', DRAFT);
      const madeBeforePublish = readFileSync(made, 'utf8');
      assert.equal(await session.close(), 0);
      assert.ok(Array.isArray(published.diagnostics));
      assert.equal(madeBeforePublish, '');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
