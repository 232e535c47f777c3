import { SCENARIOS } from './scenarios';
import type { Kind } from '../types';
import { STATUSES } from '../project/lifecycle';
import { ACCOUNTS, KINDS, RELATIONSHIPS } from '../vocabulary';

export interface FrontMatterKey {
  description: string;
  /** Allowed values with what each means; absent for free text. */
  values?: Record<string, string>;
  /** The kinds of message that send it; absent for every kind. Completion offers it only for these. */
  kinds?: readonly Kind[];
  /** A value with a fixed shape, checked by the `front-matter` rule: a `YYYY-MM-DD` date, or a fingerprint the tool writes. */
  format?: 'date' | 'digest';
  /** Written by a command, not by hand: completion does not offer it. */
  written?: boolean;
}

/** Every key a draft's front matter may hold: what completion, hover and the `front-matter` rule know. */
export const FRONT_MATTER_KEYS: Record<string, FrontMatterKey> = {
  to: { description: "The recipient's name. Greeting and placeholder fixes use it; `name-mismatch` checks the greeting against it." },
  scenario: {
    description: 'How you know them: picks the template, the opener the stock-line fix inserts, and what `missing-scenario-detail` checks.',
    values: Object.fromEntries(SCENARIOS.map((scenario) => [scenario.id, scenario.description])),
  },
  kind: { description: 'What you are writing; sets which limit and rules apply. Default `invite`.', values: KINDS },
  account: { description: 'Your LinkedIn account, for the note limit. Default: the `inviteLint.account` setting.', values: ACCOUNTS },
  relationship: { description: 'How well you know them. `close-friend` relaxes personalisation rules to info; `stranger` asks who you are.', values: RELATIONSHIPS },
  context: { description: 'One sentence of shared context ("We met at the Denver product meetup"); the shared-context quick fix inserts it.' },
  subject: {
    description:
      'The InMail subject line, the first thing they read: required for `kind: inmail`, up to 200 characters; the same rules as the body ' +
      'check it. Quote it if it holds a colon: `subject: "PGConf: your partial-index talk"`.',
    kinds: ['inmail'],
  },
  status: {
    description:
      'Where the message stands: `draft` (the default), `sent`, `accepted` or `replied`. "Mark as sent" and the accepted / replied ' +
      'commands set it with its date; the Drafts view and `invite-lint --summary` group drafts by it, and `follow-up-due` reads it.',
    values: STATUSES,
  },
  sent: { description: 'The date it was sent, `YYYY-MM-DD` ("Mark as sent" writes today\'s).', format: 'date' },
  accepted: {
    description: 'The date they accepted, `YYYY-MM-DD`. `follow-up-due` counts the days from it (default 3) until a follow-up draft to the same `to` exists.',
    format: 'date',
  },
  'sent-digest': {
    description:
      'A fingerprint of the message as it was sent, written by "Mark as sent": `edited-after-sent` compares it with the text now. ' +
      'Leave it as it is; marking the draft sent again rewrites it.',
    format: 'digest',
    written: true,
  },
};

/** The key's definition; keys named like `Object` properties (`toString`, `__proto__`) are unknown, not inherited. */
export function frontMatterKey(name: string): FrontMatterKey | undefined {
  return Object.hasOwn(FRONT_MATTER_KEYS, name) ? FRONT_MATTER_KEYS[name] : undefined;
}

/** What an allowed value of a key means, or undefined when the value is not one of them. */
export function describeValue(key: FrontMatterKey, value: unknown): string | undefined {
  return typeof value === 'string' && key.values && Object.hasOwn(key.values, value) ? key.values[value] : undefined;
}

/** The closest allowed word within a few edits, for "did you mean". */
export function closestMatch(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  // A short word is a typo of anything; allow one edit per three characters, at most two.
  let bestDistance = Math.min(2, Math.floor(word.length / 3)) + 1;
  const lower = word.toLowerCase();
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate, bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance, giving up (returning `limit`) once it must reach it; inputs are short keys and ids. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit || a.length > 60 || b.length > 60) return limit;
  // Two rows reused from call to call: the front-matter rule asks this of every key of every draft.
  let previous = ROWS[0];
  let current = ROWS[1];
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cell = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (code === b.charCodeAt(j - 1) ? 0 : 1));
      current[j] = cell;
      if (cell < rowMin) rowMin = cell;
    }
    if (rowMin >= limit) return limit;
    [previous, current] = [current, previous];
  }
  return previous[b.length];
}
const ROWS = [new Int32Array(61), new Int32Array(61)];
