import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import {
  CodeActionRequest,
  CodeLensRefreshRequest,
  CodeLensRequest,
  CompletionRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  HoverRequest,
  LogMessageNotification,
  ShowMessageNotification,
  type CodeAction,
  type CodeLens,
  type CompletionItem,
  type ConfigurationItem,
  type Diagnostic,
  type LogMessageParams,
  type MarkupContent,
  type PublishDiagnosticsParams,
  type Range,
  type ShowMessageParams,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LspSession } from '../support/lspSession';

const STOCK = "I'd like to add you to my professional network on LinkedIn.";

/** A real LSP client over stdio, talking to the bundled server the way an editor would, that also follows its messages and logs. */
class Client extends LspSession {
  readonly messages: ShowMessageParams[] = [];
  private readonly messageWaiters: ((message: ShowMessageParams) => void)[] = [];
  private readonly logWaiters: { accept: (log: LogMessageParams) => boolean; resolve: (log: LogMessageParams) => void }[] = [];
  settings: unknown = undefined;
  /** A client that advertises workspace/configuration but never answers it. */
  answersConfiguration = true;
  /** When set (and `answersConfiguration` is off), configuration requests are answered once this settles. */
  lateAnswer?: Promise<void>;
  private version = new Map<string, number>();

  constructor(env: Record<string, string> = {}) {
    super(undefined, env);
    this.connection.onNotification(ShowMessageNotification.type, (params) => {
      this.messages.push(params);
      this.messageWaiters.splice(0).forEach((resolve) => resolve(params));
    });
    this.connection.onNotification(LogMessageNotification.type, (params) => {
      const index = this.logWaiters.findIndex((waiter) => waiter.accept(params));
      if (index >= 0) this.logWaiters.splice(index, 1)[0].resolve(params);
    });
  }

  protected override configuration(items: ConfigurationItem[]): unknown[] | Promise<unknown[]> {
    if (this.answersConfiguration) return items.map(() => this.settings);
    return this.lateAnswer ? this.lateAnswer.then(() => items.map(() => this.settings)) : new Promise<never>(() => undefined);
  }

  /** Resolves with the next window/logMessage whose text matches `pattern`. */
  nextLog(pattern: RegExp): Promise<LogMessageParams> {
    return new Promise((resolve) => this.logWaiters.push({ accept: (log) => pattern.test(log.message), resolve }));
  }

  nextMessage(): Promise<ShowMessageParams> {
    return new Promise((resolve) => this.messageWaiters.push(resolve));
  }

  override open(uri: string, text: string): Promise<PublishDiagnosticsParams> {
    this.version.set(uri, 1);
    return super.open(uri, text, (p) => p.version === 1);
  }

