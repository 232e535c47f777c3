// Every draft the server knows (open ones from the editor, closed ones from disk) in the engine's DraftWorkspace, so
// that rules comparing drafts (form-letter, follow-up-due) see them all, and the Drafts view and the code lens get
// each draft's overview. When one draft changes, the others whose diagnostics may change are re-published.
import type { Draft, EngineConfig, LintResult } from '../engine';
import { DraftWorkspace, type DraftOverview } from '../engine/project/workspace';

export const DRAFTS_REQUEST = 'inviteLint/drafts';
/** Sent (no params) when any draft's overview may have changed; the client asks for them again. */
export const DRAFTS_CHANGED_NOTIFICATION = 'inviteLint/draftsChanged';

export class DraftIndex {
  private readonly workspace = new DraftWorkspace();
  /** What each draft was last set with: setting it again unchanged would re-publish its neighbours for nothing. */
  private readonly inputs = new Map<string, { text: string; config: string }>();
  private notifying = false;

  constructor(
    /** Other drafts whose diagnostics may have changed because this one did. */
    private readonly affected: (uris: string[]) => void,
    private readonly changed: () => void,
  ) {}

  /**
   * The draft's diagnostics, its own and those that compare it with the other drafts. `draft`: the caller's parse of
   * `text` with `config`, if it has one, so that it is not parsed again.
   */
  lint(uri: string, text: string, config: EngineConfig, draft?: Draft): LintResult {
    const key = JSON.stringify(config);
    const last = this.inputs.get(uri);
    if (last?.text !== text || last.config !== key) {
      this.inputs.set(uri, { text, config: key });
      const others = this.workspace.set(uri, text, config, draft);
      this.notify();
      if (others.length > 0) this.affected(others);
    }
    return this.workspace.lint(uri, draft);
  }

  /** The draft's diagnostics as they stand (another draft changed, this one did not). */
  current(uri: string): LintResult | undefined {
    return this.workspace.has(uri) ? this.workspace.lint(uri) : undefined;
  }

  delete(uri: string): void {
    if (!this.inputs.delete(uri)) return;
    const others = this.workspace.delete(uri);
    this.notify();
    if (others.length > 0) this.affected(others);
  }

  /** The text a draft was last linted with (a closed draft's, to place its diagnostics). */
  text(uri: string): string | undefined {
    return this.inputs.get(uri)?.text;
  }

  overview(uri: string): DraftOverview | undefined {
    return this.workspace.has(uri) ? this.workspace.overview(uri) : undefined;
  }

  overviews(): DraftOverview[] {
    return this.workspace.overviews();
  }

  /** One notification per turn of the event loop, however many drafts changed in it. */
  private notify(): void {
    if (this.notifying) return;
    this.notifying = true;
    setImmediate(() => {
      this.notifying = false;
      this.changed();
    });
  }
}
