import type { Draft } from '../draft/draft';
import { startsWithCapital } from '../draft/greeting';

const NEGATIONS = new Set(['not', 'never', 'no', "don't", "won't", "isn't", "aren't", "wasn't", "can't", "shouldn't", "wouldn't", 'without']);

/** Whether one of the few words before `wordIndex` negates it ("I'm not asking for a job"). */
export function isNegated(draft: Draft, wordIndex: number): boolean {
  const from = Math.max(0, wordIndex - 4);
  for (let i = from; i < wordIndex; i++) if (NEGATIONS.has(draft.words[i].norm)) return true;
  return false;
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

/** Their work, named ("your MAS sandbox talk", "your team's write-up"): why this person. Bounded, so linear. */
export const THEIR_WORK = /\byour\s+(?:team['’]s\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,3}(?:talk|post|posts|article|blog|podcast|episode|book|paper|keynote|presentation|panel|session|newsletter|video|thread|threads|comment|research|work|project|write-?up|slides|lecture|mural|study|diagrams|take|story|question|demo|essay|course|library|repo|app|campaign|leadership)\b/iu;


/** Capitalised words that name nothing specific: the sender, the platform, generic acronyms. */
const NOT_SPECIFIC = new Set([
  'i', "i'm", "i'd", "i've", "i'll", 'linkedin', 'saas', 'ai', 'ml', 'b2b', 'b2c', 'ux', 'ui', 'pm', 'ceo', 'cto', 'cfo', 'coo', 'vp',
  'hr', 'it', 'seo', 'api', 'crm', 'roi', 'kpi', 'okr', 'mba', 'phd', 'qa', 'devops', 'ok', 'okay',
]);
const SELF_NAMING = /\b(?:i'm|i am|name is|this is|it's)\s*$/i;

/** A capitalised word inside a sentence names something specific: an event, company, school, place or person. */
export function namesSomethingSpecific(draft: Draft, greetedName: number | undefined): boolean {
  const words = draft.words;
  for (const sentence of draft.sentences) {
    for (let i = sentence.firstWord + 1; i < sentence.endWord; i++) {
      const word = words[i];
      if (!startsWithCapital(word.text) || NOT_SPECIFIC.has(word.norm) || word.start === greetedName) continue;
      if (SELF_NAMING.test(draft.text.slice(Math.max(sentence.start, word.start - 12), word.start))) continue;
      return true;
    }
  }
  return false;
}

