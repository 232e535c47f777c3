import { SENT_DIGEST_KEY, messageDigest, readLifecycle } from '../project/lifecycle';
import type { Rule } from './rule';

export const editedAfterSent: Rule = {
  name: 'edited-after-sent',
  description: 'A sent draft whose message changed after it was marked sent.',
  rationale:
    'The draft is the record of what the recipient read. Edited after sending, it no longer is: a follow-up that quotes it, or a ' +
    'colleague who reuses it, works from words LinkedIn never delivered.',
  defaultSeverity: 'info',
  tags: ['lifecycle'],
  check(draft, report) {
    const lifecycle = readLifecycle(draft.frontMatter);
    if (lifecycle.status === 'draft' || !lifecycle.sentDigest) return;
    const now = messageDigest(draft.text);
    if (now === lifecycle.sentDigest) return;
    const digestEntry = draft.frontMatter?.entries.find((entry) => entry.key === SENT_DIGEST_KEY);
    const statusEntry = draft.frontMatter?.entries.find((entry) => entry.key === 'status');
    const at = statusEntry?.valueRange ?? statusEntry?.keyRange ?? digestEntry!.keyRange;
    const when = lifecycle.sent ? ` on ${lifecycle.sent}` : '';
    report({
      ...at,
      message: `The message changed after it was marked sent${when}: LinkedIn delivered the earlier text. Undo the edit, or mark it sent again if you sent this version.`,
      fix: digestEntry?.valueRange && {
        title: 'Record this version as the one sent',
        edits: [{ ...digestEntry.valueRange, newText: now }],
      },
    });
  },
};
