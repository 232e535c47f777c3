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
  '{apply|applying} {to|for|at}',
  'love to apply',
  'roles on your',
]);

/** Favours that are too big for a first message, for everyone. */
const FAVOURS = new PhraseMatcher([
  'refer me',
  '{a|your}? referral',
  'recommend me for',
  'put in a good word',
  'good word for me',
  '{introduce me to|introduction to|intro to|connect me with|put me in touch with}',
  '{review|look at|check|read|critique|forward|pass|share|send} my {resume|cv|portfolio|cover letter|application}',
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
    const matches = [...FAVOURS.findAll(draft.words), ...(recruiter ? [] : JOB_ASKS.findAll(draft.words))];
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
