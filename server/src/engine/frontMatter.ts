import { isMap, isScalar, parseDocument } from 'yaml';
import type { OffsetRange } from './types';

export interface FrontMatterProblem extends OffsetRange {
  message: string;
}

export interface FrontMatterEntry {
  key: string;
  value: unknown;
  keyRange: OffsetRange;
  valueRange?: OffsetRange;
}

export interface FrontMatter {
  /** From the opening fence to the end of the closing fence's line break. */
  range: OffsetRange;
  /** The YAML between the fences. */
  contentRange: OffsetRange;
  entries: FrontMatterEntry[];
  problems: FrontMatterProblem[];
}

const OPENING_FENCE = /^(?:\uFEFF)?---[ \t]*(?:\r\n|\n|\r)/;
const CLOSING_FENCE = /^(?:---|\.\.\.)[ \t]*$/gm;

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

export function parseFrontMatter(text: string): FrontMatter | undefined {
  const range = parseFrontMatterRange(text);
  if (!range) return undefined;
  const frontMatter: FrontMatter = {
    range: { start: 0, end: range.end },
    contentRange: { start: range.contentStart, end: range.contentEnd },
    entries: [],
    problems: [],
  };
  readYaml(text.slice(range.contentStart, range.contentEnd), range.contentStart, frontMatter);
  return frontMatter;
}

function readYaml(source: string, base: number, into: FrontMatter): void {
  let document;
  try {
    document = parseDocument(source, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
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
  let values: Record<string, unknown> = {};
  try {
    // The alias cap keeps a "billion laughs" front matter from exhausting memory.
    values = (document.toJS({ maxAliasCount: 100 }) ?? {}) as Record<string, unknown>;
  } catch (error) {
    into.problems.push({ start: base, end: base + source.length, message: `Front matter could not be read: ${(error as Error).message}` });
  }
  for (const pair of contents.items) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    const key = String(pair.key.value);
    const valueRange = (pair.value as { range?: [number, number, number] } | null)?.range;
    into.entries.push({
      key,
      value: values[key],
      keyRange: { start: base + pair.key.range[0], end: base + pair.key.range[1] },
      valueRange: valueRange && valueRange[1] > valueRange[0] ? { start: base + valueRange[0], end: base + valueRange[1] } : undefined,
    });
  }
}

function firstLine(message: string): string {
  return message.split('\n', 1)[0].replace(/ at line \d+, column \d+:?$/, '');
}
