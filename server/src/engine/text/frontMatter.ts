import type { Document, Node } from 'yaml';
import type { OffsetRange } from '../types';
import { formatCount } from '../vocabulary';

export interface FrontMatterProblem extends OffsetRange {
  message: string;
}

export interface FrontMatterEntry {
  key: string;
  /** A scalar's value (text, number, boolean, null); `[]` or `{}` stand for a list or a map, whose contents are not read. */
  value: unknown;
  keyRange: OffsetRange;
  valueRange?: OffsetRange;
  /** From the key to the end of the value. */
  pairRange: OffsetRange;
}

export interface FrontMatter {
  /** From the opening fence to the end of the closing fence's line break. */
  range: OffsetRange;
  /** The YAML between the fences. */
  contentRange: OffsetRange;
  /** Top-level `key: value` pairs in order; a key may appear twice (the first one applies). */
  entries: FrontMatterEntry[];
  problems: FrontMatterProblem[];
}

/**
 * A draft's front matter is a few short lines. Past these bounds it is reported and its values are skipped, so no
 * input reaches the YAML parser in a shape that makes it slow or exhausts memory (deep nesting, megabytes of keys).
 */
export const FRONT_MATTER_LIMITS = { characters: 8192, depth: 16 };

const OPENING_FENCE = /^(?:\uFEFF)?---[ \t]*(?:\r\n|\n|\r)/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/gm;

/** Whether the text opens a front matter block (a first line of `---`), closed or not. */
export function opensFrontMatter(text: string): boolean {
  return OPENING_FENCE.test(text);
}

/** Where the front matter stands, without reading its YAML; a draft without a closing fence has none. */
export function parseFrontMatterRange(text: string): (OffsetRange & { contentStart: number; contentEnd: number }) | undefined {
  const opening = OPENING_FENCE.exec(text);
  if (!opening) return undefined;
  const contentStart = opening[0].length;
  CLOSING_FENCE.lastIndex = contentStart;
  const closing = CLOSING_FENCE.exec(text);
  if (!closing) return undefined;
  let end = closing.index + closing[0].length;
  if (text.startsWith('\r\n', end)) end += 2;
  else if (text[end] === '\n' || text[end] === '\r') end += 1;
  return { start: 0, end, contentStart, contentEnd: closing.index };
}

/** Recently read front matters by content and offset: lint, hover, completion and the summary share one parse. */
const recent = new Map<string, FrontMatter>();
const RECENT_LIMIT = 16;

export function parseFrontMatter(text: string): FrontMatter | undefined {
  const range = parseFrontMatterRange(text);
  if (!range) return undefined;
  const source = text.slice(range.contentStart, range.contentEnd);
  const cacheKey = `${range.contentStart}:${range.end}:${source}`;
  const cached = recent.get(cacheKey);
  if (cached) return cached;
  const frontMatter: FrontMatter = {
    range: { start: 0, end: range.end },
    contentRange: { start: range.contentStart, end: range.contentEnd },
    entries: [],
    problems: [],
  };
  readYaml(source, range.contentStart, frontMatter);
  if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value!);
  recent.set(cacheKey, frontMatter);
  return frontMatter;
}

function readYaml(source: string, base: number, into: FrontMatter): void {
  const tooBig = exceedsLimits(source);
  if (tooBig) {
    into.problems.push({ start: base, end: base + Math.min(source.length, firstLineLength(source)), message: `Front matter ${tooBig}; its values are not read.` });
    return;
  }
  if (!readPlainLines(source, base, into)) readWithParser(source, base, into);
}

