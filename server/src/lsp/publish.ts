import type { Diagnostic } from 'vscode-languageserver';
import { CodeLensRefreshRequest } from './library';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LINTING_NOTIFICATION, toLspDiagnostic } from './convert';
import type { ServerContext } from './context';
import { guarded } from './lintCache';

/** Lints a document's current version, unless that is already published, and pushes the diagnostics. */
export async function publishDiagnostics(context: ServerContext, uri: string): Promise<void> {
  const { connection, documents, client, lints, hold } = context;
  const current = documents.get(uri);
  if (!current || lints.isPublished(current) || !hold.mayPublish(uri, current.version)) return;
  // Written before the work starts, so that the client has it even if the server dies on this document.
  if (client.lintingNotifications) await connection.sendNotification(LINTING_NOTIFICATION, { uri });
  const document = documents.get(uri);
  if (document && hold.mayPublish(uri, document.version)) {
    // While the writer types, absence rules wait (typingHold.ts): such a result is published again when the hold ends.
    const shown = hold.filter(uri, lints.diagnostics(document), heldMessage(context, document));
    const diagnostics = shown.diagnostics.map((diagnostic) => toLspDiagnostic(document, diagnostic));
    if (!shown.held) lints.markPublished(document);
    void connection.sendDiagnostics({ uri, version: document.version, diagnostics });
    // The code lens counted only what was shown: with nothing held any more it is asked for again.
    if (shown.released && client.refreshesCodeLenses) void connection.sendRequest(CodeLensRefreshRequest.type);
  }
  if (client.lintingNotifications) void connection.sendNotification(LINTING_NOTIFICATION, { uri: null });
}

/** The message the typing hold judges (whether it looks finished), read only while the hold holds. */
export function heldMessage({ hold, lints }: ServerContext, document: TextDocument): string | undefined {
  return hold.isHolding(document.uri) ? lints.summary(document)?.text : undefined;
}

/** A draft that is not open, as read from disk: linted with its config and its diagnostics pushed (no version). */
export async function publishClosedDraft({ connection, configs, client, index }: ServerContext, uri: string, text: string): Promise<void> {
  if (client.stoppedDrafts.has(uri)) return;
  // As for open drafts: should the server die on this one, the client knows which and stops it being linted.
  if (client.lintingNotifications) await connection.sendNotification(LINTING_NOTIFICATION, { uri });
  // Guarded like an open draft's lint: an engine error on this file is logged and publishes nothing.
  const diagnostics = guarded(connection.console, uri, [], () => {
    const { config, ignored } = configs.forDocument(uri);
    if (ignored) return (index.delete(uri), []);
    const document = TextDocument.create(uri, 'invite', 0, text);
    return index.lint(uri, text, config).diagnostics.map((diagnostic) => toLspDiagnostic(document, diagnostic));
  });
  const written = connection.sendDiagnostics({ uri, diagnostics });
  if (client.lintingNotifications) void connection.sendNotification(LINTING_NOTIFICATION, { uri: null });
  await written;
}

/** A closed draft whose cross-draft diagnostics changed because another draft did: its text is as last read. */
export async function republishClosedDraft({ connection, index }: ServerContext, uri: string): Promise<void> {
  const diagnostics = guarded<Diagnostic[] | undefined>(connection.console, uri, [], () => {
    const text = index.text(uri);
    const result = index.current(uri);
    if (text === undefined || !result) return undefined;
    const document = TextDocument.create(uri, 'invite', 0, text);
    return result.diagnostics.map((diagnostic) => toLspDiagnostic(document, diagnostic));
  });
  if (diagnostics) await connection.sendDiagnostics({ uri, diagnostics });
}
