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
  kind: 'absence',
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

/** Whether the draft already says how the sender knows or found the recipient: a context phrase, or the learned layer's reading. */
export function hasSharedContext(draft: Draft): boolean {
  return readingOf(draft).features.contextPhrase > 0 || !predicts('no-shared-context', draft);
}

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

/**
 * The front matter's `context` as a sentence to insert, or why it cannot be inserted as written (it would not reach
 * LinkedIn as written, or says nothing this rule recognises as shared context).
 */
export function frontMatterContext(draft: Draft): { sentence?: string; problem?: string } {
  const given = draft.meta.context;
  if (!given) return {};
  const sentence = /[.!?]$/.test(given) ? given : `${given}.`;
  const problem = notLiteral(sentence) ?? (saysSharedContext(sentence, draft) ? undefined : 'nothing this rule recognises as shared context');
  return problem ? { problem } : { sentence };
}

/** The sentence the fix inserts when the front matter gives no usable context: each bracketed slot a tab stop of its own. */
export const CONTEXT_SENTENCE = 'We met at ${1:[event]} ${2:[when]}.';

function contextFix(draft: Draft): Fix {
  const { sentence, problem } = frontMatterContext(draft);
  if (sentence) {
    return { title: 'Insert the shared context from the front matter', isPreferred: true, edits: [draft.insertSentence(escapeSnippet(sentence), 'start')] };
  }
  return {
    // Inserted as it stands, the front matter's context would not reach LinkedIn as written: say why it is not used.
    title: problem ? `Insert a shared-context sentence (not the front matter's context: it holds ${problem})` : 'Insert a shared-context sentence',
    isPreferred: true,
    edits: [draft.insertSentence(CONTEXT_SENTENCE, 'start')],
  };
}
