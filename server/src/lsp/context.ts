import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { WorkspaceEditTraits } from './editTraits';
import { createDocuments } from './documents';
import { DRAFTS_CHANGED_NOTIFICATION, DraftIndex } from './draftIndex';
import { LintCache } from './lintCache';
import { DocumentConfigs } from './projectConfig';
import { publishClosedDraft, publishDiagnostics, republishClosedDraft } from './publish';
import { LintScheduler } from './scheduler';
import { Settings } from './settings';
import { TypingHold } from './typingHold';
import { findRule } from '../engine';
import { WorkspaceDrafts } from './workspaceDrafts';

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
  /** The client asks for code lenses again on `workspace/codeLens/refresh`. */
  refreshesCodeLenses: boolean;
  /** Drafts the client stopped sending after the server crashed on them: not linted from disk either. */
  stoppedDrafts: Set<string>;
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
  /** The workspace's drafts that are not open, linted from disk. */
  workspace: WorkspaceDrafts;
  /** Every draft, open or closed, for the rules that compare drafts, the Drafts view and the code lens. */
  index: DraftIndex;
}

export function createContext(connection: Connection, configurationTimeoutMs: number): ServerContext {
  const documents = createDocuments();
  const settings = new Settings(connection, configurationTimeoutMs, (change) => {
    for (const document of documents.all()) {
      // New rules lint open drafts again; a new typing hold publishes what was computed again, held or shown as it now says.
      if (change.hold) context.lints.markUnpublished(document.uri);
      scheduler.schedule(document.uri);
    }
    // Turned on, closed drafts are scanned (once) with the new rules; turned off, their diagnostics are cleared.
    if (change.workspaceDiagnostics) workspace.setEnabled(settings.workspaceDiagnostics);
    // New rules apply to closed drafts too; the typing hold does not concern them.
    else if (change.engine) workspace.rescan();
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
    refreshesCodeLenses: false,
    stoppedDrafts: new Set(),
  };
  const configs = new DocumentConfigs(settings, connection);
  const hold = new TypingHold(
    (uri) => settings.holdFor(uri),
    (rule) => findRule(rule)?.kind === 'absence',
    (uri) => scheduler.schedule(uri),
  );
  const workspace: WorkspaceDrafts = new WorkspaceDrafts({
    isOpen: (uri) => documents.get(uri) !== undefined,
    isConfigIgnored: (uri) => configs.forDocument(uri).ignored,
    publish: (uri, text) => publishClosedDraft(context, uri, text),
    republish: (uri) => republishClosedDraft(context, uri),
    forget: (uri) => {
      index.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    },
    quiet: async () => {
      await scheduler.quiet();
      // Typing comes first: closed drafts wait while an open draft's edit is not yet published (a bounded wait, so an
      // open draft that can never be published does not starve them).
      for (let turn = 0; turn < 100 && documents.all().some((document) => !context.lints.isPublished(document)); turn++) await scheduler.quiet();
    },
    messagesRead: () => scheduler.messagesRead,
    log: (message) => connection.console.info(message),
  });
  const index: DraftIndex = new DraftIndex(
    (uris) => {
      const closed: string[] = [];
      for (const uri of uris) {
        if (documents.get(uri)) {
          context.lints.forget(uri);
          scheduler.schedule(uri);
        } else {
          closed.push(uri);
        }
      }
      // Through the workspace's slices, so that a batch of near-copies never holds up an open draft's edit.
      if (closed.length > 0) workspace.affected(closed);
    },
    () => void connection.sendNotification(DRAFTS_CHANGED_NOTIFICATION),
  );
  const context: ServerContext = { connection, documents, client, settings, configs, lints: new LintCache(settings, configs, connection.console, index), scheduler, hold, workspace, index };
  return context;
}
