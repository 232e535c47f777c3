// Runs last: leaves the workbench as a user sees it for the README's screenshot.
import * as vscode from 'vscode';
import { diagnosticsWhere, draftUri, hasRule, openDraft, screenshotTaken, test } from './support';

test('leaves the stock draft, its hover and the Problems panel on screen for the screenshot', async () => {
  const editor = await openDraft('stock.invite.md');
  await diagnosticsWhere(draftUri('stock.invite.md'), hasRule('stock-invite'));
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  await vscode.window.showTextDocument(editor.document);
  editor.selection = new vscode.Selection(6, 12, 6, 12);
  await vscode.commands.executeCommand('editor.action.showHover');
  await screenshotTaken('workbench');
});
