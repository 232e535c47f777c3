import type { Draft } from '../draft';
import { CONCRETE_TIME, THEIR_WORK, namesSomethingSpecific } from '../signals';
import type { TextEdit } from '../types';
import type { Rule } from './rule';

/** One element a scenario requires: how to see it in the prose, and a sentence (with tab stops) that supplies it. */
interface Element {
  what: string;
  present: RegExp | ((draft: Draft) => boolean);
  sentence: string;
  /** Where the sentence goes: after the greeting, or at the end (next steps). */
  at: 'start' | 'end';
  /** Also satisfied by any name in the prose (a company, a team, a product). */
  named?: boolean;
  /** A better edit than a sentence of its own, when the draft allows one (a time folded into the sentence naming the event). */
  fold?: (draft: Draft) => TextEdit | undefined;
  /** What the sentence becomes when the element `with` is missing too: one sentence that supplies both. */
  combined?: { with: string; sentence: string };
}

const PAST_TIME = new RegExp(
  `${CONCRETE_TIME.source}|\\b(?:yesterday|last\\s+(?:week|month|night|year|spring|summer|autumn|fall|winter)|earlier\\s+today|(?:19|20)\\d{2}|january|february|march|april|june|july|august|september|october|november|december)\\b`,
  'i',
);
// Each pattern is a plain test for presence: no quantified group is followed by anything that could make it backtrack.
const NAMED_EVENT = /\b(?:at|during|after|from)\s+(?:the\s+)?[\p{Lu}\p{N}]|\b(?:conference|meetup|meet-up|summit|hackathon|workshop|fair|festival|forum|expo|panel|webinar|bootcamp|dinner|camp|con|week|day|days|mixer|breakfast|talk|session|course)\b/iu;
const SHARED_WORKPLACE = /\bour\s+(?:[\p{L}\p{N}'’&.-]+\s+){0,3}(?:days|time|team|project|sprint|rotations?|shifts?|years?)\b|\bworked\s+(?:together|with\s+you)\b|\b(?:at|on)\s+(?:the\s+)?[\p{Lu}]/u;
const HOW_ARE_YOU = /\bhow(?:'s|’s| are| have| is)\s+(?:you|things|life|it\s+going)\b/i;
const GAP = /\b(?:it['’]s\s+been|it\s+has\s+been|long\s+time|ages|a\s+while|far\s+too\s+long|too\s+long|since\s+we\s+last|haven['’]t|have\s+not)\b/i;
const UPDATE = /\bI(?:['’]m|\s+am|['’]ve|\s+have|\s+recently|\s+just)\s+(?:\w+\s+){0,2}?(?:now|moved|joined|started|since|recently|just|new|switched|become|launched)\b|\bI['’]ve\s+since\b/i;
const SCHOOL = /\b(?:alum|alumni|alumna|alumnus|graduated|graduates?|class\s+of|cohort|university|college|school|programme|program|MBA|PhD|(?:19|20)\d{2})\b/i;
const TITLE_OF_WORK = /["“][^"”\r\n]{3,120}["”]/;
const GROUP = /\b(?:group|community|slack|discord|forum|club|meetup|user\s+group|association|society|members?\s+of|circle|guild|network\s+of|chapter)\b/i;
const SELF_TITLE = /\bI(?:['’]m|\s+am)\s+(?:a|an|the)\b|\bI\s+(?:work|lead|run|manage)\b/i;
const YOUR_TEAM = /\byour\s+(?:team|company|group|lab|department|org)\b/i;
const WHY_THEM = /\b(?:mission|work\s+on|is\s+(?:the\s+reason|why)|because|inspired|reason\s+I|why\s+I)\b/i;
const HOW_FOUND = /\b(?:found\s+(?:you|your)|came\s+across|saw\s+your|read\s+your|listened\s+to|through|via|on\s+the\s+\S+\s+(?:forum|thread|list|page))\b/i;
const SHARED_INTEREST = /\b(?:we\s+both|both\s+of\s+us|fellow|shared|same|also\s+(?:a|into|love|care))\b/i;
const SELF = /\bI(?:['’]m|\s+am)\b/i;
const MINUTES = /\b(?:1[05]|20|25|30)\s*(?:(?:-|to)\s*)?(?:minutes?|mins?)\b|\b(?:fifteen|twenty|thirty)[\s-]+minutes?\b|\bquick\s+call\b/i;
const FLEXIBLE = /\b(?:flexible|whenever\s+suits|at\s+your\s+convenience|works\s+for\s+you|suits\s+you|your\s+schedule|around\s+your)\b/i;
const THANKS = /\bthank(?:s|\s+you)\b/i;

const REQUIREMENTS: Record<string, Element[]> = {
  'met-at-event': [
    { what: 'the event', present: NAMED_EVENT, sentence: 'We met at ${1:[event]}.', at: 'start', combined: { with: 'when you met', sentence: 'We met at ${1:[event]} ${2:[when]}.' } },
    {
      what: 'when you met',
      present: PAST_TIME,
      sentence: 'That was ${1:[when, e.g. last Thursday]}.',
      at: 'start',
      fold: afterEvent,
      combined: { with: 'the event', sentence: 'We met at ${1:[event]} ${2:[when]}.' },
    },
  ],
  'former-colleague': [
    { what: 'the company or project you shared', present: SHARED_WORKPLACE, sentence: "It's been a while since our ${1:[company or project]} days.", at: 'start' },
    { what: '"how are you"', present: HOW_ARE_YOU, sentence: 'How are you?', at: 'start' },
  ],
  reconnect: [
    { what: 'the time since you last spoke', present: GAP, sentence: "It's been ${1:[how long]}.", at: 'start' },
    { what: 'a short update on you', present: UPDATE, sentence: "I'm now ${1:[a short update]}.", at: 'end' },
  ],
  alumni: [{ what: 'the school, programme or year', present: SCHOOL, sentence: "I'm a fellow ${1:[school or programme]} alum.", at: 'start' }],
  'mutual-connection': [{ what: "the mutual contact's name", present: namesMutualContact, sentence: '${1:[Mutual contact]} suggested I reach out.', at: 'start' }],
  'read-their-work': [
    { what: 'their post, article or talk', present: new RegExp(`${THEIR_WORK.source}|${TITLE_OF_WORK.source}`, 'iu'), sentence: 'I read your ${1:[post]} "${2:[title]}".', at: 'start' },
  ],
  'group-member': [{ what: 'the group you share', present: GROUP, sentence: "We're both in ${1:[group]}.", at: 'start' }],
  recruiter: [
    { what: 'their team or company', present: YOUR_TEAM, named: true, sentence: "I've followed ${1:[their company]}'s work.", at: 'start' },
    { what: 'your title and focus', present: SELF_TITLE, sentence: "I'm a ${1:[your title]} focused on ${2:[your focus]}.", at: 'start' },
  ],
  'hiring-manager': [
    { what: "something specific about the team's work", present: new RegExp(`${THEIR_WORK.source}|${YOUR_TEAM.source}`, 'iu'), named: true, sentence: "I've been following your team's work on ${1:[something specific]}.", at: 'start' },
  ],
  'dream-company': [{ what: 'why them: their work or mission', present: WHY_THEM, sentence: "${1:[Their company]}'s work on ${2:[their work or mission]} is why I'd love to connect.", at: 'start' }],
  'stranger-shared-interest': [
    { what: 'how you found them', present: HOW_FOUND, sentence: 'I found you through ${1:[how you found them]}.', at: 'start' },
    { what: 'the interest you share', present: SHARED_INTEREST, sentence: 'We both care about ${1:[shared interest]}.', at: 'start' },
  ],
  'informational-interview': [
    { what: 'who you are', present: SELF, sentence: "I'm ${1:[who you are]}.", at: 'start' },
    { what: 'how long you ask for (15-30 minutes)', present: MINUTES, sentence: 'Could I have ${1:20} minutes of your time?', at: 'end' },
    { what: 'flexible timing', present: new RegExp(`${FLEXIBLE.source}|${CONCRETE_TIME.source}`, 'i'), sentence: "I'm flexible on timing.", at: 'end' },
  ],
  'follow-up': [
    { what: 'thanks for connecting', present: THANKS, sentence: 'Thanks for connecting!', at: 'start' },
    { what: 'one specific next step with a time', present: CONCRETE_TIME, sentence: 'Could I ${1:[buy you coffee]} ${2:[next Thursday]}?', at: 'end' },
  ],
};

export const missingScenarioDetail: Rule = {
  name: 'missing-scenario-detail',
  description: "What the front matter's scenario requires and the draft lacks (a met-at-event note that never names the event).",
  rationale:
    'Each scenario has a few elements that make it work: the event and when for someone you met, the mutual contact\'s name for an ' +
    'introduction, the title of the work you read. Leaving one out is what makes a note generic.',
  defaultSeverity: 'info',
  kind: 'absence',
  tags: ['scenario'],
  check(draft, report) {
    const elements = draft.meta.scenario ? REQUIREMENTS[draft.meta.scenario.id] : undefined;
    const sentences = draft.sentences;
    if (!elements || sentences.length === 0 || draft.placeholders.length > 0) return;
    const prose = draft.prose.slice(draft.bodyStart);
    const anchor = draft.firstLineOf(draft.sentenceAfterGreeting ?? sentences[0]);
    const missing = elements.filter((element) => {
      const present = typeof element.present === 'function' ? element.present(draft) : element.present.test(prose);
      return !present && !(element.named && namesSomethingSpecific(draft, draft.greeting?.name?.start));
    });
    for (const element of missing) {
      const both = element.combined && missing.some((other) => other.what === element.combined!.with);
      const edit = both ? draft.insertSentence(element.combined!.sentence, element.at) : element.fold?.(draft) ?? draft.insertSentence(element.sentence, element.at);
      report({
        ...anchor,
        message: `A ${draft.meta.scenario!.id} note names ${element.what}: add it.`,
        fix: { title: `Insert ${element.what}`, isPreferred: true, edits: [edit] },
      });
    }
  },
};

/** Words that start a new clause after the event's name ("at PyCon, and ...", "the meetup where ..."). */
const CLAUSE_STARTS = new Set(['and', 'but', 'where', 'when', 'which', 'who', 'so', 'because', 'while', 'that', 'i', 'you', 'we']);

/**
 * "Insert when you met" folded into the sentence that names the event: "...at the Denver meetup [when], and ..." rather
 * than a sentence of its own ("That was last Thursday."). The time goes at the end of the event's clause.
 */
function afterEvent(draft: Draft): TextEdit | undefined {
  const match = NAMED_EVENT.exec(draft.prose.slice(draft.bodyStart));
  if (!match) return undefined;
  const at = draft.bodyStart + match.index;
  const words = draft.words;
  let index = words.findIndex((word) => word.end > at);
  const sentence = index >= 0 ? draft.sentenceOfWord(index) : undefined;
  if (!sentence) return undefined;
  const eventEnd = at + match[0].length;
  let last = index;
  for (index++; index < sentence.endWord; index++) {
    const between = draft.prose.slice(words[last].end, words[index].start);
    if (/[,;:.!?()—–\r\n]/.test(between) || (words[index].start >= eventEnd && CLAUSE_STARTS.has(words[index].norm))) break;
    last = index;
  }
  const end = words[last].end;
  return { start: end, end, newText: ' ${1:[when, e.g. last Thursday]}', snippet: true };
}

const CONTACT_VERBS = new Set(['suggested', 'recommended', 'mentioned', 'introduced']);
const CONTACT_VERB_PHRASES = new Map([['told', 'me'], ['pointed', 'me'], ['thought', 'we']]);
const MUTUAL_ROLES = new Set(['friend', 'connection', 'contact', 'colleague']);
const NAME = /^\p{Lu}[\p{L}'’-]+$/u;
const CAPITALISED = /^\p{Lu}/u;

/**
 * A named mutual contact: "Dana suggested", "Dana Lee told me", "our mutual friend Dana", "through Dana Lee". Read
 * word by word: as one regex over the prose, a name pattern retried at every capital backtracks quadratically.
 */
function namesMutualContact(draft: Draft): boolean {
  const words = draft.words;
  for (let i = 0; i < words.length; i++) {
    const word = words[i].norm;
    const verb = i > 0 && (CONTACT_VERBS.has(word) || CONTACT_VERB_PHRASES.get(word) === words[i + 1]?.norm);
    if (verb && NAME.test(words[i - 1].text) && /^\s+$/.test(draft.prose.slice(words[i - 1].end, words[i].start))) return true;
    if (word === 'mutual' && MUTUAL_ROLES.has(words[i + 1]?.norm ?? '') && CAPITALISED.test(words[i + 2]?.text ?? '')) return true;
    if ((word === 'through' || word === 'via') && NAME.test(words[i + 1]?.text ?? '') && CAPITALISED.test(words[i + 2]?.text ?? '')) return true;
  }
  return false;
}
