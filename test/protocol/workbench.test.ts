import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeLensRequest,
  DidChangeWatchedFilesNotification,
  DidChangeWorkspaceFoldersNotification,
  DidOpenTextDocumentNotification,
  FileChangeType,
  type CodeLens,
  type PublishDiagnosticsParams,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { LspSession } from '../support/lspSession';
import { folderWith, writeInto } from '../support/files';

const READY = "---\nto: Priya Raman\nscenario: met-at-event\n---\n\nHi Priya,\n\nIt was great meeting you at the Denver product meetup last Thursday. Your point that activation beats sign-ups stuck with me, and I'd love to keep in touch.\n";
const FLAWED = "Hi Dana,\n\nI'd like to add you to my professional network on LinkedIn. I hope this message finds you well.\n";
const NOTE = (first: string) => `---\nto: ${first} Olsen\nscenario: met-at-event\n---\n\nHi ${first},\n\nGreat to meet you at KubeCon in Paris on Tuesday. Our chat about flaky integration tests made my week, and I'd love to stay in touch.\n`;

/** The local date `days` ago, as the server's follow-up-due counts it. */
function daysAgo(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() - days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
const ACCEPTED_5_DAYS_AGO = (first: string) => `---\nto: ${first} Berg\nscenario: met-at-event\nstatus: accepted\naccepted: ${daysAgo(5)}\n---\n\nHi ${first}, it was great meeting you at the Oslo data meetup on Monday. Your take on dbt tests stuck with me.\n`;

interface Overview {
  uri: string;
  state: string;
  to?: string;
}

/** A language server over the given workspace folders, with what it published and a way to wait for a publish. */
function startServer(folders: string[], initializationOptions?: unknown) {
  const session = new LspSession();
  // Resolves at once when the latest diagnostics already published for `uri` satisfy `accept`.
  const published = (uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true) => {
    const current = session.published.findLast((params) => params.uri === uri);
    return current && accept(current) ? Promise.resolve(current) : session.diagnostics(uri, accept);
  };
  return {
    connection: session.connection,
    published,
    start: () =>
      session.initialize(
        { workspace: { workspaceFolders: true } },
        folders.map((folder, index) => ({ uri: pathToFileURL(folder).href, name: `w${index}` })),
        initializationOptions,
      ),
    async stop() {
      assert.equal(await session.close(), 0);
    },
  };
}

function folderOf(files: Record<string, string>): { folder: string; uri: (name: string) => string; write: (name: string, text: string) => string } {
  const folder = folderWith('ls-workbench', files, { git: true });
  const write = (name: string, text: string) => pathToFileURL(writeInto(folder, name, text)).href;
  return { folder, uri: (name) => pathToFileURL(join(folder, name)).href, write };
}

const rules = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => d.code);
const has = (rule: string) => (p: PublishDiagnosticsParams) => rules(p).includes(rule);
const lacks = (rule: string) => (p: PublishDiagnosticsParams) => !rules(p).includes(rule);

