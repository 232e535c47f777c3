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
   * Waits until a whole turn of the event loop brings no newer version of the document. vscode-jsonrpc handles one
   * queued message per turn, so the didChange notifications already sent are all read before linting starts;
   * the first turn only lets the message loop queue its next message after the one that scheduled this lint.
   */
  private async settled(uri: string): Promise<void> {
    await nextTurn();
    let version = this.documents.get(uri)?.version;
    for (;;) {
      await nextTurn();
      const current = this.documents.get(uri)?.version;
      if (current === version) return;
      version = current;
    }
  }
}
