export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

export const SEVERITY_RANK: Record<Severity, number> = { hint: 0, info: 1, warning: 2, error: 3 };

/** Offsets are UTF-16 code units into the document text, `end` exclusive. */
export interface OffsetRange {
  start: number;
  end: number;
}

export interface TextEdit extends OffsetRange {
  newText: string;
  /** When set, `newText` is a snippet (tab stops such as `${1:name}`); clients without snippet support insert `plainText`. */
  snippet?: boolean;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Set on a fix that only silences rules rather than changing the message: what it writes, so fixes can be merged. */
  suppression?: Suppression;
  isPreferred?: boolean;
}

/**
 * A suppression as data: the rules it names and the directive comments it inserts. Suppressions of several rules with
 * the same `scope` and comment places are one comment naming them all (`fixes/suppression.ts`, `suppressionFix`).
 */
export interface Suppression {
  rules: string[];
  /** How far it reaches, as its title says it: "this line", "lines 3–5", "this file". */
  scope: string;
  /** For "this line": which line (from 1), named instead when the quick-fix menu offers suppressions for several. */
  line?: number;
  /** Each `<!-- invite-lint-KIND RULES -->` it inserts at `at`, with `before` and `after` it (line breaks). */
  comments: { at: number; kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line'; before: string; after: string }[];
}

export interface RuleHit extends OffsetRange {
  message: string;
  fix?: Fix;
  /** Relaxed hits (close friends) never exceed `info`. */
  relaxed?: boolean;
  /** Overrides the rule's default severity for this hit when the user has not configured one. */
  severity?: Severity;
  /** The words `phrases.allow` would take to silence this hit: set on hits of the built-in phrase lists. */
  allowPhrase?: string;
}

export interface Diagnostic extends OffsetRange {
  rule: string;
  severity: Severity;
  message: string;
  fixes: Fix[];
  /** As on RuleHit: the "Allow in this project" quick fix writes it to the config file. */
  allowPhrase?: string;
}

export type Kind = 'invite' | 'follow-up' | 'inmail' | 'message';
export type Account = 'free' | 'premium';
export type Relationship = 'stranger' | 'acquaintance' | 'colleague' | 'close-friend';
