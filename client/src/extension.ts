import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import templates from '../../snippets/scenarios.json';
import { CrashGuard } from './crashGuard';

const LANGUAGE_ID = 'invite';
const APPLY_SNIPPET_COMMAND = 'inviteLint.applySnippetEdit';
const MESSAGE_SUMMARY_REQUEST = 'inviteLint/messageSummary';

interface MessageSummary {
  text: string;
  length: number;
  limit?: number;
}

/** What "Copy message" did, returned so that callers (and tests) can see it without a clipboard prompt. */
export interface CopyResult {
  copied: boolean;
  characters?: number;
  warning?: string;
}

/** What the extension exposes to other extensions and to its end-to-end tests. */
export interface InviteLintApi {
  statusBar(): { text: string; tooltip: string; warning: boolean; visible: boolean };
  /** Resolves once the status bar shows the active draft as it is now. */
  statusBarUpdated(): Promise<void>;
  /** The language server's process id (a new one after each restart); tests kill it to see it come back. */
  serverProcessId(): number | undefined;
  /** Fires with a draft's URI each time the server starts linting it. */
  onDidStartLinting: vscode.Event<string>;
  /** Fires when invite-lint stops linting a draft the server crashed on twice, with the message the user sees. */
  onDidStopLinting: vscode.Event<{ uri: string; message: string }>;
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
    synchronize: { configurationSection: 'inviteLint' },
    // Read at every (re)start: the server lints with these settings from the first draft on.
    initializationOptions: () => ({ snippetFixes: true, lintingNotifications: true, settings: currentSettings() }),
    errorHandler: crashGuard.errorHandler,
    middleware: {
      ...crashGuard.middleware,
      // VS Code already offers the scenario templates from the contributed snippets file (the same source).
      provideCompletionItem: async (document, position, completionContext, token, next) => {
        const result = await next(document, position, completionContext, token);
        const items = Array.isArray(result) ? result : result?.items ?? [];
        return items.filter((item) => !isScenarioTemplate(item));
      },
    },
  };
  const languageClient = new LanguageClient('inviteLint', 'Invite Lint', serverOptions, clientOptions);
  client = languageClient;
  crashGuard.attach(languageClient);
  const status = new CharacterCountStatus(languageClient);
  context.subscriptions.push(
    crashGuard,
    status,
    vscode.commands.registerCommand(APPLY_SNIPPET_COMMAND, applySnippetEdit),
    vscode.commands.registerCommand('inviteLint.newInvite', newInvite),
    vscode.commands.registerCommand('inviteLint.copyMessage', (options?: { confirm?: boolean }) => copyMessage(languageClient, options)),
  );
  await languageClient.start();
  status.update();
  return {
    statusBar: () => status.snapshot(),
    statusBarUpdated: () => status.updated(),
    serverProcessId: () => (languageClient.initializeResult as { processId?: number } | undefined)?.processId,
    onDidStartLinting: crashGuard.onDidStartLinting,
    onDidStopLinting: crashGuard.onDidStopLinting,
  };
}

function currentSettings(): { account: unknown; rules: unknown } {
  const settings = vscode.workspace.getConfiguration('inviteLint');
  return { account: settings.get('account'), rules: settings.get('rules') };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}

function isScenarioTemplate(item: vscode.CompletionItem): boolean {
  const data = (item as vscode.CompletionItem & { data?: { scenarioTemplate?: string } }).data;
  return typeof data?.scenarioTemplate === 'string';
}

/** Quick fixes that insert tab stops arrive as this command, since LSP code actions cannot carry snippets. */
async function applySnippetEdit(uri: string, range: { start: vscode.Position; end: vscode.Position }, snippet: string): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const editor = await vscode.window.showTextDocument(document);
  const target = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  return editor.insertSnippet(new vscode.SnippetString(snippet), target);
}

/** "Invite Lint: New invite...": pick a scenario, get an untitled draft from its template with tab stops to fill. */
async function newInvite(scenarioId?: string): Promise<vscode.TextEditor | undefined> {
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
  }
  if (!chosen) return undefined;
  const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(chosen[1].body.join('\n')));
  return editor;
}

/** "Invite Lint: Copy message": the message ready to paste into LinkedIn; asks first when errors remain or it is too long. */
async function copyMessage(languageClient: LanguageClient, options: { confirm?: boolean } = {}): Promise<CopyResult> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== LANGUAGE_ID) {
    void vscode.window.showInformationMessage('Open an invite draft (*.invite.md) to copy its message.');
    return { copied: false };
  }
  const summary = await languageClient.sendRequest<MessageSummary | null>(MESSAGE_SUMMARY_REQUEST, { uri: editor.document.uri.toString() });
  if (!summary) return { copied: false };
  const errors = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
  const problems = [
    errors > 0 ? `${errors} error${errors === 1 ? '' : 's'} remain${errors === 1 ? 's' : ''}` : '',
    summary.limit !== undefined && summary.length > summary.limit ? `the message is ${summary.length}/${summary.limit} characters` : '',
  ].filter(Boolean);
  const warning = problems.length ? `${problems.join(' and ')}.` : undefined;
  if (warning && !options.confirm) {
    const answer = await vscode.window.showWarningMessage(`Invite Lint: ${warning[0].toUpperCase()}${warning.slice(1)} Copy anyway?`, 'Copy anyway');
    if (answer !== 'Copy anyway') return { copied: false, warning };
  }
  await vscode.env.clipboard.writeText(summary.text);
  void vscode.window.setStatusBarMessage(`Copied ${summary.length} characters, ready to paste into LinkedIn.`, 4000);
  return { copied: true, characters: summary.length, warning };
}

/** The status bar item on invite drafts: characters used of the limit, warning colour past it, open problems in the tooltip. */
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
      .sendRequest<MessageSummary | null>(MESSAGE_SUMMARY_REQUEST, { uri: document.uri.toString() })
      .catch(() => null);
    if (vscode.window.activeTextEditor?.document !== document) return;
    if (!summary) {
      // The server does not have this draft (it stopped linting it after crashing on it, or is restarting).
      this.hide();
      this.settle(version);
      return;
    }
    this.over = summary.limit !== undefined && summary.length > summary.limit;
    this.item.text = summary.limit !== undefined ? `$(comment) ${summary.length}/${summary.limit}` : `$(comment) ${summary.length} chars`;
    this.item.backgroundColor = this.over ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.tooltip = this.tooltip(document, summary);
    this.item.show();
    this.visible = true;
    this.settle(version);
  }

  private tooltip(document: vscode.TextDocument, summary: MessageSummary): vscode.MarkdownString {
    const diagnostics = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'invite-lint');
    const lines = [
      summary.limit !== undefined ? `**${summary.length} of ${summary.limit} characters** as LinkedIn counts them.` : `**${summary.length} characters** (no limit for this kind of message).`,
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
