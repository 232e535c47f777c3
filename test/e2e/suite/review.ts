// Fixes from the review: New follow-up never writes over a draft that exists.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { draftUri, test } from './support';

test('"New follow-up" under the name of a draft that exists writes nothing and leaves that draft as it was', async () => {
  const taken = draftUri('workbench-ready.invite.md');
  const before = fs.readFileSync(taken.fsPath, 'utf8');
  const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('inviteLint.newFollowUp', draftUri('workbench-accepted.invite.md'), { name: 'workbench-ready.invite.md' });
  assert.equal(created, undefined);
  assert.equal(fs.readFileSync(taken.fsPath, 'utf8'), before);
});
