import type { ServerContext } from '../context';
import { documentWorthLinting } from '../currentDocument';
import { onDemand } from '../loadOnDemand';

export function registerHover(context: ServerContext): void {
  context.connection.onHover(async (params, token) => {
    const document = await documentWorthLinting(context, params.textDocument.uri, token);
    return document ? onDemand().hoverAt(context, document, params.position) : null;
  });
}
