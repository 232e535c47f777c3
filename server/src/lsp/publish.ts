import { LINTING_NOTIFICATION, toLspDiagnostic } from './convert';
import type { ServerContext } from './context';

/** Lints a document's current version, unless that is already published, and pushes the diagnostics. */
export async function publishDiagnostics({ connection, documents, client, lints, hold }: ServerContext, uri: string): Promise<void> {
  const current = documents.get(uri);
  if (!current || lints.isPublished(current)) return;
  // Written before the work starts, so that the client has it even if the server dies on this document.
  if (client.lintingNotifications) await connection.sendNotification(LINTING_NOTIFICATION, { uri });
  const document = documents.get(uri);
  if (document) {
    // While the writer types, absence rules wait (typingHold.ts): such a result is published again when the hold ends.
    const shown = hold.filter(uri, lints.diagnostics(document), hold.isHolding(uri) ? lints.summary(document)?.text : undefined);
    const diagnostics = shown.diagnostics.map((diagnostic) => toLspDiagnostic(document, diagnostic));
    if (!shown.held) lints.markPublished(document);
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  }
  if (client.lintingNotifications) void connection.sendNotification(LINTING_NOTIFICATION, { uri: null });
}
