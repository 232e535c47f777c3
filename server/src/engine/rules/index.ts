import { directive } from './directive';
import { earlyAsk } from './early-ask';
import { editedAfterSent } from './edited-after-sent';
import { flattery } from './flattery';
import { followUpDue } from './follow-up-due';
import { formLetter } from './form-letter';
import { frontMatter } from './front-matter';
import { genericPhrase } from './generic-phrase';
import { meFocused } from './me-focused';
import { missingScenarioDetail } from './missing-scenario-detail';
import { nameMismatch } from './name-mismatch';
import { noGreeting } from './no-greeting';
import { noReason } from './no-reason';
import { noSelfIntro } from './no-self-intro';
import { noSharedContext } from './no-shared-context';
import type { Rule } from './rule';
import { salesPitch } from './sales-pitch';
import { stockInvite } from './stock-invite';
import { tooLong } from './too-long';
import { unearnedReference } from './unearned-reference';
import { unfilledPlaceholder } from './unfilled-placeholder';
import { vaguePlan } from './vague-plan';

/** Every rule, in the order of the catalogue; diagnostics at the same place are reported in this order. */
export const RULES: readonly Rule[] = [
  stockInvite,
  genericPhrase,
  noGreeting,
  nameMismatch,
  noSharedContext,
  noReason,
  noSelfIntro,
  earlyAsk,
  unearnedReference,
  salesPitch,
  flattery,
  meFocused,
  vaguePlan,
  missingScenarioDetail,
  unfilledPlaceholder,
  tooLong,
  frontMatter,
  directive,
  formLetter,
  followUpDue,
  editedAfterSent,
];

export const RULE_NAMES: readonly string[] = RULES.map((rule) => rule.name);

export function findRule(name: string): Rule | undefined {
  return RULES.find((rule) => rule.name === name);
}

export type { Rule } from './rule';
