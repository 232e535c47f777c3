import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

const LANGUAGE_ID = 'invite';
const APPLY_SNIPPET_COMMAND = 'inviteLint.applySnippetEdit';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6010'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: LANGUAGE_ID }],
    synchronize: { configurationSection: 'inviteLint' },
    initializationOptions: { snippetFixes: true },
    middleware: {
      // VS Code already offers the scenario templates from the contributed snippets file (the same source).
      provideCompletionItem: async (document, position, completionContext, token, next) => {
        const result = await next(document, position, completionContext, token);
        const items = Array.isArray(result) ? result : result?.items ?? [];
        return items.filter((item) => !isScenarioTemplate(item));
      },
    },
  };
  client = new LanguageClient('inviteLint', 'Invite Lint', serverOptions, clientOptions);
  context.subscriptions.push(
    vscode.commands.registerCommand(APPLY_SNIPPET_COMMAND, applySnippetEdit),
  );
  await client.start();
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
