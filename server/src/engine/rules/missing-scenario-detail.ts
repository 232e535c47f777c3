import type { Draft } from '../draft/draft';
import { SHARED_CONTEXT } from '../language/cues';
import { CONCRETE_TIME, THEIR_WORK, namesSomethingSpecific } from '../language/signals';
import type { TextEdit } from '../types';
import type { Sentence, Word } from '../text/words';
import { deletePhrase } from '../fixes/deletion';
import { asksIn } from './early-ask';
import { givesAReason } from './no-reason';
import type { Rule } from './rule';

/** What an element's test reads: the body's prose with placeholders blanked out (a `[Company]` names no company). */
interface Reading {
  draft: Draft;
  prose: string;
}

/** One element a scenario requires: how to see it in the prose, and a sentence (with tab stops) that supplies it. */
interface Element {
  what: string;
  present: RegExp | ((reading: Reading) => boolean);
  sentence: string;
  /** Where the sentence goes: after the greeting, or at the end (next steps). */
  at: 'start' | 'end';
  /** Also satisfied by any name in the prose (a company, a team, a product). */
  named?: boolean;
  /** A better edit than a sentence of its own, when the draft allows one (a time folded into the sentence naming the event). */
  fold?: (draft: Draft) => TextEdit | undefined;
  /** What the sentence becomes when the element `with` is missing too: one sentence that supplies both. */
  combined?: { with: string; sentence: string };
  /**
   * For an element that is something to leave out ("no job request"), where "add it" would say the opposite: the message,
   * and the fix that takes the offending sentence out.
   */
  leaveOut?: { message: string; title: string; sentence: (draft: Draft) => Sentence | undefined };
}

