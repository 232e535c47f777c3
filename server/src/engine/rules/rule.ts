import type { Draft } from '../draft/draft';
import type { RuleHit, Severity } from '../types';

export type Report = (hit: RuleHit) => void;

/** One rule, one file: the shape every rule in `rules/` exports. */
export interface Rule {
  /** Stable id used by settings, disable comments and the CLI. */
  name: string;
  /** What it flags, in one line. */
  description: string;
  /** Why it matters, for hovers; stands on a fact of the domain. */
  rationale: string;
  defaultSeverity: Severity;
  /**
   * `absence`: flags what the draft does not say yet (a greeting, shared context), which every half-written draft
   * lacks; editors hold these back while the writer is typing. `presence` (the default): flags something written.
   */
  kind?: 'absence' | 'presence';
  /**
   * An absence rule some of whose tips take text out (missing-scenario-detail's "remove the job request"): it still runs
   * on a note over its limit, where such a tip is a way to cut.
   */
  mayShorten?: true;
  tags: string[];
  /** `workspace` is given only by `DraftWorkspace.lint`; rules that compare drafts (`workspace: true`) report nothing without it. */
  check(draft: Draft, report: Report, workspace?: WorkspaceContext): void;
  /** Needs the other drafts: runs in `DraftWorkspace.lint` (the editor's workspace, the CLI), not in a lone `lint`. */
  workspace?: boolean;
}

/** What a rule that compares a draft with the others of its workspace may ask; answers are computed on first ask. */
export interface WorkspaceContext {
  /** This draft's file name, for messages. */
  readonly file: string;
  /** `YYYY-MM-DD`, passed in: rules never read the clock. */
  readonly today: string;
  /** Days after `accepted` before `follow-up-due` reports (default 3). */
  readonly followUpDays: number;
  /** The draft to someone else this one is most like, when at least as alike as the form-letter threshold. */
  formLetterMatch(): FormLetterMatch | undefined;
  /** Whether another draft of the workspace is a follow-up to this draft's `to`. */
  hasFollowUp(): boolean;
}

export interface FormLetterMatch {
  /** The other draft's file name (the last part of its uri). */
  file: string;
  to?: string;
  /** Jaccard similarity of the two drafts' word shingles after masking names, greetings and placeholders, 0 to 1. */
  similarity: number;
  /** The masked texts are the same word for word: only the names (or placeholders) differ. */
  onlyNameDiffers: boolean;
}

/**
 * `compute`, worked out once per draft however many rules ask (the asks early-ask finds, which no-reason and
 * missing-scenario-detail read too): the result is shared, so callers must not change it.
 */
export function oncePerDraft<T>(compute: (draft: Draft) => T): (draft: Draft) => T {
  return (draft) => draft.memo(compute, compute);
}
