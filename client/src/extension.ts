import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import templates from '../../snippets/scenarios.json';
import { LifecycleCommands } from './commands/lifecycle';
import { CrashGuard } from './crashGuard';
import { DraftsView, type DraftsSnapshot } from './views/drafts';

const LANGUAGE_ID = 'invite';
const APPLY_SNIPPET_COMMAND = 'inviteLint.applySnippetEdit';
const MESSAGE_SUMMARY_REQUEST = 'inviteLint/messageSummary';

interface MessageSummary {
  text: string;
  length: number;
  limit?: number;
  /** An InMail's subject line, which LinkedIn takes in a field of its own. */
  subject?: { text: string; length: number; limit: number };
  /** The project config file in effect (a path), if any. */
  configFile?: string;
}

/** An InMail has two parts to copy, one per LinkedIn field; other drafts have only the body. */
type MessagePart = 'subject' | 'body';

/** What "Copy message" did, returned so that callers (and tests) can see it without a clipboard prompt. */
export interface CopyResult {
  copied: boolean;
  /** Which part of an InMail was copied (or offered), when the draft is one. */
  part?: MessagePart;
  characters?: number;
  warning?: string;
}

/** Options of the `inviteLint.copyMessage` command, e.g. for a keybinding: `{ "part": "subject" }` skips the choice. */
interface CopyOptions {
  /** Copy even though errors remain or a part is over its limit, without asking. */
  confirm?: boolean;
  part?: MessagePart;
}

/** What the extension exposes to other extensions and to its end-to-end tests. */
export interface InviteLintApi {
  statusBar(): { text: string; tooltip: string; warning: boolean; visible: boolean };
  /** Resolves once the status bar shows the active draft as it is now. */
  statusBarUpdated(): Promise<void>;
  /** Resolves with the labels of the next "Copy message" choice (an InMail's subject or body) once it is on screen. */
  copyChoiceShown(): Promise<string[]>;
  /** The language server's process id (a new one after each restart); tests kill it to see it come back. */
  serverProcessId(): number | undefined;
  /** Fires with a draft's URI each time the server starts linting it. */
  onDidStartLinting: vscode.Event<string>;
  /** Fires when invite-lint stops linting a draft the server crashed on twice, with the message the user sees. */
  onDidStopLinting: vscode.Event<{ uri: string; message: string }>;
  /** Fires with what fix-all did and what is left, as the notification says it. */
  onDidReportFixAll: vscode.Event<string>;
  /** The Drafts view's groups and rows as shown. */
  drafts(): DraftsSnapshot;
  /** Shows the Drafts view; resolves once it shows the drafts as the server has them now. */
  revealDrafts(): Promise<void>;
  /** Fires each time the Drafts view is updated from the server. */
  onDidUpdateDrafts: vscode.Event<void>;
  /** Fires with New follow-up's proposed file name once its prompt is on screen. */
  onDidPromptFollowUpName: vscode.Event<string>;
  /** Fires when "Copy message" offers "Mark as sent". */
  onDidOfferMarkAsSent: vscode.Event<string>;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<InviteLintApi> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const crashGuard = new CrashGuard();
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    // Project config files: the server re-reads them (and re-lints) when one changes.
    synchronize: { configurationSection: 'inviteLint', fileEvents: vscode.workspace.createFileSystemWatcher('**/{.invite-lint.json,.invite-lint.jsonc,package.json}') },
    // Read at every (re)start: the server lints with these settings from the first draft on.
    initializationOptions: () => ({ snippetFixes: true, lintingNotifications: true, watchesConfigFiles: true, settings: currentSettings(), stoppedDrafts: crashGuard.stoppedDrafts() }),
    errorHandler: crashGuard.errorHandler,
    middleware: crashGuard.middleware,
  };
  const languageClient = new LanguageClient('inviteLint', 'Invite Lint', serverOptions, clientOptions);
  client = languageClient;
  crashGuard.attach(languageClient);
  const status = new CharacterCountStatus(languageClient);
  const copyChoice = new vscode.EventEmitter<string[]>();
  const fixAllReported = new vscode.EventEmitter<string>();
  const drafts = new DraftsView(languageClient);
  const lifecycle = new LifecycleCommands(languageClient);
  context.subscriptions.push(
    drafts,
    lifecycle,
    crashGuard,
    status,
    copyChoice,
    fixAllReported,
    vscode.commands.registerCommand('inviteLint.fixAllApplied', (_uri: string, report: string) => {
      void vscode.window.showInformationMessage(`Invite Lint: ${report}`);
      fixAllReported.fire(report);
    }),
    vscode.commands.registerCommand(APPLY_SNIPPET_COMMAND, applySnippetEdit),
    vscode.commands.registerCommand('inviteLint.newInvite', newInvite),
    rulePagesInPreview(context.asAbsolutePath(path.join('docs', 'rules'))),
    vscode.commands.registerCommand('inviteLint.copyMessage', (options?: CopyOptions) => copyMessage(languageClient, copyChoice, options, (uri, message, ...others) => lifecycle.offerMarkAsSent(uri, message, ...others))),
  );
  await languageClient.start();
  status.update();
  return {
    statusBar: () => status.snapshot(),
    statusBarUpdated: () => status.updated(),
    copyChoiceShown: () =>
      new Promise((resolve) => {
        const subscription = copyChoice.event((labels) => {
          subscription.dispose();
          resolve(labels);
        });
      }),
    serverProcessId: () => (languageClient.initializeResult as { processId?: number } | undefined)?.processId,
    onDidStartLinting: crashGuard.onDidStartLinting,
    onDidStopLinting: crashGuard.onDidStopLinting,
    onDidReportFixAll: fixAllReported.event,
    drafts: () => drafts.snapshot(),
    revealDrafts: () => drafts.reveal(),
    onDidUpdateDrafts: drafts.onDidUpdate,
    onDidPromptFollowUpName: lifecycle.onDidPromptFollowUpName,
    onDidOfferMarkAsSent: lifecycle.onDidOfferMarkAsSent,
  };
}

