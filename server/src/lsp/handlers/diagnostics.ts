import type { ServerContext } from '../context';

/** Every open document is linted in the background (see LintScheduler) and its diagnostics pushed. */
export function registerDiagnostics({ connection, documents, scheduler, lints, workspace, index }: ServerContext): void {
  documents.onDidOpen((event) => scheduler.schedule(event.document.uri));
  documents.onDidChangeContent((event) => scheduler.schedule(event.document.uri));
  documents.onDidClose((event) => {
    scheduler.forget(event.document.uri);
    lints.forget(event.document.uri);
    // A workspace draft goes back to its diagnostics from disk; any other document's are cleared.
    if (workspace.closed(event.document.uri)) return;
    index.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });
}
