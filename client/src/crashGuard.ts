import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  DidCloseTextDocumentNotification,
  ErrorAction,
  type ErrorHandler,
  type LanguageClient,
  type Middleware,
} from 'vscode-languageclient/node';
import { CRASH_WINDOW_MS, CrashPolicy, MAX_UNEXPLAINED_RESTARTS } from './crashPolicy';

const LINTING_NOTIFICATION = 'inviteLint/linting';

/**
 * Keeps invite-lint working when its language server crashes: the server is restarted, and a draft it crashed on
 * twice is no longer sent to it (one message names the draft) while the other drafts keep being linted.
 *
 * The draft a crash is pinned on is the one the server said it was linting (`inviteLint/linting`, written before the
 * work starts), else the one of the oldest unanswered request: the server answers requests one at a time, in order.
 */
export class CrashGuard implements vscode.Disposable {
  private readonly policy = new CrashPolicy();
  /** Drafts no longer sent to the server, until they are closed. */
  private readonly stopped = new Set<string>();
  private linting: string | undefined;
  /** Unanswered requests about a document, oldest first. */
  private readonly requests = new Set<{ uri: string }>();
  private readonly startedLinting = new vscode.EventEmitter<string>();
  private readonly stoppedLinting = new vscode.EventEmitter<{ uri: string; message: string }>();
  readonly onDidStartLinting = this.startedLinting.event;
  readonly onDidStopLinting = this.stoppedLinting.event;
  private client: LanguageClient | undefined;

  readonly middleware: Pick<Middleware, 'sendRequest' | 'sendNotification'> = {
    sendRequest: (type, param, token, next) => {
      const uri = documentUri(param);
      if (uri === undefined) return next(type, param, token);
      const request = { uri };
      this.requests.add(request);
      return next(type, param, token).finally(() => this.requests.delete(request));
    },
    sendNotification: (type, next, params) => {
      const uri = documentUri(params);
      if (uri === undefined || !this.stopped.has(uri)) return next(type, params);
      // Closed, the draft gets another chance when it is opened again.
      if ((typeof type === 'string' ? type : type.method) === DidCloseTextDocumentNotification.method) this.stopped.delete(uri);
      return Promise.resolve();
    },
  };

  readonly errorHandler: ErrorHandler = {
    // Writing to a server that has just died fails; the close that follows decides what happens.
    error: (_error, _message, count) => ((count ?? 0) <= 3 ? { action: ErrorAction.Continue, handled: true } : { action: ErrorAction.Shutdown }),
    closed: () => {
      const suspect = this.linting ?? this.requests.values().next().value?.uri;
      this.linting = undefined;
      this.requests.clear();
      const verdict = this.policy.crashed(suspect !== undefined && !this.stopped.has(suspect) ? suspect : undefined);
      if (verdict === 'give-up') {
        const message = `The invite-lint server crashed ${MAX_UNEXPLAINED_RESTARTS + 1} times in ${CRASH_WINDOW_MS / 60_000} minutes and will not be restarted; the "Invite Lint" output says why. Reload the window to start it again.`;
        return { action: CloseAction.DoNotRestart, message };
      }
      if (verdict === 'restart-without-suspect' && suspect !== undefined) this.stopLinting(suspect);
      return { action: CloseAction.Restart, handled: true };
    },
  };

  /** The drafts it stopped linting: a restarted server is told to leave them alone on disk too. */
  stoppedDrafts(): string[] {
    return [...this.stopped];
  }

  attach(client: LanguageClient): void {
    this.client = client;
    client.onNotification(LINTING_NOTIFICATION, (params: { uri?: unknown }) => {
      this.linting = typeof params?.uri === 'string' ? params.uri : undefined;
      if (this.linting !== undefined) this.startedLinting.fire(this.linting);
    });
  }

  private stopLinting(uri: string): void {
    this.stopped.add(uri);
    const parsed = vscode.Uri.parse(uri);
    this.client?.diagnostics?.delete(parsed);
    const message = `invite-lint stopped linting ${path.posix.basename(parsed.path)}: the server crashed on it twice. Other drafts keep working; close and reopen it to try again.`;
    void vscode.window.showWarningMessage(message);
    this.stoppedLinting.fire({ uri, message });
  }

  dispose(): void {
    this.startedLinting.dispose();
    this.stoppedLinting.dispose();
  }
}

/** The document a request or notification is about (`textDocument.uri`, or `uri` in invite-lint's own requests). */
function documentUri(params: unknown): string | undefined {
  if (typeof params !== 'object' || params === null) return undefined;
  const { textDocument, uri } = params as { textDocument?: { uri?: unknown }; uri?: unknown };
  const candidate = textDocument?.uri ?? uri;
  return typeof candidate === 'string' ? candidate : undefined;
}
