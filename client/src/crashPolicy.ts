/** A draft the server crashes on again within this window is no longer sent to it. */
export const CRASH_WINDOW_MS = 3 * 60 * 1000;
/** Crashes that no draft explains restart the server this many times within the window; the next one leaves it stopped. */
export const MAX_UNEXPLAINED_RESTARTS = 4;

/** Restart the server; restart it without the draft it crashed on; or leave it stopped. */
export type CrashVerdict = 'restart' | 'restart-without-suspect' | 'give-up';

/**
 * What to do when the language server dies, given the draft it was working on if the client knows it.
 * Pure (no editor API) so that it can be tested on its own.
 */
export class CrashPolicy {
  private readonly lastCrash = new Map<string, number>();
  private unexplained: number[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  crashed(suspect: string | undefined): CrashVerdict {
    const time = this.now();
    if (suspect !== undefined) {
      const previous = this.lastCrash.get(suspect);
      this.lastCrash.set(suspect, time);
      return previous !== undefined && time - previous <= CRASH_WINDOW_MS ? 'restart-without-suspect' : 'restart';
    }
    this.unexplained = [...this.unexplained.filter((at) => time - at <= CRASH_WINDOW_MS), time];
    return this.unexplained.length > MAX_UNEXPLAINED_RESTARTS ? 'give-up' : 'restart';
  }
}
