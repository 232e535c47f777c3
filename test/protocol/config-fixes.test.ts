import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionKind,
  CodeActionRequest,
  DidChangeWatchedFilesNotification,
  ExecuteCommandRequest,
  FileChangeType,
  type CodeAction,
  type CreateFile,
  type Diagnostic,
  type PublishDiagnosticsParams,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspSession } from '../support/lspSession';

const DRAFT = 'Hi Priya,\n\nI came across your profile. We met at the Denver meetup. Real synergy there. Your point on activation stuck with me.\n';
const generic = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.code === 'generic-phrase');

/** A workspace folder holding a repository and one draft. */
function workspace(): { folder: string; draftUri: string; configPath: string } {
  const folder = mkdtempSync(join(tmpdir(), 'invite-lint-config-fix-'));
  mkdirSync(join(folder, '.git'));
  mkdirSync(join(folder, 'drafts'));
  writeFileSync(join(folder, 'drafts', 'a.invite.md'), DRAFT);
  return { folder, draftUri: pathToFileURL(join(folder, 'drafts', 'a.invite.md')).href, configPath: join(folder, '.invite-lint.jsonc') };
}

function applyTextEdits(path: string, edits: TextEdit[]): void {
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  writeFileSync(path, TextDocument.applyEdits(TextDocument.create('file:///x', 'jsonc', 0, text), edits));
}

describe('server quick fixes that write the config file, for a client that can create files', () => {
  const { folder, draftUri, configPath } = workspace();
  const configUri = pathToFileURL(configPath).href;
  const session = new LspSession();
  let cameAcross: Diagnostic;

  before(async () => {
    await session.initialize(
      { workspace: { workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] }, didChangeWatchedFiles: { dynamicRegistration: true } } },
      [{ uri: pathToFileURL(folder).href, name: 'w' }],
    );
    cameAcross = generic(await session.open(draftUri, DRAFT))[0];
  });
  after(async () => assert.equal(await session.close(), 0));

  it('asks the client to watch the config files, so that an applied fix re-lints the draft', () => {
    assert.deepEqual(
      session.registrations.map((registration) => [registration.method, registration.registerOptions]),
      [['workspace/didChangeWatchedFiles', { watchers: [{ globPattern: '**/{.invite-lint.json,.invite-lint.jsonc,package.json}' }] }]],
    );
  });

  it("offers \"Allow 'PHRASE' in this project\" on a generic-phrase hit: a CreateFile and the new file's text when there is no config file", async () => {
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: draftUri }, range: cameAcross.range, context: { diagnostics: [cameAcross] } })) as CodeAction[];
    const allow = actions.find((action) => action.title.startsWith('Allow'))!;
    assert.equal(allow.title, "Allow 'came across your profile' in this project (.invite-lint.jsonc)");
    assert.equal(allow.kind, CodeActionKind.QuickFix);
    assert.deepEqual(allow.diagnostics?.map((d) => d.code), ['generic-phrase']);
    const [create, edit] = allow.edit!.documentChanges! as [CreateFile, TextDocumentEdit];
    assert.deepEqual(create, { kind: 'create', uri: configUri });
    assert.deepEqual(edit.textDocument, { uri: configUri, version: null });
    // The client applies it: creates the file, writes the text, and reports the change it watches for.
    applyTextEdits(configPath, edit.edits);
    assert.deepEqual(JSON.parse(readFileSync(configPath, 'utf8').replace(/^\/\/.*\n/, '')), { phrases: { allow: ['came across your profile'] } });
    const relinted = session.diagnostics(draftUri, (p) => generic(p).length === 0);
    await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Created }] });
    await relinted;
  });

  it("offers \"Flag 'SELECTION' as a cliché\" on a selection, as a text edit of the existing file that keeps its comment", async () => {
    const document = TextDocument.create(draftUri, 'invite', 1, DRAFT);
    const start = DRAFT.indexOf('synergy');
    const range = { start: document.positionAt(start), end: document.positionAt(start + 'synergy'.length) };
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: draftUri }, range, context: { diagnostics: [] } })) as CodeAction[];
    const flag = actions.find((action) => action.title.startsWith('Flag'))!;
    assert.equal(flag.title, "Flag 'synergy' as a cliché (.invite-lint.jsonc)");
    assert.equal(flag.kind, CodeActionKind.RefactorRewrite);
    const [edit] = flag.edit!.documentChanges! as [TextDocumentEdit];
    assert.deepEqual(edit.textDocument, { uri: configUri, version: null });
    applyTextEdits(configPath, edit.edits);
    const text = readFileSync(configPath, 'utf8');
    assert.match(text, /^\/\/ invite-lint project config/);
    const relinted = session.diagnostics(draftUri, (p) => generic(p).some((d) => d.message.includes('"synergy" is on your team\'s list')));
    await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: FileChangeType.Changed }] });
    await relinted;
  });

  it('offers no config fix for an empty selection or one that is no phrase, and none when only quick fixes are asked for', async () => {
    const ask = async (range: { start: { line: number; character: number }; end: { line: number; character: number } }, only?: string[]) =>
      ((await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: draftUri }, range, context: { diagnostics: [], only } })) as CodeAction[]).map((a) => a.title);
    assert.deepEqual(await ask({ start: { line: 2, character: 3 }, end: { line: 2, character: 3 } }), []);
    assert.deepEqual(await ask({ start: { line: 2, character: 26 }, end: { line: 2, character: 28 } }), []);
    assert.deepEqual(await ask({ start: { line: 2, character: 2 }, end: { line: 2, character: 7 } }, [CodeActionKind.QuickFix]), []);
  });
});

