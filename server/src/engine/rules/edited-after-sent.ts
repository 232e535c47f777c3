import { SENT_DIGEST_KEY, draftDigest, readLifecycle } from '../project/lifecycle';
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
    const now = draftDigest(draft);
    if (now === lifecycle.sentDigest) return;
    // On the fingerprint's line, which the fix rewrites (markStatus writes it next to `status` and `sent`).
    const digestEntry = draft.frontMatter!.entries.find((entry) => entry.key === SENT_DIGEST_KEY)!;
    const when = lifecycle.sent ? ` on ${lifecycle.sent}` : '';
    report({
      ...digestEntry.pairRange,
      message: `The message changed after it was marked sent${when}: LinkedIn delivered the earlier text. Undo the edit, or mark it sent again if you sent this version.`,
      fix: digestEntry.valueRange && {
        title: 'Record this version as the one sent',
        edits: [{ ...digestEntry.valueRange, newText: now }],
      },
    });
  },
};
