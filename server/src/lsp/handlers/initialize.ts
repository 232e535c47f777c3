import { CodeActionKind, TextDocumentSyncKind } from 'vscode-languageserver';
import { FIX_ALL_KIND } from '../convert';
import type { ServerContext } from '../context';

/** What our own VS Code client tells the server at start (other editors send nothing, or only `settings`). */
interface InitializationOptions {
  snippetFixes?: unknown;
  lintingNotifications?: unknown;
  settings?: unknown;
}

export function registerInitialize({ connection, client, settings, configs }: ServerContext): void {
  connection.onInitialize((params) => {
    const options = (typeof params.initializationOptions === 'object' && params.initializationOptions !== null ? params.initializationOptions : {}) as InitializationOptions;
    client.snippetFixes = options.snippetFixes === true;
    client.lintingNotifications = options.lintingNotifications === true;
    client.pullsConfiguration = params.capabilities.workspace?.configuration === true;
    client.completionSnippets = params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
    settings.apply(options.settings);
    configs.setRoots(params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []));
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        completionProvider: { resolveProvider: false },
        hoverProvider: true,
      },
      serverInfo: { name: 'invite-lint', version: '0.1.0' },
      // The VS Code client's tests kill the server by this id to check that it comes back.
      processId: process.pid,
    };
  });
}
