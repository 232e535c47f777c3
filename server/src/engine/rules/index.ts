import { genericPhrase } from './generic-phrase';
import { noGreeting } from './no-greeting';
import { noSharedContext } from './no-shared-context';
import type { Rule } from './rule';
import { stockInvite } from './stock-invite';
import { tooLong } from './too-long';
import { unfilledPlaceholder } from './unfilled-placeholder';

/** Every rule, in the order their diagnostics are reported for the same place. */
export const RULES: readonly Rule[] = [stockInvite, genericPhrase, noGreeting, noSharedContext, unfilledPlaceholder, tooLong];

export const RULE_NAMES: readonly string[] = RULES.map((rule) => rule.name);

export function findRule(name: string): Rule | undefined {
  return RULES.find((rule) => rule.name === name);
}

export type { Rule } from './rule';
