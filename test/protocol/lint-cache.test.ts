// The language server's lint cache, in process: what it computes per document version.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { RemoteConsole } from 'vscode-languageserver';
import { DEFAULT_CONFIG } from '../../server/src/engine';
import { DraftIndex } from '../../server/src/lsp/draftIndex';
import { LintCache } from '../../server/src/lsp/lintCache';
import type { DocumentConfigs } from '../../server/src/lsp/projectConfig';
import type { Settings } from '../../server/src/lsp/settings';
import { recordDraftsParsed } from '../support/draftSpy';

describe('the lint cache', () => {
  it('parses a document version once for its lint (its own rules and those comparing drafts) and its message summary, and resolves its config once', () => {
    let resolved = 0;
    const configs = { generation: 0, forDocument: () => (resolved++, { config: DEFAULT_CONFIG, ignored: false }) } as unknown as DocumentConfigs;
    const settings = { generation: 0 } as unknown as Settings;
    const lints = new LintCache(settings, configs, { info() {}, error() {} } as unknown as RemoteConsole, new DraftIndex(() => {}, () => {}));
    const spy = recordDraftsParsed();
    const drafts = spy.drafts;
    try {
      const document = TextDocument.create('file:///drafts/once.invite.md', 'invite', 1, "Hi Dana,\n\nI'd like to add you to my professional network on LinkedIn.\n");
      assert.ok(lints.summary(document)!.length > 0);
      assert.ok(lints.diagnostics(document).length > 0);
      assert.equal(lints.configFile(document), undefined);
      assert.equal(drafts.size, 1);
      assert.equal(resolved, 1);

      TextDocument.update(document, [{ text: 'Hi Dana,\n\nWe met at PyCon.\n' }], 2);
      lints.diagnostics(document);
      lints.summary(document);
      assert.equal(drafts.size, 2);
      assert.equal(resolved, 2);
    } finally {
      spy.restore();
    }
  });
});
