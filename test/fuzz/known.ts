import type { Problem } from '../support/checkFixes';

/**
 * Problems the fuzzer finds that belong to work under way elsewhere (issue 11), named so that they are counted apart
 * rather than hidden. Each is narrow: a kind of problem on a kind of draft. Remove one when its fix lands.
 */
export const KNOWN = {
  sentenceChunks: 'sentences of a paragraph over 4 KB split where the 4 KB chunks fall (words.ts chunking)',
  commentLine: 'a disable comment on a line of its own ends the sentence above it for the linter, not in the message (words.ts)',
} as const;

export function knownProblem(text: string, problem: Problem): string | undefined {
  if (problem.kind === 'suppression changed another diagnostic' && hasLongParagraph(text)) return KNOWN.sentenceChunks;
  if (problem.kind === 'suppression changed another diagnostic' && problem.insertsLine) return KNOWN.commentLine;
  return undefined;
}

/** A run of more than 4,096 characters without a blank line. */
function hasLongParagraph(text: string): boolean {
  let start = 0;
  for (const match of text.matchAll(/(?:\r\n|\n|\r)[ \t]*(?:\r\n|\n|\r)/g)) {
    if (match.index - start > 4096) return true;
    start = match.index + match[0].length;
  }
  return text.length - start > 4096;
}
