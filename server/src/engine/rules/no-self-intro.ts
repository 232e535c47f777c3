import { SELF_INTRO } from '../language/cues';
import type { Rule } from './rule';

export const noSelfIntro: Rule = {
  name: 'no-self-intro',
  description: 'A stranger never says who they are.',
  rationale:
    'A person who has never met you needs to know who is writing: "I\'m Matterhorn, a fellow windsurf instructor in New York". ' +
    'Compliments alone leave them guessing. Only checked when the draft is to a stranger (front matter `relationship: stranger`, or a cold-outreach scenario).',
  defaultSeverity: 'info',
  kind: 'absence',
  tags: ['personalisation'],
  check(draft, report) {
    const sentences = draft.sentences;
    if (!draft.isStranger || sentences.length === 0 || draft.placeholders.length > 0) return;
    if (SELF_INTRO.findAll(draft.words).length > 0) return;
    const first = sentences[0];
    report({
      ...draft.firstLineOf(first),
      message: 'Say who you are in a few words, e.g. "I\'m a backend developer moving into SRE".',
    });
  },
};
