import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type Position,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Range,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { DEFAULT_CONFIG, LineIndex, lint } from '../../server/src/engine';
import type { Problem } from '../support/checkFixes';
import { repoRoot } from '../support/paths';
import { random } from '../support/random';
import { knownProblem } from './known';
import { editText, mutatedDraft } from './mutate';

const SEVERITIES = { error: 1, warning: 2, info: 3, hint: 4 } as const;

export interface ServerCaseResult {
  seed: number;
  edits: number;
  /** Published diagnostics compared with `lint()` on the full text. */
  compared: number;
  problems: Problem[];
  /** Problems of a kind already tracked elsewhere (see `known.ts`), counted apart by name. */
  known: string[];
}

/**
 * The bundled language server over stdio, as an editor other than VS Code drives it (no configuration requests,
 * incremental sync), kept for many cases. If it exits, every pending wait fails and the runner starts a new one.
 */
export class ServerSession {
  private readonly process: ChildProcess;
  private readonly connection: ProtocolConnection;
  private readonly waiters = new Map<string, { version: number; resolve: (params: PublishDiagnosticsParams) => void }>();
  private readonly latest = new Map<string, PublishDiagnosticsParams>();
  private readonly exitListeners = new Set<(reason: string) => void>();
  exited: string | undefined;

  private constructor() {
    this.process = spawn(process.execPath, [join(repoRoot, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      if (params.version !== undefined) this.latest.set(params.uri, params);
      const waiter = this.waiters.get(params.uri);
      if (waiter && params.version === waiter.version) waiter.resolve(params);
    });
    this.process.once('exit', (code, signal) => {
      this.exited = `the server exited (code ${code}, signal ${signal})`;
      for (const listener of this.exitListeners) listener(this.exited);
    });
    // A write to a server that has just died must not take the runner down with it.
    this.process.stdin!.on('error', () => undefined);
    this.connection.onError(() => undefined);
    this.connection.listen();
  }

  static async start(): Promise<ServerSession> {
    const session = new ServerSession();
    await session.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
    await session.connection.sendNotification(InitializedNotification.type, {});
    return session;
  }

  /** Resolves with the diagnostics published for `version`, or with a reason when the server exits or takes too long. */
  private published(uri: string, version: number, timeoutMs: number): Promise<PublishDiagnosticsParams | string> {
    return new Promise((resolve) => {
      if (this.exited) return resolve(this.exited);
      const already = this.latest.get(uri);
      if (already?.version === version) return resolve(already);
      const done = (value: PublishDiagnosticsParams | string) => {
        clearTimeout(timer);
        this.exitListeners.delete(done);
        this.waiters.delete(uri);
        resolve(value);
      };
      const timer = setTimeout(() => done(`no diagnostics for version ${version} within ${timeoutMs / 1000} s`), timeoutMs);
      this.waiters.set(uri, { version, resolve: done });
      this.exitListeners.add(done);
    });
  }

  /**
   * Opens a mutated draft, sends random incremental edits (sometimes several in one notification, sometimes the whole
   * text), and at random points and at the end checks the published diagnostics against `lint()` on the full text.
   */
  async runCase(seed: number, drafts: readonly string[], timeoutMs: number): Promise<ServerCaseResult> {
    const next = random(seed ^ 0x2545f491);
    const uri = `file:///fuzz/case-${seed}.invite.md`;
    let text = mutatedDraft(seed, drafts);
    let version = 1;
    const result: ServerCaseResult = { seed, edits: 0, compared: 0, problems: [], known: [] };
    // The texts sent since the last comparison: a slow lint of any of them delays the next publish.
    let pending = [text];
    const fail = (kind: string, detail: string) => {
      const problem = { kind, detail };
      const known = (kind === 'server did not publish' ? pending : [text]).map((sent) => knownProblem(sent, problem)).find(Boolean);
      if (known) result.known.push(known);
      else result.problems.push(problem);
    };
    const compare = async () => {
      const params = await this.published(uri, version, timeoutMs);
      if (typeof params === 'string') return fail('server did not publish', `${params}; text ${JSON.stringify(text)}`);
      result.compared++;
      comparePublished(text, params, fail);
      pending = [text];
    };

    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'invite', version, text } });
    if (next() < 0.3) await compare();
    const editCount = 1 + Math.floor(next() * 30);
    for (let i = 0; i < editCount && result.problems.length + result.known.length === 0; i++) {
      const changes: TextDocumentContentChangeEvent[] = [];
      if (next() < 0.05) {
        text = mutatedDraft(Math.floor(next() * 2 ** 31), drafts);
        changes.push({ text });
      } else {
        const batch = 1 + Math.floor(next() * (next() < 0.2 ? 4 : 1));
        for (let j = 0; j < batch; j++) {
          const change = randomChange(next, text);
          changes.push({ range: change.range, text: change.newText });
          text = change.result;
        }
      }
      version++;
      pending.push(text);
      result.edits += changes.length;
      await this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
      // Only the latest version is sure to be published: a server may drop versions superseded before it got to them.
      if (next() < 0.15) await compare();
    }
    if (result.problems.length + result.known.length === 0) await compare();
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    this.latest.delete(uri);
    return result;
  }

  /** Shuts the server down, or kills it if it does not exit within a few seconds (a server stuck in a lint). */
  async stop(): Promise<void> {
    if (!this.exited) {
      const exited = new Promise<void>((resolve) => this.exitListeners.add(() => resolve()));
      const timer = setTimeout(() => this.process.kill('SIGKILL'), 5000);
      this.connection
        .sendRequest(ShutdownRequest.type)
        .then(() => this.connection.sendNotification(ExitNotification.type))
        .catch(() => this.process.kill('SIGKILL'));
      await exited;
      clearTimeout(timer);
    }
    this.connection.dispose();
  }
}

