// The outreach workbench: closed drafts linted, the Drafts view, the readiness code lens, Mark as sent, New follow-up.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DraftsSnapshot } from '../../../client/src/views/drafts';
import { diagnosticsWhere, draftUri, extensionApi as api, hasRule, openDraft, screenshotTaken, test } from './support';


/** The Drafts view once it satisfies `accept`: checked after showing it, then on every update from the server. */
async function draftsWhere(accept: (view: DraftsSnapshot) => boolean): Promise<DraftsSnapshot> {
  await api().revealDrafts();
  return new Promise((resolve) => {
    const check = () => {
      const view = api().drafts();
      if (!accept(view)) return;
      subscription.dispose();
      resolve(view);
    };
    const subscription = api().onDidUpdateDrafts(check);
    check();
  });
}

const groupOf = (view: DraftsSnapshot, file: string) => view.groups.find((group) => group.rows.some((row) => row.uri === draftUri(file).toString()))?.label.replace(/ \(\d+\)$/, '');
const rowOf = (view: DraftsSnapshot, file: string) => view.groups.flatMap((group) => group.rows).find((row) => row.uri === draftUri(file).toString())!;

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

test('a draft that was never opened has its diagnostics in the Problems panel', async () => {
  await vscode.extensions.getExtension('invite-lint.invite-lint')!.activate();
  const uri = draftUri('workbench-needs-work.invite.md');
  await diagnosticsWhere(uri, hasRule('stock-invite'));
  assert.ok(!vscode.workspace.textDocuments.some((document) => document.uri.toString() === uri.toString()), 'the draft is not open');
});

test('the Drafts view groups drafts as Needs work / Ready to send / Sent / Follow-up due, with counts; a click opens the draft', async () => {
  const view = await draftsWhere((candidate) => groupOf(candidate, 'workbench-accepted.invite.md') === 'Follow-up due' && groupOf(candidate, 'workbench-ready.invite.md') === 'Ready to send');
  assert.deepEqual(
    view.groups.map((group) => group.label.replace(/ \(\d+\)$/, '')),
    ['Needs work', 'Ready to send', 'Sent', 'Follow-up due'],
  );
  for (const group of view.groups) assert.match(group.label, new RegExp(`\\(${group.rows.length}\\)$`), 'each group label counts its rows');
  assert.equal(groupOf(view, 'workbench-needs-work.invite.md'), 'Needs work');
  assert.equal(groupOf(view, 'workbench-sent.invite.md'), 'Sent');
  assert.equal(groupOf(view, 'workbench-followup-due.invite.md'), 'Follow-up due');
  const ready = rowOf(view, 'workbench-ready.invite.md');
  assert.equal(ready.label, 'Sunflower');
  assert.match(ready.description, /^group-member · \d+\/200$/);
  const needsWork = rowOf(view, 'workbench-needs-work.invite.md');
  assert.equal(needsWork.label, 'Kenji Sato');
  assert.match(needsWork.description, /^met-at-event · \d+\/200 · Replace LinkedIn's stock line/, 'the top problem is shown');

  assert.ok(needsWork.command, 'a row opens its draft');
  await vscode.commands.executeCommand(needsWork.command.command, ...(needsWork.command.arguments ?? []));
  assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), draftUri('workbench-needs-work.invite.md').toString());
});

test('the code lens at the top of a draft says "Ready to send · N/200 · Copy message" or how many things to fix', async () => {
  const readyUri = draftUri('workbench-ready.invite.md');
  await openDraft('workbench-ready.invite.md');
  const [ready] = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', readyUri);
  assert.match(ready.command?.title ?? '', /^\$\(check\) Ready to send · \d+\/200 · Copy message$/);
  assert.equal(ready.range.start.line, 0);
  assert.equal(ready.command?.command, 'inviteLint.copyMessage');

  const needsWorkUri = draftUri('workbench-needs-work.invite.md');
  await openDraft('workbench-needs-work.invite.md');
  const diagnostics = await diagnosticsWhere(needsWorkUri, hasRule('stock-invite'));
  const toFix = diagnostics.filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning).length;
  const [needsWork] = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', needsWorkUri);
  assert.match(needsWork.command?.title ?? '', new RegExp(`^\\$\\(warning\\) ${toFix} things to fix · \\d+/200$`), 'one thing per error and warning in the Problems panel');
  assert.equal(needsWork.command?.command, 'workbench.actions.view.problems');
});

