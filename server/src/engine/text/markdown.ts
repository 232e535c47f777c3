import type { OffsetRange } from '../types';

export interface HtmlComment extends OffsetRange {
  /** The text between `<!--` and `-->`. */
  body: string;
  bodyStart: number;
}

export interface MarkdownLayout {
  /** Ranges that are not prose: code, comments, link targets, URLs. Sorted, non-overlapping. */
  excluded: OffsetRange[];
  comments: HtmlComment[];
}

const LINE_END = /[\r\n]/g;
const FENCE_OPEN = / {0,3}(`{3,}|~{3,})/y;
const FENCE_CLOSE = / {0,3}(`{3,}|~{3,})[ \t]*(?=[\r\n]|$)/y;
const BLANK_LINE = /(?:\r\n|\n|\r)[ \t]*(?:\r\n|\n|\r)/g;
const REFERENCE_DEFINITION = / {0,3}\[[^\]\r\n]{1,999}\]:[ \t]*/y;
const URL_START = /(?:https?:\/\/|www\.)[^\s<>]/y;
const AUTOLINK = /<(?:https?:\/\/|mailto:)[^\s<>]{0,2000}>/y;
/** Where the scan of a line can find something: the rest of a line is prose, skipped in one search. */
const INTERESTING = /[<`]|\](?=\()|https?:\/\/|www\./g;

/**
 * Finds what in a Markdown body is not prose, in one pass over the lines. This is not a full
 * CommonMark parser: it knows the constructs that put non-prose text into an invite.
 */
export function scanMarkdown(text: string, bodyStart: number): MarkdownLayout {
  const excluded: OffsetRange[] = [];
  const comments: HtmlComment[] = [];
  const exclude = (start: number, end: number) => {
    if (end <= start) return;
    const last = excluded[excluded.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else excluded.push({ start, end });
  };

  let fence: { char: string; length: number } | undefined;
  let commentStart = -1;
  let paragraphEnd = -1;
  const findParagraphEnd = (from: number) => {
    if (paragraphEnd < from) {
      BLANK_LINE.lastIndex = from;
      const match = BLANK_LINE.exec(text);
      paragraphEnd = match ? match.index : text.length;
    }
    return paragraphEnd;
  };

  let backticks: BacktickRuns | undefined;
  const closingBackticks = (from: number, run: number) => {
    const limit = findParagraphEnd(from);
    if (!backticks || backticks.end !== limit) backticks = new BacktickRuns(text, from, limit);
    return backticks.closing(from, run);
  };
  let parens: ParenPartners | undefined;

  // The next place where something can start, at or after the scan position: one search, whichever line it is on.
  let interesting = -1;
  const nextInteresting = (from: number) => {
    if (interesting < from) {
      INTERESTING.lastIndex = from;
      interesting = INTERESTING.exec(text)?.index ?? text.length;
    }
    return interesting;
  };

  let lineStart = bodyStart;
  let midLine = false;
  while (lineStart < text.length) {
    LINE_END.lastIndex = lineStart;
    const contentEnd = LINE_END.exec(text)?.index ?? text.length;
    const lineEnd = text.startsWith('\r\n', contentEnd) ? contentEnd + 2 : Math.min(contentEnd + 1, text.length);
    let indent = lineStart;
    while (indent < lineStart + 3 && text[indent] === ' ') indent++;
    const lead = text[indent];

    if (fence) {
      exclude(lineStart, lineEnd);
      FENCE_CLOSE.lastIndex = lineStart;
      const closing = lead === fence.char ? FENCE_CLOSE.exec(text) : null;
      if (closing && closing[1][0] === fence.char && closing[1].length >= fence.length) fence = undefined;
      lineStart = lineEnd;
      continue;
    }
    if (commentStart < 0 && !midLine) {
      FENCE_OPEN.lastIndex = lineStart;
      const opening = lead === '`' || lead === '~' ? FENCE_OPEN.exec(text) : null;
      if (opening && !(opening[1][0] === '`' && text.slice(lineStart + opening[0].length, contentEnd).includes('`'))) {
        fence = { char: opening[1][0], length: opening[1].length };
        exclude(lineStart, lineEnd);
        lineStart = lineEnd;
        continue;
      }
      REFERENCE_DEFINITION.lastIndex = lineStart;
      const definition = lead === '[' ? REFERENCE_DEFINITION.exec(text) : null;
      if (definition) {
        exclude(lineStart + definition[0].length, contentEnd);
      }
    }

    let i = lineStart;
    while (i < contentEnd) {
      if (commentStart >= 0) {
        const close = text.indexOf('-->', i);
        if (close < 0) {
          i = text.length;
          break;
        }
        const end = close + 3;
        comments.push({ start: commentStart, end, body: text.slice(commentStart + 4, close), bodyStart: commentStart + 4 });
        exclude(commentStart, end);
        commentStart = -1;
        i = end;
        continue;
      }
      i = nextInteresting(i);
      if (i >= contentEnd) {
        i = contentEnd;
        break;
      }
      const char = text[i];
      if (char === '<') {
        if (text.startsWith('<!--', i)) {
          commentStart = i;
          i += 4;
          continue;
        }
        AUTOLINK.lastIndex = i;
        const autolink = AUTOLINK.exec(text);
        if (autolink) {
          exclude(i, i + autolink[0].length);
          i += autolink[0].length;
          continue;
        }
      } else if (char === '`') {
        let run = 1;
        while (text[i + run] === '`') run++;
        const close = closingBackticks(i + run, run);
        if (close >= 0) {
          exclude(i, close + run);
          i = close + run;
        } else {
          i += run;
        }
        continue;
      } else if (char === ']') {
        if (!parens || parens.start !== lineStart) parens = new ParenPartners(text, lineStart, contentEnd);
        const close = parens.partner(i + 1);
        if (close >= 0) {
          exclude(i + 2, close);
          i = close + 1;
          continue;
        }
      } else if (i === 0 || /[\s(<"'\[]/.test(text[i - 1])) {
        URL_START.lastIndex = i;
        if (URL_START.test(text)) {
          let end = i;
          while (end < contentEnd && !/\s/.test(text[end])) end++;
          while (end > i && /[.,;:!?)\]'"]/.test(text[end - 1])) end--;
          exclude(i, end);
          i = end;
          continue;
        }
      }
      i++;
    }
    // A comment or code span that closed on a later line resumes the scan mid-line.
    midLine = i > lineEnd;
    lineStart = Math.max(i, lineEnd);
  }
  if (commentStart >= 0) {
    // An unclosed comment hides the rest of the file from the linter, as it hides it from a Markdown preview.
    comments.push({ start: commentStart, end: text.length, body: text.slice(commentStart + 4), bodyStart: commentStart + 4 });
    exclude(commentStart, text.length);
  }
  return { excluded, comments };
}

