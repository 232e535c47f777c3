import {
  CodeAction,
  CodeActionKind,
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  MessageType,
  ShowMessageNotification,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeActionParams,
  type CompletionItem,
  type TextDocumentPositionParams,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DEFAULT_CONFIG,
  RULE_NAMES,
  complete,
  configFromSettings,
  findRule,
  hover as hoverFrontMatter,
  lint,
  renderSnippet,
  summarizeMessage,
  type Suggestion,
  type Diagnostic,
  type EngineConfig,
} from './engine';
import { FIX_ALL_KIND, MESSAGE_SUMMARY_REQUEST, SOURCE, isDiagnosticData, ruleDocUri, toCodeAction, toLspDiagnostic, toLspRange, toPlainEdit } from './lsp/convert';

/** What our own VS Code client tells the server at start (other editors send nothing or only `settings`). */
interface InitializationOptions {
  snippetFixes?: boolean;
  settings?: unknown;
}

const USAGE = `Usage: invite-lint-ls --stdio

The invite-lint language server. Editors start it with --stdio (or --node-ipc, --socket=PORT, --pipe=NAME)
and speak the Language Server Protocol to it; it lints *.invite.md drafts and pushes diagnostics.`;
const TRANSPORTS = /^--(?:stdio|node-ipc|socket=|pipe=|clientProcessId)/;
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h') || !args.some((arg) => TRANSPORTS.test(arg))) {
  const asked = args.includes('--help') || args.includes('-h');
  (asked ? process.stdout : process.stderr).write(`${asked ? '' : 'invite-lint-ls: no transport given.\n\n'}${USAGE}\n`);
  process.exit(asked ? 0 : 2);
}

const COMPLETION_KINDS: Record<Suggestion['kind'], CompletionItemKind> = {
  key: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  template: CompletionItemKind.Snippet,
};

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const results = new Map<string, { version: number; diagnostics: Diagnostic[] }>();

let config: EngineConfig = DEFAULT_CONFIG;
let pullsConfiguration = false;
let snippetFixes = false;
let completionSnippets = false;
let initialSettings: unknown;
let lastProblems = '';
let settingsReady: Promise<void> = Promise.resolve();

connection.onInitialize((params) => {
  const options = (params.initializationOptions ?? {}) as InitializationOptions;
  pullsConfiguration = params.capabilities.workspace?.configuration === true;
  snippetFixes = options.snippetFixes === true;
  completionSnippets = params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
  initialSettings = options.settings;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      completionProvider: { resolveProvider: false },
      hoverProvider: true,
    },
    serverInfo: { name: 'invite-lint', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  settingsReady = applySettings(initialSettings);
});

connection.onDidChangeConfiguration((change) => {
  const pushed = (change.settings as { inviteLint?: unknown } | null)?.inviteLint;
  settingsReady = applySettings(pushed);
});

async function applySettings(pushed: unknown): Promise<void> {
  let raw = pushed;
  if (pullsConfiguration) {
    try {
      raw = await connection.workspace.getConfiguration('inviteLint');
    } catch (error) {
      connection.console.warn(`Could not read the inviteLint settings (${(error as Error).message}); using the defaults.`);
    }
  }
  const result = configFromSettings(raw, RULE_NAMES);
  config = result.config;
  const problems = result.problems.join(' ');
  // A notification, not window/showMessageRequest: every client shows it and none has to answer.
  if (problems && problems !== lastProblems) void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `invite-lint: ${problems}` });
  lastProblems = problems;
  for (const document of documents.all()) schedule(document.uri);
}

const pending = new Set<string>();
let flushScheduled = false;

/** Coalesces bursts of edits: one lint per document per turn of the event loop. */
function schedule(uri: string): void {
  pending.add(uri);
  if (flushScheduled) return;
  flushScheduled = true;
  setImmediate(() => void flush());
}

async function flush(): Promise<void> {
  await settingsReady;
  flushScheduled = false;
  const uris = [...pending];
  pending.clear();
  for (const uri of uris) {
    const document = documents.get(uri);
    if (document) publish(document);
  }
}

