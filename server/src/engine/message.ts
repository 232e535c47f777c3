import type { OffsetRange } from './types';
import type { HtmlComment } from './markdown';

/** The message as the recipient would see it pasted into LinkedIn, mapped back to the draft. */
export interface PlainMessage {
  text: string;
  /** For each UTF-16 unit of `text`, its offset in the draft. */
  sourceOffsets: number[];
}

/**
 * Drops front matter, HTML comments (and lines that held only comments), Markdown emphasis markers,
 * and outer blank space; line breaks become \n, as a browser's text box holds them.
 */
export function extractMessage(text: string, bodyStart: number, prose: string, comments: HtmlComment[]): PlainMessage {
  const chars: string[] = [];
  const sourceOffsets: number[] = [];
  const dropped = commentLines(text, comments);
  let commentIndex = 0;
  for (let i = bodyStart; i < text.length; i++) {
    while (commentIndex < dropped.length && dropped[commentIndex].end <= i) commentIndex++;
    const range = dropped[commentIndex];
    if (range && range.start <= i) {
      i = range.end - 1;
      continue;
    }
    const char = text[i];
    if (char === '\r') {
      if (text[i + 1] !== '\n') {
        chars.push('\n');
        sourceOffsets.push(i);
      }
      continue;
    }
    if ((char === '*' || char === '_') && prose[i] === char) {
      const runEnd = emphasisRunEnd(prose, i);
      if (runEnd > 0) {
        i = runEnd - 1;
        continue;
      }
    }
    chars.push(char);
    sourceOffsets.push(i);
  }
  return trimMessage(chars, sourceOffsets);
}

/** Comments, widened to their whole line (with its break) when nothing else stands on it. */
function commentLines(text: string, comments: HtmlComment[]): OffsetRange[] {
  return comments.map(({ start, end }) => {
    let lineStart = start;
    while (lineStart > 0 && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) lineStart--;
    let lineEnd = end;
    while (lineEnd < text.length && (text[lineEnd] === ' ' || text[lineEnd] === '\t')) lineEnd++;
    const startsLine = lineStart === 0 || text[lineStart - 1] === '\n' || text[lineStart - 1] === '\r';
    const endsLine = lineEnd === text.length || text[lineEnd] === '\n' || text[lineEnd] === '\r';
    if (!startsLine || !endsLine) return { start, end };
    if (text.startsWith('\r\n', lineEnd)) lineEnd += 2;
    else if (lineEnd < text.length) lineEnd += 1;
    return { start: lineStart, end: lineEnd };
  });
}

/** End of an emphasis delimiter run starting at `start`, or -1 when the run is literal (e.g. `2 * 3`, `snake_case`). */
function emphasisRunEnd(prose: string, start: number): number {
  const char = prose[start];
  if (start > 0 && prose[start - 1] === char) return -1;
  let end = start;
  while (prose[end] === char && end - start < 3) end++;
  if (prose[end] === char) return -1;
  const before = start > 0 ? prose[start - 1] : ' ';
  const after = end < prose.length ? prose[end] : ' ';
  const space = /\s/;
  const punctuation = /[\p{P}\p{S}]/u;
  const leftFlanking = !space.test(after) && (!punctuation.test(after) || space.test(before) || punctuation.test(before));
  const rightFlanking = !space.test(before) && (!punctuation.test(before) || space.test(after) || punctuation.test(after));
  if (char === '*') return leftFlanking || rightFlanking ? end : -1;
  const alphanumeric = /[\p{L}\p{N}]/u;
  const opens = leftFlanking && !alphanumeric.test(before);
  const closes = rightFlanking && !alphanumeric.test(after);
  return opens || closes ? end : -1;
}

function trimMessage(chars: string[], sourceOffsets: number[]): PlainMessage {
  let start = 0;
  let end = chars.length;
  while (start < end && /\s/.test(chars[start])) start++;
  while (end > start && /\s/.test(chars[end - 1])) end--;
  const text: string[] = [];
  const offsets: number[] = [];
  let newlines = 0;
  for (let i = start; i < end; i++) {
    if (chars[i] === '\n') newlines++;
    else if (!/[ \t]/.test(chars[i])) newlines = 0;
    // Removed comment lines must not leave more than one blank line behind.
    if (chars[i] === '\n' && newlines > 2) continue;
    text.push(chars[i]);
    offsets.push(sourceOffsets[i]);
  }
  return { text: text.join(''), sourceOffsets: offsets };
}
