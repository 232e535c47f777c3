import { combineFixes, type CombinedFixes } from './combineFixes';
import type { Diagnostic, Fix } from './types';

/**
 * What "fix all" applies, in the editor (`source.fixAll.inviteLint`) and the CLI (`--fix`) alike: each diagnostic's
 * preferred fix that changes the message (no suppression) and needs no typing (no tab stops), combined so no two
 * edits overlap.
 */
export function fixAllEdits(diagnostics: readonly Diagnostic[]): CombinedFixes {
  const safe = diagnostics
    .map((diagnostic) => diagnostic.fixes.find((fix) => fix.isPreferred && !fix.suppression))
    .filter((fix): fix is Fix => fix !== undefined && !fix.edits.some((edit) => edit.snippet));
  return combineFixes(safe);
}

/**
 * What fix-all did and what is left, in one sentence for the writer: "Fixed 2 problems (no-greeting,
 * unfilled-placeholder). Still to do: 1 needs your words (no-shared-context: Ctrl+. inserts it with tab stops to fill);
 * 1 has no automatic fix (early-ask)."
 */
export function fixAllReport(diagnostics: readonly Diagnostic[], applied: readonly Fix[]): string {
  const fixed = diagnostics.filter((diagnostic) => diagnostic.fixes.some((fix) => applied.includes(fix)));
  const rest = diagnostics.filter((diagnostic) => !fixed.includes(diagnostic));
  const typing = rest.filter((diagnostic) => diagnostic.fixes.some((fix) => !fix.suppression && fix.edits.some((edit) => edit.snippet)));
  const manual = rest.filter((diagnostic) => !typing.includes(diagnostic));
  const count = (list: readonly Diagnostic[]) => `${list.length} problem${list.length === 1 ? '' : 's'}`;
  const rules = (list: readonly Diagnostic[]) => [...new Set(list.map((diagnostic) => diagnostic.rule))].join(', ');
  const left = [
    typing.length ? `${typing.length} need${typing.length === 1 ? 's' : ''} your words (${rules(typing)}: Ctrl+. inserts a sentence with tab stops to fill)` : '',
    manual.length ? `${manual.length} ${manual.length === 1 ? 'has' : 'have'} no automatic fix (${rules(manual)})` : '',
  ].filter(Boolean);
  return `Fixed ${count(fixed)}${fixed.length ? ` (${rules(fixed)})` : ''}.${left.length ? ` Still to do: ${left.join('; ')}.` : ' Nothing else to do.'}`;
}
