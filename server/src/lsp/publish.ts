import { LINTING_NOTIFICATION, toLspDiagnostic } from './convert';
import type { ServerContext } from './context';

/** Lints a document's current version, unless that is already published, and pushes the diagnostics. */
export async function publishDiagnostics({ connection, documents, client, lints }: ServerContext, uri: string): Promise<void> {
  const current = documents.get(uri);
  if (!current || lints.isPublished(current)) return;
  // Written before the work starts, so that the client has it even if the server dies on this document.
  if (client.lintingNotifications) await connection.sendNotification(LINTING_NOTIFICATION, { uri });
  const document = documents.get(uri);
  if (document) {
    const diagnostics = lints.diagnostics(document).map((diagnostic) => toLspDiagnostic(document, diagnostic));
    lints.markPublished(document);
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  }
  if (client.lintingNotifications) void connection.sendNotification(LINTING_NOTIFICATION, { uri: null });
}
