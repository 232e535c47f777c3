// Issue 10's third pass: the "Disable …" entries once per reach, the template preview whole, a code lens that counts
// what the editor shows while the typing hold keeps things back.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { apply, diagnosticsWhere, draftUri, hasRule, measured, menuAt, openDraft, ruleOf, screenshotTaken, setting, test } from './support';

const STOCK_RULES = ['stock-invite', 'no-shared-context', 'no-reason'];

test('three problems on one line: one "Disable … for this line" and one "… for this file" naming all three, each silencing exactly them', async () => {
  const uri = draftUri('polish3-stock.invite.md');
  const editor = await openDraft('polish3-stock.invite.md');
  const stockLine = (diagnostics: vscode.Diagnostic[]) => diagnostics.filter((d) => d.range.start.line === 6);
  const onLine = stockLine(await diagnosticsWhere(uri, (diagnostics) => STOCK_RULES.every((rule) => hasRule(rule)(stockLine(diagnostics)))));
  const menu = await menuAt(uri, onLine[0].range);
  const disables = menu.filter((action) => action.title.startsWith('Disable '));
  assert.deepEqual(
    disables.map((action) => action.title),
    ['Disable stock-invite, no-shared-context, no-reason for this line', 'Disable stock-invite, no-shared-context, no-reason for this file'],
    menu.map((action) => action.title).join(' | '),
  );
  assert.equal(menu.indexOf(disables[0]), menu.length - 2, 'the suppressions come last');
  assert.ok(disables.every((action) => !action.isPreferred));

  // As the user sees it: Ctrl+. on the line.
  editor.selection = new vscode.Selection(onLine[0].range.start.translate(0, 5), onLine[0].range.start.translate(0, 5));
  await vscode.commands.executeCommand('editor.action.quickFix');
  const shown = await measured('.action-widget >> visible=true', 'for this file');
  if (shown) assert.equal(shown.text.split('Disable ').length - 1, 2, `two "Disable" entries in the menu: ${shown.text}`);
  await screenshotTaken('polish3-quick-fix-menu');
  await vscode.commands.executeCommand('hideCodeActionWidget');

  const others = (diagnostics: vscode.Diagnostic[]) => diagnostics.filter((d) => !STOCK_RULES.includes(ruleOf(d))).map(ruleOf);
  const before = others(vscode.languages.getDiagnostics(uri));
  try {
    for (const [action, silencedWhere] of [
      [disables[0], (d: vscode.Diagnostic) => d.range.start.line === 6],
      [disables[1], () => true],
    ] as const) {
      await apply(action);
      const after = await diagnosticsWhere(uri, (diagnostics) => !diagnostics.some((d) => STOCK_RULES.includes(ruleOf(d)) && silencedWhere(d)));
      assert.deepEqual(others(after), before, 'the other rules are as they were');
      assert.match(editor.document.getText(), /<!-- invite-lint-disable(-line)? stock-invite no-shared-context no-reason -->/);
      await vscode.commands.executeCommand('undo');
      await diagnosticsWhere(uri, (diagnostics) => STOCK_RULES.every((rule) => hasRule(rule)(diagnostics)));
    }
  } finally {
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
});

test("a template's preview shows the front matter it inserts and the message in the details pane, with no scrolling", async () => {
  // In an editor of its own (a new group), whose suggestion details have not been shown before. (The clipping seen on a
  // fresh window's first showing does not reproduce here; scripts/screenshots.mjs shows that case.)
  const document = await vscode.workspace.openTextDocument(draftUri('polish3-empty.invite.md'));
  await vscode.window.showTextDocument(document, vscode.ViewColumn.Beside);
  try {
    await vscode.commands.executeCommand('editor.action.triggerSuggest');
    const list = await measured('.suggest-widget >> visible=true', 'Met at an event');
    // The details pane shows as the user last left it: opened here if it is closed (Ctrl+Space again), and closed after.
    const opened = list !== undefined && !list.className.includes('shows-details');
    if (opened) await vscode.commands.executeCommand('toggleSuggestionDetails');
    const details = await measured('.suggest-details .body >> visible=true', 'It was great meeting you');
    if (details) {
      assert.ok(details.scrollHeight <= details.clientHeight + 1, `the preview scrolls: ${details.scrollHeight} px of text in ${details.clientHeight} px`);
      assert.match(details.text, /scenario: met-at-event/, 'the front matter it inserts is shown');
    }
    await screenshotTaken('polish3-template-completion');
    if (opened) await vscode.commands.executeCommand('toggleSuggestionDetails');
    await vscode.commands.executeCommand('hideSuggestWidget');
  } finally {
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  }
});

test('while the writer types, the code lens counts only the problems on screen, and follows when the pause shows the rest', async () => {
  const uri = draftUri('polish3-typing.invite.md');
  const editor = await openDraft('polish3-typing.invite.md');
  const lensTitle = async () => (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri))[0]?.command?.title ?? '';
  const typeAtEnd = async (text: string) => {
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand('type', { text });
  };
  const toFix = (diagnostics: vscode.Diagnostic[]) => diagnostics.filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning).length;
  // A minute: the held state lasts as long as the test looks at it.
  await setting('typingPauseMs', 60_000);
  try {
    await typeAtEnd('I came across your profile');
    const held = await diagnosticsWhere(uri, hasRule('generic-phrase'));
    assert.deepEqual(held.map(ruleOf), ['generic-phrase'], 'what the draft lacks is held back');
    assert.equal(await lensTitle(), '$(warning) 1 thing to fix · 26/200');
    // On screen too, once the editor has asked again after the edit (the length says it is this text's lens).
    await measured('.part.editor .codelens-decoration >> visible=true', '1 thing to fix · 26/200');
    await screenshotTaken('polish3-typing-held');

    // A short pause this time: when it ends the server shows the rest and has the lens asked for again.
    await setting('typingPauseMs', 300);
    await typeAtEnd('.');
    const paused = await diagnosticsWhere(uri, hasRule('no-greeting'));
    const count = toFix(paused);
    assert.ok(count > 1, paused.map(ruleOf).join(', '));
    assert.equal(await lensTitle(), `$(warning) ${count} things to fix · 27/200`);
    // The lens on screen changes with no edit: only the server's refresh asks for it again.
    await measured('.part.editor .codelens-decoration >> visible=true', `${count} things to fix · 27/200`);
    await screenshotTaken('polish3-typing-after-pause');
  } finally {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await setting('typingPauseMs', undefined);
  }
});
