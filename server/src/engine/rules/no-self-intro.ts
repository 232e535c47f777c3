import { PhraseMatcher } from '../words';
import type { Rule } from './rule';

/** Ways a sender says who they are. */
const SELF_INTRO = new PhraseMatcher([
  "{i'm|i am|im} {a|an|the|also|currently|now|just|one|part|based|studying|building|writing|leading|running|working|moving|new|two|three|on|in|at|from}",
  "{i'm|i am}",
  'my name is',
  'this is',
  '{i|i also} {work|worked|lead|led|run|manage|teach|study|build|design|write|research|founded|co-founded|started|joined|graduated|moved|coach|organise|organize|volunteer|help|own|make|develop|am}',
  "{i've|i have} been {working|building|doing|leading|running|teaching|writing|studying|designing|researching}",
  '{fellow}',
  'as a',
  'here',
]);

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