test('"Copy message" offers "Mark as sent", which sets status: sent and today\'s date, saves, and moves the draft to Sent', async () => {
  const uri = draftUri('workbench-mark.invite.md');
  const editor = await openDraft('workbench-mark.invite.md');
  await diagnosticsWhere(uri, (d) => d.length === 0);
  const offered = new Promise<string>((resolve) => {
    const subscription = api().onDidOfferMarkAsSent((label) => {
      subscription.dispose();
      resolve(label);
    });
  });
  const copied = await vscode.commands.executeCommand<{ copied: boolean }>('inviteLint.copyMessage');
  assert.equal(copied.copied, true);
  assert.equal(await offered, 'Mark as sent');
  // What the notification's button runs.
  assert.equal(await vscode.commands.executeCommand('inviteLint.markAsSent', uri), true);
  assert.match(editor.document.getText(), new RegExp(`\\nstatus: sent\\nsent: ${today()}\\n`));
  assert.equal(editor.document.isDirty, false, 'the draft is saved');
  await draftsWhere((view) => groupOf(view, 'workbench-mark.invite.md') === 'Sent');
  const [lens] = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
  assert.equal(lens.command?.title, `$(mail) Sent ${today()} · Mark as accepted`);
});

test('"New follow-up" on an accepted draft writes a follow-up next to it under a proposed name and opens it; the reminder goes', async () => {
  const accepted = draftUri('workbench-accepted.invite.md');
  await diagnosticsWhere(accepted, hasRule('follow-up-due'));
  const prompted = new Promise<string>((resolve) => {
    const subscription = api().onDidPromptFollowUpName((name) => {
      subscription.dispose();
      resolve(name);
    });
  });
  const created = vscode.commands.executeCommand<vscode.Uri | undefined>('inviteLint.newFollowUp', accepted);
  assert.equal(await prompted, 'workbench-accepted.follow-up.invite.md');
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  const uri = await created;
  assert.equal(uri?.toString(), draftUri('workbench-accepted.follow-up.invite.md').toString());
  const text = vscode.window.activeTextEditor?.document.getText() ?? '';
  assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri?.toString(), 'the follow-up is open');
  assert.match(text, /^---\nto: Suzanne Park\nscenario: follow-up\nkind: follow-up\n/);
  assert.match(text, /Hi Suzanne,\n\nThanks for connecting! We met at the Portland marketing summit in October\./);
  await diagnosticsWhere(accepted, (d) => !hasRule('follow-up-due')(d));
  await draftsWhere((view) => groupOf(view, 'workbench-accepted.invite.md') === 'Sent' && groupOf(view, 'workbench-accepted.follow-up.invite.md') === 'Needs work');
});

test('"Copy message" on an InMail offers "Mark as sent" too, beside copying the other part', async () => {
  await openDraft('inmail.invite.md');
  const offered = new Promise<string>((resolve) => {
    const subscription = api().onDidOfferMarkAsSent((label) => {
      subscription.dispose();
      resolve(label);
    });
  });
  const copied = await vscode.commands.executeCommand<{ copied: boolean; part?: string }>('inviteLint.copyMessage', { part: 'body', confirm: true });
  assert.deepEqual([copied.copied, copied.part], [true, 'body']);
  assert.equal(await offered, 'Mark as sent');
});

test('"Mark as accepted" on a sent draft sets status: accepted and today\'s date, saves, and the code lens offers New follow-up', async () => {
  const uri = draftUri('workbench-lifecycle.invite.md');
  const editor = await openDraft('workbench-lifecycle.invite.md');
  const [sent] = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
  assert.equal(sent.command?.command, 'inviteLint.markAsAccepted');
  assert.equal(await vscode.commands.executeCommand(sent.command.command, ...(sent.command.arguments ?? [])), true);
  assert.match(editor.document.getText(), /\nstatus: accepted\n/);
  assert.match(editor.document.getText(), new RegExp(`\\naccepted: ${today()}\\n`));
  assert.equal(editor.document.isDirty, false, 'the draft is saved');
  const [lens] = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
  assert.equal(lens.command?.title, `$(pass) Accepted ${today()} · New follow-up`);
});

test('"Mark as replied" sets status: replied, and the draft stays under Sent in the Drafts view', async () => {
  const uri = draftUri('workbench-lifecycle.invite.md');
  const editor = await openDraft('workbench-lifecycle.invite.md');
  assert.equal(await vscode.commands.executeCommand('inviteLint.markAsReplied', uri), true);
  assert.match(editor.document.getText(), /\nstatus: replied\n/);
  assert.equal(editor.document.isDirty, false, 'the draft is saved');
  const [lens] = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
  assert.equal(lens.command?.title, '$(comment-discussion) Replied');
  await draftsWhere((view) => groupOf(view, 'workbench-lifecycle.invite.md') === 'Sent');
});

test('leaves the Drafts view on screen for the README screenshot', async () => {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await openDraft('workbench-ready.invite.md');
  // Every group has a draft: workbench-followup-due.invite.md stays due after Suzanne's follow-up is written.
  await draftsWhere((view) => view.groups.every((group) => group.rows.length > 0));
  await screenshotTaken('drafts-view');
});
