// What a start of the language server does before its first diagnostics, beyond what the bench's minimal server on the
// same LSP libraries does: each of these once cost megabytes of idle memory (bench/run.ts, the server rows).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
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
