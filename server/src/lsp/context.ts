import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { createDocuments } from './documents';
import { LintCache } from './lintCache';
import { DocumentConfigs } from './projectConfig';
import { publishDiagnostics } from './publish';
import { LintScheduler } from './scheduler';
import { Settings } from './settings';

/** What the client said about itself at `initialize`. */
export interface ClientTraits {
  /** Our VS Code client runs snippet fixes through its own command. */
  snippetFixes: boolean;
  completionSnippets: boolean;
  pullsConfiguration: boolean;
  /** Our VS Code client wants `inviteLint/linting`, to name the draft a crash happened on. */
  lintingNotifications: boolean;
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
  const client: ClientTraits = { snippetFixes: false, completionSnippets: false, pullsConfiguration: false, lintingNotifications: false };
  const configs = new DocumentConfigs(settings, connection);
  const context: ServerContext = { connection, documents, client, settings, configs, lints: new LintCache(settings, configs, connection.console), scheduler };
  return context;
}
