import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import '../../server/src/engine';
import { PhraseMatcher, WordSet, compiledPhraseLists, segmentWords } from '../../server/src/engine/text/words';
import { random } from '../support/random';

/** Every variant of a phrase pattern, spelled out: the plain reading of `{a|b}` and `{...}?` the automaton must agree with. */
function variants(phrase: string): string[][] {
  const wordsOf = (text: string) => segmentWords(text).map((word) => word.norm);
  let all: string[][] = [[]];
  for (const part of phrase.toLowerCase().match(/\{[^}]*\}\??|[^\s{}]+/g) ?? []) {
    const optional = part.startsWith('{') && part.endsWith('?');
    const choices = part.startsWith('{') ? part.slice(1, optional ? -2 : -1).split('|').map(wordsOf) : [wordsOf(part)];
    if (optional) choices.push([]);
    all = all.flatMap((variant) => choices.map((choice) => [...variant, ...choice]));
  }
  return all.filter((variant) => variant.length > 0);
}

/** Longest match at each word, left to right, the first phrase listed winning a tie: by brute force. */
function referenceMatches(phrases: string[], words: string[]): string[] {
  const expanded = phrases.flatMap((phrase) => variants(phrase).map((variant) => ({ phrase, variant })));
  const found: string[] = [];
  let i = 0;
  while (i < words.length) {
    let best: { phrase: string; length: number } | undefined;
    for (const { phrase, variant } of expanded) {
      const fits = variant.every((word, k) => words[i + k] === word);
      if (fits && (!best || variant.length > best.length)) best = { phrase, length: variant.length };
    }
    if (best) {
      found.push(`${i}-${i + best.length}:${best.phrase}`);
      i += best.length;
    } else {
      i++;
    }
  }
  return found;
}


// Built at module load, as phrase lists must be: alternatives sharing first words, optional groups anywhere,
// phrases that are prefixes of others, two phrases matching the same words, hyphens and apostrophes.
const LISTS = [
  ["{i'd|i would|i} {like|love|want} to {connect|add you}{ on linkedin}?", '{i|we} {like|love}', "i'd like to", 'like-minded {people|professionals}?'],
  ['{a|a b|b} {c|c d}? e', 'a {b}? {c}? {d}?', 'b c', '{x}? {y}? z', 'a b c d e'],
  ['{grab|get|have} {a|some}? {coffee|lunch}', 'coffee', '{quick|short}? call', '{catch up|meet up|meet}'],
].map((phrases) => ({ phrases, matcher: new PhraseMatcher(phrases) }));

/** Checks a matcher against the brute-force reading of its phrases on 3,000 random sequences. */
function checkAgainstVariants(phrases: string[], matcher: PhraseMatcher, seed: number): void {
  const every = phrases.flatMap(variants);
  const vocabulary = [...new Set(every.flat()), 'the', 'x', 'unrelated'];
  const next = random(seed);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  for (let round = 0; round < 3000; round++) {
    // Whole variants side by side, and loose words between: where phrases overlap, tie and run into each other.
    const pieces = Array.from({ length: 1 + Math.floor(next() * 5) }, () => (next() < 0.5 ? pick(every).join(' ') : pick(vocabulary)));
    const text = pieces.join(' ');
    const words = segmentWords(text);
    const found = matcher.findAll(words).map((match) => `${match.firstWord}-${match.endWord}:${match.phrase}`);
    const expected = referenceMatches(phrases, words.map((word) => word.norm));
    assert.deepEqual(found, expected, text);
    assert.equal(matcher.occursIn(words), expected.length > 0, text);
  }
}

describe('a phrase list finds, at each word, the longest phrase variant that starts there', () => {
  for (const [index, { phrases, matcher }] of LISTS.entries()) {
    it(`on 3,000 sequences of list ${index + 1}'s variants and loose words`, () => checkAgainstVariants(phrases, matcher, index + 1));
  }
});

// A team's phrase lists are compiled from config files at run time, after drafts have been read: their words that no
// list built at load uses are numbered by the list itself.
describe('a phrase list built after drafts were read, as a team list is', () => {
  const TEAM_LIST = ['{circle|loop} back {re|about} synergy', 'synergy', 'let us {circle|loop} back', '{i|we} {like|love} synergy'];

  it('finds the same matches as one built at load, on words built-in lists use and words none does', () => {
    assert.ok(segmentWords('A draft read before the list is built.').length > 0);
    for (const [index, { phrases }] of LISTS.entries()) checkAgainstVariants(phrases, new PhraseMatcher(phrases), index + 11);
    checkAgainstVariants(TEAM_LIST, new PhraseMatcher(TEAM_LIST), 21);
    checkAgainstVariants([...TEAM_LIST, ...LISTS[0].phrases], new PhraseMatcher([...TEAM_LIST, ...LISTS[0].phrases]), 22);
  });

  it('and a word set built then knows words no list built at load uses', () => {
    assert.ok(segmentWords('Read first.').length > 0);
    const set = new WordSet(['synergy', 'you', "we're"]);
    assert.deepEqual(segmentWords("Synergy, you said? We\u2019re in. Unrelated words.").map((word) => set.has(word)), [true, true, false, true, false, false, false]);
  });
});

// scripts/build.mjs compiles the built-in lists' automata into every bundle, this test's included, so that no start
// builds them: what it compiled must be what the lists' phrases build.
describe('the phrase lists compiled into the bundle', () => {
  it('are every built-in list, each automaton state for state what its phrases build now', () => {
    const lists = compiledPhraseLists();
    assert.ok(lists.length >= 19, `${lists.length} lists compiled`);
    for (const { phrases, compiled, built } of lists) assert.deepEqual(compiled, built, phrases[0]);
  });
});
