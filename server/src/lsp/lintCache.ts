import type { RemoteConsole } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { Draft, summarizeMessage, type Diagnostic, type MessageSummary } from '../engine';
import type { DraftIndex } from './draftIndex';
import type { DocumentConfig, DocumentConfigs } from './projectConfig';
import type { Settings } from './settings';

interface Entry {
  version: number;
  generation: string;
  config?: DocumentConfig;
  /** The parsed draft, shared by the lint and the message summary, dropped once both are computed. */
  draft?: Draft;
  diagnostics?: Diagnostic[];
  summary?: MessageSummary | null;
  published?: boolean;
}

/**
 * The lint result and the message summary of each open document, computed at most once per version and settings
 * from one config resolution and one parsed draft: publishing, quick fixes, hover and the status bar all ask for
 * them. It also notes what has been published.
 */
export class LintCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly settings: Settings,
    private readonly configs: DocumentConfigs,
    private readonly console: RemoteConsole,
    private readonly index: DraftIndex,
  ) {}

  diagnostics(document: TextDocument): Diagnostic[] {
    const entry = this.entry(document);
    entry.diagnostics ??= this.guarded(document, [], () => {
      const { config, ignored } = this.config(entry, document);
      if (ignored) {
        this.index.delete(document.uri);
        return [];
      }
      const result = this.index.lint(document.uri, document.getText(), config, this.draft(entry, document));
      if (result.skipped) this.console.info(`Not linting ${document.uri}: ${result.skipped}.`);
      return result.diagnostics;
    });
    this.releaseDraft(entry);
    return entry.diagnostics;
  }

  summary(document: TextDocument): MessageSummary | null {
    const entry = this.entry(document);
    if (entry.summary === undefined) entry.summary = this.guarded(document, null, () => summarizeMessage(document.getText(), this.config(entry, document).config, this.draft(entry, document)));
    this.releaseDraft(entry);
    return entry.summary;
  }

  /** The config file in effect for a document, if any (the status bar names it). */
  configFile(document: TextDocument): string | undefined {
    const entry = this.entry(document);
    return this.guarded(document, undefined, () => this.config(entry, document).file);
  }

  /** Whether this version's diagnostics, under the current settings, are already computed. */
  hasDiagnostics(document: TextDocument): boolean {
    return this.entry(document).diagnostics !== undefined;
  }

  /** Whether this version's diagnostics, under the current settings, have been published. */
  isPublished(document: TextDocument): boolean {
    return this.entry(document).published === true;
  }

  markPublished(document: TextDocument): void {
    this.entry(document).published = true;
  }

  /** To be published again as computed, without a new lint (the typing hold changed what is shown of it). */
  markUnpublished(uri: string): void {
    const entry = this.entries.get(uri);
    if (entry) entry.published = false;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }

  private entry(document: TextDocument): Entry {
    const cached = this.entries.get(document.uri);
    const generation = `${this.settings.generation}.${this.configs.generation}`;
    if (cached && cached.version === document.version && cached.generation === generation) return cached;
    const entry: Entry = { version: document.version, generation };
    this.entries.set(document.uri, entry);
    return entry;
  }

  private config(entry: Entry, document: TextDocument): DocumentConfig {
    return (entry.config ??= this.configs.forDocument(document.uri));
  }

  private draft(entry: Entry, document: TextDocument): Draft {
    return (entry.draft ??= new Draft(document.getText(), this.config(entry, document).config));
  }

  /** A long draft's words and sentences are not kept once nothing more will read them. */
  private releaseDraft(entry: Entry): void {
    if (entry.diagnostics !== undefined && entry.summary !== undefined) entry.draft = undefined;
  }

  private guarded<T>(document: TextDocument, fallback: T, compute: () => T): T {
    return guarded(this.console, document.uri, fallback, compute);
  }
}

/**
 * An engine bug on one draft, open or closed, is logged and yields nothing for it, rather than failing the request
 * or the server.
 */
export function guarded<T>(console: Pick<RemoteConsole, 'error'>, uri: string, fallback: T, compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    console.error(`invite-lint failed on ${uri}: ${(error as Error).stack ?? error}`);
    return fallback;
  }
}