  async change(uri: string, range: Range, text: string) {
    const version = this.version.get(uri)! + 1;
    this.version.set(uri, version);
    const published = this.diagnostics(uri, (p) => p.version === version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    return published;
  }

  /**
   * Sends one didChange per text, back to back in a single write (as a client that batches keystrokes does), and
   * resolves with the diagnostics published for the last version. `between` are other messages, written after each
   * edit.
   */
  changeInOneWrite(uri: string, range: Range, texts: string[], between: object[] = []): Promise<PublishDiagnosticsParams> {
    const first = this.version.get(uri)! + 1;
    const last = first + texts.length - 1;
    this.version.set(uri, last);
    const published = this.diagnostics(uri, (p) => p.version === last);
    const frame = (message: object) => {
      const body = JSON.stringify({ jsonrpc: '2.0', ...message });
      return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    };
    const frames = texts.flatMap((text, index) => [
      frame({ method: DidChangeTextDocumentNotification.method, params: { textDocument: { uri, version: first + index }, contentChanges: [{ range, text }] } }),
      ...between.map(frame),
    ]);
    this.process.stdin!.write(frames.join(''));
    return published;
  }

  /**
   * Sends one didChange per text, each in a write of its own once the one before has been flushed and a few turns
   * have passed, as a busy client writes a burst of edits: the server sees them over many turns of its event loop.
   * Resolves with the diagnostics published for the last version.
   */
  async changeWriteByWrite(uri: string, range: Range, texts: string[]): Promise<PublishDiagnosticsParams> {
    const first = this.version.get(uri)! + 1;
    this.version.set(uri, first + texts.length - 1);
    const published = this.diagnostics(uri, (p) => p.version === first + texts.length - 1);
    for (const [index, text] of texts.entries()) {
      const body = JSON.stringify({ jsonrpc: '2.0', method: DidChangeTextDocumentNotification.method, params: { textDocument: { uri, version: first + index }, contentChanges: [{ range, text }] } });
      await new Promise((resolve) => this.process.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`, resolve));
      // A client busy with other work between edits: a few turns of its own event loop.
      for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve));
    }
    return published;
  }

}

const byRule = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code).sort();

describe('language server over stdio, with a client that sends no configuration', () => {
  let client: Client;
  const uri = 'file:///drafts/hello.invite.md';

  before(async () => {
    client = new Client();
    await client.initialize({ textDocument: { completion: { completionItem: { snippetSupport: true } } } }, null, { settings: { account: 'premium' } });
  });

  after(async () => {
    assert.equal(await client.close(), 0);
  });

  it('pushes diagnostics for an opened draft, with rule code and doc link', async () => {
    const { diagnostics } = await client.open(uri, `Hi Dana,\n\n${STOCK}\n`);
    assert.deepEqual(byRule(diagnostics), ['no-reason', 'no-self-intro', 'no-shared-context', 'stock-invite']);
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
    const opened = await client.open(draftUri, `---\ncontext: We met at the Denver product meetup\n---\nHi Dana,\n\nI'd love to trade notes on onboarding.\n`);
    const diagnostics = opened.diagnostics.filter((d) => d.code === 'no-shared-context');
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

  it('orders the quick-fix menu: real fixes first and preferred, then one suppression per reach naming every rule, never preferred', async () => {
    const draftUri = 'file:///drafts/menu.invite.md';
    const { diagnostics } = await client.open(draftUri, `---\nto: Dana\nrelationship: stranger\n---\nHi Dana,\n\nI'd like to add you to my professional network on LinkedIn.\n`);
    const onLine = diagnostics.filter((d) => d.range.start.line === 6);
    assert.ok(onLine.length >= 3, onLine.map((d) => d.code).join(', '));
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: draftUri }, range: onLine[0].range, context: { diagnostics: onLine } })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.equal(titles[0], 'Replace the stock line with a personal opener');
    assert.equal(actions[0].isPreferred, true);
    const firstDisable = titles.findIndex((title) => title.startsWith('Disable '));
    assert.ok(titles.slice(0, firstDisable).every((title) => !title.startsWith('Disable ')), titles.join(' | '));
    assert.ok(titles.slice(firstDisable).every((title) => title.startsWith('Disable ')), titles.join(' | '));
    assert.ok(actions.slice(firstDisable).every((action) => !action.isPreferred));
    assert.equal(new Set(titles).size, titles.length, 'no entry twice');
    const rules = onLine.map((d) => d.code).join(', ');
    assert.deepEqual(titles.slice(firstDisable), [`Disable ${rules} for this line`, `Disable ${rules} for this file`]);
    assert.equal(actions[firstDisable].diagnostics?.length, onLine.length, 'the line suppression answers every diagnostic of the line');
    assert.deepEqual(actions[firstDisable].edit!.changes![draftUri].map((edit) => edit.newText), [`<!-- invite-lint-disable-line ${rules.replace(/, /g, ' ')} -->`]);
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
    for (const title of ['Met at an event', 'Former colleague', 'Read their work', 'InMail']) assert.ok(labels.some((label) => label.startsWith(title)), `${title}; got ${labels.join(', ')}`);
    assert.equal(items.length, 15, 'the 14 scenarios and the InMail template');
    const metAtEvent = items.find((item) => item.label === 'Met at an event')!;
    assert.match(metAtEvent.filterText ?? '', /^met-at-event /, 'typing the id still finds it');
    assert.match(metAtEvent.detail ?? '', /^Names the event and when/);
    assert.equal(metAtEvent.insertTextFormat, 2);
    assert.match((metAtEvent.documentation as MarkupContent).value, /It was great meeting you at \\\[event\\\]/);
    assert.match((metAtEvent.documentation as MarkupContent).value, /^```yaml\n---\nto: "\[Name\]"\nscenario: met-at-event\n/, 'the front matter it inserts comes first');
    assert.match((metAtEvent.textEdit as { newText: string }).newText, /^---\nto: "\$\{1:\[Name\]\}"/);
  });

  it('completes front matter keys under an opening --- that is not closed yet', async () => {
    const draftUri = 'file:///drafts/unclosed.invite.md';
    await client.open(draftUri, '---\nto: Priya\n');
    const items = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: draftUri }, position: { line: 2, character: 0 } })) as CompletionItem[];
    const labels = items.map((item) => item.label);
    for (const key of ['scenario', 'kind', 'context']) assert.ok(labels.includes(key), `${key}; got ${labels.join(', ')}`);
    assert.ok(!labels.includes('to'), 'a key already given is not offered again');
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
    // "we met at PyCon" makes the meeting the reason to connect; the cliché is generic-phrase's.
    assert.deepEqual(byRule(diagnostics), ['front-matter', 'generic-phrase']);
    const keys = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: draftUri }, position: { line: 1, character: 0 } })) as CompletionItem[];
    assert.deepEqual(keys.map((item) => item.label), ['scenario', 'account', 'relationship', 'context', 'status', 'sent', 'accepted']);
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
    await client.initialize({ workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } } }, null, { snippetFixes: true });
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

describe('language server with a client that advertises workspace/configuration but never answers', () => {
  let client: Client;
  const uri = 'file:///drafts/unanswered.invite.md';

  before(async () => {
    // The server's wait for an answer, shortened from seconds so the test does not sit through it.
    client = new Client({ INVITE_LINT_CONFIGURATION_TIMEOUT_MS: '200' });
    client.answersConfiguration = false;
    await client.initialize({ workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } } }, null);
  });

  after(async () => {
    assert.equal(await client.close(), 0);
  });

  it('lints at once with the defaults, logs that the settings never came, and takes pushed settings', async () => {
    const gaveUp = client.nextLog(/did not answer workspace\/configuration within 0\.2 s/);
    const opened = await client.open(uri, `Hi Dana,\n\nWe met at PyCon. I'd love to hear more. ${'x'.repeat(225)}`);
    assert.deepEqual(byRule(opened.diagnostics), ['too-long']);
    await gaveUp;
    const relinted = client.diagnostics(uri);
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { inviteLint: { account: 'premium' } } });
    assert.deepEqual(byRule((await relinted).diagnostics), []);
  });
});

