import type { CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext } from './context';

/**
 * The document a request is about, once it is worth linting: a request that finds this version's lint cached is
 * answered at once; otherwise the messages already queued (newer edits, a cancellation) are read first, and a request
 * that was cancelled or whose version is no longer the latest gets nothing, so a burst of keystrokes with a request
 * after each one lints once, not once per keystroke.
 */
export async function documentWorthLinting({ documents, lints, scheduler }: ServerContext, uri: string, token: CancellationToken): Promise<TextDocument | undefined> {
  const document = documents.get(uri);
  if (!document || lints.hasDiagnostics(document)) return document;
  // The document object is updated in place by later edits: remember which version the request was about.
  const version = document.version;
  await scheduler.quiet();
  const latest = documents.get(uri);
  return token.isCancellationRequested || latest?.version !== version ? undefined : latest;
}
