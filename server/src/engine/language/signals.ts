import type { Draft } from '../draft/draft';
import { startsWithCapital } from '../draft/greeting';
import { WordSet } from '../text/words';

const NEGATIONS = new WordSet(['not', 'never', 'no', "don't", "won't", "isn't", "aren't", "wasn't", "can't", "shouldn't", "wouldn't", 'without']);

/** Whether one of the few words before `wordIndex` negates it ("I'm not asking for a job"). */
export function isNegated(draft: Draft, wordIndex: number): boolean {
  const from = Math.max(0, wordIndex - 4);
  for (let i = from; i < wordIndex; i++) if (NEGATIONS.has(draft.words[i])) return true;
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

/**
 * Their work, named ("your MAS sandbox talk", "your team's write-up", "ur posts", "your brilliant, genuinely brave
 * post", "your SimGHOSTS 2024 poster"): why this person. A quality ("your visionary leadership") is praise, not a piece of
 * work. Bounded, so linear.
 */
export const THEIR_WORK = /\b(?:your|ur)\s+(?:team['’]s\s+)?(?:[\p{L}\p{N}'’+#.-]+,?\s+){0,3}(?:talk|post|posts|article|blog|podcast|episode|book|paper|keynote|presentation|panel|session|newsletter|video|thread|threads|comment|research|work|project|write-?up|slides|lecture|mural|study|diagrams|take|story|question|demo|essay|course|library|repo|app|campaign|poster|webinar|workshop|interview|thesis|piece|report|guide|tutorial|deck|analysis|survey|chapter|column|documentary|film|album|speech|reel|move|switch|transition|promotion)\b/iu;


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


/**
 * Words that show the sender knows them already: where they met ("we met", "saw u at the meetup", "great to meet
 * you"), the time since ("it's been 5 yrs", "long time"), what they shared ("since our Cemex days", "worked together",
 * "you taught me piano"). Disjoint alternatives of fixed words, so linear.
 */
export const KNOWS_SIGNAL =
  /\b(?:we\s+met|(?:saw|met|seeing|meeting)\s+(?:you|u)\s+at|since\s+our|our\s+(?:\S+\s+){0,2}days|long\s+time|been\s+(?:a\s+while|ages|too\s+long)|how\s+are\s+you|miss\s+(?:our|working|you)|worked\s+together|(?:great|good|nice|lovely)\s+(?:meeting|chatting|seeing|to\s+meet|to\s+see)|good\s+to\s+see|(?:years?|yrs)\s+since|it['’]?s\s+been|it\s+has\s+been|taught\s+(?:me|us))\b/i;

/** Scenarios in which the sender knows the recipient: met, worked together, friends, or picking up an old tie. */
const KNOWN_SCENARIOS = new Set(['met-at-event', 'reconnect', 'former-colleague', 'close-friend']);

/**
 * Whether the front matter says the sender knows them: a `relationship` other than stranger (one written in the
 * sender's own words, "friend", still says there is one, though the front-matter rule flags the value), or without
 * one a scenario among people who know each other.
 */
export function knownByFrontMatter(draft: Draft): boolean {
  const relationship = draft.meta.relationship;
  if (relationship) return relationship !== 'stranger';
  const written = draft.frontMatter?.entries.find((entry) => entry.key === 'relationship')?.value;
  if (typeof written === 'string' && written.trim() !== '') return !/\b(?:stranger|cold|none|unknown)\b/i.test(written);
  return KNOWN_SCENARIOS.has(draft.meta.scenario?.id ?? '');
}
