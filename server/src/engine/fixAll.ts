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
