import type { Diagnostic } from '../engine';
import { looksFinished } from '../engine/draft/looksFinished';

/** When drafts are linted, and how rules that flag what a draft lacks wait for the writer (the `inviteLint.*` settings). */
export interface HoldSettings {
  /** `onType`: lint as the writer types; `onSave`: lint when a draft is opened or saved. */
  run: 'onType' | 'onSave';
  /** Hold absence rules (no greeting, no shared context, ...) while the writer is typing. */
  holdWhileTyping: boolean;
  /** How long a pause in typing ends the hold. */
  pauseMs: number;
}

/**
 * A client that sends no `holdWhileTyping` gets every diagnostic at once, as LSP clients expect; the VS Code extension
 * sends its setting, which is on by default.
 */
export const DEFAULT_HOLD: HoldSettings = { run: 'onType', holdWhileTyping: false, pauseMs: 1500 };

/** The hold settings from the client's `inviteLint` section; anything missing or invalid keeps its default. */
export function holdSettingsFrom(raw: unknown): HoldSettings {
  const { run, holdWhileTyping, typingPauseMs } = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  return {
    run: run === 'onSave' ? 'onSave' : 'onType',
    holdWhileTyping: typeof holdWhileTyping === 'boolean' ? holdWhileTyping : DEFAULT_HOLD.holdWhileTyping,
    pauseMs: typeof typingPauseMs === 'number' && Number.isFinite(typingPauseMs) && typingPauseMs >= 0 ? Math.min(typingPauseMs, 60_000) : DEFAULT_HOLD.pauseMs,
  };
}

/**
 * Decides when an open draft's diagnostics are published. With `run: onSave`, only the text as opened or saved is
 * (a lint on open that comes after the first keystroke, a pause ending, a settings change or another draft's change
 * leave an edited draft's diagnostics as they were until it is saved). With `onType`, every version is, and
 * keeps a half-written draft from being a wall of squiggles. While the writer is typing, diagnostics of absence rules
 * (a greeting, shared context, a reason: what every unfinished draft lacks) that are not already on screen are held
 * back, until the writer pauses for `pauseMs` or the message looks finished; those already shown stay, so nothing
 * flickers. Presence rules (the stock line, a pitch, a placeholder, the limit) are never held.
 */
export class TypingHold {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** The absence rules on screen per document. */
  private readonly shown = new Map<string, Set<string>>();
  /** Documents whose last publish held something back. */
  private readonly holding = new Set<string>();
  /** The version each document had when it was opened or last saved. */
  private readonly stored = new Map<string, number>();

  constructor(
    private readonly settings: (uri: string) => HoldSettings,
    private readonly isAbsence: (rule: string) => boolean,
    /** Publishes the document again (the pause is over). */
    private readonly release: (uri: string) => void,
  ) {}

  /** The writer changed the document: holding starts, or its pause starts again. */
  typed(uri: string): void {
    const { holdWhileTyping, run, pauseMs } = this.settings(uri);
    if (!holdWhileTyping || run === 'onSave') return;
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        this.release(uri);
      }, pauseMs),
    );
  }

  /** The document was opened or saved: this version is the one `run: onSave` publishes. */
  stores(uri: string, version: number): void {
    this.stored.set(uri, version);
  }

  /** Whether this version may be published now: always with `run: onType`; with `onSave`, only as opened or saved. */
  mayPublish(uri: string, version: number): boolean {
    return this.settings(uri).run === 'onType' || this.stored.get(uri) === version;
  }

  /** Whether a change of the document is linted at once (`run: onType`) or waits for a save. */
  lintsOnType(uri: string): boolean {
    return this.settings(uri).run === 'onType';
  }

  isHolding(uri: string): boolean {
    return this.timers.has(uri);
  }

  /**
   * What to publish now; `held` says whether anything was held back (the document must be published again later),
   * `released` that the last publish held something back and this one does not (what shows it, the code lens, changes).
   */
  filter(uri: string, diagnostics: Diagnostic[], message: string | undefined): { diagnostics: Diagnostic[]; held: boolean; released: boolean } {
    if (!this.holds(uri, message)) this.end(uri);
    const kept = this.shownOf(uri, diagnostics, message);
    this.shown.set(uri, new Set(kept.filter((diagnostic) => this.isAbsence(diagnostic.rule)).map((diagnostic) => diagnostic.rule)));
    const held = kept.length !== diagnostics.length;
    const released = !held && this.holding.has(uri);
    if (held) this.holding.add(uri);
    else this.holding.delete(uri);
    return { diagnostics: kept, held, released };
  }

  /**
   * The diagnostics the editor shows for this result, without publishing anything: what `filter` keeps. The code lens
   * counts these, so that it never names problems the writer cannot see yet.
   */
  shownOf(uri: string, diagnostics: Diagnostic[], message: string | undefined): Diagnostic[] {
    if (!this.holds(uri, message)) return diagnostics;
    const shown = this.shown.get(uri) ?? new Set<string>();
    return diagnostics.filter((diagnostic) => !this.isAbsence(diagnostic.rule) || shown.has(diagnostic.rule));
  }

  /** Whether absence rules are held for this message: the writer is typing and it does not look finished yet. */
  private holds(uri: string, message: string | undefined): boolean {
    return this.isHolding(uri) && !(message !== undefined && looksFinished(message));
  }

  /** Settings changed or the document closed: nothing is held any more. */
  end(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
  }

  forget(uri: string): void {
    this.end(uri);
    this.shown.delete(uri);
    this.holding.delete(uri);
    this.stored.delete(uri);
  }
}
