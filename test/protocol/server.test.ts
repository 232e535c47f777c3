import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionRequest,
  CompletionRequest,
  ConfigurationRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type ClientCapabilities,
  type CodeAction,
  type CompletionItem,
  type Diagnostic,
  type MarkupContent,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type ShowMessageParams,
} from 'vscode-languageserver-protocol/node';
import { repoRoot } from '../support/paths';

const STOCK = "I'd like to add you to my professional network on LinkedIn.";

/** A real LSP client over stdio, talking to the bundled server the way an editor would. */
class Client {
  readonly process: ChildProcess;
  readonly connection: ProtocolConnection;
  private readonly diagnosticWaiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  readonly messages: ShowMessageParams[] = [];
  private readonly messageWaiters: ((message: ShowMessageParams) => void)[] = [];
  settings: unknown = undefined;
  private version = new Map<string, number>();

  constructor() {
    this.process = spawn(process.execPath, [join(repoRoot, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const index = this.diagnosticWaiters.findIndex((waiter) => waiter.uri === params.uri && waiter.accept(params));
      if (index >= 0) this.diagnosticWaiters.splice(index, 1)[0].resolve(params);
    });
    this.connection.onNotification(ShowMessageNotification.type, (params) => {
      this.messages.push(params);
      this.messageWaiters.splice(0).forEach((resolve) => resolve(params));
    });
    this.connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => this.settings));
    this.connection.listen();
  }

  async initialize(capabilities: ClientCapabilities, initializationOptions?: unknown): Promise<void> {
    await this.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities, initializationOptions });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  /** Resolves with the next diagnostics for `uri` that satisfy `accept` (by default, any). */
  diagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => this.diagnosticWaiters.push({ uri, accept, resolve }));
  }

  nextMessage(): Promise<ShowMessageParams> {
    return new Promise((resolve) => this.messageWaiters.push(resolve));
  }

  async open(uri: string, text: string): Promise<PublishDiagnosticsParams> {
    this.version.set(uri, 1);
    const published = this.diagnostics(uri, (p) => p.version === 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'invite', version: 1, text } });
    return published;
  }

  async change(uri: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }, text: string) {
    const version = this.version.get(uri)! + 1;
    this.version.set(uri, version);
    const published = this.diagnostics(uri, (p) => p.version === version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return published;
  }

  async close(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', resolve));
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}

const byRule = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code).sort();

