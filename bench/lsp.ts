// A bench LSP client over stdio: cold start to first diagnostics, idle RSS, didChange latency and edit bursts.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type WorkspaceFolder,
} from 'vscode-languageserver-protocol/node';

export class BenchClient {
  readonly process: ChildProcess;
  readonly connection: ProtocolConnection;
  /** When the process was spawned (performance.now()). */
  readonly spawnedAt: number;
  /** How many lints the server announced (`inviteLint/linting` with a uri), when asked for them. */
  lints = 0;
  published = 0;
  private readonly waiters: { accept: (params: PublishDiagnosticsParams) => boolean; resolve: () => void }[] = [];
  /** Called with every publish, before the waiters are settled. */
  private readonly publishListeners: ((params: PublishDiagnosticsParams) => void)[] = [];
  private readonly versions = new Map<string, number>();

  constructor(script: string) {
    this.spawnedAt = performance.now();
    this.process = spawn(process.execPath, [script, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published++;
      for (const listener of this.publishListeners) listener(params);
      const index = this.waiters.findIndex((waiter) => waiter.accept(params));
      if (index >= 0) this.waiters.splice(index, 1)[0].resolve();
    });
    this.connection.onNotification('inviteLint/linting', (params: { uri: string | null }) => {
      if (params.uri) this.lints++;
    });
    this.connection.listen();
  }

  async initialize(initializationOptions?: unknown, workspaceFolders?: WorkspaceFolder[]): Promise<void> {
    await this.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions, workspaceFolders });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  onPublish(listener: (params: PublishDiagnosticsParams) => void): void {
    this.publishListeners.push(listener);
  }

  /** Opens a document and resolves when its diagnostics are published. */
  open(uri: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    const published = this.publishedVersion(uri, 1);
    void this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'invite', version: 1, text } });
    return published;
  }

  /**
   * Sends edits (each inserting or deleting one character at the start of `line`) back to back, either each in its
   * own write or all in one write to the pipe, and resolves when the last version's diagnostics are published.
   */
  edit(uri: string, line: number, count: number, oneWrite = false): Promise<void> {
    const first = this.versions.get(uri)! + 1;
    const last = first + count - 1;
    this.versions.set(uri, last);
    const published = this.publishedVersion(uri, last);
    const changes = Array.from({ length: count }, (_, index) => {
      const version = first + index;
      const range = version % 2 === 0 ? { start: { line, character: 0 }, end: { line, character: 0 } } : { start: { line, character: 0 }, end: { line, character: 1 } };
      return { textDocument: { uri, version }, contentChanges: [{ range, text: version % 2 === 0 ? 'x' : '' }] };
    });
    if (oneWrite) {
      const frames = changes.map((params) => {
        const body = JSON.stringify({ jsonrpc: '2.0', method: DidChangeTextDocumentNotification.method, params });
        return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
      });
      this.process.stdin!.write(frames.join(''));
    } else {
      for (const params of changes) void this.connection.sendNotification(DidChangeTextDocumentNotification.type, params);
    }
    return published;
  }

  /** Resident memory now (VmRSS), in KB; undefined where /proc is not available. */
  rssKb(): number | undefined {
    try {
      const status = readFileSync(`/proc/${this.process.pid}/status`, 'utf8');
      return Number(/^VmRSS:\s*(\d+)/m.exec(status)?.[1]);
    } catch {
      return undefined;
    }
  }

  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    await exited;
    this.connection.dispose();
  }

  private publishedVersion(uri: string, version: number): Promise<void> {
    return new Promise((resolve) => this.waiters.push({ accept: (params) => params.uri === uri && params.version === version, resolve }));
  }
}
