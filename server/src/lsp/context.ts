import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceEditTraits } from './configFixes';
import { createDocuments } from './documents';
import { LintCache } from './lintCache';
import { DocumentConfigs } from './projectConfig';
import { publishDiagnostics } from './publish';
import { LintScheduler } from './scheduler';
import { Settings } from './settings';
import { TypingHold } from './typingHold';
import { findRule } from '../engine';

/** What the client said about itself at `initialize`. */
export interface ClientTraits {
  /** Our VS Code client runs snippet fixes through its own command. */
  snippetFixes: boolean;
  completionSnippets: boolean;
  pullsConfiguration: boolean;
  /** Our VS Code client wants `inviteLint/linting`, to name the draft a crash happened on. */
  lintingNotifications: boolean;
  /** What the client's WorkspaceEdits can hold, for the quick fixes that write the config file. */
  workspaceEdit: WorkspaceEditTraits;
  /** Our VS Code client watches the config files itself; other clients are asked to (dynamic registration). */
  watchesConfigFiles: boolean;
  /** The client takes `workspace/didChangeWatchedFiles` registrations from the server. */
  registersFileWatchers: boolean;
}

/** Everything the handlers share: one per server. */
export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  client: ClientTraits;
  settings: Settings;
  configs: DocumentConfigs;
  lints: LintCache;
  scheduler: LintScheduler;
  hold: TypingHold;
}

export function createContext(connection: Connection, configurationTimeoutMs: number): ServerContext {
  const documents = createDocuments();
  const settings = new Settings(connection, configurationTimeoutMs, () => {
    for (const document of documents.all()) scheduler.schedule(document.uri);
  });
  const scheduler: LintScheduler = new LintScheduler(
    documents,
    (uri) => publishDiagnostics(context, uri),
    (uri, error) => connection.console.error(`Could not publish diagnostics for ${uri}: ${(error as Error).stack ?? error}`),
  );
  const client: ClientTraits = {
    snippetFixes: false,
    completionSnippets: false,
    pullsConfiguration: false,
    lintingNotifications: false,
    workspaceEdit: { documentChanges: false, createFiles: false },
    watchesConfigFiles: false,
    registersFileWatchers: false,
  };
  const configs = new DocumentConfigs(settings, connection);
  const hold = new TypingHold(
    () => settings.hold,
    (rule) => findRule(rule)?.kind === 'absence',
    (uri) => scheduler.schedule(uri),
  );
  const context: ServerContext = { connection, documents, client, settings, configs, lints: new LintCache(settings, configs, connection.console), scheduler, hold };
  return context;
}