describe('language server: the workbench requests (code lens, lifecycle edits, the Drafts view)', () => {
  const drafts = folderOf({ 'priya.invite.md': READY, 'dana.invite.md': FLAWED, 'zz-last.invite.md': ACCEPTED_5_DAYS_AGO('Zed') });
  const server = startServer([drafts.folder]);
  const open = async (name: string, text: string) => {
    const uri = drafts.uri(name);
    const linted = server.published(uri, (p) => p.version === 1);
    await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'invite', version: 1, text } });
    await linted;
    return uri;
  };
  const lenses = (uri: string) => server.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } }) as Promise<CodeLens[]>;

  before(async () => {
    await server.start();
    // The walk goes in name order: once the last draft is published, every draft before it has been.
    await server.published(drafts.uri('zz-last.invite.md'));
  });
  after(async () => {
    await server.stop();
    rmSync(drafts.folder, { recursive: true, force: true });
  });

  it('the code lens says "Ready to send · N/200 · Copy message" on a ready draft and runs Copy message', async () => {
    const [lens] = await lenses(await open('priya.invite.md', READY));
    assert.equal(lens.command?.title, '$(check) Ready to send · 167/200 · Copy message');
    assert.equal(lens.command?.command, 'inviteLint.copyMessage');
    assert.deepEqual(lens.range.start, { line: 0, character: 0 });
  });

  it('the code lens counts what to fix on a flawed draft and opens the Problems panel', async () => {
    const [lens] = await lenses(await open('dana.invite.md', FLAWED));
    assert.match(lens.command?.title ?? '', /^\$\(warning\) [2-9] things to fix · \d+\/200$/);
    assert.equal(lens.command?.command, 'workbench.actions.view.problems');
  });

  it('inviteLint/markStatus edits the front matter: status, the date and, when sent, the sent-digest; a malformed or impossible date gets null', async () => {
    const uri = drafts.uri('priya.invite.md');
    const edits = (await server.connection.sendRequest('inviteLint/markStatus', { uri, status: 'sent', today: '2026-11-20' })) as TextEdit[];
    const sent = TextDocument.applyEdits(TextDocument.create(uri, 'invite', 1, READY), edits);
    assert.match(sent, /^---\nto: Priya Raman\nscenario: met-at-event\nstatus: sent\nsent: 2026-11-20\nsent-digest: [0-9a-z]+\n---\n/);
    assert.ok(sent.endsWith(READY.slice(READY.indexOf('\n---\n') + 5)), 'the message itself is untouched');
    const accepted = TextDocument.applyEdits(
      TextDocument.create(uri, 'invite', 2, sent),
      (await server.connection.sendRequest('inviteLint/markStatus', { uri, status: 'accepted', today: '2026-11-22' })) as TextEdit[],
    );
    // The server edits the text it has (the editor's, version 1), so the accepted edit is checked on its own.
    assert.match(accepted, /status: accepted\n/);
    assert.match(accepted, /accepted: 2026-11-22\n/);
    for (const bad of [{ uri, status: 'lost', today: '2026-11-20' }, { uri, status: 'sent', today: '20/11/2026' }, { uri, status: 'sent', today: '2026-13-45' }, { uri, status: 'sent', today: '2026-02-30' }, { uri: drafts.uri('closed.invite.md'), status: 'sent', today: '2026-11-20' }, null]) {
      assert.equal(await server.connection.sendRequest('inviteLint/markStatus', bad), null, JSON.stringify(bad));
    }
  });

  it('inviteLint/followUpDraft returns a follow-up draft to the same person with the context carried over', async () => {
    const text = (await server.connection.sendRequest('inviteLint/followUpDraft', { uri: drafts.uri('priya.invite.md'), today: '2026-11-25' })) as string;
    assert.match(text, /^---\n(?:.*\n)*to: Priya Raman\n(?:.*\n)*kind: follow-up\n/);
    assert.match(text, /Priya/);
    assert.equal(await server.connection.sendRequest('inviteLint/followUpDraft', { uri: drafts.uri('priya.invite.md'), today: 'soon' }), null);
    // An impossible date is refused like a malformed one, not an internal error.
    assert.equal(await server.connection.sendRequest('inviteLint/followUpDraft', { uri: drafts.uri('priya.invite.md'), today: '2026-13-45' }), null);
  });

  it('inviteLint/drafts lists a draft created on disk once the file event is in, after inviteLint/draftsChanged', async () => {
    const uri = drafts.uri('omar.invite.md');
    const linted = server.published(uri);
    drafts.write('omar.invite.md', NOTE('Omar'));
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri, type: FileChangeType.Created }] });
    await linted;
    const changed = new Promise<void>((resolve) => server.connection.onNotification('inviteLint/draftsChanged', () => resolve()));
    await changed;
    const listed = (await server.connection.sendRequest('inviteLint/drafts', {})) as Overview[];
    assert.deepEqual(
      listed.map((draft) => [draft.uri.slice(draft.uri.lastIndexOf('/') + 1), draft.state]).sort(),
      [['dana.invite.md', 'needs-work'], ['omar.invite.md', 'ready'], ['priya.invite.md', 'ready'], ['zz-last.invite.md', 'follow-up-due']],
    );
  });

  it('the code lens on a replied draft is a label with no command (there is no next step to run)', async () => {
    const [lens] = await lenses(await open('replied.invite.md', READY.replace('scenario: met-at-event\n', 'scenario: met-at-event\nstatus: replied\n')));
    assert.equal(lens.command?.title, '$(comment-discussion) Replied');
    assert.equal(lens.command?.command, '');
  });
});

describe('language server: followUpDays from the settings and the config file, and workspace folders added or removed', () => {
  const configured = folderOf({ '.invite-lint.json': '{ "followUpDays": 7 }', 'ines.invite.md': ACCEPTED_5_DAYS_AGO('Ines') });
  const plain = folderOf({ 'ivar.invite.md': ACCEPTED_5_DAYS_AGO('Ivar') });
  const added = folderOf({ 'ada.invite.md': FLAWED.replace('Dana', 'Ada') });
  // No workspace/configuration: the settings come from initializationOptions, as other editors send them.
  const server = startServer([configured.folder, plain.folder], { settings: { followUpDays: 4 } });

  before(() => server.start());
  after(async () => {
    await server.stop();
    for (const { folder } of [configured, plain, added]) rmSync(folder, { recursive: true, force: true });
  });

  it("the settings' followUpDays applies (4 < 5 days: due), and a config file's wins over it (7: not yet)", async () => {
    await server.published(plain.uri('ivar.invite.md'), has('follow-up-due'));
    await server.published(configured.uri('ines.invite.md'), lacks('follow-up-due'));
  });

  it('a workspace folder added after start is linted; a removed one has its diagnostics cleared and leaves the Drafts view', async () => {
    const linted = server.published(added.uri('ada.invite.md'), has('stock-invite'));
    const cleared = server.published(plain.uri('ivar.invite.md'), (p) => p.diagnostics.length === 0);
    await server.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, {
      event: { added: [{ uri: pathToFileURL(added.folder).href, name: 'added' }], removed: [{ uri: pathToFileURL(plain.folder).href, name: 'w1' }] },
    });
    await Promise.all([linted, cleared]);
    const listed = ((await server.connection.sendRequest('inviteLint/drafts', {})) as Overview[]).map((draft) => draft.uri).sort();
    assert.deepEqual(listed, [added.uri('ada.invite.md'), configured.uri('ines.invite.md')].sort());
  });
});
