// The language server, run by server.ts (the `invite-lint-ls` command), which checks its arguments first.
import { ProposedFeatures, createConnection } from './lsp/library';
import { createContext } from './lsp/context';
import { registerCodeActions } from './lsp/handlers/codeActions';
import { registerCompletion } from './lsp/handlers/completion';
import { registerConfig } from './lsp/handlers/config';
import { registerDiagnostics } from './lsp/handlers/diagnostics';
import { registerHover } from './lsp/handlers/hover';
import { registerInitialize } from './lsp/handlers/initialize';
import { registerSummary } from './lsp/handlers/summary';
import { registerWorkbench } from './lsp/handlers/workbench';
import { CONFIGURATION_TIMEOUT_MS } from './lsp/settings';

// Tests shorten the wait for a client that never answers workspace/configuration.
const configurationTimeoutMs = Number(process.env.INVITE_LINT_CONFIGURATION_TIMEOUT_MS) || CONFIGURATION_TIMEOUT_MS;
// Every message read, an edit or not (`$/setTrace`, a cancellation, a request), tells the scheduler that the client's
// queue is not drained yet, so that none of them ends a burst of edits early.
const connection = createConnection(ProposedFeatures.all, {
  messageStrategy: {
    handleMessage(message, handle) {
      context.scheduler.noteActivity();
      handle(message);
    },
  },
});
const context = createContext(connection, configurationTimeoutMs);
for (const register of [registerInitialize, registerConfig, registerDiagnostics, registerCodeActions, registerHover, registerCompletion, registerSummary, registerWorkbench]) register(context);
context.documents.listen(connection);
connection.listen();

/** Resolves once the first diagnostics are published (server.ts then saves the code cache). */
export const firstPublished = context.scheduler.firstPublished;
