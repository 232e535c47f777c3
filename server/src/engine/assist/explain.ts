import { findRule } from '../rules';
import { SEVERITY_RANK, type Severity } from '../types';

/** What the hover needs of a diagnostic under the cursor. */
export interface Explained {
  rule: string;
  severity: Severity;
}

/**
 * The "why" hover for the diagnostics under the cursor, in Markdown: the most severe rule leads with its full rationale,
 * every other rule firing on the same span gets one short line (what it flags), so stacked problems read as one.
 * `link` gives a rule's documentation address.
 */
export function explainDiagnostics(hits: readonly Explained[], link: (rule: string) => string): string | undefined {
  // Each rule once, at its most severe; the most severe first, ties in the order given (by position).
  const strongest = new Map<string, Severity>();
  for (const hit of hits) {
    const known = strongest.get(hit.rule);
    if (!known || SEVERITY_RANK[hit.severity] > SEVERITY_RANK[known]) strongest.set(hit.rule, hit.severity);
  }
  const ranked = [...strongest].sort((a, b) => SEVERITY_RANK[b[1]] - SEVERITY_RANK[a[1]]);
  if (ranked.length === 0) return undefined;
  const [[lead], ...others] = ranked;
  const lines = [`**Why ${lead}:** ${findRule(lead)?.rationale ?? ''} [Rule documentation](${link(lead)})`];
  if (others.length > 0) {
    lines.push('', 'Also here:');
    for (const [rule, severity] of others) lines.push(`- [${rule}](${link(rule)}) (${severity}): ${findRule(rule)?.description ?? ''}`);
  }
  return lines.join('\n');
}
