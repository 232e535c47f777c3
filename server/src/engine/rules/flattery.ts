import type { Draft } from '../draft';
import { startsWithCapital } from '../greeting';
import type { Sentence } from '../words';
import type { Rule } from './rule';

const SUPERLATIVES = new Set([
  'amazing', 'incredible', 'inspiring', 'inspirational', 'awesome', 'outstanding', 'impressive', 'exceptional', 'brilliant',
  'extraordinary', 'phenomenal', 'remarkable', 'stellar', 'fantastic', 'wonderful', 'stunning', 'unparalleled', 'legendary',
  'genius', 'visionary', 'rockstar', 'guru', 'ninja', 'tremendous', 'superb', 'excellent', 'unbelievable', 'spectacular',
  'magnificent', 'marvelous', 'marvellous', 'fabulous', 'mind-blowing', 'world-class', 'unmatched', 'unrivaled', 'unrivalled',
  'iconic', 'greatest', 'best', 'true',
]);
/** "world-class" and "mind-blowing" arrive as two words. */
const COMPOUND_SECOND_HALVES = new Map([['class', 'world'], ['blowing', 'mind']]);
const SPECIFIC_DETAIL = /\d|["“”]/;

export const flattery: Rule = {
  name: 'flattery',
  description: 'Stacked superlatives with nothing specific behind them.',
  rationale:
    'Praise works when it is specific: one detail of their work shows you paid attention. A pile of superlatives reads as a template, and ' +
    'heavy flattery got fewer replies than slight warmth (Boomerang, 2016).',
  defaultSeverity: 'warning',
  tags: ['tone'],
  check(draft, report) {
    for (const sentence of draft.sentences) {
      const hype = superlativesIn(draft, sentence);
      if (hype.length < 2 || isSpecific(draft, sentence)) continue;
      report({
        start: draft.words[hype[0]].start,
        end: draft.words[hype[hype.length - 1]].end,
        message: 'Swap the superlatives for one specific detail of their work: what exactly impressed you?',
      });
    }
  },
};

function superlativesIn(draft: Draft, sentence: Sentence): number[] {
  const found: number[] = [];
  for (let i = sentence.firstWord; i < sentence.endWord; i++) {
    const word = draft.words[i].norm;
    if (word === 'true' || word === 'best' || word === 'greatest') {
      if (SUPERLATIVES.has(draft.words[i + 1]?.norm ?? '')) found.push(i);
    } else if (SUPERLATIVES.has(word) || COMPOUND_SECOND_HALVES.get(word) === draft.words[i - 1]?.norm) {
      found.push(i);
    }
  }
  return found;
}

/** A number, a quoted title or a name inside the sentence gives the praise something to stand on. */
function isSpecific(draft: Draft, sentence: Sentence): boolean {
  if (SPECIFIC_DETAIL.test(draft.prose.slice(sentence.start, sentence.end))) return true;
  for (let i = sentence.firstWord + 1; i < sentence.endWord; i++) {
    const word = draft.words[i];
    if (startsWithCapital(word.text) && word.norm !== 'i' && !word.norm.startsWith("i'") && !draft.isRecipientName(word.text)) return true;
  }
  return false;
}
