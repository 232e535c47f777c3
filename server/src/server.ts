import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
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

const USAGE = `Usage: invite-lint-ls --stdio

The invite-lint language server. Editors start it with --stdio (or --node-ipc, --socket=PORT, --pipe=NAME)
and speak the Language Server Protocol to it; it lints *.invite.md drafts and pushes diagnostics.`;
const TRANSPORTS = /^--(?:stdio|node-ipc|socket=|pipe=|clientProcessId)/;
const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h') || !args.some((arg) => TRANSPORTS.test(arg))) {
  const asked = args.includes('--help') || args.includes('-h');
  (asked ? process.stdout : process.stderr).write(`${asked ? '' : 'invite-lint-ls: no transport given.\n\n'}${USAGE}\n`);
  process.exit(asked ? 0 : 2);
}

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
