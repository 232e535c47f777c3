import type { Draft } from './draft';
import type { Sentence } from './words';

const NEGATIONS = new Set(['not', 'never', 'no', "don't", "won't", "isn't", "aren't", "wasn't", "can't", "shouldn't", "wouldn't", 'without']);

/** Whether one of the few words before `wordIndex` in its sentence negates it ("I'm not asking for a job"). */
export function isNegated(draft: Draft, wordIndex: number, sentence?: Sentence): boolean {
  const from = Math.max(sentence?.firstWord ?? 0, wordIndex - 4);
  for (let i = from; i < wordIndex; i++) if (NEGATIONS.has(draft.words[i].norm)) return true;
  return false;
}

/** The sentence holding a word. */
export function sentenceOfWord(draft: Draft, wordIndex: number): Sentence | undefined {
  return draft.sentences.find((sentence) => sentence.firstWord <= wordIndex && wordIndex < sentence.endWord);
}

const WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun';
const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';

/** A concrete time: a weekday, a date, a clock time, "tomorrow", "next week", "in 20 minutes". Bounded patterns only. */
export const CONCRETE_TIME = new RegExp(
  [
    `\\b(?:${WEEKDAYS})\\b`,
    `\\b(?:${MONTHS})\\.?\\s+\\d{1,2}\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\b`,
    '\\b\\d{1,2}(?::\\d{2})?\\s?(?:am|pm)\\b',
    '\\b\\d{1,2}:\\d{2}\\b',
    '\\b\\d{1,2}[/.]\\d{1,2}\\b',
    '\\b(?:tomorrow|tonight|today)\\b',
    '\\b(?:this|next)\\s+(?:week|month|weekend|morning|afternoon|evening)\\b',
    '\\bin\\s+the\\s+next\\s+(?:few\\s+|couple\\s+of\\s+)?(?:days|weeks)\\b',
    '\\b\\d{1,3}[ -]?(?:minutes?|mins?)\\b',
    '\\b(?:fifteen|twenty|thirty)[ -]minutes?\\b',
  ].join('|'),
  'i',
);
