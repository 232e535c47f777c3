import type { OffsetRange } from '../types';
import type { HtmlComment } from '../text/markdown';
import { partitionPoint } from '../text/search';

/** The message as the recipient would see it pasted into LinkedIn, mapped back to the draft. */
export interface PlainMessage {
  text: string;
  /** The draft offset of the message's character at `index`. */
  sourceOffset(index: number): number;
}

/**
 * Drops front matter, HTML comments (and lines that held only comments), Markdown emphasis markers,
 * and outer blank space; line breaks become \n, as a browser's text box holds them. Built from runs of the draft
 * (not one entry per character), so a 10 MB draft costs a few arrays of run boundaries.
 */
export function extractMessage(text: string, bodyStart: number, prose: string, comments: HtmlComment[]): PlainMessage {
  const out = new MappedText(text);
  const dropped = commentLines(text, comments);
  let commentIndex = 0;
  let newlines = 0;
  let started = false;
  let keptEnd = 0;
  const emit = (char: string, source: number) => {
    const space = isWhiteSpace(char);
    if (!started && space) return;
    started = true;
    if (char === '\n') newlines++;
    else if (char !== ' ' && char !== '\t') newlines = 0;
    // Removed comment lines must not leave more than one blank line behind.
    if (char === '\n' && newlines > 2) return;
    out.push(char, source);
    if (!space) keptEnd = out.length;
  };
  /** Copies text[from, to), which holds no line break, emphasis mark or white space other than spaces and tabs. */
  const emitRun = (from: number, to: number) => {
    if (!started) {
      while (from < to && (text[from] === ' ' || text[from] === '\t')) from++;
      if (from === to) return;
      started = true;
    }
    let last = to;
    while (last > from && (text[last - 1] === ' ' || text[last - 1] === '\t')) last--;
    if (last > from) {
      newlines = 0;
      keptEnd = out.length + (last - from);
    }
    out.pushCopy(from, to - from);
  };
  let i = bodyStart;
  while (i < text.length) {
    while (commentIndex < dropped.length && dropped[commentIndex].end <= i) commentIndex++;
    const range = dropped[commentIndex];
    if (range && range.start <= i) {
      i = range.end;
      continue;
    }
    SPECIAL.lastIndex = i;
    const special = SPECIAL.exec(text);
    const runEnd = Math.min(special ? special.index : text.length, range ? range.start : text.length);
    if (runEnd > i) {
      emitRun(i, runEnd);
      i = runEnd;
      continue;
    }
    const char = text[i];
    // A `-->` right after a comment on its line is what an editor's auto-closed `<!--` leaves when the writer types
    // their own `-->`: debris, never part of the message.
    if (char === '-' && text.startsWith('-->', i) && followsComment(text, comments, i)) {
      i += 3;
      continue;
    }
    if (char === '\r') {
      if (text[i + 1] !== '\n') emit('\n', i);
      i++;
      continue;
    }
    if ((char === '*' || char === '_') && prose[i] === char) {
      const emphasisEnd = emphasisRunEnd(prose, i);
      if (emphasisEnd > 0) {
        i = emphasisEnd;
        continue;
      }
    }
    emit(char, i);
    i++;
  }
  return out.build(keptEnd);
}

/**
 * What `extractMessage` looks at one character at a time: white space other than spaces and tabs, emphasis marks, and
 * a `-->` that may be debris after a comment.
 */
const SPECIAL = /[^\S \t]|[*_]|-->/g;

/** Whether only spaces or tabs stand between the end of a comment and `offset`. */
function followsComment(text: string, comments: HtmlComment[], offset: number): boolean {
  const index = partitionPoint(comments.length, (at) => comments[at].end <= offset) - 1;
  const comment = comments[index];
  return comment !== undefined && comment.end <= offset && offset - comment.end <= 80 && /^[ \t]*$/.test(text.slice(comment.end, offset));
}

function isWhiteSpace(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code > 32 && code < 127) return false;
  return /\s/.test(char);
}

/** Text assembled from characters of a source, kept as runs of consecutive source characters. */
class MappedText {
  /** Output index where each run starts, the source offset it maps to, and its replacement text if it is not a copy. */
  private readonly starts: number[] = [];
  private readonly sources: number[] = [];
  private readonly replaced: (string | undefined)[] = [];
  length = 0;

  constructor(private readonly source: string) {}

  push(char: string, sourceOffset: number): void {
    const last = this.starts.length - 1;
    const copied = this.source[sourceOffset] === char;
    const continues = last >= 0 && copied && this.replaced[last] === undefined && this.sources[last] + (this.length - this.starts[last]) === sourceOffset;
    if (!continues) {
      this.starts.push(this.length);
      this.sources.push(sourceOffset);
      this.replaced.push(copied ? undefined : char);
    }
    this.length++;
  }

  /** Appends `length` characters copied from the source at `sourceOffset`. */
  pushCopy(sourceOffset: number, length: number): void {
    const last = this.starts.length - 1;
    const continues = last >= 0 && this.replaced[last] === undefined && this.sources[last] + (this.length - this.starts[last]) === sourceOffset;
    if (!continues) {
      this.starts.push(this.length);
      this.sources.push(sourceOffset);
      this.replaced.push(undefined);
    }
    this.length += length;
  }

  /** The text up to `length` characters, with its map back to the source. */
  build(length: number): PlainMessage {
    const { starts, sources, replaced, source } = this;
    const parts: string[] = [];
    for (let run = 0; run < starts.length && starts[run] < length; run++) {
      const runLength = Math.min(run + 1 < starts.length ? starts[run + 1] : this.length, length) - starts[run];
      parts.push(replaced[run] ?? source.slice(sources[run], sources[run] + runLength));
    }
    return {
      text: parts.join(''),
      sourceOffset(index: number): number {
        const run = Math.max(0, partitionPoint(starts.length, (candidate) => starts[candidate] <= index) - 1);
        return sources[run] + (index - starts[run]);
      },
    };
  }
}

/** Comments, widened to their whole line (with its break) when nothing else stands on it (several side by side as one). */
function commentLines(text: string, comments: HtmlComment[]): OffsetRange[] {
  const ranges: OffsetRange[] = [];
  // Comments side by side on a line with only spaces between them (a disable comment added after another) are read as
  // one: when together they fill the line, the whole line goes, as it does for a single comment.
  for (let first = 0; first < comments.length; ) {
    let last = first;
    while (last + 1 < comments.length && /^[ \t]*$/.test(text.slice(comments[last].end, comments[last + 1].start))) last++;
    let lineStart = comments[first].start;
    while (lineStart > 0 && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) lineStart--;
    let lineEnd = comments[last].end;
    while (lineEnd < text.length && (text[lineEnd] === ' ' || text[lineEnd] === '\t')) lineEnd++;
    const startsLine = lineStart === 0 || text[lineStart - 1] === '\n' || text[lineStart - 1] === '\r';
    const endsLine = lineEnd === text.length || text[lineEnd] === '\n' || text[lineEnd] === '\r';
    if (!startsLine || !endsLine) {
      for (let i = first; i <= last; i++) ranges.push({ start: comments[i].start, end: comments[i].end });
    } else {
      if (text.startsWith('\r\n', lineEnd)) lineEnd += 2;
      else if (lineEnd < text.length) lineEnd += 1;
      ranges.push({ start: lineStart, end: lineEnd });
    }
    first = last + 1;
  }
  return ranges;
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
