import { MESSAGE_SUMMARY_REQUEST } from '../convert';
import type { ServerContext } from '../context';

/** For "Copy message" and the status bar: the message as LinkedIn would get it, and its limit. */
export function registerSummary({ connection, documents, lints }: ServerContext): void {
  connection.onRequest(MESSAGE_SUMMARY_REQUEST, (params: { uri?: unknown } | null) => {
    const document = typeof params?.uri === 'string' ? documents.get(params.uri) : undefined;
    const summary = document ? lints.summary(document) : null;
    // The config file in effect travels with the summary, for the status bar's tooltip.
    return summary && { ...summary, configFile: lints.configFile(document!) };
  });
}
