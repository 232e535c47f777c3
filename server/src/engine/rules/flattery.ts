import type { Draft } from '../draft';
import { startsWithCapital } from '../greeting';
import { WordSet, type Word } from '../words';
import type { Rule } from './rule';

const SUPERLATIVES = new WordSet([
  'amazing', 'incredible', 'inspiring', 'inspirational', 'awesome', 'outstanding', 'impressive', 'exceptional', 'brilliant',
  'extraordinary', 'phenomenal', 'remarkable', 'stellar', 'fantastic', 'wonderful', 'stunning', 'unparalleled', 'legendary',
  'genius', 'visionary', 'rockstar', 'guru', 'ninja', 'tremendous', 'superb', 'excellent', 'unbelievable', 'spectacular',
  'magnificent', 'marvelous', 'marvellous', 'fabulous', 'mind-blowing', 'world-class', 'unmatched', 'unrivaled', 'unrivalled',
  'iconic', 'greatest', 'best', 'true',
]);
/** "world-class" and "mind-blowing" arrive as two words. */
const COMPOUND_SECOND_HALVES = new Map([['class', 'world'], ['blowing', 'mind']]);
const SECOND_HALVES = new WordSet([...COMPOUND_SECOND_HALVES.keys()]);
/** Superlatives only before another: "true visionary", "best, most amazing". */
const INTENSIFIERS = new WordSet(['true', 'best', 'greatest']);
const SPECIFIC_DETAIL = /\d|["“”]/;
const MESSAGE = 'Swap the superlatives for one specific detail of their work: what exactly impressed you?';

/** One sentence's words, words[first, end), and where its text is: a body sentence, or an InMail's subject line. */
interface Stretch {
  words: Word[];
  first: number;
  end: number;
  text: string;
  /** Whether a capital marks a name: not in a subject Written In Title Case. */
  capitalsNameThings: boolean;
}

export const flattery: Rule = {
  name: 'flattery',
  description: 'Stacked superlatives with nothing specific behind them.',
  rationale:
    'Praise works when it is specific: one detail of their work shows you paid attention. A pile of superlatives reads as a template, and ' +
    'heavy flattery got fewer replies than slight warmth (Boomerang, 2016).',
  defaultSeverity: 'warning',
  tags: ['tone'],
  check(draft, report) {
    const stretches: Stretch[] = [];
    for (const sentence of draft.sentences) {
      // Most sentences praise nothing: only those with two superlatives are looked at closer.
      if (superlativesIn(draft.words, sentence.firstWord, sentence.endWord).length < 2) continue;
      const text = draft.prose.slice(sentence.start, sentence.end);
      stretches.push({ words: draft.words, first: sentence.firstWord, end: sentence.endWord, text, capitalsNameThings: true });
    }
    const subject = draft.subject;
    if (subject) {
      const words = subject.words;
      stretches.push({ words, first: 0, end: words.length, text: subject.source, capitalsNameThings: !isTitleCase(words) });
    }
    for (const stretch of stretches) {
      const hype = superlativesIn(stretch.words, stretch.first, stretch.end);
      if (hype.length < 2 || isSpecific(draft, stretch)) continue;
      report({ start: stretch.words[hype[0]].start, end: stretch.words[hype[hype.length - 1]].end, message: MESSAGE });
    }
  },
};

function superlativesIn(words: Word[], first: number, end: number): number[] {
  const found: number[] = [];
  for (let i = first; i < end; i++) {
    if (INTENSIFIERS.has(words[i])) {
      if (SUPERLATIVES.has(words[i + 1])) found.push(i);
    } else if (SUPERLATIVES.has(words[i]) || (SECOND_HALVES.has(words[i]) && COMPOUND_SECOND_HALVES.get(words[i].norm) === words[i - 1]?.norm)) {
      found.push(i);
    }
  }
  return found;
}

/** A number, a quoted title or a name inside the sentence gives the praise something to stand on. */
function isSpecific(draft: Draft, { words, first, end, text, capitalsNameThings }: Stretch): boolean {
  if (SPECIFIC_DETAIL.test(text)) return true;
  if (!capitalsNameThings) return false;
  for (let i = first + 1; i < end; i++) {
    const word = words[i];
    if (startsWithCapital(word.text) && word.norm !== 'i' && !word.norm.startsWith("i'") && !draft.isRecipientName(word.text)) return true;
  }
  return false;
}

/** "Your Amazing, Inspiring Work": every word of four letters or more capitalised, as subject lines often are. */
function isTitleCase(words: Word[]): boolean {
  const long = words.filter((word) => word.text.length >= 4);
  return long.length >= 2 && long.every((word) => startsWithCapital(word.text));
}