function lintDocument(document: TextDocument): Diagnostic[] {
  const cached = results.get(document.uri);
  if (cached && cached.version === document.version) return cached.diagnostics;
  let diagnostics: Diagnostic[] = [];
  try {
    const result = lint(document.getText(), config);
    if (result.skipped) connection.console.info(`Not linting ${document.uri}: ${result.skipped}.`);
    diagnostics = result.diagnostics;
  } catch (error) {
    connection.console.error(`invite-lint failed on ${document.uri}: ${(error as Error).stack ?? error}`);
  }
  results.set(document.uri, { version: document.version, diagnostics });
  return diagnostics;
}

function publish(document: TextDocument): void {
  results.delete(document.uri);
  const diagnostics = lintDocument(document).map((diagnostic) => toLspDiagnostic(document, diagnostic));
  void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
}

documents.onDidOpen((event) => schedule(event.document.uri));
documents.onDidChangeContent((event) => schedule(event.document.uri));
documents.onDidClose((event) => {
  results.delete(event.document.uri);
  pending.delete(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

connection.onCodeAction((params: CodeActionParams) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  const actions: CodeAction[] = [];
  if (wants(params.context.only, CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== SOURCE || !isDiagnosticData(diagnostic.data)) continue;
      for (const fix of diagnostic.data.fixes) actions.push(toCodeAction(document.uri, fix, diagnostic, snippetFixes));
    }
  }
  if (params.context.only && wants(params.context.only, FIX_ALL_KIND)) {
    const fixAll = fixAllAction(document);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
});

/** Applies every preferred fix that needs no input from the user (no tab stops), skipping overlaps. */
function fixAllAction(document: TextDocument): CodeAction | undefined {
  const taken: { start: number; end: number }[] = [];
  const edits = [];
  for (const diagnostic of lintDocument(document)) {
    const fix = diagnostic.fixes.find((candidate) => candidate.isPreferred && !candidate.suppression);
    if (!fix || fix.edits.some((edit) => edit.snippet)) continue;
    if (fix.edits.some((edit) => taken.some((range) => edit.start < range.end && range.start < edit.end))) continue;
    for (const edit of fix.edits) {
      taken.push(edit);
      edits.push(toPlainEdit({ range: toLspRange(document, edit.start, edit.end), newText: edit.newText }));
    }
  }
  if (edits.length === 0) return undefined;
  const action = CodeAction.create('Fix all invite-lint problems that have a safe fix', FIX_ALL_KIND);
  action.edit = { changes: { [document.uri]: edits } };
  return action;
}

connection.onHover((params: TextDocumentPositionParams) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return null;
  const offset = document.offsetAt(params.position);
  const frontMatterHelp = hoverFrontMatter(document.getText(), offset);
  if (frontMatterHelp) {
    return { contents: { kind: MarkupKind.Markdown, value: frontMatterHelp.contents }, range: toLspRange(document, frontMatterHelp.range.start, frontMatterHelp.range.end) };
  }
  const hits = lintDocument(document).filter((diagnostic) => diagnostic.start <= offset && offset <= diagnostic.end);
  if (hits.length === 0) return null;
  // The editor already shows each diagnostic's message: the hover adds why the rule exists.
  const rules = [...new Set(hits.map((hit) => hit.rule))];
  const sections = rules.map((name) => `**Why ${name}:** ${findRule(name)?.rationale ?? ''} [Rule documentation](${ruleDocUri(name)})`);
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') } };
});

connection.onCompletion((params): CompletionItem[] => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  return complete(document.getText(), document.offsetAt(params.position)).map((suggestion, index) => {
    const asSnippet = suggestion.snippet && completionSnippets;
    return {
      label: suggestion.label,
      kind: COMPLETION_KINDS[suggestion.kind],
      detail: suggestion.detail,
      documentation: { kind: MarkupKind.Markdown, value: suggestion.documentation },
      sortText: String(index).padStart(2, '0'),
      insertTextFormat: asSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range: toLspRange(document, suggestion.range.start, suggestion.range.end), newText: asSnippet || !suggestion.snippet ? suggestion.newText : renderSnippet(suggestion.newText) },
      ...(suggestion.kind === 'template' ? { data: { scenarioTemplate: suggestion.label } } : {}),
    };
  });
});

/** For "Copy message" and the status bar: the message as LinkedIn would get it, and its limit. */
connection.onRequest(MESSAGE_SUMMARY_REQUEST, (params: { uri: string }) => {
  const document = documents.get(params.uri);
  return document ? summarizeMessage(document.getText(), config) : null;
});

documents.listen(connection);
connection.listen();
