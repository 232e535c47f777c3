import { CodeActionKind, DidChangeWorkspaceFoldersNotification, TextDocumentSyncKind } from '../library';
import { CREATE_CONFIG_COMMAND, workspaceEditTraits } from '../editTraits';
import { FIX_ALL_KIND } from '../convert';
import type { ServerContext } from '../context';

/** What our own VS Code client tells the server at start (other editors send nothing, or only `settings`). */
interface InitializationOptions {
  snippetFixes?: unknown;
  lintingNotifications?: unknown;
  watchesConfigFiles?: unknown;
  stoppedDrafts?: unknown;
  settings?: unknown;
}

export function registerInitialize({ connection, client, settings, configs, workspace }: ServerContext): void {
  connection.onInitialize((params) => {
    const options = (typeof params.initializationOptions === 'object' && params.initializationOptions !== null ? params.initializationOptions : {}) as InitializationOptions;
    client.snippetFixes = options.snippetFixes === true;
    client.lintingNotifications = options.lintingNotifications === true;
    client.stoppedDrafts = new Set(Array.isArray(options.stoppedDrafts) ? options.stoppedDrafts.filter((uri) => typeof uri === 'string') : []);
    client.watchesConfigFiles = options.watchesConfigFiles === true;
    client.registersFileWatchers = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    client.workspaceEdit = workspaceEditTraits(params.capabilities);
    client.refreshesCodeLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    client.pullsConfiguration = params.capabilities.workspace?.configuration === true;
    client.completionSnippets = params.capabilities.textDocument?.completion?.completionItem?.snippetSupport === true;
    settings.pullsPerDocument = client.pullsConfiguration;
    settings.apply(options.settings);
    let folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    settings.setFolders(folders);
    configs.setRoots(folders);
    workspace.setRoots(folders);
    // Registered here, after the library's own workspace-folders feature, which would otherwise take the notification.
    connection.onNotification(DidChangeWorkspaceFoldersNotification.type, ({ event }) => {
      const removed = event.removed.map((folder) => folder.uri);
      const added = event.added.map((folder) => folder.uri);
      folders = [...folders.filter((uri) => !removed.includes(uri)), ...added.filter((uri) => !folders.includes(uri))];
      settings.setFolders(folders);
      configs.setRoots(folders);
      workspace.changeRoots(added, removed);
    });
    return {
      capabilities: {
        // Saves too: with `inviteLint.run: onSave` drafts are linted when saved.
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite, FIX_ALL_KIND] },
        executeCommandProvider: { commands: [CREATE_CONFIG_COMMAND] },
        completionProvider: { resolveProvider: false },
        hoverProvider: true,
        codeLensProvider: { resolveProvider: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'invite-lint', version: '0.1.0' },
      // The VS Code client's tests kill the server by this id to check that it comes back.
      processId: process.pid,
    };
  });
}