const PAST_TIME = new RegExp(
  `${CONCRETE_TIME.source}|\\b(?:yesterday|last\\s+(?:week|month|night|year|spring|summer|autumn|fall|winter)|earlier\\s+today|(?:19|20)\\d{2}|january|february|march|april|june|july|august|september|october|november|december)\\b`,
  'i',
);
// Each pattern is a plain test for presence: no quantified group is followed by anything that could make it backtrack.
// The event's own name is capitalised ("at VivaTech", "at the Porto meetup"), read case-sensitively or "at last" would
// do; the kind of event in any case. "Last week" is a time, "Design Week" an event.
const AT_NAMED = /\b(?:[Aa]t|[Dd]uring|[Aa]fter|[Ff]rom)\s+(?:the\s+)?[\p{Lu}\p{N}]/u;
const EVENT_WORD = /\b(?:conference|meetup|meet-up|summit|hackathon|workshop|fair|festival|forum|expo|panel|webinar|bootcamp|dinner|camp|con|(?<!(?:last|next|this|that|every|per|a|one)\s)(?:week|day)|days|mixer|breakfast|talk|session|course)\b/iu;
// The place or project shared, in the words people use for it: "our Maersk days", "the old andela standups", "the Pune
// office", "our internship summer", "the M-Pesa agent training days".
const SHARED_WORKPLACE = new RegExp(
  [
    String.raw`\b(?:our|the|those|old)\s+(?:[\p{L}\p{N}'’&.-]+\s+){0,3}(?:days|time|team|project|sprint|rotations?|shifts?|years?|standups?|nights|batch|cohort)\b`,
    String.raw`\bback\s+at\b`,
    String.raw`\b(?:office|internship|standups?|night\s+shift|rotation)\b`,
    String.raw`\bworked\s+(?:together|with\s+you)\b`,
    String.raw`\b(?:at|on)\s+(?:the\s+)?\p{Lu}`,
  ].join('|'),
  'u',
);
const DID_TOGETHER = /\b(?:since|when)\s+we\s+\p{L}/iu;
const HOW_ARE_YOU = /\bhow(?:'s|’s|s| are| r| have| is| you)\s+(?:you|u|ya|things|life|it\s+going|been|doing)\b/i;
const GAP = /\b(?:it['’]?s\s+been|it\s+has\s+been|long\s+time|ages|a\s+while|forever|far\s+too\s+long|too\s+long|since\s+we\s+last|(?:years?|yrs)\s+since|haven['’]t|have\s+not)\b/i;
// A short update: what the sender does now or has done since ("I moved to Tallinn", "I'm a vet in Kraków now", "now
// teach maths"). The gap between "I'm" and "now" is bounded, so the pattern stays linear.
const UPDATE = new RegExp(
  [
    String.raw`\bI(?:['’]m|\s+am|['’]ve|\s+have|\s+recently|\s+just)\s+(?:\w+\s+){0,2}?(?:now|moved|joined|started|since|recently|just|new|switched|become|launched|back)\b`,
    String.raw`\bI\s+(?:recently\s+|just\s+|finally\s+)?(?:moved|joined|started|switched|left|became|launched|finished|graduated|opened|relocated|retired|quit)\b`,
    String.raw`\bI(?:['’]?m|\s+am)\b[^.!?\r\n]{0,60}\bnow\b`,
    String.raw`\bnow\s+(?:I\s+)?(?:teach|work|do|run|lead|live|manage|study|build|coach|am)\b`,
  ].join('|'),
  'i',
);
// A school's parts count as the school: "your old KAIST lab", "the same faculty", "our dorm".
const SCHOOL = /\b(?:alum|alumni|alumna|alumnus|graduated|graduates?|grads?|alma\s+mater|class\s+of|cohort|university|college|school|programme|program|MBA|PhD|lab|faculty|department|campus|dorm|(?:19|20)\d{2})\b|['’]\d{2}\b/i;
const TITLE_OF_WORK = /["“][^"”\r\n]{3,120}["”]/;
const GROUP = /\b(?:group|community|slack|discord|forum|club|meetup|user\s+group|association|society|members?|circle|guild|network\s+of|chapter)\b/i;
/** A group's own name ends in one of these, capitalised: "the Irish Primary Teachers' Maths Network". */
const GROUP_NAME = /\b(?:Network|Collective|Alliance|Council|Guild)\b/u;
/** What a group's members share: a thread or post of theirs, a topic, or the sender's own trade to set beside theirs. */
const GROUP_TOPIC = /\b(?:about|thread|post|discussion|question|topic|works?\s+on|interest(?:ed)?\s+in|passionate|fellow|also|too)\b|\bboth\s+(?!in\b|members?\b|part\b|of\b)\p{L}/iu;
/** The sender's title: "I'm a ...", "I'm Bilal, a senior QA engineer", "I am Senior Java Developer", "as a learning designer". */
const SELF_TITLE_HERE = /\b(?:dev|developer|engineer|designer|manager|analyst|student|grad|graduate|researcher|founder|consultant|nurse|teacher|marketer|scientist|architect|writer|accountant|lawyer|doctor|pm|sre|recruiter|lead)s?\b[^.!?\r\n]{0,50}\bhere\b/i;
const SELF_TITLE = /\bI(?:['’]?m|\s+am)\s+(?:a|an|the)\b|\bI(?:['’]?m|\s+am)\s+\p{Lu}[\p{L}'’-]*,\s+(?:a|an|the)\b|\bI(?:['’]?m|\s+am)\s+(?:Senior|Junior|Lead|Principal|Staff|Head)\b|\bI\s+(?:work|lead|run|manage|taught|teach)\b|\bas\s+an?\s+\p{L}|\babout\s+(?:me|myself)\s*:/iu;
const YOUR_TEAM = /\byour\s+(?:team|company|group|lab|department|org)\b/i;
const WHY_THEM = /\b(?:mission|work\s+on|is\s+(?:the\s+reason|why)|because|inspired|reason\s+I|why\s+I|admire|admired|love\s+how)\b/i;
const HOW_FOUND = new RegExp(
  [
    String.raw`\b(?:found\s+(?:you|your)|came\s+across|(?:saw|read|watched|heard|attended|caught)\s+(?:your|you)|listened\s+to|through|via|(?:meeting|met)\s+you)\b`,
    String.raw`\b(?:on|in)\s+the\s+(?:[\p{L}\p{N}'’&.-]+\s+){0,4}(?:forum|thread|list|page|group|slack|community|channel|subreddit)\b`,
  ].join('|'),
  'iu',
);
/** Words that set the sender beside them: "a fellow beekeeper", "a wedding planner in Florence too", "something similar". */
const SHARED_INTEREST = /\b(?:we\s+both|both\s+of\s+us|fellow|shared|same|similar|too|also|matches|like\s+you)\b/i;
/** Saying who you are, terse spellings included ("im a 3rd yr law student"). */
const SELF = /\bI(?:['’]?m|\s+am)\b|\bI\s+(?:work|study|run|lead|teach|manage|build|design|write|research|founded|coach|farm)\b/i;
const MINUTES = /\b(?:1[05]|20|25|30)\s*(?:(?:-|to)\s*)?(?:minutes?|mins?)\b|\b(?:fifteen|twenty|thirty)[\s-]+minutes?\b|\bquick\s+call\b/i;
const FLEXIBLE = /\b(?:flexible|whenever\s+suits|at\s+your\s+convenience|works\s+for\s+you|suits\s+you|your\s+schedule|around\s+your)\b/i;
const THANKS = /\bthank(?:s|\s+you)\b/i;
/** A detail of the conversation: what they said or showed, something of theirs, what you talked about. */
const CONVERSATION = /\babout\b|\b(?:notes|tips|ideas|chat|conversation)\s+on\b|\bhow\s+(?:the|your|you)\s+\S|\byou\s+(?:said|mentioned|told|explained|showed|shared|described|recommended|suggested|gave)\b|\bwhat\s+you\b|\byour\s+(?!network\b|profile\b|time\b)\S/i;
/** A piece of their work by its kind ("the Chalkbeat piece", "the engineering blog post of your team"); a job post is not one. */
const WORK_PIECE = /\b(?:piece|paper|write-?up|article|blog\s+post|case\s+study|keynote|presentation|podcast)\b/i;
/** What their team did: "your team at Datadog shipped", "the team's work on". */
const TEAM_DID = /\b(?:your|the)\s+team(?:['’]s)?(?:\s+(?:at|in)\s+\S+)?\s+(?:is\s+|are\s+|has\s+|have\s+)?(?:shipped|built|building|launched|launching|released|rebuilt|rebuilding|moved|migrated|published|open-sourced|cut|redesigned|redesigning|replaced|work(?:ing)?\s+on|approach|uses?|using)\b/i;
/** Something of theirs they put out: "the site tour you posted of Sisk's school", "your crew's solar install". */
const THEY_POSTED = /\byou\s+(?:posted|shared|published|wrote|presented)\s+(?:of|about|on)\b|\b(?:your|ur)\s+(?:team|crew|lab|group)['’]s\s+[\p{L}\p{N}]/iu;
const JOB_POST = /\bjob\s+post(?:ing)?s?\b|\bopenings?\b/gi;
/** Their work with what it is about or a name of its own: "your article on X", "your CppCon talk". */
const WORK_ON_A_TOPIC = new RegExp(String.raw`${THEIR_WORK.source}\s+(?:on|about|titled|called|comparing|regarding|where)\s+[\p{L}\p{N}]`, 'iu');
const NAMED_WORK = /\b[Yy]our\s+(?:\p{Lu}[\p{L}\p{N}'’-]*\s+){1,3}(?:talk|post|article|paper|essay|book|column|keynote|presentation|panel|piece|podcast|study|blog|newsletter|webinar|lecture)\b/u;
/** Words in an ask that make it about a job: an informational interview asks for none. */
const JOB_WORDS = new Set(['referral', 'refer', 'hiring', 'hire', 'openings', 'opening', 'roles', 'role', 'position', 'positions', 'job', 'jobs', 'vacancies', 'cv', 'resume', 'apply', 'considered', 'internship', 'opportunities']);

const REQUIREMENTS: Record<string, Element[]> = {
  'met-at-event': [
    { what: 'the event', present: ({ prose }) => namedEvent(prose) !== undefined, sentence: 'We met at ${1:[event]}.', at: 'start', combined: { with: 'when you met', sentence: 'We met at ${1:[event]} ${2:[when]}.' } },
    {
      what: 'when you met',
      present: PAST_TIME,
      sentence: 'That was ${1:[when, e.g. last Thursday]}.',
      at: 'start',
      fold: afterEvent,
      combined: { with: 'the event', sentence: 'We met at ${1:[event]} ${2:[when]}.' },
    },
    { what: 'one detail of your conversation', present: CONVERSATION, sentence: 'I keep thinking about ${1:[what you talked about]}.', at: 'start' },
  ],
  'former-colleague': [
    { what: 'the company or project you shared', present: SHARED_WORKPLACE, sentence: "It's been a while since our ${1:[company or project]} days.", at: 'start' },
    { what: '"how are you"', present: HOW_ARE_YOU, sentence: 'How are you?', at: 'start' },
  ],
  reconnect: [
    { what: 'the time since you last spoke', present: GAP, sentence: "It's been ${1:[how long]}.", at: 'start' },
    {
      what: 'the experience you shared',
      // What they did together, as the tuning drafts put it: "since we shipped the localisation tools", "since we ran ...".
      present: ({ draft, prose }) => SHARED_WORKPLACE.test(prose) || DID_TOGETHER.test(prose) || SHARED_CONTEXT.occursIn(draft.words),
      sentence: 'I still think about ${1:[what you shared]}.',
      at: 'start',
    },
    { what: 'a short update on you', present: UPDATE, sentence: "I'm now ${1:[a short update]}.", at: 'end' },
  ],
  alumni: [
    { what: 'the school, programme or year', present: SCHOOL, sentence: "I'm a fellow ${1:[school or programme]} alum.", at: 'start' },
    { what: 'a reason tied to their path', present: ({ draft }) => givesAReason(draft), sentence: "I'd love to hear how you ${1:[a step on their path]}.", at: 'end' },
  ],
  'mutual-connection': [{ what: "the mutual contact's name", present: namesMutualContact, sentence: '${1:[Mutual contact]} suggested I reach out.', at: 'start' }],
  'read-their-work': [
    { what: 'their post, article or talk by its title or topic', present: new RegExp(`${TITLE_OF_WORK.source}|${WORK_ON_A_TOPIC.source}|${NAMED_WORK.source}`, 'u'), sentence: 'I read your ${1:[post]} "${2:[title]}".', at: 'start' },
  ],
  'group-member': [
    { what: 'the group you share', present: ({ prose }) => GROUP.test(prose) || GROUP_NAME.test(prose), sentence: "We're both in ${1:[group]}.", at: 'start' },
    { what: 'the topic you share', present: ({ prose }) => GROUP_TOPIC.test(prose) || THEIR_WORK.test(prose) || SELF.test(prose), sentence: 'We both care about ${1:[the shared topic]}.', at: 'start' },
  ],
  recruiter: [
    { what: 'their team or company', present: YOUR_TEAM, named: true, sentence: "I've followed ${1:[their company]}'s work.", at: 'start' },
    // "Backend dev (Java, Kotlin) in Berlin here" says the title and focus as well as "I'm a backend developer".
    { what: 'your title and focus', present: ({ prose }) => SELF_TITLE.test(prose) || SELF_TITLE_HERE.test(prose), sentence: "I'm a ${1:[your title]} focused on ${2:[your focus]}.", at: 'start' },
  ],
  'hiring-manager': [
    { what: "something specific about the team's work", present: teamWork, sentence: "I've been following your team's work on ${1:[something specific]}.", at: 'start' },
  ],
  'dream-company': [{ what: 'why them: their work or mission', present: WHY_THEM, sentence: "${1:[Their company]}'s work on ${2:[their work or mission]} is why I'd love to connect.", at: 'start' }],
  'stranger-shared-interest': [
    { what: 'how you found them', present: HOW_FOUND, sentence: 'I found you through ${1:[how you found them]}.', at: 'start' },
    { what: 'the interest you share', present: sharesInterest, sentence: 'We both care about ${1:[shared interest]}.', at: 'start' },
    { what: 'a reason to connect with them', present: ({ draft }) => givesAReason(draft), sentence: "I'd love to ${1:[why this person]}.", at: 'end' },
  ],
  'informational-interview': [
    { what: 'who you are', present: SELF, sentence: "I'm ${1:[who you are]}.", at: 'start' },
    {
      what: 'no job request',
      present: ({ draft }) => !asksForAJob(draft),
      sentence: "I'm not asking about jobs, only to learn from your path.",
      at: 'end',
      leaveOut: {
        message: 'asks for no job: take the job request out, or save it for after the conversation.',
        title: 'Remove the job request',
        sentence: jobRequest,
      },
    },
    { what: 'how long you ask for (15-30 minutes)', present: MINUTES, sentence: 'Could I have ${1:20} minutes of your time?', at: 'end' },
    { what: 'flexible timing', present: (reading) => timingOf(reading).flexible, sentence: "I'm flexible on timing.", at: 'end' },
  ],
  'follow-up': [
    { what: 'thanks for connecting', present: THANKS, sentence: 'Thanks for connecting!', at: 'start' },
    { what: 'one specific next step with a time', present: (reading) => timingOf(reading).times > 0, sentence: 'Could I ${1:[buy you coffee]} ${2:[next Thursday]}?', at: 'end' },
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
  mayShorten: true,
  tags: ['scenario'],
  check(draft, report) {
    const elements = draft.meta.scenario ? REQUIREMENTS[draft.meta.scenario.id] : undefined;
    const sentences = draft.sentences;
    // A template not yet filled in ("Hi [Name]," or no greeting yet) is unfilled-placeholder's to report; once the name
    // is in, a placeholder left where an element goes ("at XXX last week") does not supply it.
    if (!elements || sentences.length === 0 || (draft.placeholders.length > 0 && !namedForReal(draft))) return;
    const reading = { draft, prose: withoutPlaceholders(draft) };
    const anchor = draft.firstLineOf(draft.sentenceAfterGreeting ?? sentences[0]);
    const missing = elements.filter((element) => {
      const present = typeof element.present === 'function' ? element.present(reading) : element.present.test(reading.prose);
      return !present && !(element.named && draft.placeholders.length === 0 && namesSomethingSpecific(draft, draft.greeting?.name?.start));
    });
    for (const element of missing) {
      // Reported on the sentence to take out. Deleting a request is the writer's call, so the fix is offered, never
      // applied by fix-all (which takes only preferred fixes).
      const offending = element.leaveOut?.sentence(draft);
      if (element.leaveOut && offending) {
        const edit = deletePhrase(draft, offending.firstWord, offending.endWord);
        report({
          ...draft.firstLineOf(offending),
          message: `${article(draft.meta.scenario!.id)} note ${element.leaveOut.message}`,
          fix: edit && { title: element.leaveOut.title, edits: [edit] },
        });
        continue;
      }
      const both = element.combined && missing.some((other) => other.what === element.combined!.with);
      const edit = both ? draft.insertSentence(element.combined!.sentence, element.at) : element.fold?.(draft) ?? draft.insertSentence(element.sentence, element.at);
      report({
        ...anchor,
        message: `${article(draft.meta.scenario!.id)} note names ${element.what}: add it.`,
        fix: { title: `Insert ${element.what}`, isPreferred: true, edits: [edit] },
      });
    }
  },
};

/** Whether the greeting names someone, not a placeholder ("Hi [Name],"). */
function namedForReal(draft: Draft): boolean {
  const name = draft.greeting?.name;
  return name !== undefined && !draft.placeholders.some((placeholder) => name.start < placeholder.end && name.end > placeholder.start);
}

/** The body's prose with each placeholder blanked out, offsets kept. */
function withoutPlaceholders(draft: Draft): string {
  const parts: string[] = [];
  let at = draft.bodyStart;
  for (const { start, end } of draft.placeholders) {
    parts.push(draft.prose.slice(at, start), ' '.repeat(end - start));
    at = end;
  }
  parts.push(draft.prose.slice(at));
  return parts.join('');
}

/** The draft's words that are not inside a placeholder ("<Name> suggested" names nobody); both lists are sorted. */
function outsidePlaceholders(draft: Draft): Word[] {
  const placeholders = draft.placeholders;
  let next = 0;
  return draft.words.filter((word) => {
    while (next < placeholders.length && placeholders[next].end <= word.start) next++;
    return next === placeholders.length || word.end <= placeholders[next].start;
  });
}

/** Something specific about the team's work: a piece of it, their work named, or what the team did; a job post is none. */
function teamWork({ prose }: Reading): boolean {
  const text = prose.replace(JOB_POST, (match) => ' '.repeat(match.length));
  return THEIR_WORK.test(text) || WORK_PIECE.test(text) || THEY_POSTED.test(text) || namesWhatTheTeamDid(text);
}

/** What the team did, with its object: "what your team is building" leaves the thing itself out, so it names nothing. */
function namesWhatTheTeamDid(text: string): boolean {
  TEAM_DID_ALL.lastIndex = 0;
  for (let match = TEAM_DID_ALL.exec(text); match; match = TEAM_DID_ALL.exec(text)) {
    if (wordBefore(text, match.index) !== 'what') return true;
  }
  return false;
}

const TEAM_DID_ALL = new RegExp(TEAM_DID.source, 'gi');

/** The word that ends just before `at`, lower-cased ('' at the start); reads back over one word only. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  let start = end;
  while (start > 0 && /[\p{L}'’]/u.test(text[start - 1])) start--;
  return text.slice(start, end).toLowerCase();
}

/** Words that leave the time open: "whenever suits you", "I'm flexible", "anytime". */
const OPEN_TIMING = new Set(['whenever', 'anytime', 'flexible']);
/** What follows "any" when it opens a window: "any day", "any week that suits you", "any other slot". */
const ANY_WINDOW = new Set(['day', 'days', 'week', 'weeks', 'weekday', 'weekdays', 'time', 'evening', 'evenings', 'morning', 'mornings', 'afternoon', 'afternoons', 'weekend', 'slot', 'other']);
/** Words of a sentence that tells a meeting already had ("great meeting you at Cairo ICT on Monday"): its time is then, not the next step's. */
const TELLS_THE_PAST = new Set(['was', 'were', 'met', 'meeting', 'enjoyed', 'yesterday', 'last', 'accepting', 'connecting']);
const TIMES = new RegExp(CONCRETE_TIME.source, 'gi');
/** Read on one time's few characters only: a length ("20 minutes") and a clock time ("3pm", "10:00"). */
const LENGTH = /min/i;
const CLOCK = /\d(?::\d{2}|\s?[ap]m)$/i;

interface Timing {
  /** Times proposed (a day, a date, a window; a length is not one), outside sentences about the past. */
  times: number;
  /** Whether the timing is left to them: an open window, or times with no single fixed slot ("Tuesday at 3pm" and nothing else). */
  flexible: boolean;
}

/** When the note proposes to talk, read sentence by sentence, word by word. */
function timingOf({ draft, prose }: Reading): Timing {
  const words = draft.words;
  let open = FLEXIBLE.test(prose);
  let times = 0;
  let fixedSlots = 0;
  for (const sentence of draft.sentences) {
    let past = false;
    let alternative = false;
    for (let i = sentence.firstWord; i < sentence.endWord; i++) {
      const norm = words[i].norm;
      if (OPEN_TIMING.has(norm) || (norm === 'any' && ANY_WINDOW.has(words[i + 1]?.norm ?? ''))) open = true;
      if (norm === 'or') alternative = true;
      if (TELLS_THE_PAST.has(norm)) past = true;
    }
    if (past) continue;
    const text = prose.slice(Math.max(0, sentence.start - draft.bodyStart), sentence.end - draft.bodyStart);
    let clock = false;
    TIMES.lastIndex = 0;
    for (let match = TIMES.exec(text); match; match = TIMES.exec(text)) {
      if (LENGTH.test(match[0])) continue;
      times++;
      if (CLOCK.test(match[0])) clock = true;
    }
    if (clock && !alternative) fixedSlots++;
  }
  return { times, flexible: open || (times > 0 && fixedSlots === 0) };
}

/**
 * The interest shared with a stranger: said outright ("a fellow beekeeper", "I'm also working on", "something similar",
 * the subject's "Fellow music therapist"), or shown by setting the sender's own trade beside their work or a place
 * you both are ("I run a gari cooperative" after "your presentation on solar drying for cassava").
 */
function sharesInterest({ draft, prose }: Reading): boolean {
  if (SHARED_INTEREST.test(prose) || SHARED_INTEREST.test(draft.subject?.text ?? '')) return true;
  return (SELF.test(prose) || YOUR_TEAM.test(prose) || /\bour\s+team\b/i.test(prose)) && (THEIR_WORK.test(prose) || SHARED_CONTEXT.findAll(draft.words).length > 0);
}

/** An ask for a job, an opening or a referral, which an informational interview leaves out. */
function asksForAJob(draft: Draft): boolean {
  return jobRequest(draft) !== undefined;
}

/** The first sentence holding an ask about a job. */
function jobRequest(draft: Draft): Sentence | undefined {
  const words = draft.words;
  for (const ask of asksIn(draft)) {
    const sentence = draft.sentenceOfWord(ask.firstWord);
    if (!sentence) continue;
    for (let i = sentence.firstWord; i < sentence.endWord; i++) if (JOB_WORDS.has(words[i].norm)) return sentence;
  }
  return undefined;
}

/** "A met-at-event note", "An alumni note". */
function article(scenario: string): string {
  return `${/^[aeiou]/.test(scenario) ? 'An' : 'A'} ${scenario}`;
}

/** Where the prose first names an event. */
function namedEvent(prose: string): RegExpExecArray | undefined {
  const named = AT_NAMED.exec(prose);
  const kind = EVENT_WORD.exec(prose);
  return (named && kind ? (named.index <= kind.index ? named : kind) : named ?? kind) ?? undefined;
}

/** Words that start a new clause after the event's name ("at PyCon, and ...", "the meetup where ..."). */
const CLAUSE_STARTS = new Set(['and', 'but', 'where', 'when', 'which', 'who', 'so', 'because', 'while', 'that', 'i', 'you', 'we']);

/**
 * "Insert when you met" folded into the sentence that names the event: "...at the Denver meetup [when], and ..." rather
 * than a sentence of its own ("That was last Thursday."). The time goes at the end of the event's clause.
 */
function afterEvent(draft: Draft): TextEdit | undefined {
  const match = namedEvent(draft.prose.slice(draft.bodyStart));
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

const CONTACT_VERBS = new Set(['suggested', 'recommended', 'mentioned', 'introduced', 'said', 'says', 'thinks', 'insisted', 'referred']);
const CONTACT_VERB_PHRASES = new Map([['told', 'me'], ['pointed', 'me'], ['thought', 'we'], ['gave', 'me']]);
const MUTUAL_ROLES = new Set(['friend', 'connection', 'contact', 'colleague']);
const NAME = /^\p{Lu}[\p{L}'’-]+$/u;
const CAPITALISED = /^\p{Lu}/u;

/** How far before the verb a full name may stand: "Dimas Pratama from the Jakarta PM community said". */
const NAME_REACH = 8;

/** A full name (two capitalised names, not the recipient's) a few words before a contact verb, in its sentence. */
function fullNameBefore(draft: Draft, words: Word[], verb: number): boolean {
  for (let j = verb - 2; j >= Math.max(0, verb - NAME_REACH); j--) {
    const first = words[j];
    const second = words[j + 1];
    // The name must be in the verb's sentence: stop at a sentence end or a line break between words.
    if (/[.!?\r\n]/.test(draft.prose.slice(first.end, second.start))) return false;
    // The greeting ("Hi Isabel, a mutual friend said") names the recipient, not the contact.
    if (first.start < (draft.greeting?.range.end ?? 0) || draft.isRecipientName(first.text) || draft.isRecipientName(second.text)) return false;
    if (NAME.test(first.text) && NAME.test(second.text) && /^[ \t]+$/.test(draft.prose.slice(first.end, second.start))) return true;
  }
  return false;
}

/**
 * A named mutual contact: "Dana suggested", "Dana Lee told me", "our mutual friend Dana", "through Dana Lee". Read
 * word by word: as one regex over the prose, a name pattern retried at every capital backtracks quadratically.
 */
function namesMutualContact({ draft }: Reading): boolean {
  const words = outsidePlaceholders(draft);
  for (let i = 0; i < words.length; i++) {
    const word = words[i].norm;
    const verb = i > 0 && (CONTACT_VERBS.has(word) || (CONTACT_VERB_PHRASES.has(word) && CONTACT_VERB_PHRASES.get(word) === words[i + 1]?.norm));
    if (verb && NAME.test(words[i - 1].text) && /^\s+$/.test(draft.prose.slice(words[i - 1].end, words[i].start))) return true;
    if (verb && fullNameBefore(draft, words, i)) return true;
    if (word === 'mutual' && MUTUAL_ROLES.has(words[i + 1]?.norm ?? '') && CAPITALISED.test(words[i + 2]?.text ?? '')) return true;
    if ((word === 'through' || word === 'via') && NAME.test(words[i + 1]?.text ?? '') && CAPITALISED.test(words[i + 2]?.text ?? '')) return true;
  }
  return false;
}