/** An edit of a random range, never splitting a CRLF or a surrogate pair (no editor would), with its LSP range. */
function randomChange(next: () => number, text: string): { range: Range; newText: string; result: string } {
  const snap = (offset: number) => {
    const splits = (at: number) =>
      at > 0 && at < text.length && ((text[at - 1] === '\r' && text[at] === '\n') || (/[\uD800-\uDBFF]/.test(text[at - 1]) && /[\uDC00-\uDFFF]/.test(text[at])));
    return splits(offset) ? offset - 1 : offset;
  };
  const start = snap(Math.floor(next() * (text.length + 1)));
  const end = snap(Math.min(text.length, start + Math.floor(next() * (next() < 0.8 ? 8 : 200))));
  const lines = new LineIndex(text);
  const newText = editText(next, text);
  return { range: { start: lines.positionAt(start), end: lines.positionAt(Math.max(start, end)) }, newText, result: text.slice(0, start) + newText + text.slice(Math.max(start, end)) };
}

/** Incremental equals full: what the server published for the final text is what `lint()` says about it, in bounds. */
function comparePublished(text: string, params: PublishDiagnosticsParams, fail: (kind: string, detail: string) => void): void {
  const lines = new LineIndex(text);
  const inBounds = (position: Position) =>
    Number.isInteger(position.line) &&
    Number.isInteger(position.character) &&
    position.line >= 0 &&
    position.line < lines.lineCount &&
    position.character >= 0 &&
    position.character <= lines.lineEnd(position.line) - lines.lineStart(position.line);
  const checkRange = (range: Range, what: string) => {
    if (!inBounds(range.start) || !inBounds(range.end) || lines.offsetAt(range.start) > lines.offsetAt(range.end)) {
      fail('published range out of bounds', `${what}: ${JSON.stringify(range)} in a text of ${lines.lineCount} lines`);
    }
  };
  for (const diagnostic of params.diagnostics) {
    checkRange(diagnostic.range, `${diagnostic.code} diagnostic`);
    const fixes = (diagnostic.data as { fixes?: { title: string; edits: { range: Range }[] }[] } | undefined)?.fixes ?? [];
    for (const fix of fixes) for (const edit of fix.edits) checkRange(edit.range, `${diagnostic.code} fix "${fix.title}"`);
  }
  const published = params.diagnostics.map((d) => JSON.stringify([d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character, d.code, d.severity, d.message]));
  const expected = lint(text, DEFAULT_CONFIG).diagnostics.map((d) => {
    const start = lines.positionAt(d.start);
    const end = lines.positionAt(d.end);
    return JSON.stringify([start.line, start.character, end.line, end.character, d.rule, SEVERITIES[d.severity], d.message]);
  });
  published.sort();
  expected.sort();
  if (published.join('\n') !== expected.join('\n')) {
    const missing = expected.filter((item) => !published.includes(item));
    const extra = published.filter((item) => !expected.includes(item));
    fail('incremental differs from full', `after version ${params.version}: missing ${missing.slice(0, 3).join(' ')}; extra ${extra.slice(0, 3).join(' ')}; text ${JSON.stringify(text)}`);
  }
}
