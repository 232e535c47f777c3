import { renderSnippet } from '../assist/snippet';
import type { Fix, OffsetRange, TextEdit } from '../types';

export interface CombinedFixes {
  /** Sorted by position, no two overlapping, at most one edit per start offset. */
  edits: TextEdit[];
  /** The fixes whose edits are in `edits`, in the order given. */
  applied: Fix[];
}

/**
 * Turns several fixes into one list of edits that every LSP client accepts (and `TextDocument.applyEdits` from
 * vscode-languageserver-textdocument applies): sorted, none overlapping, and edits that start at the same offset
 * merged into one, inserts first in the order given, then the replacement (LSP leaves an insert and a replace at
 * the same start undefined; the reference implementation rejects them as overlapping). A fix whose edits overlap
 * an earlier fix's is left out whole. Merged snippet edits become plain text, since their tab stops could clash.
 */
export function combineFixes(fixes: readonly Fix[]): CombinedFixes {
  const taken: TextEdit[] = [];
  const applied: Fix[] = [];
  for (const fix of fixes) {
    if (fix.edits.some((edit) => overlapsTaken(taken, edit))) continue;
    for (const edit of fix.edits) taken.splice(insertionIndex(taken, edit), 0, edit);
    applied.push(fix);
  }
  const edits: TextEdit[] = [];
  for (const edit of taken) {
    const last = edits.at(-1);
    if (last && last.start === edit.start) edits[edits.length - 1] = { start: last.start, end: edit.end, newText: plain(last) + plain(edit) };
    else edits.push(edit);
  }
  return { edits, applied };
}

function plain(edit: TextEdit): string {
  return edit.snippet ? renderSnippet(edit.newText) : edit.newText;
}

/**
 * `taken` is sorted by start, then end, and holds no overlapping edits, so its ends never decrease: the first edit
 * ending after `edit.start` is the only one that can overlap it. Touching is not overlapping.
 */
function overlapsTaken(taken: readonly TextEdit[], edit: OffsetRange): boolean {
  let low = 0;
  let high = taken.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (taken[mid].end > edit.start) high = mid;
    else low = mid + 1;
  }
  const candidate = taken[low];
  return candidate !== undefined && candidate.start < edit.end && edit.start < candidate.end;
}

/** After every edit that starts earlier, or at the same start and ends no later (so same-start inserts keep their order). */
function insertionIndex(taken: readonly TextEdit[], edit: OffsetRange): number {
  let low = 0;
  let high = taken.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (taken[mid].start < edit.start || (taken[mid].start === edit.start && taken[mid].end <= edit.end)) low = mid + 1;
    else high = mid;
  }
  return low;
}