function currentSettings(): Record<string, unknown> {
  const settings = vscode.workspace.getConfiguration('inviteLint');
  return Object.fromEntries(['account', 'rules', 'run', 'holdWhileTyping', 'typingPauseMs', 'workspaceDiagnostics'].map((key) => [key, settings.get(key)]));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

/**
 * Rule pages open rendered. A diagnostic's rule link is the page's file: the hover opens a `command:` link as nothing
 * (it does not allow commands) and only the Problems panel would run one. So a rule page opened as text, from either,
 * is swapped for its Markdown preview. Only this extension's own pages: a user's Markdown opens as it always does.
 */
function rulePagesInPreview(folder: string): vscode.Disposable {
  return vscode.window.tabGroups.onDidChangeTabs(({ opened }) => {
    for (const tab of opened) {
      const input = tab.input;
      if (!(input instanceof vscode.TabInputText) || input.uri.scheme !== 'file' || path.dirname(input.uri.fsPath) !== folder) continue;
      void vscode.window.tabGroups.close(tab).then(() => vscode.commands.executeCommand('markdown.showPreview', input.uri));
    }
  });
}

/** Quick fixes that insert tab stops arrive as this command, since LSP code actions cannot carry snippets. */
async function applySnippetEdit(uri: string, range: { start: vscode.Position; end: vscode.Position }, snippet: string): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const editor = await vscode.window.showTextDocument(document);
  const target = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  return editor.insertSnippet(new vscode.SnippetString(snippet), target);
}

/**
 * "Invite Lint: New invite...": pick a scenario and say who it is to, get a draft from its template with tab stops to
 * fill, named for the recipient (or the scenario) as `*.invite.md` in the workspace folder, so saving keeps it a draft.
 * Arguments skip the questions: `newInvite('met-at-event', 'Priya Raman')`.
 */
