import type { Draft } from '../draft/draft';
import { SELF_INTRO } from '../language/cues';
import { readingOf } from '../language/model';
import { hasSharedContext } from './no-shared-context';
import { KNOWS_SIGNAL, THEIR_WORK, knownByFrontMatter } from '../language/signals';
import type { Rule } from './rule';

export const noSelfIntro: Rule = {
  name: 'no-self-intro',
  description: 'A stranger never says who they are.',
  rationale:
    'A person who has never met you needs to know who is writing: "I\'m Matterhorn, a fellow windsurf instructor in New York". ' +
    'Compliments alone leave them guessing. Only checked when the draft is to a stranger (front matter `relationship: stranger`, ' +
    'a cold-outreach scenario, `mutual-connection`, where a contact introduces them, or no front matter saying who they are or what ties you and ' +
    'nothing in the note tying you to them).',
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

/**
 * A stranger (the blind corpus's third principle): by `relationship` (one in the sender's own words, "friend", says
 * they know each other), else by a cold scenario or one where a contact introduces them, else, with no scenario and no
 * front matter `context`, by a note that ties the sender to them in no way: no shared context (as no-shared-context reads it), nothing saying
 * they know each other, none of their work, no business of the sender's ("we help ...", which says who they are).
 */
function readsAsStranger(draft: Draft): boolean {
  if (draft.isStranger) return true;
  if (draft.meta.relationship || knownByFrontMatter(draft)) return false;
  if (COLD_SCENARIOS.has(draft.meta.scenario?.id ?? '')) return true;
  // The writer's own front matter saying what ties them (`context: We met at ...`) is a sign they know each other.
  if (draft.meta.scenario || draft.meta.context) return false;
  const body = draft.prose.slice(draft.bodyStart);
  // A note that points back to the sender's earlier message ("circling back on my last note") follows one that did the introducing.
  if (PRIOR_MESSAGE.test(body)) return false;
  return !KNOWS_SIGNAL.test(body) && !THEIR_WORK.test(body) && !hasSharedContext(draft) && readingOf(draft).features.senderBusiness === 0;
}

/** Scenarios among people who have not met, beyond the front matter's cold-outreach ones: introduced by a contact, in one group. */
const COLD_SCENARIOS = new Set(['mutual-connection', 'group-member', 'alumni']);

/** The sender's earlier message, pointed back to: "my last message", "my note from Tuesday", "circling back", "bumping this". Fixed words, so linear. */
const PRIOR_MESSAGE =
  /\b(?:(?:my|our)\s+(?:last|previous|earlier|first|original)\s+(?:message|note|email|e-mail|invite|dm|inmail|request)|circling\s+back|following\s+up\s+on\s+my|bumping\s+(?:this|my))\b/i;
