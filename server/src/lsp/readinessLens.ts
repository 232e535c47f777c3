import type { CodeLens } from 'vscode-languageserver';
import type { Readiness } from '../engine/project/readiness';
import type { Lifecycle } from '../engine/project/lifecycle';

const TOP = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * The one line at the top of a draft that says where it stands: "Ready to send · 142/200 · Copy message", "3 things to
 * fix", and once sent, the next step of its life ("Sent 2026-11-20 · Mark as accepted").
 */
export function readinessLens(uri: string, ready: Readiness, life: Lifecycle): CodeLens {
  const length = ready.subject
    ? `subject ${ready.subject.used}/${ready.subject.limit} · body ${ready.limit !== undefined ? `${ready.used}/${ready.limit}` : ready.used}`
    : ready.limit !== undefined
      ? `${ready.used}/${ready.limit}`
      : `${ready.used} chars`;
  if (life.status === 'sent') return lens(`$(mail) Sent${life.sent ? ` ${life.sent}` : ''} · Mark as accepted`, 'inviteLint.markAsAccepted', [uri]);
  if (life.status === 'accepted') return lens(`$(pass) Accepted${life.accepted ? ` ${life.accepted}` : ''} · New follow-up`, 'inviteLint.newFollowUp', [uri]);
  if (life.status === 'replied') return lens('$(comment-discussion) Replied', 'inviteLint.markAsReplied', [uri]);
  if (ready.ready) return lens(`$(check) Ready to send · ${length} · Copy message`, 'inviteLint.copyMessage', []);
  const count = Math.max(ready.toFix, 1);
  return lens(`$(warning) ${count} thing${count === 1 ? '' : 's'} to fix · ${length}`, 'workbench.actions.view.problems', []);
}

function lens(title: string, command: string, args: unknown[]): CodeLens {
  return { range: TOP, command: { title, command, arguments: args } };
}
