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
  tags: string[];
  check(draft: Draft, report: Report): void;
}
