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
  const hits: OffsetRange[] = [];
  for (const pattern of PLACEHOLDER_PATTERNS) {
    pattern.lastIndex = from;
    for (let match = pattern.exec(prose); match; match = pattern.exec(prose)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!hits.some((hit) => start < hit.end && hit.start < end)) hits.push({ start, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
