import type { TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Lints open documents in the background, one at a time, oldest request first, and only their latest version:
 * a burst of edits is linted once, and no timer delays a single keystroke.
 */
export class LintScheduler {
  private readonly pending = new Set<string>();
  private running = false;
  /** Counts messages the handlers have read: a turn that reads one is not a quiet turn. */
  private activity = 0;

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
  }

  /** How many messages the handlers have read so far: a change means the editor has said something. */
  get messagesRead(): number {
    return this.activity;
  }

  /** Called by every handler as a message comes in, so that waiting for quiet also waits out queued requests. */
  noteActivity(): void {
    this.activity++;
  }

  /**
   * Waits until the message loop has drained what clients have queued (a turn in which no handler ran and no
   * document changed), so that work starts on the latest version and after any cancellation has been read.
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
      }
    } finally {
      this.running = false;
    }
  }

  /**
   * Waits until a whole turn of the event loop brings no newer version of the document and no other message.
   * vscode-jsonrpc handles one queued message per turn, so the messages already sent (edits, and requests in between
   * them) are all read before linting starts.
   */
  private async settled(uri: string): Promise<void> {
    await nextTurn();
    let version = this.documents.get(uri)?.version;
    let seen = this.activity;
    for (;;) {
      await nextTurn();
      const current = this.documents.get(uri)?.version;
      if (current === version && this.activity === seen) return;
      version = current;
      seen = this.activity;
    }
  }
}
