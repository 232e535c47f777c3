import type { ServerContext } from '../context';

/**
 * Every open document is linted in the background (see LintScheduler) and its diagnostics pushed: as the writer types,
 * or with `inviteLint.run: onSave` when it is opened or saved. A change starts the typing hold (see TypingHold).
 */
export function registerDiagnostics({ connection, documents, scheduler, lints, hold, workspace, index }: ServerContext): void {
  const openedAt = new Map<string, number>();
  documents.onDidOpen((event) => {
    openedAt.set(event.document.uri, event.document.version);
    hold.stores(event.document.uri, event.document.version);
    scheduler.schedule(event.document.uri);
  });
  documents.onDidChangeContent((event) => {
    const { uri, version } = event.document;
    // The library reports an open as a change too: only later versions are the writer's edits.
    if (openedAt.get(uri) === version) return;
    hold.typed(uri);
    if (hold.lintsOnType(uri)) scheduler.schedule(uri);
  });
  documents.onDidSave((event) => {
    hold.stores(event.document.uri, event.document.version);
    scheduler.schedule(event.document.uri);
  });
  documents.onDidClose((event) => {
    openedAt.delete(event.document.uri);
    hold.forget(event.document.uri);
    scheduler.forget(event.document.uri);
    lints.forget(event.document.uri);
    // A workspace draft goes back to its diagnostics from disk; any other document's are cleared.
    if (workspace.closed(event.document.uri)) return;
    index.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });
}