async function newInvite(scenarioId?: string, recipient?: string): Promise<vscode.TextEditor | undefined> {
  const entries = Object.entries(templates as Record<string, { description: string; body: string[] }>);
  let chosen = scenarioId ? entries.find(([id]) => id === scenarioId) : undefined;
  if (!chosen) {
    const picked = await vscode.window.showQuickPick(
      entries.map(([id, entry]) => {
        const [title, ...rest] = entry.description.split('. ');
        return { label: title, description: id, detail: rest.join('. '), id };
      }),
      { title: 'New invite', placeHolder: 'How do you know them?', matchOnDescription: true, matchOnDetail: true },
    );
    chosen = picked && entries.find(([id]) => id === picked.id);
    if (!chosen) return undefined;
    recipient = await vscode.window.showInputBox({ title: 'New invite', prompt: 'Who is it to? Their name names the file and fills the greeting.', placeHolder: 'e.g. Priya Raman (Enter to fill it in later)' });
    if (recipient === undefined) return undefined;
  }
  if (!chosen) return undefined;
  const name = recipient?.trim() ?? '';
  const document = await vscode.workspace.openTextDocument(await draftFileFor(name || chosen[0]));
  if (document.languageId !== LANGUAGE_ID) await vscode.languages.setTextDocumentLanguage(document, LANGUAGE_ID);
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(withRecipient(chosen[1].body.join('\n'), name)));
  return editor;
}

/** An untitled draft whose save proposes `<name>.invite.md` in the workspace folder, not taken by an existing file. */
async function draftFileFor(name: string): Promise<vscode.Uri> {
  const slug = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'invite';
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  for (let n = 1; ; n++) {
    const file = `${slug}${n > 1 ? `-${n}` : ''}.invite.md`;
    const target = folder ? vscode.Uri.joinPath(folder, file) : vscode.Uri.file(`/${file}`);
    const exists = await vscode.workspace.fs.stat(target).then(() => true, () => false);
    const open = vscode.workspace.textDocuments.some((document) => document.uri.path === target.path);
    if (!exists && !open) return target.with({ scheme: 'untitled' });
  }
}

const TITLES = /^(?:dr|mr|mrs|ms|mx|prof)\.?$/i;