describe('language server over stdio, with a client that sends no configuration', () => {
  let client: Client;
  const uri = 'file:///drafts/hello.invite.md';

  before(async () => {
    client = new Client();
    await client.initialize({ textDocument: { completion: { completionItem: { snippetSupport: true } } } }, { settings: { account: 'premium' } });
  });

  after(async () => {
    assert.equal(await client.close(), 0);
  });

  it('pushes diagnostics for an opened draft, with rule code, doc link and fix data', async () => {
    const { diagnostics } = await client.open(uri, `Hi Dana,\n\n${STOCK}\n`);
    assert.deepEqual(byRule(diagnostics), ['no-reason', 'no-shared-context', 'stock-invite']);
    const stock = diagnostics.find((d) => d.code === 'stock-invite')!;
    assert.deepEqual(stock.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 59 } });
    assert.equal(stock.severity, 1);
    assert.equal(stock.source, 'invite-lint');
    const doc = stock.codeDescription!.href;
    assert.ok(doc.endsWith('/docs/rules/stock-invite.md'), doc);
    assert.ok(existsSync(fileURLToPath(doc)), `${doc} exists`);
  });

  it('follows incremental edits', async () => {
    const { diagnostics } = await client.change(uri, { start: { line: 2, character: 0 }, end: { line: 2, character: 59 } }, "We met at the Denver product meetup. I'd love to hear how the launch went.");
    assert.deepEqual(byRule(diagnostics), []);
    const again = await client.change(uri, { start: { line: 2, character: 36 }, end: { line: 2, character: 36 } }, ' I came across your profile.');
    assert.deepEqual(byRule(again.diagnostics), ['generic-phrase']);
    assert.deepEqual(again.diagnostics[0].range.start, { line: 2, character: 39 });
  });

  it('uses initializationOptions.settings: Premium allows 300 characters', async () => {
    const body = `Hi Dana,\n\nWe met at PyCon. I'd love to hear more. ${'x'.repeat(225)}`;
    const { diagnostics } = await client.open('file:///drafts/long.invite.md', body);
    assert.deepEqual(byRule(diagnostics), []);
  });

  it('offers quick fixes as plain workspace edits to a client without the snippet command', async () => {
    const draftUri = 'file:///drafts/fixes.invite.md';
    const { diagnostics } = await client.open(draftUri, `---\ncontext: We met at the Denver product meetup\n---\nHi Dana,\n\nI'd love to trade notes on onboarding.\n`);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: draftUri },
      range: diagnostics[0].range,
      context: { diagnostics },
    })) as CodeAction[];
    assert.deepEqual(actions.map((a) => a.title), [
      'Insert the shared context from the front matter',
      'Disable no-shared-context for this line',
      'Disable no-shared-context for this file',
    ]);
    assert.equal(actions[0].isPreferred, true);
    assert.equal(actions[0].command, undefined);
    assert.deepEqual(actions[0].edit!.changes![draftUri], [
      { range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, newText: 'We met at the Denver product meetup. ' },
    ]);
    assert.deepEqual(actions[2].edit!.changes![draftUri][0].newText, '<!-- invite-lint-disable no-shared-context -->\n');
  });

  it('offers a fix-all source action with the safe fixes', async () => {
    const draftUri = 'file:///drafts/fixall.invite.md';
    await client.open(draftUri, `---\nto: Zoë\n---\nHi there,\n\nWe met at PyCon, {firstName}.\n`);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: draftUri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    })) as CodeAction[];
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.inviteLint');
    assert.deepEqual(actions[0].edit!.changes![draftUri].map((edit) => edit.newText), ['Hi Zoë', 'Zoë']);
  });

  it('completes scenario templates in an empty draft, with a preview', async () => {
    const draftUri = 'file:///drafts/empty.invite.md';
    await client.open(draftUri, '');
    const items = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: draftUri }, position: { line: 0, character: 0 } })) as CompletionItem[];
    const labels = items.map((item) => item.label);
    for (const scenario of ['met-at-event', 'former-colleague', 'stranger-shared-interest', 'read-their-work', 'follow-up', 'inmail']) assert.ok(labels.includes(scenario), scenario);
    assert.equal(items.length, 15, 'the 14 scenarios and the InMail template');
    const metAtEvent = items.find((item) => item.label === 'met-at-event')!;
    assert.equal(metAtEvent.insertTextFormat, 2);
    assert.match((metAtEvent.documentation as MarkupContent).value, /It was great meeting you at \[event\]/);
    assert.match((metAtEvent.textEdit as { newText: string }).newText, /^---\nto: "\$\{1:\[Name\]\}"/);
  });

  it('offers no templates once the draft has text', async () => {
    const draftUri = 'file:///drafts/started.invite.md';
    await client.open(draftUri, 'Hi Dana,\n\n');
    const items = await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: draftUri }, position: { line: 2, character: 0 } });
    assert.deepEqual(items, []);
  });

  it('completes front matter keys and values, and explains them on hover', async () => {
    const draftUri = 'file:///drafts/frontmatter.invite.md';
    const { diagnostics } = await client.open(draftUri, '---\nto: Priya\nkind: \n---\nHi Priya, we met at PyCon. I came across your profile.\n');
    assert.deepEqual(byRule(diagnostics), ['front-matter', 'generic-phrase', 'no-reason']);
    const keys = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: draftUri }, position: { line: 1, character: 0 } })) as CompletionItem[];
    assert.deepEqual(keys.map((item) => item.label), ['scenario', 'account', 'relationship', 'context']);
    const values = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: draftUri }, position: { line: 2, character: 6 } })) as CompletionItem[];
    assert.deepEqual(values.map((item) => item.label), ['invite', 'follow-up', 'inmail', 'message']);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: draftUri }, position: { line: 2, character: 1 } });
    assert.match((hover!.contents as MarkupContent).value, /\*\*kind\*\*: What you are writing/);
  });

  it('completes and explains the subject key on an InMail, flags it missing, and lints it at its place in the front matter', async () => {
    const draftUri = 'file:///drafts/inmail.invite.md';
    const body = "Hi Priya,\n\nI found you through your PGConf talk on partial indexes. I'm a DBA at a small logistics firm, and we hit the bloat you described. Could I ask how you sized the fill factor?\n";
    const opened = await client.open(draftUri, `---\nto: Priya\nkind: inmail\n\n---\n\n${body}`);
    const missing = opened.diagnostics.find((d) => d.code === 'front-matter')!;
    assert.match(missing.message, /An InMail needs a subject/);
    assert.deepEqual(missing.range, { start: { line: 2, character: 6 }, end: { line: 2, character: 12 } });
    const keys = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: draftUri }, position: { line: 3, character: 0 } })) as CompletionItem[];
    const subject = keys.find((item) => item.label === 'subject');
    assert.ok(subject, `subject offered; got ${keys.map((item) => item.label).join(', ')}`);
    assert.match((subject.documentation as MarkupContent).value, /InMail subject line.*up to 200 characters/);
    assert.equal((subject.textEdit as { newText: string }).newText, 'subject: $1');
    const typed = await client.change(draftUri, { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } }, 'subject: Quick question');
    const cliche = typed.diagnostics.find((d) => d.code === 'generic-phrase')!;
    assert.deepEqual(cliche.range, { start: { line: 3, character: 9 }, end: { line: 3, character: 23 } });
    assert.ok(!typed.diagnostics.some((d) => d.code === 'front-matter'), 'the subject is no longer missing');
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: draftUri }, position: { line: 3, character: 2 } });
    assert.match((hover!.contents as MarkupContent).value, /\*\*subject\*\*: The InMail subject line/);
    const summary = await client.connection.sendRequest('inviteLint/messageSummary', { uri: draftUri });
    assert.deepEqual(summary, { text: body.trim(), length: body.trim().length, limit: 1900, subject: { text: 'Quick question', length: 14, limit: 200 } });
  });

  it('answers inviteLint/messageSummary with the message as LinkedIn gets it', async () => {
    const draftUri = 'file:///drafts/summary.invite.md';
    await client.open(draftUri, '---\nto: Priya\n---\n<!-- private -->\nHi **Priya**,\r\n\r\nWe met at PyCon.\n');
    const summary = await client.connection.sendRequest('inviteLint/messageSummary', { uri: draftUri });
    assert.deepEqual(summary, { text: 'Hi Priya,\n\nWe met at PyCon.', length: 27, limit: 300 });
  });

  it('explains a diagnostic on hover', async () => {
    const draftUri = 'file:///drafts/hover.invite.md';
    await client.open(draftUri, `Hi Dana, we met at PyCon.\n${STOCK}`);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: draftUri }, position: { line: 1, character: 10 } });
    const value = (hover!.contents as MarkupContent).value;
    assert.match(value, /\*\*Why stock-invite:\*\*/);
    assert.match(value, /lazy and impersonal/);
    assert.match(value, /docs\/rules\/stock-invite\.md/);
  });
});

