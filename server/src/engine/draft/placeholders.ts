import type { OffsetRange } from '../types';

/** Each pattern is bounded and free of nested quantifiers, so matching stays linear on any input. */
const SINGLE_BRACE = /(?<!\{)\{[\p{L}_][\p{L}\p{N}_ .-]{0,40}\}(?!\})/gu;
const MARKER = /\b(?:TODO|TBD|FIXME|XXX+)\b/g;
/** A marker named as a thing ("every TODO comment needs an owner", "the FIXME list"): talked about, not left in. */
const MARKER_AS_NOUN = /^[ \t]+(?:comments?|lists?|items?|markers?|tags?|apps?|files?|tickets?|trackers?)\b/i;
/** A marker after a determiner is a noun in the sentence ("tying every TODO to a ticket", "a stray FIXME"), not a gap. */
const DETERMINER_BEFORE = /(?:^|[^\p{L}])(?:every|each|these|those|any|no|one|our|their|his|her|its|some|per|stray|lone|single|open|old|leftover)[ \t]+$/iu;
const BRACKET = /(?<![\]\\])\[(?!\s*\]|[xX ]\]|\^)[^[\]\r\n]{1,60}\](?![([:])/g;
/** A merge tag in any case (`%firstName%`), kept when it names a slot; `%FNAME%` in capitals always is one. */
const PERCENT_TAG = /%[A-Za-z_]{2,30}%/g;
const PLACEHOLDER_PATTERNS: RegExp[] = [
  /\{\{[^{}\r\n]{0,80}\}\}/g,
  SINGLE_BRACE,
  BRACKET,
  // Glued to a word it is code (`Vec<T>`, `std::optional<int>`), not a slot.
  /(?<![\p{L}\p{N}_:])<(?!(?:a|b|i|u|s|p|br|hr|em|strong|span|div|img|sub|sup|code|pre|kbd|mark|small|del|ins|details|summary)\b)[\p{L}][\p{L}\p{N} _.-]{0,40}>/gu,
  PERCENT_TAG,
  // Mailchimp's merge tags: *|FNAME|*.
  /\*\|[A-Za-z_:]{1,40}\|\*/g,
  MARKER,
];
/**
 * A character each pattern's every match holds (`MARKER`'s all start with a capital T, F or X): most drafts hold none
 * of several, and a search for one character costs far less than running the pattern over the draft.
 */
const REQUIRED: (readonly string[])[] = [['{'], ['{'], ['['], ['<'], ['%'], ['*'], ['T', 'F', 'X']];

/** Words that name what a template slot stands for; `{firstName}` holds one, a code name such as `{fmt}` does not. */
const SLOT_WORDS = new Set([
  'name', 'first', 'last', 'full', 'fname', 'lname', 'firstname', 'lastname', 'company', 'org', 'organisation', 'organization', 'topic',
  'title', 'role', 'job', 'position', 'event', 'conference', 'city', 'location', 'school', 'university', 'date', 'day', 'time', 'industry',
  'team', 'product', 'mutual', 'contact', 'field', 'skill', 'skills', 'recipient', 'person', 'your', 'my', 'their', 'sender', 'post',
  'article', 'talk', 'project', 'detail', 'details', 'pain', 'point', 'link', 'insert', 'here', 'something', 'x', 'y', 'group', 'tool',
  'goal', 'value', 'benefit', 'result', 'number', 'metric', 'compliment', 'reason', 'hook', 'personalization', 'personalisation', 'custom',
]);

/** Whether `{...}` reads as a template slot: several words, or a word naming what goes there (split at `_`, `.`, `-`, camelCase). */
function isSlot(inner: string): boolean {
  if (/ /.test(inner.trim())) return true;
  const parts = inner.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').toLowerCase().split(/[ _.-]/);
  return parts.some((part) => SLOT_WORDS.has(part));
}

/**
 * Quoted titles ("TODO: Threat Model Later", “{fmt} in Embedded”): spans between a pair of double quotes on one line,
 * found in one pass. A marker or a code name inside one is part of the title, not a leftover.
 */
export function quotedSpans(prose: string, from: number): OffsetRange[] {
  const spans: OffsetRange[] = [];
  let open = -1;
  let closing = '';
  for (let i = from; i < prose.length; i++) {
    const c = prose[i];
    if (c === '\n' || c === '\r') open = -1;
    else if (open < 0 && (c === '"' || c === '“' || c === '«' || c === '„')) {
      open = i;
      closing = c === '“' ? '”' : c === '«' ? '»' : c === '„' ? '“' : '"';
    } else if (open >= 0 && (c === closing || (closing === '”' && c === '"') || (closing === '"' && c === '”'))) {
      spans.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return spans;
}

/** Whether the bracket fills its quote, give or take spaces: `"[post title]"`. */
function wholeQuote(prose: string, quote: OffsetRange, start: number, end: number): boolean {
  return prose.slice(quote.start + 1, start).trim() === '' && prose.slice(end, quote.end - 1).trim() === '';
}

/** Template placeholders in prose (`{{name}}`, `{firstName}`, `[Company]`, `<first name>`, `TODO`), sorted, non-overlapping. */
export function findPlaceholders(prose: string, from: number): OffsetRange[] {
  const candidates: OffsetRange[] = [];
  let quotes: OffsetRange[] | undefined;
  let quote: number;
  for (let index = 0; index < PLACEHOLDER_PATTERNS.length; index++) {
    if (!REQUIRED[index].some((char) => prose.includes(char, from))) continue;
    const pattern = PLACEHOLDER_PATTERNS[index];
    pattern.lastIndex = from;
    quote = 0;
    for (let match = pattern.exec(prose); match; match = pattern.exec(prose)) {
      const start = match.index;
      if (pattern === SINGLE_BRACE || pattern === MARKER || pattern === BRACKET) {
        // Matches come in order, so one cursor walks the quoted spans once per pattern.
        quotes ??= quotedSpans(prose, from);
        while (quote < quotes.length && quotes[quote].end <= start) quote++;
        const inside = quote < quotes.length && quotes[quote].start < start;
        // A bracket that is the whole quote ("[post title]") is a slot; one among a title's words ("... [sic]") is the title's.
        if (inside && (pattern !== BRACKET || !wholeQuote(prose, quotes[quote], start, start + match[0].length))) continue;
        if (pattern === SINGLE_BRACE && !isSlot(match[0].slice(1, -1))) continue;
        if (pattern === MARKER && (MARKER_AS_NOUN.test(prose.slice(start + match[0].length, start + match[0].length + 12)) || DETERMINER_BEFORE.test(prose.slice(Math.max(from, start - 12), start)))) continue;
      }
      if (pattern === PERCENT_TAG && /[a-z]/.test(match[0]) && !isSlot(match[0].slice(1, -1))) continue;
      candidates.push({ start, end: start + match[0].length });
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
