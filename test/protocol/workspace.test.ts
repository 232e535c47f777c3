import assert from 'node:assert/strict';
import { renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  FileChangeType,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { LspSession } from '../support/lspSession';
import { folderWith, writeInto } from '../support/files';

const STOCK = "Hi Dana,\n\nI'd like to add you to my professional network on LinkedIn.\n";
const GENERIC = 'Hi Ola,\n\nWe met at the Lagos design week. I hope this message finds you well.\n';

describe('language server: every draft of the workspace, open or not', () => {
  const folder = folderWith('ls-workspace', {}, { git: true });
  const write = (name: string, text: string) => pathToFileURL(writeInto(folder, name, text)).href;
  write('.gitignore', 'archive/\n');
  write('.invite-lint.json', '{ "ignores": ["*.skip.invite.md"] }');
  const stock = write('people/dana.invite.md', STOCK);
  const generic = write('ola.invite.md', GENERIC);
  const skipped = [
    write('node_modules/pkg/x.invite.md', STOCK),
    write('archive/old.invite.md', STOCK),
    write('people/nobody.skip.invite.md', STOCK),
  ];
  write('people/notes.md', STOCK);
  // The walk goes in name order: once this one is published, every draft before it has been.
  const last = write('zz-last.invite.md', STOCK);

  const session = new LspSession();
  const { connection } = session;
  const seen = session.published;
  const published = (uri: string, accept?: (p: PublishDiagnosticsParams) => boolean) => session.diagnostics(uri, accept);
  const rules = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => d.code);
  const has = (rule: string) => (p: PublishDiagnosticsParams) => rules(p).includes(rule);
  const empty = (p: PublishDiagnosticsParams) => p.diagnostics.length === 0;
  const filesChanged = (...changes: [string, FileChangeType][]) =>
    connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: changes.map(([uri, type]) => ({ uri, type })) });

  let atStart: Promise<PublishDiagnosticsParams[]>;
  before(async () => {
    atStart = Promise.all([published(stock, has('stock-invite')), published(generic, has('generic-phrase')), published(last, has('stock-invite'))]);
    await session.initialize({}, [{ uri: pathToFileURL(folder).href, name: 'w' }]);
  });

  after(async () => {
    assert.equal(await session.close(), 0);
    rmSync(folder, { recursive: true, force: true });
  });

  it("publishes every closed draft's diagnostics at start, skipping node_modules, .gitignore'd folders and the config's ignores", async () => {
    await atStart;
    const uris = new Set(seen.map((p) => p.uri));
    for (const uri of skipped) assert.ok(!uris.has(uri), `${uri} is not linted`);
    assert.ok(![...uris].some((uri) => uri.endsWith('notes.md')), 'only *.invite.md files are drafts');
  });

  it('a settings change that touches only the typing hold (typingPauseMs) lints no closed draft again', async () => {
    await atStart;
    const before = seen.length;
    await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { inviteLint: { typingPauseMs: 2500 } } });
    // A file event after it, as a marker: had the settings started a rescan, drafts earlier in the walk would come first.
    const marker = published(last);
    await filesChanged([last, FileChangeType.Changed]);
    await marker;
    assert.deepEqual(seen.slice(before).map((p) => p.uri), [last]);
  });

  it('a package.json under node_modules changing (npm install) is no config change: no draft is linted again', async () => {
    const before = seen.length;
    const installed = write('node_modules/pkg/package.json', '{ "name": "pkg" }');
    await filesChanged([installed, FileChangeType.Created]);
    // A file event after it, as a marker: had it counted as a config change, a rescan would publish drafts first.
    const marker = published(last);
    await filesChanged([last, FileChangeType.Changed]);
    await marker;
    assert.deepEqual(seen.slice(before).map((p) => p.uri), [last]);
  });

  it('lints a draft created on disk, and again when it changes on disk', async () => {
    const uri = pathToFileURL(join(folder, 'new.invite.md')).href;
    const created = published(uri, has('stock-invite'));
    write('new.invite.md', STOCK);
    await filesChanged([uri, FileChangeType.Created]);
    await created;
    const changed = published(uri, (p) => has('generic-phrase')(p) && !has('stock-invite')(p));
    write('new.invite.md', GENERIC);
    await filesChanged([uri, FileChangeType.Changed]);
    await changed;
  });

  it("moves a renamed draft's diagnostics to its new name and clears a deleted draft's", async () => {
    const renamed = pathToFileURL(join(folder, 'people', 'dana-renamed.invite.md')).href;
    const cleared = published(stock, empty);
    const moved = published(renamed, has('stock-invite'));
    renameSync(join(folder, 'people', 'dana.invite.md'), join(folder, 'people', 'dana-renamed.invite.md'));
    await filesChanged([stock, FileChangeType.Deleted], [renamed, FileChangeType.Created]);
    await Promise.all([cleared, moved]);

    const deleted = published(renamed, empty);
    rmSync(join(folder, 'people', 'dana-renamed.invite.md'));
    await filesChanged([renamed, FileChangeType.Deleted]);
    await deleted;
  });

  it("an open draft is linted from the editor's text, not the disk; closed, it is linted from disk again", async () => {
    const fromEditor = published(generic, (p) => has('stock-invite')(p) && !has('generic-phrase')(p));
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: generic, languageId: 'invite', version: 1, text: STOCK } });
    await fromEditor;
    const fromDisk = published(generic, (p) => has('generic-phrase')(p) && !has('stock-invite')(p));
    await connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: generic } });
    await fromDisk;
  });

  it('inviteLint/drafts lists every draft with its state; a near-copy to someone else, written on disk, flags both as form letters', async () => {
    const drafts = (await connection.sendRequest('inviteLint/drafts', {})) as { uri: string; state: string; to?: string; used: number; limit?: number }[];
    const byUri = new Map(drafts.map((draft) => [draft.uri, draft]));
    assert.equal(byUri.get(generic)?.state, 'needs-work');
    assert.equal(byUri.get(generic)?.limit, 200);
    const letter = (name: string) => `---\nto: ${name}\nscenario: met-at-event\n---\n\nHi ${name},\n\nWe met at the Denver product meetup last Thursday. Your point that activation beats sign-ups stuck with me, and I have been rethinking our funnel since. I'd love to keep in touch.\n`;
    const first = write('letter-a.invite.md', letter('Priya'));
    const second = pathToFileURL(join(folder, 'letter-b.invite.md')).href;
    const firstFlagged = published(first, has('form-letter'));
    const secondFlagged = published(second, has('form-letter'));
    const changed = new Promise<void>((resolve) => connection.onNotification('inviteLint/draftsChanged', () => resolve()));
    await filesChanged([first, FileChangeType.Created]);
    write('letter-b.invite.md', letter('Dana'));
    await filesChanged([second, FileChangeType.Created]);
    // The first draft was linted before the second existed: it is re-published once the second arrives.
    await Promise.all([firstFlagged, secondFlagged, changed]);
    const cleared = published(first, (p) => !has('form-letter')(p));
    rmSync(join(folder, 'letter-b.invite.md'));
    await filesChanged([second, FileChangeType.Deleted]);
    await cleared;
  });

  it('inviteLint.workspaceDiagnostics off clears closed drafts\' diagnostics and keeps the open draft\'s; on again brings them back', async () => {
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: last, languageId: 'invite', version: 1, text: GENERIC } });
    const cleared = published(generic, empty);
    await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { inviteLint: { workspaceDiagnostics: false } } });
    await cleared;
    const afterOff = seen.length;
    // The open draft still gets diagnostics as it changes; a closed draft's file event is ignored.
    const stillLinted = published(last, has('stock-invite'));
    await connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: last } });
    await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: last, languageId: 'invite', version: 2, text: STOCK } });
    await stillLinted;
    assert.ok(!seen.slice(afterOff).some((p) => p.uri === generic), 'no closed draft is linted while the setting is off');

    const back = published(generic, has('generic-phrase'));
    await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { inviteLint: { workspaceDiagnostics: true } } });
    await back;
  });
});
