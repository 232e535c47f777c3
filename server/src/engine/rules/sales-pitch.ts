import { PhraseMatcher } from '../words';
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
  '{10x|2x|3x|5x}',
  '{boost|increase|grow|double|triple} your {revenue|sales|pipeline|leads|conversions|roi|mrr|arr}',
  'generate more {leads|revenue|sales}',
  'send over {pricing|a proposal|our deck}',
  '{our|my} {pricing|rates|packages}',
  '{special offer|limited time offer|exclusive offer|discount for you}',
  'interested in {a|our} {quick}? {demo|call|product|service|solution|offer}',
  'proven {outreach|system|framework|method}',
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
    for (const match of PITCH.findAll(draft.words)) report({ ...draft.wordSpan(match.firstWord, match.endWord), message, severity });
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
