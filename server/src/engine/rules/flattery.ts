import type { Draft } from '../draft/draft';
import { startsWithCapital } from '../draft/greeting';
import type { Word } from '../text/words';
import type { Rule } from './rule';

const SUPERLATIVES = new Set([
  'amazing', 'incredible', 'inspiring', 'inspirational', 'awesome', 'outstanding', 'impressive', 'exceptional', 'brilliant',
  'extraordinary', 'phenomenal', 'remarkable', 'stellar', 'fantastic', 'wonderful', 'stunning', 'unparalleled', 'legendary',
  'genius', 'visionary', 'rockstar', 'guru', 'ninja', 'tremendous', 'superb', 'excellent', 'unbelievable', 'spectacular',
  'magnificent', 'marvelous', 'marvellous', 'fabulous', 'mind-blowing', 'world-class', 'unmatched', 'unrivaled', 'unrivalled',
  'iconic', 'greatest', 'best', 'true', 'legend', 'legendary', 'goat', 'superstar', 'rockstar', 'titan', 'icon', 'wizard', 'trailblazer',
  'trailblazing', 'groundbreaking', 'unstoppable', 'flawless', 'insane', 'epic', 'breathtaking',
]);
/** Emoji that cheer rather than say anything: a run of them counts as one more superlative. */
const HYPE_EMOJI = /[\u{1F525}\u{1F64C}\u{1F44F}\u{1F4AF}\u{1F929}\u{1F60D}\u{1F680}\u{2B50}\u{1F31F}\u{2728}\u{1F3C6}\u{1F451}\u{1F410}\u{1F4AA}]/gu;
/** Three or more superlatives in one sentence read as a pile, whatever name stands beside them. */
const PILE = 3;
/** "world-class" and "mind-blowing" arrive as two words. */
const COMPOUND_SECOND_HALVES = new Map([['class', 'world'], ['blowing', 'mind']]);
const SPECIFIC_DETAIL = /\d|["“”]/;
const MESSAGE = 'Swap the superlatives for one specific detail of their work: what exactly impressed you?';

/** One sentence's words, words[first, end), and its text: a body sentence, or an InMail's subject line. */
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
    const stretches: Stretch[] = draft.sentences.map((sentence) => ({
      words: draft.words,
      first: sentence.firstWord,
      end: sentence.endWord,
      text: draft.prose.slice(sentence.start, sentence.end),
      capitalsNameThings: true,
    }));
    const subject = draft.subject;
    if (subject) {
      const words = subject.words;
      stretches.push({ words, first: 0, end: words.length, text: subject.source, capitalsNameThings: !isTitleCase(words) });
    }
    for (const stretch of stretches) {
      const hype = superlativesIn(stretch);
      const cheers = hypeEmojiRuns(stretch.text);
      const count = hype.length + cheers;
      if (count < 2 || hype.length === 0) continue;
      if (count < PILE && isSpecific(draft, stretch)) continue;
      // A number or a quote elsewhere in a long sentence does not excuse superlatives stacked on each other.
      if (count >= PILE && SPECIFIC_DETAIL.test(stretch.text) && !stacked(hype)) continue;
      report({ start: stretch.words[hype[0]].start, end: stretch.words[hype[hype.length - 1]].end, message: MESSAGE });
    }
  },
};

/** Three superlatives within five words of each other: "the most amazing, incredible, inspiring doctor". */
function stacked(hype: number[]): boolean {
  for (let i = 0; i + 2 < hype.length; i++) if (hype[i + 2] - hype[i] <= 4) return true;
  return false;
}

function superlativesIn({ words, first, end }: Stretch): number[] {
  const found: number[] = [];
  for (let i = first; i < end; i++) {
    const word = words[i].norm;
    if (word === 'true' || word === 'best' || word === 'greatest') {
      // "a true visionary" stacks praise on praise; "the best designer in Europe" praises the person whole.
      const next = words[i + 1]?.norm ?? '';
      if (SUPERLATIVES.has(next) || PRAISED_NOUNS.has(next)) found.push(i);
    } else if (SUPERLATIVES.has(word) || (COMPOUND_SECOND_HALVES.has(word) && COMPOUND_SECOND_HALVES.get(word) === words[i - 1]?.norm)) {
      found.push(i);
    }
  }
  return found;
}

/** People praised as a whole ("the best designer", "a true leader"), as against "the best part of your talk". */
const PRAISED_NOUNS = new Set([
  'leader', 'leaders', 'designer', 'engineer', 'developer', 'founder', 'mentor', 'marketer', 'expert', 'mind', 'minds', 'person', 'people',
  'professional', 'thinker', 'writer', 'speaker', 'manager', 'entrepreneur', 'visionary', 'inspiration', 'talent', 'genius', 'legend',
]);

/** Runs of cheering emoji ("🔥🔥🔥", "🙌"), each run counted once. */
function hypeEmojiRuns(text: string): number {
  let runs = 0;
  let lastEnd = -2;
  HYPE_EMOJI.lastIndex = 0;
  for (let match = HYPE_EMOJI.exec(text); match; match = HYPE_EMOJI.exec(text)) {
    if (!/^[\s\uFE0F]*$/.test(text.slice(lastEnd, match.index)) || lastEnd < 0) runs++;
    lastEnd = match.index + match[0].length;
  }
  return runs;
}

/**
 * A number, a quoted title or a name inside the sentence gives the praise something to stand on. The greeting's name,
 * shouted words (all capitals) and the superlatives themselves name nothing.
 */
function isSpecific(draft: Draft, { words, first, end, text, capitalsNameThings }: Stretch): boolean {
  if (SPECIFIC_DETAIL.test(text)) return true;
  if (!capitalsNameThings) return false;
  const greeted = draft.greeting?.name;
  // Two or more words in capitals are shouting, and a shouted word names nothing; one (AWS, NHS) is an acronym.
  let capitals = 0;
  for (let i = first; i < end; i++) if (isAllCapitals(words[i].text)) capitals++;
  const shouting = capitals >= 2;
  for (let i = first + 1; i < end; i++) {
    const word = words[i];
    if (!startsWithCapital(word.text) || word.norm === 'i' || word.norm.startsWith("i'") || draft.isRecipientName(word.text)) continue;
    if (word.start === greeted?.start || SUPERLATIVES.has(word.norm) || (shouting && isAllCapitals(word.text))) continue;
    return true;
  }
  return false;
}

function isAllCapitals(text: string): boolean {
  return text.length >= 2 && /^[\p{Lu}\p{M}'’-]+$/u.test(text);
}

/** "Your Amazing, Inspiring Work": every word of four letters or more capitalised, as subject lines often are. */
function isTitleCase(words: Word[]): boolean {
  const long = words.filter((word) => word.text.length >= 4);
  return long.length >= 2 && long.every((word) => startsWithCapital(word.text));
}