describe('server quick fixes that write the config file, for a client that cannot create files', () => {
  const { folder, draftUri, configPath } = workspace();
  const session = new LspSession();

  before(() => session.initialize({ workspace: { workspaceEdit: { documentChanges: false } } }, [{ uri: pathToFileURL(folder).href, name: 'w' }]));
  after(async () => assert.equal(await session.close(), 0));

  it('creates the file through a server command instead, and re-lints the draft itself', async () => {
    const [hit] = generic(await session.open(draftUri, DRAFT));
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: draftUri }, range: hit.range, context: { diagnostics: [hit] } })) as CodeAction[];
    const allow = actions.find((action) => action.title.startsWith('Allow'))!;
    assert.equal(allow.edit, undefined);
    assert.equal(allow.command!.command, 'inviteLint.createConfigFile');
    assert.equal(fileURLToPath(allow.command!.arguments![0]), configPath);
    const relinted = session.diagnostics(draftUri, (p) => generic(p).length === 0);
    await session.connection.sendRequest(ExecuteCommandRequest.type, { command: allow.command!.command, arguments: allow.command!.arguments });
    await relinted;
    assert.match(readFileSync(configPath, 'utf8'), /"came across your profile"/);
  });

  it('edits an existing file through `changes`, and the command never writes over a file or outside .invite-lint.jsonc', async () => {
    const document = TextDocument.create(draftUri, 'invite', 1, DRAFT);
    const start = DRAFT.indexOf('synergy');
    const range = { start: document.positionAt(start), end: document.positionAt(start + 7) };
    const [flag] = (await session.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: draftUri }, range, context: { diagnostics: [] } })) as CodeAction[];
    assert.deepEqual(Object.keys(flag.edit!.changes!), [pathToFileURL(configPath).href]);
    const before = readFileSync(configPath, 'utf8');
    await session.connection.sendRequest(ExecuteCommandRequest.type, { command: 'inviteLint.createConfigFile', arguments: [pathToFileURL(configPath).href, '{}'] });
    await session.connection.sendRequest(ExecuteCommandRequest.type, { command: 'inviteLint.createConfigFile', arguments: [pathToFileURL(join(folder, 'evil.sh')).href, 'x'] });
    assert.equal(readFileSync(configPath, 'utf8'), before);
    assert.equal(existsSync(join(folder, 'evil.sh')), false);
  });
});
