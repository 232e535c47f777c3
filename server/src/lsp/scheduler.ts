import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A document changed this soon after its last lint is in a burst of edits (a multi-cursor edit, a fix-all, a
 * script), which a client may write over many turns of the event loop; typing is slower than this...
 */
const BURST_WINDOW_MS = 20;
/** ...and is linted again once its edits stop for this long. */
const BURST_PAUSE_MS = 30;

/**
 * Lints open documents in the background, one at a time, oldest request first, and only their latest version.
 * Before linting a document it waits for two things, in this order:
 * 1. quiet: a turn of the event loop in which no message was read (see `settled`), so every edit already sent is
 *    applied; no timer, so a keystroke after a pause is linted at once;
 * 2. in a burst (the document was linted less than BURST_WINDOW_MS ago): a pause of BURST_PAUSE_MS without a new
 *    version, for clients that write a burst's edits over many turns.
 * So a burst of edits is linted at most twice: as it starts and once it pauses.
 */
export class LintScheduler {
  private readonly pending = new Set<string>();
  /** When each document's last lint ended (performance.now()). */
  private readonly lastLinted = new Map<string, number>();
  private running = false;
  /** Counts the messages read (every one, edits or not: see serverMain.ts): a turn that reads one is not a quiet turn. */
  private activity = 0;
  private resolveFirstPublished?: () => void;
  /** Resolves once the first lint has been published: the server's start-up is over. */
  readonly firstPublished = new Promise<void>((resolve) => (this.resolveFirstPublished = resolve));

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly publish: (uri: string) => Promise<void>,
    private readonly failed: (uri: string, error: unknown) => void,
  ) {}

  schedule(uri: string): void {
    this.activity++;
    this.pending.add(uri);
    if (!this.running) void this.run();
  }

  forget(uri: string): void {
    this.pending.delete(uri);
    this.lastLinted.delete(uri);
  }

  /** How many messages have been read so far: a change means the editor has said something. */
  get messagesRead(): number {
    return this.activity;
  }

  /** Called as each message comes in, before its handler, so that waiting for quiet also waits out queued messages. */
  noteActivity(): void {
    this.activity++;
  }

  /**
   * Waits until the message loop has drained what clients have queued (a turn in which no message was read), so
   * that work starts on the latest version and after any cancellation has been read.
   */
  async quiet(): Promise<void> {
    await nextTurn();
    let seen = this.activity;
    for (;;) {
      await nextTurn();
      if (this.activity === seen) return;
      seen = this.activity;
    }
  }

  private async run(): Promise<void> {
    this.running = true;
    try {
      while (this.pending.size > 0) {
        const [uri] = this.pending;
        await this.settled(uri);
        if (!this.pending.delete(uri)) continue;
        await this.publish(uri).catch((error: unknown) => this.failed(uri, error));
        this.lastLinted.set(uri, performance.now());
        this.resolveFirstPublished?.();
      }
    } finally {
      this.running = false;
    }
  }

  /**
   * vscode-jsonrpc handles one queued message per turn, so once a turn reads no message, the messages already sent
   * (edits, requests and notifications such as `$/setTrace` between them) have all been read. A document linted
   * moments ago is in a burst of edits, whose client may write them over many turns: it then waits for the edits to
   * pause.
   */
  private async settled(uri: string): Promise<void> {
    await this.quiet();
    const last = this.lastLinted.get(uri);
    if (last === undefined || performance.now() - last > BURST_WINDOW_MS) return;
    let version = this.documents.get(uri)?.version;
    for (;;) {
      await pause(BURST_PAUSE_MS);
      const current = this.documents.get(uri)?.version;
      if (current === version) return;
      version = current;
    }
  }
}
