import type { OffsetRange } from './types';

/** Each pattern is bounded and free of nested quantifiers, so matching stays linear on any input. */
const PLACEHOLDER_PATTERNS: RegExp[] = [
  /\{\{[^{}\r\n]{0,80}\}\}/g,
  /(?<!\{)\{[\p{L}_][\p{L}\p{N}_ .-]{0,40}\}(?!\})/gu,
  /(?<![\]\\])\[(?!\s*\]|[xX ]\]|\^)[^[\]\r\n]{1,60}\](?![([:])/g,
  /<(?!(?:a|b|i|u|s|p|br|hr|em|strong|span|div|img|sub|sup|code|pre|kbd|mark|small|del|ins|details|summary)\b)[\p{L}][\p{L}\p{N} _.-]{0,40}>/gu,
  /%[A-Z_]{2,30}%/g,
  /\b(?:TODO|TBD|FIXME|XXX+)\b/g,
];

/** Template placeholders in prose (`{{name}}`, `{firstName}`, `[Company]`, `<first name>`, `TODO`), sorted, non-overlapping. */
export function findPlaceholders(prose: string, from: number): OffsetRange[] {
  const candidates: OffsetRange[] = [];
  for (const pattern of PLACEHOLDER_PATTERNS) {
    pattern.lastIndex = from;
    for (let match = pattern.exec(prose); match; match = pattern.exec(prose)) {
      candidates.push({ start: match.index, end: match.index + match[0].length });
    }
  }
  // One sweep keeps the earliest of overlapping matches ("{{name}}" over the "{name}" inside it), in linear time.
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const hits: OffsetRange[] = [];
  for (const candidate of candidates) {
    const last = hits[hits.length - 1];
    if (!last || candidate.start >= last.end) hits.push(candidate);
  }
  return hits;
}
