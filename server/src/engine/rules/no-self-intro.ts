import type { Draft } from '../draft/draft';
import { SELF_INTRO } from '../language/cues';
import type { Rule } from './rule';

export const noSelfIntro: Rule = {
  name: 'no-self-intro',
  description: 'A stranger never says who they are.',
  rationale:
    'A person who has never met you needs to know who is writing: "I\'m Matterhorn, a fellow windsurf instructor in New York". ' +
    'Compliments alone leave them guessing. Only checked when the draft is to a stranger (front matter `relationship: stranger`, ' +
    'a cold-outreach scenario, or `mutual-connection`, where a contact introduces them).',
  defaultSeverity: 'info',
  kind: 'absence',
  tags: ['personalisation'],
  check(draft, report) {
    const sentences = draft.sentences;
    if (!readsAsStranger(draft) || sentences.length === 0 || draft.placeholders.length > 0) return;
    if (SELF_INTRO.findAll(draft.words).length > 0) return;
    const first = sentences[0];
    report({
      ...draft.firstLineOf(first),
      message: 'Say who you are in a few words, e.g. "I\'m a backend developer moving into SRE".',
    });
  },
};

/** Scenarios where the sender is introduced by someone else, not known to the recipient. */
const INTRODUCED_SCENARIOS = new Set(['mutual-connection']);

/** A stranger by the front matter: `relationship: stranger`, or without a relationship a cold scenario or one where a contact introduces them. */
function readsAsStranger(draft: Draft): boolean {
  return draft.isStranger || (!draft.meta.relationship && INTRODUCED_SCENARIOS.has(draft.meta.scenario?.id ?? ''));
}