/** The template with the recipient written in: the full name in `to`, the greeting by first name ("Dr. Raman" for a title). */
function withRecipient(snippet: string, name: string): string {
  if (!name) return snippet;
  const words = name.split(/\s+/);
  const greeting = TITLES.test(words[0]) && words.length > 1 ? `${words[0]} ${words[words.length - 1]}` : words[0];
  const escape = (text: string) => text.replace(/[\\$}]/g, '\\$&');
  return snippet.replace(/(to: ")\$\{1:\[Name\]\}/, (_all, key: string) => `${key}${escape(name.replace(/"/g, '\\"'))}`).replace(/\$\{1:\[Name\]\}/g, escape(greeting));
}

/**
 * "Invite Lint: Copy message": the message ready to paste into LinkedIn; asks first when errors remain or it is too long.
 * An InMail's subject and body go into separate LinkedIn fields: it asks which to copy, then offers the other.
 * Either way the notification offers "Mark as sent" (`afterCopy` shows it, and resolves with another button chosen).
 */
async function copyMessage(
  languageClient: LanguageClient,
  copyChoice: vscode.EventEmitter<string[]>,
  options: CopyOptions = {},
  afterCopy: (uri: vscode.Uri, message: string, ...others: string[]) => Thenable<string | undefined> = (_uri, message, ...others) => vscode.window.showInformationMessage(message, ...others),
): Promise<CopyResult> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage('Open an invite draft (*.invite.md) to copy its message.');
    return { copied: false };
  }
  const summary = await languageClient.sendRequest<MessageSummary | null>(MESSAGE_SUMMARY_REQUEST, { uri: editor.document.uri.toString() });
  if (!summary) return { copied: false };
  const subject = summary.subject;
  const part = subject ? options.part ?? (await pickPart(summary, subject, copyChoice)) : undefined;
  if (subject && !part) return { copied: false };
  if (part === 'subject' && subject && !subject.text) {
    const warning = 'This InMail has no subject yet: add a `subject:` line to its front matter.';
    void vscode.window.showWarningMessage(`Invite Lint: ${warning}`);
    return { copied: false, part, warning };
  }
  const copied = part === 'subject' && subject ? subject : { text: summary.text, length: summary.length, limit: summary.limit };
  const errors = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
  const problems = [
    errors > 0 ? `${errors} error${errors === 1 ? '' : 's'} remain${errors === 1 ? 's' : ''}` : '',
    copied.limit !== undefined && copied.length > copied.limit ? `the ${part ?? 'message'} is ${copied.length}/${copied.limit} characters` : '',
  ].filter(Boolean);
  const warning = problems.length ? `${problems.join(' and ')}.` : undefined;
  if (warning && !options.confirm) {
    const answer = await vscode.window.showWarningMessage(`Invite Lint: ${warning[0].toUpperCase()}${warning.slice(1)} Copy anyway?`, 'Copy anyway');
    if (answer !== 'Copy anyway') return { copied: false, part, warning };
  }
  await vscode.env.clipboard.writeText(copied.text);
  if (part) {
    const other: MessagePart = part === 'subject' ? 'body' : 'subject';
    const field = part === 'subject' ? "LinkedIn's subject field" : "LinkedIn's message box";
    const next = `Copy ${other}`;
    void afterCopy(editor.document.uri, `Invite Lint: Copied the InMail ${part} (${copied.length} characters): paste it into ${field}.`, next).then(
      (answer) => answer === next && vscode.commands.executeCommand('inviteLint.copyMessage', { part: other }),
    );
  } else {
    void afterCopy(editor.document.uri, `Invite Lint: Copied ${copied.length} characters, ready to paste into LinkedIn. Once sent, mark the draft sent to track it.`);
  }
  return { copied: true, part, characters: copied.length, warning };
}

/** Asks which part of an InMail to copy, showing each with its length; `shown` fires once the choice is on screen. */
function pickPart(summary: MessageSummary, subject: { text: string; length: number; limit: number }, shown: vscode.EventEmitter<string[]>): Promise<MessagePart | undefined> {
  const items: (vscode.QuickPickItem & { part: MessagePart })[] = [
    { part: 'subject', label: '$(symbol-key) Copy subject', description: `${subject.length}/${subject.limit}`, detail: subject.text || '(no subject yet)' },
    { part: 'body', label: '$(note) Copy body', description: summary.limit !== undefined ? `${summary.length}/${summary.limit}` : `${summary.length} chars`, detail: summary.text.replace(/\s+/g, ' ').slice(0, 120) },
  ];
  const pick = vscode.window.createQuickPick<(typeof items)[number]>();
  pick.title = 'Copy InMail';
  pick.placeholder = 'LinkedIn takes the subject and the body in separate fields: copy which?';
  pick.items = items;
  return new Promise((resolve) => {
    let announced = false;
    pick.onDidChangeActive(() => {
      // The first active item means the choice is drawn, items and all.
      if (announced) return;
      announced = true;
      shown.fire(items.map((item) => item.label));
    });
    pick.onDidAccept(() => {
      resolve(pick.selectedItems[0]?.part);
      pick.hide();
    });
    pick.onDidHide(() => {
      resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}

/**
 * The status bar item on invite drafts: characters used of the limit (an InMail's subject and body each of theirs), warning
 * colour past it, open problems in the tooltip.
 */
class CharacterCountStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('inviteLint.characters', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly waiters: (() => void)[] = [];
  private over = false;
  private shownVersion = '';
  private visible = false;

  constructor(private readonly languageClient: LanguageClient) {
    this.item.name = 'Invite Lint: characters';
    this.item.command = 'workbench.actions.view.problems';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (event.uris.some((uri) => uri.toString() === active)) this.update();
      }),
    );
  }

  async update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== LANGUAGE_ID) {
      this.hide();
      this.settle('');
      return;
    }
    const version = activeDraftVersion();
    const summary = await this.languageClient
      .sendRequest<MessageSummary | null>(MESSAGE_SUMMARY_REQUEST, { uri: document.uri.toString(), text: false })
      .catch(() => null);
    if (vscode.window.activeTextEditor?.document !== document) return;
    if (!summary) {
      // The server does not have this draft (it stopped linting it after crashing on it, or is restarting).
      this.hide();
      this.settle(version);
      return;
    }
    const subject = summary.subject;
    this.over = (summary.limit !== undefined && summary.length > summary.limit) || (subject !== undefined && subject.length > subject.limit);
    const count = summary.limit !== undefined ? `${summary.length}/${summary.limit}` : `${summary.length} chars`;
    this.item.text = subject ? `$(comment) subject ${subject.length}/${subject.limit} · body ${count}` : `$(comment) ${count}`;
    this.item.backgroundColor = this.over ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.tooltip = this.tooltip(document, summary);
    this.item.show();
    this.visible = true;
    this.settle(version);
  }

  private tooltip(document: vscode.TextDocument, summary: MessageSummary): vscode.MarkdownString {
    const diagnostics = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'invite-lint');
    const subject = summary.subject;
    const lines = [
      subject
        ? `**Subject ${subject.length} of ${subject.limit} characters, body ${summary.length} of ${summary.limit}** as LinkedIn counts them.`
        : summary.limit !== undefined
          ? `**${summary.length} of ${summary.limit} characters** as LinkedIn counts them.`
          : `**${summary.length} characters** (no limit for this kind of message).`,
      '',
      summary.configFile
        ? `Config: \`${vscode.workspace.asRelativePath(summary.configFile)}\``
        : 'Config: no project config file (settings and defaults apply).',
      '',
      diagnostics.length === 0 ? 'No open problems.' : `${diagnostics.length} open problem${diagnostics.length === 1 ? '' : 's'}:`,
      ...diagnostics.slice(0, 12).map((d) => `- line ${d.range.start.line + 1}, ${severityName(d.severity)} \`${codeOf(d)}\`: ${d.message}`),
      ...(diagnostics.length > 12 ? [`- and ${diagnostics.length - 12} more`] : []),
    ];
    return new vscode.MarkdownString(lines.join('\n'));
  }

  snapshot() {
    const tooltip = this.item.tooltip;
    return { text: this.item.text, tooltip: typeof tooltip === 'string' ? tooltip : tooltip?.value ?? '', warning: this.over, visible: this.visible };
  }

  /** Resolves when the item reflects the active editor's current version. */
  updated(): Promise<void> {
    if (activeDraftVersion() === this.shownVersion) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private hide(): void {
    this.item.hide();
    this.visible = false;
  }

  private settle(version: string): void {
    this.shownVersion = version;
    if (activeDraftVersion() === version) this.waiters.splice(0).forEach((resolve) => resolve());
  }

  dispose(): void {
    this.item.dispose();
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}

/** The active draft and its version, e.g. "file:///a.invite.md@3"; empty when no invite draft is active. */
function activeDraftVersion(): string {
  const document = vscode.window.activeTextEditor?.document;
  return document && document.languageId === LANGUAGE_ID ? `${document.uri.toString()}@${document.version}` : '';
}

function codeOf(diagnostic: vscode.Diagnostic): string {
  return typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code ?? '');
}

function severityName(severity: vscode.DiagnosticSeverity): string {
  return ['error', 'warning', 'info', 'hint'][severity];
}
