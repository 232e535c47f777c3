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
 * Lints open documents in the background, one at a time, oldest request first, and only their latest version:
 * a burst of edits is linted at most twice (as it starts and once it pauses), and no timer delays a keystroke that
 * follows a pause.
 */
export class LintScheduler {
  private readonly pending = new Set<string>();
  /** When each document's last lint ended (performance.now()). */
  private readonly lastLinted = new Map<string, number>();
  private running = false;

  constructor(
    private readonly documents: TextDocuments<TextDocument>,
    private readonly publish: (uri: string) => Promise<void>,
    private readonly failed: (uri: string, error: unknown) => void,
  ) {}

  schedule(uri: string): void {
    this.pending.add(uri);
    if (!this.running) void this.run();
  }

  forget(uri: string): void {
    this.pending.delete(uri);
    this.lastLinted.delete(uri);
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
      }
    } finally {
      this.running = false;
    }
  }

  /**
   * Waits until a whole turn of the event loop brings no newer version of the document. vscode-jsonrpc handles one
   * queued message per turn, so the didChange notifications already sent are all read before linting starts;
   * the first turn only lets the message loop queue its next message after the one that scheduled this lint.
   * A document linted moments ago is in a burst of edits, whose client may write them over many turns: it waits
   * for the edits to pause.
   */
  private async settled(uri: string): Promise<void> {
    await nextTurn();
    let version = this.documents.get(uri)?.version;
    for (;;) {
      await nextTurn();
      const current = this.documents.get(uri)?.version;
      if (current === version) break;
      version = current;
    }
    const last = this.lastLinted.get(uri);
    if (last === undefined || performance.now() - last > BURST_WINDOW_MS) return;
    for (;;) {
      await pause(BURST_PAUSE_MS);
      const current = this.documents.get(uri)?.version;
      if (current === version) return;
      version = current;
    }
  }
}
