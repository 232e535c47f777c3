import { SEVERITY_RANK, type Diagnostic, type Fix } from '../types';
import { mergeSuppressions } from './suppression';

/** One entry of the quick-fix menu: a fix and the diagnostics it answers. */
export interface MenuEntry {
  fix: Fix;
  diagnostics: Diagnostic[];
}

/**
 * The quick-fix menu (Ctrl+.) for the diagnostics under the cursor, in the one place its order is decided: fixes that
 * change the message first (the most severe diagnostic's first, preferred ones before the rest), then the suppressions,
 * never preferred. A fix offered by several diagnostics is listed once, and the suppressions of all of them are at
 * most one "Disable RULES for this line" and one "Disable RULES for this file", each a comment naming every rule.
 */
export function quickFixMenu(diagnostics: readonly Diagnostic[]): MenuEntry[] {
  const bySeverity = [...diagnostics].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.start - b.start);
  const entries = new Map<string, MenuEntry>();
  for (const preferred of [true, false]) {
    for (const diagnostic of bySeverity) {
      for (const fix of diagnostic.fixes) {
        if (fix.suppression || (fix.isPreferred === true) !== preferred) continue;
        const key = `${fix.title}\u0000${JSON.stringify(fix.edits)}`;
        const entry = entries.get(key);
        if (entry) entry.diagnostics.push(diagnostic);
        else entries.set(key, { fix, diagnostics: [diagnostic] });
      }
    }
  }
  const suppressions = mergeSuppressions(bySeverity.flatMap((diagnostic) => diagnostic.fixes));
  const answered = (from: Fix[]) => bySeverity.filter((diagnostic) => diagnostic.fixes.some((fix) => from.includes(fix)));
  return [...entries.values(), ...suppressions.map(({ fix, from }) => ({ fix, diagnostics: answered(from) }))];
}
