import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import {
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  FileChangeType,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { LspSession } from '../support/lspSession';

const GENERIC = 'Hi Priya,\n\nWe met at the Denver meetup. Real synergy there. I came across your profile. Your point on activation stuck with me.\n';

describe('language server with a project config file', () => {
  const folder = mkdtempSync(join(tmpdir(), 'invite-lint-ls-config-'));
  mkdirSync(join(folder, '.git'));
  mkdirSync(join(folder, 'drafts'));
  const configPath = join(folder, '.invite-lint.jsonc');
  const configUri = pathToFileURL(configPath).href;
  const draftUri = pathToFileURL(join(folder, 'drafts', 'a.invite.md')).href;
  writeFileSync(configPath, '{\n  // the team\'s list\n  "phrases": { "flag": [{ "phrase": "synergy", "message": "say what you share." }], "allow": ["came across your profile"] },\n}\n');

  const session = new LspSession();
  const { connection } = session;
  const published = (uri: string, accept?: (p: PublishDiagnosticsParams) => boolean) => session.diagnostics(uri, accept);
  const generic = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === 'generic-phrase').map((d) => d.message);

  before(() => session.initialize({}, [{ uri: pathToFileURL(folder).href, name: 'w' }]));

  after(async () => assert.equal(await session.close(), 0));

  it("lints a draft with the nearest config file's phrase lists, and names the file in the message summary", async () => {
    const diagnostics = published(draftUri);
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: draftUri, languageId: 'invite', version: 1, text: GENERIC } });
    assert.deepEqual(generic(await diagnostics), ['"synergy": say what you share.']);
    const summary = (await connection.sendRequest('inviteLint/messageSummary', { uri: draftUri })) as { configFile?: string };
    assert.equal(summary.configFile, configPath);
  });

  it('re-reads a changed config file when the client reports it, and re-lints open drafts', async () => {
    writeFileSync(configPath, '{ "rules": { "generic-phrase": "off" } }');
    const relinted = published(draftUri, (p) => generic(p).length === 0);
    await connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
    await relinted;
  });

  it('publishes a broken config file\'s problem as a diagnostic in that file, lints with the defaults, and clears it once fixed', async () => {
    writeFileSync(configPath, '{\n  "rules": { "generic-phrase": "off" }\n  "account": "premium"\n}\n');
    const problems = published(configUri, (p) => p.diagnostics.length > 0);
    const relinted = published(draftUri, (p) => generic(p).length === 1);
    await connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
    const [problem] = (await problems).diagnostics;
    assert.deepEqual(problem.range.start, { line: 2, character: 2 });
    assert.equal(problem.severity, 1);
    assert.match(problem.message, /invalid JSON: comma expected; this file is ignored and the defaults apply/);
    await relinted;

    writeFileSync(configPath, '{ "account": "premium" }');
    const cleared = published(configUri, (p) => p.diagnostics.length === 0);
    await connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
    await cleared;
  });
});
