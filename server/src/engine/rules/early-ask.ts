import type { Draft } from '../draft';
import { isNegated } from '../signals';
import { PhraseMatcher } from '../words';
import type { Rule } from './rule';

/** Asks about roles and openings: fine for a recruiter, too early for anyone else. */
const JOB_ASKS = new PhraseMatcher([
  '{any|are there any|are there} {openings|opening|vacancies|roles|positions|jobs|opportunities}',
  '{is your team|are you|is your company|are they} hiring',
  '{hire me|help me get|help me find|get me} {a job|a role|one|work|an interview|in}?',
  "{i'm|i am} looking for {a job|a role|a position|work|an internship|job}",
  "{i'd|i would} love a {role|job|position}",
  '{can i|could i|should i|how do i|how can i|love to|like to} apply',
  'roles on your',
  '{is|are} the {role|position|job|opening|vacancy}',
  'have room for',
  '{love|like|glad|happy|hope} to be considered',
  'consider {me|my profile|my application|my cv|my resume}',
  '{taking|hiring|recruiting} {interns|juniors|graduates|grads|trainees}',
  '{suitable|open|any} {opportunities|opportunity|openings|roles}',
  'anything opens up',
  'keep me in mind',
]);

/** Offering your CV to a recruiter ("happy to send my CV") is how that conversation goes, not a favour. */
const CV_OFFERS = new PhraseMatcher(['{send|share|attach|forward} my {resume|cv|portfolio}']);

/** Favours that are too big for a first message, for everyone. */
const FAVOURS = new PhraseMatcher([
  'refer me',
  '{a|your} referral',
  'referral {for|to}',
  'recommend me for',
  'put in a good word',
  'good word for me',
  '{introduce me to|introduction to|intro to|connect me with|put me in touch with}',
  '{review|reviewing|look at|looking at|check|checking|read|reading|critique|forward|forwarding|pass|passing|share|send|give|giving} my {resume|cv|portfolio|cover letter|application|thesis|thesis draft|draft|paper|manuscript|deck}',
  '{look|glance|once-over} at my',
  '{pass|passing|forward|forwarding} {it|my cv|my resume} {along|on}',
  'feedback on my {resume|cv|portfolio|application}',
  'vouch for me',
  '{invest in|fund|funding for} {my|our}',
]);

const FIRST_MESSAGE_KINDS = new Set(['invite', 'inmail', 'follow-up']);

export const earlyAsk: Rule = {
  name: 'early-ask',
  description: 'A first message asks for a job, referral, openings, an introduction, a resume review or another big favour.',
  rationale:
    'Connect early, interact, ask later: a big favour from someone who just appeared reads as using them. ' +
    'Build familiarity first. Recruiters are the exception: asking them about roles is their job.',
  defaultSeverity: 'error',
  tags: ['etiquette'],
  check(draft, report) {
    if (!appliesTo(draft)) return;
    const recruiter = draft.meta.scenario?.id === 'recruiter';
    const offers = recruiter ? new Set(CV_OFFERS.findAll(draft.words).map((match) => match.firstWord)) : new Set<number>();
    const matches = [
      ...FAVOURS.findAll(draft.words).filter((match) => !offers.has(match.firstWord) && !draft.isQuoted(draft.words[match.firstWord].start)),
      ...(recruiter ? [] : JOB_ASKS.findAll(draft.words)),
    ];
    const seen = new Set<number>();
    for (const match of matches.sort((a, b) => a.firstWord - b.firstWord)) {
      if (seen.has(match.firstWord) || isNegated(draft, match.firstWord)) continue;
      seen.add(match.firstWord);
      report({
        ...draft.wordSpan(match.firstWord, match.endWord),
        message: 'Hold this ask until you have talked: open with the connection and a reason, and ask for favours later.',
        severity: draft.meta.kind === 'follow-up' ? 'warning' : 'error',
      });
    }
  },
};

function appliesTo(draft: Draft): boolean {
  return FIRST_MESSAGE_KINDS.has(draft.meta.kind) || draft.meta.scenario?.id === 'informational-interview';
}
