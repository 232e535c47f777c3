import type { Draft } from '../draft';
import { scenarioOpener } from '../scenarios';
import { escapeSnippet } from '../snippet';
import { frontMatterContext, hasSharedContext } from './no-shared-context';
import { PhraseMatcher } from '../words';
import type { Rule } from './rule';

const STOCK_LINES = new PhraseMatcher([
  "{i'd|i would|i} {like|love|want|wanted} to add you to my {professional|linkedin}? network {on linkedin}?",
  "{i'd|i would|i} {like|love|want} to join your {professional|linkedin}? network {on linkedin}?",
]);

const GENERIC_OPENER = "${1:[How you know or found them]}. ${2:[Why you'd like to connect]}.";
const REASON = "${1:[Why you'd like to connect]}.";

export const stockInvite: Rule = {
  name: 'stock-invite',
  description: "LinkedIn's pre-filled invite line and its variants.",
  rationale:
    "LinkedIn pre-fills \"I'd like to add you to my professional network on LinkedIn.\" Sent unchanged it reads as lazy and impersonal; " +
    'generic notes do no better than no note at all. Only close friends can get away with it, as a joke.',
  defaultSeverity: 'error',
  tags: ['generic', 'personalisation'],
  check(draft, report) {
    // The same opener for every stock line of the draft: worked out once, not once per line.
    let opener: string | undefined;
    for (const match of STOCK_LINES.findAll(draft.words)) {
      const span = draft.wordSpan(match.firstWord, match.endWord);
      const end = afterClosingPunctuation(draft, span.end);
      report({
        start: span.start,
        end,
        message: 'Replace LinkedIn\'s stock line with a personal opener: how you know them and why you want to connect.',
        relaxed: draft.isCloseFriend,
        fix: {
          title: 'Replace the stock line with a personal opener',
          isPreferred: true,
          edits: [{ start: span.start, end, newText: (opener ??= openerFor(draft)), snippet: true }],
        },
      });
    }
    // The opener is a body sentence, so the subject gets no fix: it needs what the InMail is about.
    const subject = draft.subject;
    if (!subject) return;
    for (const match of STOCK_LINES.findAll(subject.words)) {
      report({
        ...subject.wordSpan(match.firstWord, match.endWord),
        message: "Replace LinkedIn's stock line in the subject with what this InMail is about.",
        relaxed: draft.isCloseFriend,
      });
    }
  },
};

/**
 * What replaces the stock line: never context the draft already has (then only why you'd like to connect), the front
 * matter's `context` when it can go in as written, else the scenario's opener or a generic one.
 */
function openerFor(draft: Draft): string {
  if (hasSharedContext(draft)) return REASON;
  const { sentence } = frontMatterContext(draft);
  if (sentence) return `${escapeSnippet(sentence)} ${REASON}`;
  const scenario = draft.meta.scenario;
  return scenario && scenario.id !== 'close-friend' ? scenarioOpener(scenario) : GENERIC_OPENER;
}

/** Includes the sentence's own full stop or exclamation mark in the replaced range. */
function afterClosingPunctuation(draft: Draft, offset: number): number {
  let end = offset;
  while (end < draft.prose.length && /[.!?…]/.test(draft.prose[end])) end++;
  return end;
}