describe('language server with a client that answers workspace/configuration after the timeout', () => {
  let client: Client;
  let answer = () => {};

  before(async () => {
    client = new Client({ INVITE_LINT_CONFIGURATION_TIMEOUT_MS: '200' });
    client.answersConfiguration = false;
    client.lateAnswer = new Promise((resolve) => (answer = resolve));
    client.settings = { account: 'premium' };
    await client.initialize({ workspace: { configuration: true } }, null);
  });

  after(async () => {
    assert.equal(await client.close(), 0);
  });

  it('lints with the defaults meanwhile and applies the late answer when it comes', async () => {
    const uri = 'file:///drafts/late-settings.invite.md';
    const gaveUp = client.nextLog(/did not answer workspace\/configuration within 0\.2 s/);
    const opened = await client.open(uri, `Hi Dana,\n\nWe met at PyCon. I'd love to hear more. ${'x'.repeat(225)}`);
    assert.deepEqual(byRule(opened.diagnostics), ['too-long']);
    await gaveUp;
    const relinted = client.diagnostics(uri);
    answer();
    assert.deepEqual(byRule((await relinted).diagnostics), []);
  });
});

describe('language server with a sloppy or hostile client', () => {
  let client: Client;

  before(async () => {
    client = new Client();
    await client.initialize({}, null, { lintingNotifications: true });
  });

  after(async () => {
    assert.equal(await client.close(), 0);
  });

  it('lints only the latest version when didChange notifications come back to back', async () => {
    const uri = 'file:///drafts/burst.invite.md';
    await client.open(uri, `Hi Dana,\n\nWe met at PyCon. ${"I'd love to hear how the launch went. ".repeat(1500)}\n`);
    const last = await client.changeInOneWrite(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [...'abcdefghij']);
    assert.equal(last.version, 11);
    const lintedVersions = client.published.filter((p) => p.uri === uri && p.version! > 1).map((p) => p.version);
    assert.ok(lintedVersions.length <= 2, `published versions ${lintedVersions.join(', ')}`);
    assert.equal(lintedVersions.at(-1), 11);
  });

  it('lints a burst of edits written one by one at most twice, the last version last', async () => {
    const uri = 'file:///drafts/burst-write-by-write.invite.md';
    await client.open(uri, 'Hi Dana,\n\nWe met at PyCon.\n');
    const last = await client.changeWriteByWrite(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [...'abcdefghij']);
    assert.equal(last.version, 11);
    const lintedVersions = client.published.filter((p) => p.uri === uri && p.version! > 1).map((p) => p.version);
    assert.ok(lintedVersions.length <= 2, `published versions ${lintedVersions.join(', ')}`);
    assert.equal(lintedVersions.at(-1), 11);
  });

  it('lints a burst of edits once when $/setTrace and other notifications come between them', async () => {
    const uri = 'file:///drafts/burst-with-trace.invite.md';
    await client.open(uri, `Hi Dana,\n\nWe met at PyCon. ${"I'd love to hear how the launch went. ".repeat(1500)}\n`);
    // Linting a long draft in between puts the burst well after the first draft's last lint, so that only reading
    // every queued message, not the burst window, keeps it to one lint.
    await client.open('file:///drafts/long-in-between.invite.md', `Hi Dana,\n\n${"I'd love to hear how the launch went. ".repeat(20_000)}\n`);
    const between = [
      { method: '$/setTrace', params: { value: 'off' } },
      { method: '$/cancelRequest', params: { id: 999_999 } },
      { method: 'workspace/didChangeWatchedFiles', params: { changes: [] } },
    ];
    const last = await client.changeInOneWrite(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [...'abcdefghij'], between);
    assert.equal(last.version, 11);
    const lintedVersions = client.published.filter((p) => p.uri === uri && p.version! > 1).map((p) => p.version);
    assert.deepEqual(lintedVersions, [11]);
  });

  it('lints once for a burst of keystrokes with a quick-fix and a summary request after each one', async () => {
    const uri = 'file:///drafts/typing.invite.md';
    await client.open(uri, `Hi Dana,\n\nI came across your profile. ${"I'd love to hear how the launch went. ".repeat(20_000)}\n`);
    const start = { line: 0, character: 0 };
    const fixAllAnswers: Promise<unknown>[] = [];
    let last = 1;
    for (const key of 'abcdefghij') {
      last++;
      void client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: last }, contentChanges: [{ range: { start, end: start }, text: key }] });
      fixAllAnswers.push(client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start, end: start }, context: { diagnostics: [], only: ['source.fixAll.inviteLint'] } }));
      void client.connection.sendRequest('inviteLint/messageSummary', { uri, text: false });
    }
    const published = await client.diagnostics(uri, (p) => p.version === last);
    assert.ok(published.diagnostics.length > 0);
    // A request about a version that newer edits have replaced is answered with nothing rather than linted.
    const answered = (await Promise.all(fixAllAnswers)).filter((actions) => (actions as CodeAction[]).length > 0);
    assert.ok(answered.length <= 2, `${answered.length} of 10 quick-fix requests linted`);
    const lintedVersions = client.published.filter((p) => p.uri === uri && p.version! > 1).map((p) => p.version);
    assert.deepEqual(lintedVersions, [last]);
  });

  it('clamps a change whose range lies past the end of the document, and positions in requests', async () => {
    const uri = 'file:///drafts/past-the-end.invite.md';
    const text = 'Hi Dana,\n\nWe met at PyCon.\n';
    await client.open(uri, text);
    const appended = ` I came across your profile.\n${STOCK}\n`;
    await client.change(uri, { start: { line: 7, character: 40 }, end: { line: 9, character: 3 } }, appended);
    // A second, in-range edit goes through the line table the first one would have broken.
    const { diagnostics } = await client.change(uri, { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, 'Truly, ');
    const expected = `${text}${appended}`.replace(STOCK, `Truly, ${STOCK}`);
    const fresh = await client.open('file:///drafts/past-the-end-fresh.invite.md', expected);
    assert.deepEqual(diagnostics, fresh.diagnostics);
    const lines = expected.split('\n');
    for (const { range } of diagnostics) {
      for (const { line, character } of [range.start, range.end]) {
        assert.ok(Number.isInteger(line) && Number.isInteger(character), JSON.stringify(range));
        assert.ok(line < lines.length && character <= lines[line].length, JSON.stringify(range));
      }
    }
    const outside = [{ line: 99, character: 99 }, { line: -3, character: -1 }, { line: 1.5, character: 1e12 }];
    for (const position of outside) {
      await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
      await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
      await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } });
    }
  });

  it('sends fix-all edits that TextDocument.applyEdits accepts: an insert and a replace at one start become one edit', async () => {
    const drafts = [
      `---\nto: Zoë\n---\n{firstName}, we met at PyCon.\n`,
      `---\nto: Zoë\n---\n{firstName}, we met at PyCon, [Company]. I came across your profile.\n`,
      `---\nto: Zoë\n---\nHi there, I came across your profile.\n`,
    ];
    for (const [index, text] of drafts.entries()) {
      const uri = `file:///drafts/fix-all-${index}.invite.md`;
      const before = await client.open(uri, text);
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll.inviteLint'] },
      })) as CodeAction[];
      const edits = actions[0].edit!.changes![uri];
      const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'invite', 1, text), edits);
      const after = await client.open(`file:///drafts/fix-all-${index}-fixed.invite.md`, fixed);
      assert.ok(after.diagnostics.length < before.diagnostics.length, `${JSON.stringify(fixed)}: ${byRule(after.diagnostics)}`);
    }
  });

  it('builds quick fixes from its own lint result: diagnostic.data is ignored, forged diagnostics get nothing', async () => {
    const uri = 'file:///drafts/forged.invite.md';
    const { diagnostics } = await client.open(uri, `Hi Dana,\n\n${STOCK}\n`);
    const stock = diagnostics.find((d) => d.code === 'stock-invite')!;
    const hugeFix = { title: 'Injected', edits: [{ range: stock.range, newText: 'x'.repeat(10_000) }] };
    const bloated = { ...stock, data: { fixes: Array.from({ length: 1000 }, () => hugeFix) } };
    const forged = [{ ...stock, code: 'no-such-rule' }, { ...stock, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }, null, 'text'];
    const response = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: stock.range,
      context: { diagnostics: [bloated, ...Array.from({ length: 500 }, () => stock), ...forged] as Diagnostic[] },
    });
    const actions = response as CodeAction[];
    assert.deepEqual(actions.map((action) => action.title), [
      'Replace the stock line with a personal opener',
      'Disable stock-invite for this line',
      'Disable stock-invite for this file',
    ]);
    assert.ok(JSON.stringify(actions).length < 5_000, `response of ${JSON.stringify(actions).length} characters`);
    assert.equal(actions[0].diagnostics![0].data, undefined);
  });

  it('answers quick fixes for at most 50 diagnostics per request', async () => {
    const uri = 'file:///drafts/many.invite.md';
    const { diagnostics } = await client.open(uri, `---\nkind: message\n---\nHi Dana,\n\nWe met at PyCon. ${'I came across your profile. '.repeat(80)}\n`);
    assert.ok(diagnostics.length > 50, `${diagnostics.length} diagnostics`);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 9, character: 0 } },
      context: { diagnostics },
    })) as CodeAction[];
    assert.equal(new Set(actions.flatMap((action) => (action.diagnostics ?? []).map((d) => JSON.stringify(d)))).size, 50);
  });

  it('reports 100,000 unknown rule names in one short message', async () => {
    const rules = Object.fromEntries(Array.from({ length: 100_000 }, (_, index) => [`made-up-rule-${index}`, 'off']));
    const message = client.nextMessage();
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { inviteLint: { rules } } });
    const shown = await message;
    assert.ok(shown.message.length < 2_000, `${shown.message.length} characters`);
    assert.match(shown.message, /unknown rule "made-up-rule-0"/);
    assert.match(shown.message, /99,997 more problems in the inviteLint settings/);
  });

  it('tells a client that asks which draft it is linting, before it starts and once it has published', async () => {
    const uri = 'file:///drafts/announced.invite.md';
    const events: string[] = [];
    const listener = client.connection.onNotification('inviteLint/linting', (params: { uri: string | null }) => events.push(`linting ${params.uri}`));
    const published = client.diagnostics(uri);
    const announced = client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'invite', version: 1, text: 'Hi Dana,\n' } });
    await announced;
    await published;
    events.push('published');
    // The closing notification follows the publish on the wire; a round trip makes sure it has been read.
    await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } });
    listener.dispose();
    assert.deepEqual(events, [`linting ${uri}`, 'published', 'linting null']);
  });
});

