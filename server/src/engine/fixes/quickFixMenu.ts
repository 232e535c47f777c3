import { SEVERITY_RANK, type Diagnostic, type Fix } from '../types';

/** One entry of the quick-fix menu: a fix and the diagnostics it answers. */
export interface MenuEntry {
  fix: Fix;
  diagnostics: Diagnostic[];
}

/**
 * The quick-fix menu (Ctrl+.) for the diagnostics under the cursor, in the one place its order is decided: fixes that
 * change the message first (the most severe diagnostic's first, preferred ones before the rest), then the suppressions,
 * never preferred. A fix offered by several diagnostics (the same "Disable RULE for this line" for two hits of a rule
 * on one line) is listed once.
 */
export function quickFixMenu(diagnostics: readonly Diagnostic[]): MenuEntry[] {
  const bySeverity = [...diagnostics].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.start - b.start);
  const entries = new Map<string, MenuEntry>();
  const add = (fix: Fix, diagnostic: Diagnostic) => {
    const key = `${fix.title}\u0000${JSON.stringify(fix.edits)}`;
    const entry = entries.get(key);
    if (entry) entry.diagnostics.push(diagnostic);
    else entries.set(key, { fix: fix.suppression ? { ...fix, isPreferred: false } : fix, diagnostics: [diagnostic] });
  };
  for (const preferred of [true, false]) {
    for (const diagnostic of bySeverity) for (const fix of diagnostic.fixes) if (!fix.suppression && (fix.isPreferred === true) === preferred) add(fix, diagnostic);
  }
  for (const diagnostic of bySeverity) for (const fix of diagnostic.fixes) if (fix.suppression) add(fix, diagnostic);
  return [...entries.values()];
}
