import { daysBetween, readLifecycle } from '../project/lifecycle';
import type { Rule } from './rule';

export const followUpDue: Rule = {
  name: 'follow-up-due',
  description: 'An accepted invite with no follow-up draft to the same person after a few days (3 by default).',
  rationale:
    'Acceptance of a personalised note is the moment to keep the conversation going: a thank-you and one concrete next step. ' +
    'Left for weeks, the connection goes cold and the next message has to start over.',
  defaultSeverity: 'info',
  tags: ['lifecycle', 'workspace'],
  workspace: true,
  check(draft, report, workspace) {
    if (!workspace || draft.meta.kind === 'follow-up' || !draft.meta.to) return;
    const lifecycle = readLifecycle(draft.frontMatter);
    if (lifecycle.status !== 'accepted' || !lifecycle.accepted) return;
    const days = daysBetween(lifecycle.accepted, workspace.today);
    if (days < workspace.followUpDays || workspace.hasFollowUp()) return;
    const entry = draft.frontMatter?.entries.find((candidate) => candidate.key === 'accepted');
    if (!entry) return;
    report({
      ...(entry.valueRange ?? entry.keyRange),
      message:
        `${draft.meta.to} accepted ${days === 1 ? 'yesterday' : `${days} days ago`} and no follow-up draft to them exists yet: ` +
        'thank them and suggest one specific next step ("New follow-up" writes the draft).',
    });
  },
};
