import type { ServerContext } from '../context';
import { onDemand } from '../loadOnDemand';

export function registerCompletion(context: ServerContext): void {
  context.connection.onCompletion((params) => onDemand().completionItems(context, params));
}
