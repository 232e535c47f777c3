// Issue 10's second pass: `inviteLint.run: onSave` in the real editor, and a rule's link followed the way a user clicks it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { clicked, diagnosticsWhere, draftUri, extensionApi as api, hasRule, openDraft, ruleOf, setting, test } from './support';



test('with inviteLint.run: onSave, typing publishes nothing and saving publishes the draft as saved', async () => {
  const uri = draftUri('polish-onsave.invite.md');
  await setting('run', 'onSave');
  const editor = await openDraft('polish-onsave.invite.md');
  const original = editor.document.getText();
  // A lint started, or a verdict on the typed words published, while the draft holds unsaved text is a lint on type.
  // (The saved text's own diagnostics may be sent again meanwhile, e.g. when a settings answer arrives.)
  const whileUnsaved: string[] = [];
  const watching = [
    api().onDidStartLinting((linted) => {
      if (linted === uri.toString() && editor.document.isDirty) whileUnsaved.push('a lint started');
    }),
    vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString()) && editor.document.isDirty && hasRule('generic-phrase')(vscode.languages.getDiagnostics(uri))) whileUnsaved.push(`published: ${vscode.languages.getDiagnostics(uri).map(ruleOf).join(', ')}`);
    }),
  ];
  try {
    const end = editor.document.lineAt(editor.document.lineCount - 2).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('type', { text: ' I came across your profile.' });
    assert.ok(editor.document.isDirty);
    // A round trip through the server after the edit (the client sends the edit first): on type, it would be linted by now.
    await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, end);
    assert.ok(!hasRule('generic-phrase')(vscode.languages.getDiagnostics(uri)), 'the cliché is not flagged before the save');
    const saved = diagnosticsWhere(uri, hasRule('generic-phrase'));
    assert.ok(await editor.document.save());
    await saved;
    assert.deepEqual(whileUnsaved, []);
  } finally {
    watching.forEach((subscription) => subscription.dispose());
    await editor.edit((edit) => edit.replace(new vscode.Range(editor.document.positionAt(0), editor.document.positionAt(editor.document.getText().length)), original));
    await editor.document.save();
    await setting('run', undefined);
  }
});

/** Resolves once a Markdown preview is the active tab; the rule's page must be what it shows. */
function previewOpened(): Promise<string> {
  return new Promise((resolve) => {
    const subscription = vscode.window.tabGroups.onDidChangeTabs(() => {
      const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
      if (!(tab?.input instanceof vscode.TabInputWebview) || !/markdown\.preview/.test(tab.input.viewType)) return;
      subscription.dispose();
      resolve(tab.label);
    });
  });
}

const ruleSourceTabs = () =>
  vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputText && /\/docs\/rules\/[\w-]+\.md$/.test(tab.input.uri.path));

test("clicking a rule's code in the Problems panel and in the hover opens its page in the Markdown preview", async () => {
  const uri = draftUri('polish-rule-link.invite.md');
  const editor = await openDraft('polish-rule-link.invite.md');
  const stock = (await diagnosticsWhere(uri, hasRule('stock-invite'))).find((d) => ruleOf(d) === 'stock-invite')!;
  const page = (stock.code as { target: vscode.Uri }).target;
  assert.equal(page.scheme, 'file', 'the link is the page itself, which every client can open');

  await vscode.commands.executeCommand('workbench.actions.view.problems');
  const fromProblems = previewOpened();
  await clicked({ selector: '.markers-panel .monaco-link', text: 'stock-invite', filter: 'polish-rule-link' }, () => vscode.commands.executeCommand('vscode.open', page));
  assert.match(await fromProblems, /stock-invite/);
  assert.deepEqual(ruleSourceTabs(), [], 'no tab shows the page as Markdown source');
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');

  const shown = await vscode.window.showTextDocument(editor.document);
  shown.selection = new vscode.Selection(stock.range.start.translate(0, 5), stock.range.start.translate(0, 5));
  await vscode.commands.executeCommand('editor.action.showHover');
  const fromHover = previewOpened();
  await clicked({ selector: '.monaco-hover a.code-link', text: 'stock-invite' }, () => vscode.commands.executeCommand('vscode.open', page));
  assert.match(await fromHover, /stock-invite/);
  assert.deepEqual(ruleSourceTabs(), [], 'no tab shows the page as Markdown source');
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
});