/**
 * The backtick runs of one paragraph by length, so finding the run that closes a code span is a step forward in a
 * list instead of a scan to the paragraph's end for every opener (quadratic on runs of decreasing length).
 */
class BacktickRuns {
  private readonly byLength = new Map<number, { starts: number[]; next: number }>();

  constructor(
    text: string,
    from: number,
    readonly end: number,
  ) {
    for (let at = text.indexOf('`', from); at >= 0 && at < end; at = text.indexOf('`', at)) {
      let length = 0;
      while (text[at + length] === '`') length++;
      let runs = this.byLength.get(length);
      if (!runs) this.byLength.set(length, (runs = { starts: [], next: 0 }));
      runs.starts.push(at);
      at += length;
    }
  }

  /** The start of the first run of exactly `length` backticks at or after `from`, or -1. Calls come in increasing `from`. */
  closing(from: number, length: number): number {
    const runs = this.byLength.get(length);
    if (!runs) return -1;
    while (runs.next < runs.starts.length && runs.starts[runs.next] < from) runs.next++;
    return runs.next < runs.starts.length ? runs.starts[runs.next] : -1;
  }
}

/**
 * For each `(` of one line, the `)` that closes it (backslash escapes skipped), found in one pass with a stack, so a
 * line full of `](` without a `)` is not scanned to its end once per opener.
 */
class ParenPartners {
  private readonly partners = new Map<number, number>();

  constructor(
    text: string,
    readonly start: number,
    end: number,
  ) {
    const open: number[] = [];
    for (let i = start; i < end; i++) {
      const char = text[i];
      if (char === '\\') i++;
      else if (char === '(') open.push(i);
      else if (char === ')' && open.length > 0) this.partners.set(open.pop()!, i);
    }
  }

  /** The offset of the `)` closing the `(` at `open`, or -1. */
  partner(open: number): number {
    return this.partners.get(open) ?? -1;
  }
}

/** The text with every excluded character blanked out, line breaks kept, so offsets stay exact. */
export function maskText(text: string, excluded: OffsetRange[], extra: OffsetRange[] = []): string {
  const ranges = [...extra, ...excluded].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let cursor = 0;
  for (const range of ranges) {
    const start = Math.max(range.start, cursor);
    if (range.end <= start) continue;
    parts.push(text.slice(cursor, start));
    blank(text, start, range.end, parts);
    cursor = range.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

/** text[start, end) as spaces, line breaks kept: one run of spaces per line rather than a regex match per character. */
function blank(text: string, start: number, end: number, parts: string[]): void {
  let run = start;
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code !== 10 && code !== 13) continue;
    if (at > run) parts.push(' '.repeat(at - run));
    parts.push(code === 10 ? '\n' : '\r');
    run = at + 1;
  }
  if (end > run) parts.push(' '.repeat(end - run));
}
