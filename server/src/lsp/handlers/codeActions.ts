import { CREATE_CONFIG_COMMAND } from '../editTraits';
import type { ServerContext } from '../context';
import { documentWorthLinting } from '../currentDocument';
import { onDemand } from '../loadOnDemand';

export function registerCodeActions(context: ServerContext): void {
  const { connection } = context;
  connection.onCodeAction(async (params, token) => {
    const document = await documentWorthLinting(context, params.textDocument.uri, token);
    return document ? onDemand().codeActionsFor(context, document, params) : [];
  });
  connection.onExecuteCommand((params) => {
    if (params.command === CREATE_CONFIG_COMMAND) onDemand().createConfigFile(context, params.arguments);
  });
}
