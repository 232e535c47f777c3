import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { DidChangeConfigurationNotification, DidChangeTextDocumentNotification, DidSaveTextDocumentNotification, HoverRequest, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { LspSession } from '../support/lspSession';

// Over the free account's 200-character limit, under Premium's 300: the account setting decides whether too-long fires.
const NOTE = `Hi Dana,\n\nWe met at PyCon. I'd love to hear more. ${'x'.repeat(225)}`;
const tooLong = (p: PublishDiagnosticsParams) => p.diagnostics.some((d) => d.code === 'too-long');

describe('language server settings per document in a multi-root workspace', () => {
  const session = new LspSession();
  const folders = { team: 'file:///work/team', solo: 'file:///work/solo' };
  const teamDraft = `${folders.team}/drafts/a.invite.md`;
  const soloDraft = `${folders.solo}/b.invite.md`;
  // Folder settings as VS Code resolves them for a scopeUri; the window's settings (no scope) say free.
  let accounts: Record<string, string> = { [folders.team]: 'premium', [folders.solo]: 'free' };
  session.answer = (item) => {
    const folder = Object.keys(accounts).find((root) => item.scopeUri?.startsWith(`${root}/`));
    return { account: folder ? accounts[folder] : 'free', rules: {} };
  };

  before(() =>
    session.initialize({ workspace: { configuration: true, workspaceFolders: true } }, [
      { uri: folders.team, name: 'team' },
      { uri: folders.solo, name: 'solo' },
    ]),
  );
  after(async () => assert.equal(await session.close(), 0));

  it("asks for each document's settings with its scopeUri and lints each folder's draft with its folder's answer", async () => {
    const team = await session.open(teamDraft, NOTE, (p) => !tooLong(p));
    const solo = await session.open(soloDraft, NOTE, tooLong);
    assert.equal(tooLong(team), false);
    assert.equal(tooLong(solo), true);
    const scopes = session.asked.map((item) => item.scopeUri);
    assert.ok(scopes.includes(teamDraft), `asked: ${scopes.join(', ')}`);
    assert.ok(scopes.includes(soloDraft), `asked: ${scopes.join(', ')}`);
  });

  it('asks once per folder: a second draft in a folder uses the cached answer', async () => {
    const asked = session.asked.length;
    const other = `${folders.team}/drafts/c.invite.md`;
    assert.equal(tooLong(await session.open(other, NOTE)), false);
    assert.equal(session.asked.filter((item) => item.scopeUri === other).length, 0);
    assert.equal(session.asked.length, asked);
  });

  it("asks every folder again on didChangeConfiguration and re-lints with each folder's new answer", async () => {
    accounts = { [folders.team]: 'free', [folders.solo]: 'premium' };
    const team = session.diagnostics(teamDraft, tooLong);
    const solo = session.diagnostics(soloDraft, (p) => !tooLong(p));
    await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await Promise.all([team, solo]);
  });
});

describe('inviteLint.run per folder (a resource setting): each folder lints on type or on save as its settings say', () => {
  const session = new LspSession();
  const folders = { saves: 'file:///work/saves', types: 'file:///work/types' };
  // The window's settings (no scope) say onType; only the folder `saves` says onSave.
  session.answer = (item) => ({ run: item.scopeUri?.startsWith(`${folders.saves}/`) ? 'onSave' : 'onType', holdWhileTyping: false, rules: {} });
  const TEXT = 'Hi Dana,\n\nWe met at PyCon Berlin and I enjoyed your talk on parsers.\n';
  const at = { line: 2, character: 0 };
  const edit = (uri: string) =>
    session.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: at, end: at }, text: 'I came across your profile. ' }] });

  before(() =>
    session.initialize({ workspace: { configuration: true, workspaceFolders: true } }, [
      { uri: folders.saves, name: 'saves' },
      { uri: folders.types, name: 'types' },
    ]),
  );
  after(async () => assert.equal(await session.close(), 0));

  it("waits for the save in the folder that says onSave, and lints as it changes in the other", async () => {
    const saves = `${folders.saves}/a.invite.md`;
    const types = `${folders.types}/b.invite.md`;
    // Linted first with the window's settings; its folder's answer (onSave) changes them, and it is linted again.
    await Promise.all([session.open(saves, TEXT), session.diagnostics(saves)]);
    await session.open(types, TEXT);
    const typed = session.diagnostics(types, (p) => p.version === 2);
    await edit(types);
    assert.ok((await typed).diagnostics.some((d) => d.code === 'generic-phrase'));
    await edit(saves);
    // Answered only after the edit was read: a lint on change would be published by now.
    await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: saves }, position: at });
    assert.ok(!session.published.some((p) => p.uri === saves && p.version === 2), 'nothing published for the unsaved edit');
    const saved = session.diagnostics(saves, (p) => p.version === 2);
    await session.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: saves } });
    assert.ok((await saved).diagnostics.some((d) => d.code === 'generic-phrase'));
  });
});