/** Reads the front matter's YAML with the YAML parser: entries, and problems with exact positions. */
export function readWithParser(source: string, base: number, into: FrontMatter): void {
  const { isAlias, isMap, isScalar, isSeq, parseDocument } = yamlLibrary();
  // YAML knows \n and \r\n only; a lone \r (old Mac line endings) becomes \n, same length, so offsets stay exact.
  const yaml = source.replace(/\r(?!\n)/g, '\n');
  let document: Document.Parsed;
  try {
    document = parseDocument(yaml, { prettyErrors: false, uniqueKeys: false, logLevel: 'error' });
  } catch (error) {
    into.problems.push({ start: base, end: base + source.length, message: `Front matter could not be read: ${(error as Error).message}` });
    return;
  }
  const seen = new Set<string>();
  for (const error of document.errors) {
    // Errors at the very end (an unclosed bracket) are put on the last character of the YAML, not on the closing fence.
    const last = Math.max(0, source.trimEnd().length - 1);
    const start = Math.min(error.pos[0], last);
    const end = Math.min(Math.max(error.pos[1], start + 1), last + 1);
    const message = `Front matter is not valid YAML: ${firstLine(error.message).replace(/\.?$/, '.')}`;
    const key = `${start}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    into.problems.push({ start: base + start, end: base + end, message });
  }
  const contents = document.contents;
  if (contents === null || contents === undefined) return;
  if (!isMap(contents)) {
    const range = contents.range ?? [0, source.length];
    into.problems.push({ start: base + range[0], end: base + range[1], message: 'Front matter must be a list of `key: value` lines.' });
    return;
  }
  for (const pair of contents.items) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    const keyRange = { start: base + pair.key.range[0], end: base + pair.key.range[1] };
    const valueNode = pair.value as Node | null;
    const valueRange = valueNode?.range && valueNode.range[1] > valueNode.range[0] ? { start: base + valueNode.range[0], end: base + valueNode.range[1] } : undefined;
    into.entries.push({
      key: String(pair.key.value),
      value: valueOf(valueNode, document, { isAlias, isScalar, isSeq }),
      keyRange,
      valueRange,
      pairRange: { start: keyRange.start, end: valueRange?.end ?? keyRange.end },
    });
  }
}

/** A value without converting the whole document (`toJS` is slow on complex keys and expands aliases). */
function valueOf(node: Node | null, document: Document.Parsed, { isAlias, isScalar, isSeq }: Pick<Yaml, 'isAlias' | 'isScalar' | 'isSeq'>): unknown {
  const resolved = isAlias(node) ? node.resolve(document) : node;
  if (resolved === null || resolved === undefined) return null;
  if (isScalar(resolved)) return resolved.value;
  return isSeq(resolved) ? [] : {};
}

type Yaml = typeof import('yaml');
let yaml: Yaml | undefined;

/** The YAML parser, loaded on first use: most drafts' front matter never needs it, and it is a large part of the server's memory. */
function yamlLibrary(): Yaml {
  return (yaml ??= require('yaml') as Yaml);
}

const PLAIN_KEY = /[A-Za-z][A-Za-z0-9_-]*:/y;
/**
 * A value that YAML reads as exactly this text: it starts with a letter (so it is no number, quote, list, tag, anchor
 * or alias) and holds no `#` or `:` (no comment, no nested key) and nothing YAML forbids or treats as a line break.
 */
const PLAIN_VALUE = /^\p{L}[^\u0000-\u001f\u007f-\u009f\u2028\u2029\ud800-\udfff\ufeff#:]*$/u;
const NOT_TEXT = /^(?:true|false|null)$/i;

/** `NOT_TEXT`, asked only of words of its lengths: most keys and values are not 4 or 5 characters long. */
function notText(text: string): boolean {
  return (text.length === 4 || text.length === 5) && NOT_TEXT.test(text);
}

/**
 * `PLAIN_VALUE`, decided by character code when the value is ASCII (a letter, then nothing below a space, no DEL,
 * `#` or `:`), as almost every value is; the regular expression (in Unicode mode) only for the others.
 */
function isPlainValue(value: string): boolean {
  const first = value.charCodeAt(0) | 0x20;
  if (!(first >= 0x61 && first <= 0x7a)) return value.charCodeAt(0) >= 128 && PLAIN_VALUE.test(value);
  for (let i = 1; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 128) return PLAIN_VALUE.test(value);
    if (code < 0x20 || code === 0x7f || code === 0x23 || code === 0x3a) return false;
  }
  return true;
}

/**
 * Reads front matter made only of `key: plain text` lines (and blank lines), as almost every draft's is, without
 * the YAML parser; returns false, having read nothing, for anything else. Gives the entries the parser would: a test
 * compares the two on every draft of the corpora and on generated lines.
 */
export function readPlainLines(source: string, base: number, into: FrontMatter): boolean {
  const entries: FrontMatterEntry[] = [];
  let lineStart = 0;
  while (lineStart < source.length) {
    let lineEnd = lineStart;
    while (lineEnd < source.length) {
      const code = source.charCodeAt(lineEnd);
      if (code === 10 || code === 13) break;
      lineEnd++;
    }
    let end = lineEnd;
    while (end > lineStart && source.charCodeAt(end - 1) === 32) end--;
    if (end > lineStart) {
      PLAIN_KEY.lastIndex = lineStart;
      if (!PLAIN_KEY.test(source)) return false;
      const keyEnd = PLAIN_KEY.lastIndex - 1;
      const key = source.slice(lineStart, keyEnd);
      if (notText(key)) return false;
      const keyRange = { start: base + lineStart, end: base + keyEnd };
      if (PLAIN_KEY.lastIndex === end) {
        entries.push({ key, value: null, keyRange, valueRange: undefined, pairRange: { ...keyRange } });
      } else {
        let valueStart = PLAIN_KEY.lastIndex;
        if (source.charCodeAt(valueStart) !== 32) return false;
        while (source.charCodeAt(valueStart) === 32) valueStart++;
        const value = source.slice(valueStart, end);
        if (!isPlainValue(value) || notText(value)) return false;
        const valueRange = { start: base + valueStart, end: base + end };
        entries.push({ key, value, keyRange, valueRange, pairRange: { start: keyRange.start, end: valueRange.end } });
      }
    }
    lineStart = source.startsWith('\r\n', lineEnd) ? lineEnd + 2 : lineEnd + 1;
  }
  into.entries.push(...entries);
  return true;
}

/** Says why the YAML is too big or too deeply nested to read, in one pass over it; undefined when it is fine. */
function exceedsLimits(source: string): string | undefined {
  const { characters, depth } = FRONT_MATTER_LIMITS;
  if (source.length > characters) return `is ${formatCount(source.length)} characters, over the ${formatCount(characters)} a draft's front matter needs`;
  let flowDepth = 0;
  let lineStart = true;
  let indicators = 0;
  let indent = 0;
  // By character code: this reads every character of every draft's front matter.
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code === 10 || code === 13) {
      lineStart = true;
      indicators = 0;
      indent = 0;
      continue;
    }
    if (lineStart) {
      // Block nesting shows as indentation and as indicators stacked at the start of a line ("- - - a", "? ? a").
      if (code === 32) indent++;
      else if ((code === 0x2d || code === 0x3f || code === 0x3a) && (i + 1 === source.length || source.charCodeAt(i + 1) === 32)) {
        indicators++;
        i++;
      } else lineStart = false;
      if (indicators > depth || indent > depth * 8) return `is nested more than ${depth} levels deep`;
    }
    if (code === 0x7b || code === 0x5b) {
      if (++flowDepth > depth) return `is nested more than ${depth} levels deep`;
    } else if ((code === 0x7d || code === 0x5d) && flowDepth > 0) flowDepth--;
  }
  return undefined;
}

function firstLineLength(source: string): number {
  const end = source.search(/[\r\n]/);
  return end < 0 ? source.length : Math.max(1, end);
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0].replace(/ at line \d+, column \d+:?$/, '');
}