describe('language server with a client that pulls configuration (as VS Code does)', () => {
  let client: Client;
  const uri = 'file:///drafts/settings.invite.md';
  const note = `Hi Dana,\n\nWe met at PyCon. I'd love to hear more. ${'x'.repeat(225)}`;

  before(async () => {
    client = new Client();
    client.settings = { account: 'free', rules: {} };
    await client.initialize({ workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } } }, { snippetFixes: true });
  });

  after(async () => {
    assert.equal(await client.close(), 0);
  });

  it('re-lints open drafts at once when a setting changes', async () => {
    const opened = await client.open(uri, note);
    assert.deepEqual(byRule(opened.diagnostics), ['too-long']);
    client.settings = { account: 'premium', rules: { 'generic-phrase': 'off' } };
    const relinted = client.diagnostics(uri);
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    assert.deepEqual(byRule((await relinted).diagnostics), []);
  });

  it('shows one clear message for an invalid setting and uses the default', async () => {
    client.settings = { account: 'gold', rules: { 'stock-invite': 'loud' } };
    const message = client.nextMessage();
    const relinted = client.diagnostics(uri);
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const shown = await message;
    assert.equal(shown.type, 2);
    assert.match(shown.message, /inviteLint\.account must be one of "free", "premium", not "gold"; using "free"/);
    assert.match(shown.message, /inviteLint\.rules\["stock-invite"\]/);
    assert.deepEqual(byRule((await relinted).diagnostics), ['too-long']);
  });

  it('sends snippet fixes as the client command when the client has one', async () => {
    const draftUri = 'file:///drafts/snippet.invite.md';
    const { diagnostics } = await client.open(draftUri, `Hi Dana,\n\n${STOCK}\n`);
    const stock = diagnostics.find((d) => d.code === 'stock-invite')!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: draftUri }, range: stock.range, context: { diagnostics: [stock] } })) as CodeAction[];
    assert.equal(actions[0].title, 'Replace the stock line with a personal opener');
    assert.equal(actions[0].command!.command, 'inviteLint.applySnippetEdit');
    assert.deepEqual(actions[0].command!.arguments![1], stock.range);
    assert.match(actions[0].command!.arguments![2], /\$\{1:\[How you know or found them\]\}/);
  });
});
