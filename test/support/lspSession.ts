// A minimal LSP client over stdio for protocol tests: the bundled server, started as an editor would start it,
// with every publish recorded, waiters on published diagnostics and a configuration answer the test chooses.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  ConfigurationRequest,
  RegistrationRequest,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
  type ClientCapabilities,
  type ConfigurationItem,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type WorkspaceFolder,
} from 'vscode-languageserver-protocol/node';
import { repoRoot } from './paths';

export class LspSession {
  readonly process: ChildProcess;
  readonly connection: ProtocolConnection;
  /** Answers each `workspace/configuration` item; every item asked is recorded in `asked`. */
  answer: (item: ConfigurationItem) => unknown = () => null;
  readonly asked: ConfigurationItem[] = [];
  /** Every capability the server registered dynamically. */
  readonly registrations: Registration[] = [];
  /** Every publishDiagnostics received, in order. */
  readonly published: PublishDiagnosticsParams[] = [];
  private readonly waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];

  /** `server`: the server's command, by default the build's; `env`: variables added to the server's environment. */
  constructor(server = join(repoRoot, 'dist', 'server.js'), env: Record<string, string> = {}) {
    this.process = spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      const index = this.waiters.findIndex((waiter) => waiter.uri === params.uri && waiter.accept(params));
      if (index >= 0) this.waiters.splice(index, 1)[0].resolve(params);
    });
    this.connection.onRequest(ConfigurationRequest.type, (params) => {
      this.asked.push(...params.items);
      return this.configuration(params.items);
    });
    this.connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
    });
    this.connection.listen();
  }

  async initialize(capabilities: ClientCapabilities, workspaceFolders: WorkspaceFolder[] | null, initializationOptions?: unknown): Promise<void> {
    await this.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities, workspaceFolders, initializationOptions });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  /** The answer to a `workspace/configuration` request: by default `answer` for each item. */
  protected configuration(items: ConfigurationItem[]): unknown[] | Promise<unknown[]> {
    return items.map((item) => this.answer(item));
  }

  /** Resolves with the next diagnostics for `uri` that satisfy `accept` (by default, any). */
  diagnostics(uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => this.waiters.push({ uri, accept, resolve }));
  }

  async open(uri: string, text: string, accept?: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams> {
    const published = this.diagnostics(uri, accept);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'invite', version: 1, text } });
    return published;
  }

  async close(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', resolve));
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
