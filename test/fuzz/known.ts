import { FRONT_MATTER_BLOCK, frontMatterKeys, type Problem } from '../support/checkFixes';

/**
 * Problems the fuzzer finds that belong to work under way elsewhere (issue 11), named so that they are counted apart
 * rather than hidden. Each is narrow: a kind of problem on a kind of draft. Remove one when its fix lands.
 */
const DEEP_YAML = /[[{]{40,}|(?:[?-] +){40,}/;

export const KNOWN = {
  frontMatterFixes: 'front matter typo fix on lone-CR line breaks or repeated keys, or renaming a key to one already there (item 15)',
  deepYaml: 'front matter with long runs of [, {, "? " or "- " (items 2 and 7: bound the YAML before parsing it)',
  sentenceChunks: 'sentences of a paragraph over 4 KB split where the 4 KB chunks fall (words.ts chunking)',
  commentLine: 'a disable comment on a line of its own ends the sentence above it for the linter, not in the message (words.ts)',
} as const;

export function knownProblem(text: string, problem: Problem): string | undefined {
  const block = FRONT_MATTER_BLOCK.exec(text);
  if (block && DEEP_YAML.test(block[0])) {
    const slow = problem.kind === 'draft took too long' || problem.kind === 'server did not publish';
    if (slow || problem.rule === 'front-matter' || problem.detail.includes('front-matter')) return KNOWN.deepYaml;
  }
  if (block && problem.rule === 'front-matter' && !problem.suppression && (problem.kind === 'front matter fix repeated a key' || hasLoneCrOrRepeatedKey(block))) {
    return KNOWN.frontMatterFixes;
  }
  if (problem.kind === 'suppression changed another diagnostic' && hasLongParagraph(text)) return KNOWN.sentenceChunks;
  if (problem.kind === 'suppression changed another diagnostic' && problem.insertsLine) return KNOWN.commentLine;
  return undefined;
}

function hasLoneCrOrRepeatedKey(block: RegExpExecArray): boolean {
  if (/\r(?!\n)/.test(block[0])) return true;
  const keys = frontMatterKeys(block[1]);
  return new Set(keys).size < keys.length;
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
