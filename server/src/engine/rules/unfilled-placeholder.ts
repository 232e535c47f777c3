import type { Draft } from '../draft';
import type { Fix } from '../types';
import type { Rule } from './rule';

/** Each pattern is bounded and free of nested quantifiers, so matching stays linear on any input. */
const PLACEHOLDERS: RegExp[] = [
  /\{\{[^{}\r\n]{0,80}\}\}/g,
  /(?<!\{)\{[\p{L}_][\p{L}\p{N}_ .-]{0,40}\}(?!\})/gu,
  /(?<![\]\\])\[(?!\s*\]|[xX ]\]|\^)[^[\]\r\n]{1,60}\](?![([:])/g,
  /<(?!(?:a|b|i|u|s|p|br|hr|em|strong|span|div|img|sub|sup|code|pre|kbd|mark|small|del|ins|details|summary)\b)[\p{L}][\p{L}\p{N} _.-]{0,40}>/gu,
  /%[A-Z_]{2,30}%/g,
  /\b(?:TODO|TBD|FIXME|XXX+)\b/g,
];

const NAME_PLACEHOLDER = /name|first|recipient|person/i;

export const unfilledPlaceholder: Rule = {
  name: 'unfilled-placeholder',
  description: 'Template placeholders left in the draft.',
  rationale: 'A placeholder that reaches the recipient shows a mass-mailed template and undoes every other effort to be personal.',
  defaultSeverity: 'error',
  tags: ['template'],
  check(draft, report) {
    const hits: { start: number; end: number }[] = [];
    for (const pattern of PLACEHOLDERS) {
      pattern.lastIndex = draft.bodyStart;
      for (let match = pattern.exec(draft.prose); match; match = pattern.exec(draft.prose)) {
        const start = match.index;
        const end = start + match[0].length;
        if (hits.some((hit) => start < hit.end && hit.start < end)) continue;
        hits.push({ start, end });
      }
    }
    hits.sort((a, b) => a.start - b.start);
    for (const hit of hits) {
      const placeholder = draft.text.slice(hit.start, hit.end);
      report({ ...hit, message: `Fill in the placeholder ${placeholder} before sending.`, fix: nameFix(draft, placeholder, hit) });
    }
  },
};

function nameFix(draft: Draft, placeholder: string, range: { start: number; end: number }): Fix | undefined {
  const name = /first/i.test(placeholder) ? draft.recipientFirstName : draft.meta.to;
  if (!name || !NAME_PLACEHOLDER.test(placeholder)) return undefined;
  return { title: `Fill in "${name}" (from the front matter's to)`, isPreferred: true, edits: [{ ...range, newText: name }] };
}
