// Every draft of the workspace folders, open or not: found on disk (the walker the CLI uses, with its ignores), kept
// current from file events, linted in slices that give way to the message loop so typing is never held up.
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FileEvent } from 'vscode-languageserver';
import { FileChangeType } from './library';
import type { Input } from '../files/inputs';
import type { GitIgnores } from '../files/gitignore';
import { onDemand } from './loadOnDemand';

/**
 * A slice of closed-draft work stops after this long and lets queued messages (keystrokes) through. Measured with
 * bench/workspaceTyping.ts: at 2 ms an edit waited about five times as long as with no workspace lint, at 0.5 ms about
 * twice, and the workspace lint took no longer.
 */
export const SLICE_MS = 0.5;
const DRAFT = /\.invite\.md$/;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const ALWAYS_SKIPPED = new Set(['node_modules', '.git']);

/** What the closed-draft linter needs from the server around it. */
export interface DraftHost {
  isOpen(uri: string): boolean;
  /** Named by the config's `ignores` (the config file of the draft's folder). */
  isConfigIgnored(uri: string): boolean;
  /** Lints a closed draft's text from disk and publishes its diagnostics; resolves once they are written. */
  publish(uri: string, text: string): Promise<void>;
  /** Publishes a closed draft's diagnostics again from the text it was last linted with; resolves once they are written. */
  republish(uri: string): Promise<void>;
  /** The draft is gone (deleted, ignored, no longer linted): clear its diagnostics. */
  forget(uri: string): void;
  /** Grows with every message from the editor that the handlers read: a slice ends as soon as it does. */
  messagesRead(): number;
  /** Resolves once the messages clients have queued are read and the open drafts' latest edits are published. */
  quiet(): Promise<void>;
  log(message: string): void;
}

export class WorkspaceDrafts {
  private roots: string[] = [];
  /** Drafts found on disk, open or not. */
  private readonly known = new Set<string>();
  /** Drafts to read again (a file event, a draft closed in the editor), before the scan goes on. */
  private readonly queue = new Set<string>();
  /**
   * Closed drafts to publish again from their last text because another draft changed (a near-copy appeared or went):
   * after the file events and the scan, so a draft that many others resemble is re-linted once, not once per neighbour.
   */
  private readonly stale = new Set<string>();
  /** The walk under way: of every root, or of the folders just added (`roots`). */
  private scan: { inputs: Iterator<Input>; seen: Set<string>; roots: string[] } | undefined;
  private running = false;
  private enabled = true;
  /** Nothing is scanned before the client has said `initialized`. */
  private started = false;
  /** The walker and .gitignore reading come with the first walk (loadOnDemand.ts): a server with no folder open never needs them. */
  private gitignores?: GitIgnores;
  private readonly idleWaiters: (() => void)[] = [];
  /** The last closed draft's diagnostics being written: a slice waits for it, so no backlog builds up ahead of an open draft's. */
  private written: Promise<void> = Promise.resolve();

  constructor(private readonly host: DraftHost) {}

  setRoots(uris: readonly string[]): void {
    this.roots = filePaths(uris);
  }

  /** Workspace folders added or removed after start: the added ones are walked, the removed ones' drafts forgotten. */
  changeRoots(added: readonly string[], removed: readonly string[]): void {
    const gone = filePaths(removed);
    const fresh = filePaths(added).filter((root) => !this.roots.includes(root));
    this.roots = [...this.roots.filter((root) => !gone.includes(root)), ...fresh];
    // A draft also under a folder that stays (nested folders) stays.
    for (const uri of [...this.known]) if (!this.inScope(uri)) this.drop(uri);
    for (const uri of [...this.queue]) if (!this.inScope(uri)) this.queue.delete(uri);
    if (fresh.length === 0) return;
    // A walk under way is started again over every folder; otherwise only the new folders are walked.
    this.rescan(this.scan ? undefined : fresh);
  }

  start(): void {
    this.started = true;
    this.rescan();
  }

  /** Turns closed-draft linting on (a full scan) or off (their diagnostics cleared). */
  setEnabled(enabled: boolean): void {
    if (enabled === this.enabled) return;
    this.enabled = enabled;
    if (enabled) return this.rescan();
    this.scan = undefined;
    this.queue.clear();
    this.stale.clear();
    for (const uri of this.known) if (!this.host.isOpen(uri)) this.host.forget(uri);
    this.known.clear();
  }

  /**
   * Finds every draft again and re-lints them: at start, after the settings or a config file or a .gitignore change.
   * Drafts the new scan no longer finds (ignored now) are cleared once it ends.
   */
  rescan(only?: string[]): void {
    if (!this.started || !this.enabled || this.roots.length === 0) return;
    this.gitignores?.clear();
    const roots = only ?? this.roots;
    const { inputsFor } = onDemand();
    const inputs = (function* (ignored: (root: string) => (file: string, folder: boolean) => string | undefined) {
      for (const root of roots) yield* inputsFor(root, ignored(root));
    })((root) => (file, folder) => this.ignored(root, file, folder));
    this.scan = { inputs, seen: new Set(), roots };
    void this.run();
  }

