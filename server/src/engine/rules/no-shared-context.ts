import { Draft } from '../draft/draft';
import { notLiteral } from '../draft/literal';
import { escapeSnippet } from '../assist/snippet';
import type { Fix } from '../types';
import { hasContextPhrase } from '../language/features';
import { inScope, predicts, readingOf } from '../language/model';
import { flattery } from './flattery';
import type { Rule } from './rule';
import { salesPitch } from './sales-pitch';

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
    const missing = missingContext(draft);
    if (!missing) return;
    report({
      ...draft.firstLineOf(draft.sentenceAfterGreeting ?? draft.sentences[0]),
      message: `Say how you know or found them: where you met, the company or school you share, their post or talk, or a mutual contact.${
        missing === true ? aboutSender(readingOf(draft).senderOnlyNames) : ` ${STAND_INS[missing]}`
      }`,
      relaxed: draft.isCloseFriend,
      fix: contextFix(draft),
    });
  },
};

/** Whether the draft already says how the sender knows or found the recipient: a context phrase, or the learned layer's reading. */
export function hasSharedContext(draft: Draft): boolean {
  return hasContextPhrase(draft) || !predicts('no-shared-context', draft);
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
  return missingContext(draft) !== false;
}

/** What a draft may offer in place of a tie to them, which is none (the blind corpus's first principle). */
type StandIn = 'praise' | 'pitch';
const STAND_INS: Record<StandIn, string> = {
  praise: '(Praise of them is not a link to them: name one detail of their work.)',
  pitch: '(A pitch about their business is not a link to them.)',
};

/**
 * Whether the draft lacks context: `true` when the learned layer says so, a stand-in when the names it read are only
 * there to praise them or to pitch to their company, `false` when something ties the note to them.
 */
function missingContext(draft: Draft): boolean | StandIn {
  if (!inScope('no-shared-context', draft)) return false;
  if (predicts('no-shared-context', draft)) return true;
  const features = readingOf(draft).features;
  // Any of these is a real tie: their work (or their company's, in the possessive), a quoted title, signs they know
  // each other, their news.
  if (features.theirWork || features.possessiveName || features.quotedTitle || features.knowsSignal || features.knowsThem || features.congratulates) {
    return false;
  }
  if (reports(flattery, draft)) return 'praise';
  // A first message pitching to their business ("is your clinic still booking by phone?"); once they have accepted, or
  // when it names their role ("saw you're VP Sales at Acme"), the first corpus reads the note as tied to them.
  if (draft.isFirstMessage && !features.statesTheirRole && reports(salesPitch, draft)) return 'pitch';
  return false;
}

/** Whether a rule reports anything on the draft (asked only of drafts the learned layer reads as having context). */
function reports(rule: Rule, draft: Draft): boolean {
  let hit = false;
  rule.check(draft, () => {
    hit = true;
  });
  return hit;
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
