import type { Draft } from '../draft';
import { PhraseMatcher, type Sentence } from '../words';
import type { Rule } from './rule';

const PITCH = new PhraseMatcher([
  '{free|quick|short|15-minute|15 minute|20-minute|30-minute} demo',
  '{book|schedule|set up|arrange|grab} a {demo|call|meeting|slot|time}',
  '{book|schedule} {time|a time} {with|on}',
  '{book|schedule} a {15 minute|15-minute|20-minute|30-minute|quick|short} call',
  '{we|our team} {help|helps} {companies|teams|businesses|brands|startups|founders|saas|agencies|b2b|hr|sales|marketers|you}',
  '{our|my} {product|platform|solution|service|services|agency|software|tool|app|offering|system} {helps|can|cuts|reduces|saves|builds|is|will|lets}',
  '{we|i} offer a {solution|service|platform|tool}',
  'a solution that',
  '{10x|2x|3x|5x} {your|pipeline|revenue|growth|sales|leads|roi|conversions|output|productivity}',
  '{boost|increase|grow|double|triple} your {revenue|sales|pipeline|leads|conversions|roi|mrr|arr}',
  'generate more {leads|revenue|sales}',
  'send over {pricing|a proposal|our deck}',
  '{our|my} {pricing|rates|packages}',
  '{special offer|limited time offer|exclusive offer|discount for you}',
  'interested in {a|our} {quick}? {demo|call|product|service|solution|offer}',
  'proven {outreach|system|framework|method}',
  '{teams|companies|leaders|founders|businesses|brands|firms|clients|customers|shops|stores|agencies|startups} like {you|yours}',
  'open to {seeing|a look|a demo|learning how|hearing how|exploring how|trying}',
  'free {trial|audit|consultation|assessment|health check|session|pilot|15|20|30}',
  '{15|20|30} {min|mins|minute} {demo|audit|walkthrough}',
  '{show|walk} you {a|our} {demo|product|platform|tool|walkthrough}',
  '{our|my} {fee|fees|rate|price|prices}',
  '{send|share} {prices|pricing|a quote|our rates|our catalogue|our catalog}',
  '{early-access|early access} {spot|spots|slot|slots|list}',
  '{booking|book|hire|hiring} us',
  'switching to our',
  'seeing how our',
]);

/** Outcome claims: "we cut churn 30%", "have fixed this for 40+ florists", "teams like yours halve first-response time". */
const WE_WORDS = new Set(['we', "we've", "we're", 'our', 'us']);
const OUTCOME_VERBS = new Set([
  'cut', 'cuts', 'cutting', 'save', 'saves', 'saved', 'saving', 'halve', 'halved', 'halving', 'reduce', 'reduces', 'reduced', 'reducing',
  'boost', 'boosts', 'boosted', 'increase', 'increases', 'increased', 'helped', 'help', 'helps', 'fixed', 'doubled', 'tripled', 'grew', 'lift', 'lifted',
]);

/** Scheduling links the masked prose no longer shows, found in the raw text. */
const BOOKING_LINK = /\b(?:calendly\.com|cal\.com|savvycal\.com|meetings\.hubspot\.com|chilipiper\.com|tidycal\.com|zcal\.co)\/[^\s)>\]]{0,200}/gi;

export const salesPitch: Rule = {
  name: 'sales-pitch',
  description: 'Pitching a product or service, demo or call-booking language, calendar links.',
  rationale:
    'An invite is a request to connect, not a sales channel: a pitch before any relationship reads as spam and gets ignored or reported. ' +
    'Connect first, interact, and let them ask what you do.',
  defaultSeverity: 'error',
  tags: ['etiquette'],
  check(draft, report) {
    const severity = draft.isFirstMessage ? 'error' : 'warning';
    const message = 'Leave the pitch out: connect over something you share, and let them ask what you do.';
    const linkMessage = 'Leave the booking link out of an invite: ask for a time once they have replied.';
    // One diagnostic per sentence: the first pitch phrase in it, else its outcome claim.
    const pitched = new Set<unknown>();
    for (const match of PITCH.findAll(draft.words)) {
      const sentence = draft.sentenceOfWord(match.firstWord);
      if (pitched.has(sentence)) continue;
      pitched.add(sentence);
      report({ ...draft.wordSpan(match.firstWord, match.endWord), message, severity });
    }
    for (const sentence of draft.sentences) {
      if (!pitched.has(sentence) && isOutcomeClaim(draft, sentence)) report({ ...draft.firstLineOf(sentence), message, severity });
    }
    BOOKING_LINK.lastIndex = draft.bodyStart;
    for (let link = BOOKING_LINK.exec(draft.text); link; link = BOOKING_LINK.exec(draft.text)) {
      const at = link.index;
      if (draft.comments.some((comment) => comment.start <= at && at < comment.end)) continue;
      report({ start: link.index, end: link.index + link[0].length, message: linkMessage, severity });
    }
    const subject = draft.subject;
    if (!subject) return;
    for (const match of PITCH.findAll(subject.words)) report({ ...subject.wordSpan(match.firstWord, match.endWord), message, severity });
    BOOKING_LINK.lastIndex = 0;
    for (let link = BOOKING_LINK.exec(subject.source); link; link = BOOKING_LINK.exec(subject.source)) {
      const start = subject.range.start + link.index;
      report({ start, end: start + link[0].length, message: linkMessage, severity });
    }
  },
};

/** A sentence in which "we" or "our" claims a measured result for clients: a number with % or +, or "like yours". */
function isOutcomeClaim(draft: Draft, sentence: Sentence): boolean {
  let we = false;
  let outcome = false;
  let measured = false;
  for (let i = sentence.firstWord; i < sentence.endWord; i++) {
    const word = draft.words[i];
    if (WE_WORDS.has(word.norm)) we = true;
    else if (OUTCOME_VERBS.has(word.norm)) outcome = true;
    else if (/^\d/.test(word.text) && /^[%+x×]/.test(draft.prose[word.end] ?? '')) measured = true;
    else if (word.norm === 'like' && (draft.words[i + 1]?.norm === 'yours' || draft.words[i + 1]?.norm === 'you')) measured = true;
  }
  return we && outcome && measured;
}