  /** File events from the client: drafts created, changed, deleted (a rename is a delete and a create). */
  filesChanged(changes: readonly FileEvent[]): void {
    if (!this.enabled) return;
    if (changes.some((change) => path.posix.basename(change.uri) === '.gitignore')) return this.rescan();
    for (const change of changes) {
      if (DRAFT.test(change.uri)) this.queue.add(change.uri);
      // A deleted folder comes as one event: the drafts under it go with it.
      else if (change.type === FileChangeType.Deleted) for (const uri of this.known) if (uri.startsWith(`${change.uri}/`)) this.queue.add(uri);
    }
    void this.run();
  }

  /** A draft closed in the editor: its file on disk is linted again, if it is one of the workspace's drafts. */
  closed(uri: string): boolean {
    if (!this.enabled || !this.inScope(uri)) return false;
    this.queue.add(uri);
    void this.run();
    return true;
  }

  /** Closed drafts whose cross-draft diagnostics may have changed: published again in the slices, each once. */
  affected(uris: readonly string[]): void {
    for (const uri of uris) this.stale.add(uri);
    void this.run();
  }

  /** Resolves when every known draft has been linted and no file event is waiting (tests and the bench). */
  idle(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (this.enabled && this.pending()) {
        const until = performance.now() + SLICE_MS;
        const read = this.host.messagesRead();
        // A turn of the event loop after each draft lets a keystroke be read; the slice ends once one is.
        do {
          await this.step();
          await nextTurn();
        } while (performance.now() < until && this.pending() && this.host.messagesRead() === read);
        await this.written;
        await this.host.quiet();
      }
    } catch (error) {
      // Started with `void`: a failure here would be an unhandled rejection. The next event starts the work again.
      this.host.log(`Linting the workspace's drafts stopped: ${(error as Error).stack ?? error}`);
    } finally {
      this.running = false;
      this.idleWaiters.splice(0).forEach((resolve) => resolve());
    }
  }

  private pending(): boolean {
    return this.queue.size > 0 || this.scan !== undefined || this.stale.size > 0;
  }

  private async step(): Promise<void> {
    const [uri] = this.queue;
    if (uri !== undefined) {
      this.queue.delete(uri);
      const file = this.inScope(uri) ? [...onDemand().inputsFor(fileURLToPath(uri), (name, folder) => this.ignored(this.rootOf(name)!, name, folder))][0] : undefined;
      return file && 'read' in file ? this.load(uri, file) : this.drop(uri);
    }
    const scan = this.scan;
    if (!scan) {
      const [again] = this.stale;
      this.stale.delete(again);
      if (this.known.has(again) && !this.host.isOpen(again)) this.written = this.logged(again, this.host.republish(again));
      return;
    }
    const next = scan.inputs.next();
    if (next.done) {
      this.scan = undefined;
      for (const known of [...this.known]) if (!scan.seen.has(known) && scan.roots.some((root) => onDemand().isInside(root, fileURLToPath(known)))) this.drop(known);
      return;
    }
    if (!('read' in next.value)) {
      // A folder that cannot be read is worth a line in the log; a folder without drafts is not.
      if ('problem' in next.value && !next.value.problem.startsWith('no *')) this.host.log(`Not linting ${next.value.file}: ${next.value.problem}.`);
      return;
    }
    const found = pathToFileURL(next.value.file).href;
    scan.seen.add(found);
    await this.load(found, next.value);
  }

  private async load(uri: string, input: Extract<Input, { read: unknown }>): Promise<void> {
    this.known.add(uri);
    // Linted from its text now, with every other draft as it stands.
    this.stale.delete(uri);
    // The editor's text wins over the disk: an open draft is linted from what the editor sends.
    if (this.host.isOpen(uri)) return;
    try {
      this.written = this.logged(uri, this.host.publish(uri, await input.read()));
    } catch (error) {
      this.host.log(`Not linting ${input.file}: ${(error as Error).message}.`);
      this.drop(uri);
    }
  }

  /** A publish that failed (the connection gone) is logged: the next one overwrites `written` before it is awaited. */
  private logged(uri: string, publishing: Promise<void>): Promise<void> {
    return publishing.catch((error) => this.host.log(`Could not publish diagnostics for ${uri}: ${(error as Error).message}`));
  }

  private drop(uri: string): void {
    this.stale.delete(uri);
    if (this.known.delete(uri) && !this.host.isOpen(uri)) this.host.forget(uri);
  }

  private inScope(uri: string): boolean {
    if (!uri.startsWith('file:') || !DRAFT.test(uri)) return false;
    const file = fileURLToPath(uri);
    const root = this.rootOf(file);
    return root !== undefined && !path.relative(root, file).split(path.sep).some((part) => ALWAYS_SKIPPED.has(part));
  }

  private rootOf(file: string): string | undefined {
    return this.roots.find((root) => onDemand().isInside(root, file));
  }

  /** The config's `ignores` (files) and .gitignore (files and folders), as the CLI reads them. */
  private ignored(root: string, file: string, folder: boolean): string | undefined {
    if (!folder && this.host.isConfigIgnored(pathToFileURL(file).href)) return 'ignores';
    return (this.gitignores ??= new (onDemand().GitIgnores)()).ignored(file, folder, root);
  }
}

function filePaths(uris: readonly string[]): string[] {
  return uris.flatMap((uri) => (uri.startsWith('file:') ? [fileURLToPath(uri)] : []));
}
