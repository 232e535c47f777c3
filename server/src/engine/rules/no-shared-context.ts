import { Draft } from '../draft';
import { namesSomethingSpecific } from '../signals';
import { notLiteral } from '../literal';
import { escapeSnippet } from '../snippet';
import type { Fix } from '../types';
import { PhraseMatcher } from '../words';
import type { Rule } from './rule';

/** Phrases that say how the sender knows or found the recipient. */
export const SHARED_CONTEXT = new PhraseMatcher([
  "{we|we've|we have} {met|spoke|talked|chatted|worked|crossed paths|connected}",
  '{met|meeting|meet} you',
  '{great|good|nice|lovely} {meeting|chatting|talking|speaking} with?',
  '{talking|chatting|speaking} with you',
  'your {talk|post|article|blog|podcast|book|paper|keynote|presentation|panel|session|newsletter|video|thread|comment|research|thesis|episode|interview|workshop|demo|project|repo|library|work on|piece|essay|essays|essays on|writing|course|class|lecture|webinar|launch|announcement}',
  '{we|we\'re|we are} both',
  'both of us',
  '{fellow|fellows}',
  '{since|from} {our|the}',
  '{miss|missing|remember} {our|the|those}',
  '{crew|team|office|school|uni|college|lab|club} days',
  'your {checklist|class|reply|reel|answer}',
  'our {days|time} at',
  'worked {together|with you}',
  'mutual {friend|connection|contact|colleague}',
  '{suggested|recommended} {i|that i|we|that we} {reach|connect|talk|get|contact|speak}',
  '{introduced us|pointed me to you|put us in touch|mentioned you}',
  '{same|your} {team|company|school|class|cohort|program|programme|university|college|bootcamp}',
  '{alumni|alum|alumna|alumnus}',
  'class of',
  '{at|from|during|after} the {conference|meetup|summit|webinar|workshop|hackathon|event|panel|talk|dinner|session|party|fair|expo|retreat|offsite|course|bootcamp|program|programme}',
  '{member|members} of',
  'in the same {group|community|slack|discord|channel|forum}',
  '{i|i\'ve} {read|watched|heard|listened to|saw|seen|noticed|enjoyed|loved|found|follow|followed|been following|been reading}',
  'found you {through|via|on|in}',
  '{saw|noticed|read} your',
  "{i'm|i am} a {big|huge|long time|longtime}? fan of",
  'thanks for connecting',
]);

export const noSharedContext: Rule = {
  name: 'no-shared-context',
  description: 'Nothing about how you know or found them: no event, company, school, group, post, talk or mutual contact.',
  rationale:
    'Naming where you met, the company you shared, the post of theirs you read or the contact you share gives the recipient ' +
    'a reason to remember you. The recipient\'s profile shows their background: use one real detail.',
  defaultSeverity: 'warning',
  tags: ['personalisation'],
  check(draft, report) {
    const sentences = draft.sentences;
    // A draft with placeholders is still a template: judge its context once they are filled.
    if (sentences.length === 0 || draft.placeholders.length > 0) return;
    if (SHARED_CONTEXT.findAll(draft.words).length > 0) return;
    const greeting = draft.greeting;
    if (namesSomethingSpecific(draft, greeting?.name?.start)) return;
    report({
      ...draft.firstLineOf(draft.sentenceAfterGreeting ?? sentences[0]),
      message: 'Say how you know or found them: where you met, the company or school you share, their post or talk, or a mutual contact.',
      relaxed: draft.isCloseFriend,
      fix: contextFix(draft),
    });
  },
};

/** Whether a sentence, inserted, would satisfy this rule: read as a draft of its own, with the same settings. */
function saysSharedContext(sentence: string, draft: Draft): boolean {
  const alone = new Draft(sentence, draft.config);
  return SHARED_CONTEXT.findAll(alone.words).length > 0 || namesSomethingSpecific(alone, undefined);
}

function contextFix(draft: Draft): Fix {
  const given = draft.meta.context;
  const sentence = given && (/[.!?]$/.test(given) ? given : `${given}.`);
  const problem = sentence && (notLiteral(sentence) ?? (saysSharedContext(sentence, draft) ? undefined : 'nothing this rule recognises as shared context'));
  if (sentence && !problem) {
    return { title: 'Insert the shared context from the front matter', isPreferred: true, edits: [draft.insertSentence(escapeSnippet(sentence), 'start')] };
  }
  return {
    // Inserted as it stands, the front matter's context would not reach LinkedIn as written: say why it is not used.
    title: problem ? `Insert a shared-context sentence (not the front matter's context: it holds ${problem})` : 'Insert a shared-context sentence',
    isPreferred: true,
    edits: [draft.insertSentence('${1:We met at [event], [when]}.', 'start')],
  };
}
