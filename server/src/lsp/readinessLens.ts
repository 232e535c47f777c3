import type { CodeLens } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from '../engine';
import type { DraftOverview } from '../engine/project/workspace';
import type { ServerContext } from './context';
import { heldMessage } from './publish';

const TOP = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * The one line at the top of a draft that says where it stands: "Ready to send · 142/200 · Copy message", "3 things to
 * fix", and once sent, the next step of its life ("Sent 2026-11-20 · Mark as accepted"). It counts what the editor
 * shows: `heldBack` things to fix the typing hold keeps off the screen are left out, and a draft held back from
 * ready reads "Drafting" until the writer pauses.
 */
export function readinessLens(draft: DraftOverview, heldBack = 0): CodeLens {
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
  if (heldBack > 0 && draft.toFix <= heldBack) return lens(`$(edit) Drafting · ${length}`, '', []);
  const count = Math.max(draft.toFix - heldBack, 1);
  return lens(`$(warning) ${count} thing${count === 1 ? '' : 's'} to fix · ${length}`, 'workbench.actions.view.problems', []);
}

function lens(title: string, command: string, args: unknown[]): CodeLens {
  return { range: TOP, command: { title, command, arguments: args } };
}

/**
 * The lens of an open draft, counting what the editor shows: not what the typing hold keeps back (publish.ts has the
 * lens asked for again when it lets go).
 */
export function readinessLensOf(context: ServerContext, document: TextDocument): CodeLens[] {
  const diagnostics = context.lints.diagnostics(document);
  const overview = context.index.overview(document.uri);
  if (!overview) return [];
  const shown = context.hold.shownOf(document.uri, diagnostics, heldMessage(context, document));
  return [readinessLens(overview, heldToFix(diagnostics, shown))];
}

/** How many of the things to fix (errors and warnings) are in `all` but not in `shown`. */
export function heldToFix(all: readonly Diagnostic[], shown: readonly Diagnostic[]): number {
  const visible = new Set(shown);
  return all.filter((diagnostic) => !visible.has(diagnostic) && (diagnostic.severity === 'error' || diagnostic.severity === 'warning')).length;
}
