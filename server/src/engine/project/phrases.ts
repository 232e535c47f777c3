// A team's phrase lists (`phrases.flag`, `phrases.allow` in the project config) compiled for generic-phrase. Phrases
// are plain words, matched over the draft's word tokens with the same trie as the built-in list: linear time, no
// user-written regular expressions.
import { PhraseMatcher, segmentWords, type Word } from '../words';
import { partitionPoint } from '../search';

export interface FlagPhrase {
  phrase: string;
  /** The team's own explanation, shown instead of generic-phrase's. */
  message?: string;
}

export interface PhraseConfig {
  flag: FlagPhrase[];
  allow: string[];
}

export interface CompiledPhrases {
  /** The built-in clichés and the team's, longest match first; a team phrase that repeats a built-in one wins. */
  matcher: PhraseMatcher;
  /** The phrase key a match reports -> the team's entry, for the team's phrases only. */
  team: Map<string, FlagPhrase>;
  allow?: AllowList;
}

export function phraseWordCount(text: string): number {
  return segmentWords(text).length;
}

/**
 * A team phrase as a PhraseMatcher pattern: braces would read as `{a|b}` alternatives, and they are no word
 * characters, so they become spaces and the phrase is matched word for word.
 */
function literal(phrase: string): string {
  return phrase.replace(/[{}]/g, ' ');
}

const compiled = new WeakMap<PhraseConfig, CompiledPhrases>();

/** Compiled once per config object (configs are cached by their loaders), not once per lint. */
export function compilePhrases(builtIn: readonly string[], builtInMatcher: PhraseMatcher, config: PhraseConfig | undefined): CompiledPhrases {
  if (!config || (config.flag.length === 0 && config.allow.length === 0)) return { matcher: builtInMatcher, team: new Map() };
  let result = compiled.get(config);
  if (!result) {
    const team = new Map<string, FlagPhrase>();
    for (const flag of config.flag) if (!team.has(literal(flag.phrase))) team.set(literal(flag.phrase), flag);
    result = {
      matcher: config.flag.length === 0 ? builtInMatcher : new PhraseMatcher([...team.keys(), ...builtIn]),
      team,
      allow: config.allow.length === 0 ? undefined : new AllowList(config.allow),
    };
    compiled.set(config, result);
  }
  return result;
}

/** `phrases.allow`: a hit is never reported when an allowed phrase spans it (the same words, or more around them). */
export class AllowList {
  private readonly matcher: PhraseMatcher;
  private readonly exact: Set<string>;

  constructor(phrases: readonly string[]) {
    this.matcher = new PhraseMatcher(phrases.map(literal));
    this.exact = new Set(phrases.map((phrase) => key(segmentWords(phrase))));
  }

  /** The allowed stretches of one word list, found once per draft; `covers` then answers per hit. */
  in(words: Word[]): (firstWord: number, endWord: number) => boolean {
    const spans = this.matcher.findAll(words);
    return (firstWord, endWord) => {
      if (this.exact.has(key(words.slice(firstWord, endWord)))) return true;
      // Spans are sorted and disjoint: the last one starting at or before the hit is the only one that can hold it.
      const span = spans[partitionPoint(spans.length, (index) => spans[index].firstWord <= firstWord) - 1];
      return span !== undefined && span.endWord >= endWord;
    };
  }
}

function key(words: readonly Word[]): string {
  return words.map((word) => word.norm).join(' ');
}
