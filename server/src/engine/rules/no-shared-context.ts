import { Draft } from '../draft';
import { notLiteral } from '../literal';
import { escapeSnippet } from '../snippet';
import type { Fix } from '../types';
import { inScope, predicts, readingOf } from '../language/model';
import type { Rule } from './rule';

export const noSharedContext: Rule = {
  name: 'no-shared-context',
  description: 'Nothing about how you know or found them: no event, company, school, group, post, talk or mutual contact.',
  rationale:
    'Naming where you met, the company you shared, the post of theirs you read or the contact you share gives the recipient ' +
    'a reason to remember you. The recipient\'s profile shows their background: use one real detail.',
  defaultSeverity: 'warning',
  tags: ['personalisation'],
  check(draft, report) {
    if (!lacksContext(draft)) return;
    report({
      ...draft.firstLineOf(draft.sentenceAfterGreeting ?? draft.sentences[0]),
      message: `Say how you know or found them: where you met, the company or school you share, their post or talk, or a mutual contact.${aboutSender(readingOf(draft).senderOnlyNames)}`,
      relaxed: draft.isCloseFriend,
      fix: contextFix(draft),
    });
  },
};

/** Names only in lines about the sender ("I'm a marketing manager in Chicago") say who they are, not what ties you. */
function aboutSender(names: string[]): string {
  if (names.length === 0) return '';
  const shown = [...new Set(names)].slice(0, 3).map((name) => `"${name}"`).join(', ');
  return ` (${shown} ${names.length === 1 ? 'is' : 'are'} about you, not a link to them.)`;
}

/** Whether a sentence, inserted where the fix puts it, would satisfy this rule: the draft read again with it. */
function saysSharedContext(sentence: string, draft: Draft): boolean {
  const edit = draft.insertSentence(sentence, 'start');
  const filled = new Draft(draft.text.slice(0, edit.start) + edit.newText + draft.text.slice(edit.end), draft.config);
  return !lacksContext(filled);
}

/** The rule's question: a context phrase ("we met", "your talk") settles it; otherwise the learned layer answers. */
function lacksContext(draft: Draft): boolean {
  return inScope('no-shared-context', draft) && predicts('no-shared-context', draft);
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
