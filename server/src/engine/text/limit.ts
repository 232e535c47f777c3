// How much of a text the engine reads: everything up to LINT_LIMIT, cut where the cut does no harm.

/**
 * Drafts are a few thousand characters at most; past this many only the start is linted, so a pasted log or a
 * runaway file costs bounded time and memory. One diagnostic says so.
 */
export const LINT_LIMIT = 1_048_576;

/** Where to cut a long text at or before `limit`: after a line break, else after white space, never inside a surrogate pair. */
function cutBefore(text: string, limit: number): number {
  const window = 4096;
  const lineBreak = Math.max(text.lastIndexOf('\n', limit - 1), text.lastIndexOf('\r', limit - 1));
  if (lineBreak >= limit - window) return lineBreak + 1;
  for (let at = limit; at > limit - window; at--) if (/\s/.test(text[at - 1])) return at;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** The part of `text` that is linted: all of it, or its first LINT_LIMIT characters cut by `cutBefore`. */
export function lintedPart(text: string): string {
  return text.length > LINT_LIMIT ? text.slice(0, cutBefore(text, LINT_LIMIT)) : text;
}
