import { MESSAGE_SUMMARY_REQUEST } from '../convert';
import type { ServerContext } from '../context';

/**
 * For "Copy message" and the status bar: the message as LinkedIn would get it, and its limit. `text: false` leaves
 * out the message itself (the status bar only counts it), so a long draft does not travel on every keystroke.
 */
export function registerSummary({ connection, documents, lints }: ServerContext): void {
  connection.onRequest(MESSAGE_SUMMARY_REQUEST, (params: { uri?: unknown; text?: unknown } | null) => {
    const document = typeof params?.uri === 'string' ? documents.get(params.uri) : undefined;
    const summary = document ? lints.summary(document) : null;
    if (!summary) return null;
    // The config file in effect travels with the summary, for the status bar's tooltip.
    const answer = { ...summary, configFile: lints.configFile(document!) };
    return params?.text === false ? { ...answer, text: undefined, subject: summary.subject && { ...summary.subject, text: undefined } } : answer;
  });
}
