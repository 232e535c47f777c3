import type { Draft } from '../draft';
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
  tags: string[];
  check(draft: Draft, report: Report): void;
}
