// A unified diff of a fix, built from the fix's own edits instead of by comparing texts: linear in the draft's size,
// and exactly the lines the edits touch, with three lines of context. `git apply` and `patch -p1` take it.
import { applyEdits, LineIndex, type TextEdit } from '../engine';

const CONTEXT = 3;

/** Lines with their terminators, so a last line without one can be marked as such. */
function splitLines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

export function unifiedDiff(file: string, text: string, edits: readonly TextEdit[]): string {
  if (edits.length === 0) return '';
  const lines = new LineIndex(text);
  const oldLines = splitLines(text);
  // The old lines each edit touches, merged into groups that are close enough to share context.
  const groups: { first: number; last: number; edits: TextEdit[] }[] = [];
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    const first = lines.positionAt(edit.start).line;
    const end = lines.positionAt(edit.end);
    // An edit ending at the very start of a line does not touch that line (unless it is an insert there).
    const last = Math.max(first, end.character === 0 && edit.end > edit.start ? end.line - 1 : end.line);
    const group = groups.at(-1);
    if (group && first - group.last <= 2 * CONTEXT) {
      group.last = Math.max(group.last, last);
      group.edits.push(edit);
    } else {
      groups.push({ first, last, edits: [edit] });
    }
  }
  let out = `--- a/${file}\n+++ b/${file}\n`;
  let shift = 0;
  for (const group of groups) {
    const last = Math.min(group.last, Math.max(oldLines.length - 1, 0));
    const from = lines.lineStart(group.first);
    const to = last + 1 < oldLines.length ? lines.lineStart(last + 1) : text.length;
    const changed = applyEdits(text.slice(from, to), group.edits.map((edit) => ({ ...edit, start: edit.start - from, end: edit.end - from })));
    const before = oldLines.slice(Math.max(0, group.first - CONTEXT), group.first);
    const removed = oldLines.slice(group.first, last + 1);
    const added = splitLines(changed);
    const after = oldLines.slice(last + 1, last + 1 + CONTEXT);
    const oldStart = group.first - before.length + 1;
    const oldCount = before.length + removed.length + after.length;
    const newCount = before.length + added.length + after.length;
    out += `@@ -${range(oldStart, oldCount)} +${range(oldStart + shift, newCount)} @@\n`;
    out += [...before.map((line) => ` ${line}`), ...removed.map((line) => `-${line}`), ...added.map((line) => `+${line}`), ...after.map((line) => ` ${line}`)]
      .map((line) => (line.endsWith('\n') ? line : line.endsWith('\r') ? `${line}\n` : `${line}\n\\ No newline at end of file\n`))
      .join('');
    shift += added.length - removed.length;
  }
  return out;
}

function range(start: number, count: number): string {
  return count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`;
}