describe('quiet while typing: absence rules wait for a pause or a finished draft, presence rules do not', () => {
  const start = { line: 0, character: 0 };
  const absence = ['no-greeting', 'no-reason', 'no-shared-context'];
  const started: Client[] = [];
  const clientWith = async (settings: Record<string, unknown>) => {
    const client = new Client();
    client.settings = settings;
    started.push(client);
    await client.initialize({}, null, { settings });
    return client;
  };
  after(async () => {
    for (const client of started) assert.equal(await client.close(), 0);
  });

  it('holds absence rules while the writer types and shows them once the writer pauses', async () => {
    const client = await clientWith({ holdWhileTyping: true, typingPauseMs: 200 });
    const uri = 'file:///drafts/typing.invite.md';
    await client.open(uri, '');
    const typed = await client.change(uri, { start, end: start }, 'I came across your profile');
    assert.deepEqual(byRule(typed.diagnostics), ['generic-phrase'], 'the cliché at once, nothing about what is missing yet');
    const paused = await client.diagnostics(uri, (p) => p.version === 2 && p.diagnostics.length > 1);
    for (const rule of absence) assert.ok(byRule(paused.diagnostics).includes(rule), `${rule} after the pause`);
  });

  it('shows absence rules without waiting when the draft looks finished', async () => {
    const client = await clientWith({ holdWhileTyping: true, typingPauseMs: 60_000 });
    const uri = 'file:///drafts/finished.invite.md';
    await client.open(uri, '');
    const unfinished = await client.change(uri, { start, end: start }, 'I have been thinking about how teams handle on-call rotations');
    assert.deepEqual(byRule(unfinished.diagnostics), []);
    const end = { line: 0, character: 'I have been thinking about how teams handle on-call rotations'.length };
    const finished = await client.change(uri, { start: end, end }, ' and wanted to ask you about it.');
    for (const rule of absence) assert.ok(byRule(finished.diagnostics).includes(rule), `${rule} once the note ends a sentence`);
  });

  it('keeps what is already shown while the writer types, so nothing flickers', async () => {
    const client = await clientWith({ holdWhileTyping: true, typingPauseMs: 60_000 });
    const uri = 'file:///drafts/shown.invite.md';
    const opened = await client.open(uri, 'I came across your profile.');
    assert.ok(byRule(opened.diagnostics).includes('no-greeting'), 'an opened draft is shown whole');
    const typed = await client.change(uri, { start, end: start }, 'So ');
    assert.ok(byRule(typed.diagnostics).includes('no-greeting'));
  });

  it('counts in the code lens only the problems the editor shows, and has the lens asked for again when the hold lets go', async () => {
    const client = new Client();
    const settings = { holdWhileTyping: true, typingPauseMs: 1500 };
    client.settings = settings;
    started.push(client);
    let refreshed!: () => void;
    const refresh = new Promise<void>((resolve) => (refreshed = resolve));
    client.connection.onRequest(CodeLensRefreshRequest.type, () => refreshed());
    await client.initialize({ workspace: { codeLens: { refreshSupport: true } } }, null, { settings });
    const uri = 'file:///drafts/lens-while-typing.invite.md';
    await client.open(uri, '');
    const lens = async () => ((await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) as CodeLens[])[0].command!.title;
    const toFix = (p: PublishDiagnosticsParams) => p.diagnostics.filter((d) => d.severity === 1 || d.severity === 2).length;
    const typed = await client.change(uri, { start, end: start }, 'I came across your profile');
    assert.deepEqual(byRule(typed.diagnostics), ['generic-phrase']);
    assert.match(await lens(), /^\$\(warning\) 1 thing to fix · /, 'the lens counts the one problem on screen');
    const paused = client.diagnostics(uri, (p) => p.version === 2 && p.diagnostics.length > 1);
    await refresh;
    const shown = toFix(await paused);
    assert.ok(shown > 1, `${shown} things to fix after the pause`);
    assert.match(await lens(), new RegExp(`^\\$\\(warning\\) ${shown} things to fix · `), 'asked again once the pause shows the rest');
  });

  it('says "Drafting", not "Ready to send", while all it would flag is held back', async () => {
    const client = await clientWith({ holdWhileTyping: true, typingPauseMs: 60_000 });
    const uri = 'file:///drafts/lens-drafting.invite.md';
    await client.open(uri, '');
    const typed = await client.change(uri, { start, end: start }, 'I have been thinking about how teams handle on-call rotations');
    assert.deepEqual(byRule(typed.diagnostics), []);
    const [lens] = (await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } })) as CodeLens[];
    assert.equal(lens.command!.title, '$(edit) Drafting · 61/200');
  });

  it('with run: onSave, lints a draft when it is saved, not as it changes', async () => {
    const client = await clientWith({ run: 'onSave' });
    const uri = 'file:///drafts/on-save.invite.md';
    await client.open(uri, 'Hi Dana,\n\nWe met at PyCon Berlin and I enjoyed your talk on parsers.\n');
    const saved = client.diagnostics(uri, (p) => p.version === 2);
    const edited = { line: 2, character: 0 };
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: edited, end: edited }, text: 'I came across your profile. ' }] });
    // Answered only after the change was read: a lint on change would be published by now or be in flight.
    await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: edited });
    assert.ok(!client.published.some((p) => p.uri === uri && p.version === 2), 'nothing published for the unsaved change');
    await client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    assert.ok(byRule((await saved).diagnostics).includes('generic-phrase'));
  });

  it('with run: onSave, an edit that comes before the opened draft is linted waits for the save too', async () => {
    const client = await clientWith({ run: 'onSave' });
    const uri = 'file:///drafts/on-save-early-edit.invite.md';
    const edited = { line: 2, character: 0 };
    const frames = [
      { method: DidOpenTextDocumentNotification.method, params: { textDocument: { uri, languageId: 'invite', version: 1, text: 'Hi Dana,\n\nWe met at PyCon Berlin and I enjoyed your talk on parsers.\n' } } },
      { method: DidChangeTextDocumentNotification.method, params: { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: edited, end: edited }, text: 'I came across your profile. ' }] } },
    ].map((message) => {
      const body = JSON.stringify({ jsonrpc: '2.0', ...message });
      return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    });
    // One write: the edit is read before the lint the open scheduled has started.
    client.process.stdin!.write(frames.join(''));
    await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: edited });
    assert.deepEqual(client.published.filter((p) => p.uri === uri), [], 'the edited text is not the draft as opened: nothing published before the save');
    const saved = client.diagnostics(uri, (p) => p.version === 2);
    await client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    assert.ok(byRule((await saved).diagnostics).includes('generic-phrase'));
  });
});
