import type { CodeLens } from 'vscode-languageserver';
import type { DraftOverview } from '../engine/project/workspace';

const TOP = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * The one line at the top of a draft that says where it stands: "Ready to send · 142/200 · Copy message", "3 things to
 * fix", and once sent, the next step of its life ("Sent 2026-11-20 · Mark as accepted").
 */
export function readinessLens(draft: DraftOverview): CodeLens {
  const { uri, subject } = draft;
  const length = subject
    ? `subject ${subject.used}/${subject.limit} · body ${draft.limit !== undefined ? `${draft.used}/${draft.limit}` : draft.used}`
    : draft.limit !== undefined
      ? `${draft.used}/${draft.limit}`
      : `${draft.used} chars`;
  if (draft.status === 'sent') return lens(`$(mail) Sent${draft.sent ? ` ${draft.sent}` : ''} · Mark as accepted`, 'inviteLint.markAsAccepted', [uri]);
  if (draft.status === 'accepted') return lens(`$(pass) Accepted${draft.accepted ? ` ${draft.accepted}` : ''} · New follow-up`, 'inviteLint.newFollowUp', [uri]);
  // The last step of a draft's life: a label, not a command (an empty command id is shown as plain text).
  if (draft.status === 'replied') return lens('$(comment-discussion) Replied', '', []);
  if (draft.ready) return lens(`$(check) Ready to send · ${length} · Copy message`, 'inviteLint.copyMessage', []);
  const count = Math.max(draft.toFix, 1);
  return lens(`$(warning) ${count} thing${count === 1 ? '' : 's'} to fix · ${length}`, 'workbench.actions.view.problems', []);
}

function lens(title: string, command: string, args: unknown[]): CodeLens {
  return { range: TOP, command: { title, command, arguments: args } };
}
