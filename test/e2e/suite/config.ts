// The project config in a real VS Code: the JSON schema in .invite-lint.jsonc, the status bar naming the config file,
// the quick fixes that write it, and completion of rule names in disable comments.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsWhere, draftUri, extensionApi, hasRule, labelOf, lacksRule, openDraft, quickFix, ruleOf, test } from './support';

const ALLOW_TITLE = (file: string) => `Allow 'came across your profile' in this project (${file})`;

/** Applies a config-writing fix as the lightbulb does (a refactoring: VS Code saves the files it edits), then saves what is still dirty. */
async function applyAndSave(action: vscode.CodeAction, file: vscode.Uri): Promise<void> {
  assert.ok(action.edit, 'the fix carries a WorkspaceEdit');
  assert.ok(await vscode.workspace.applyEdit(action.edit, { isRefactoring: true }), 'the workspace edit was refused');
  const document = await vscode.workspace.openTextDocument(file);
  if (document.isDirty) assert.ok(await document.save(), 'the config file was saved');
}

test('the JSON schema completes rule names in .invite-lint.jsonc and flags an invalid severity', async () => {
  const uri = draftUri('config-schema/.invite-lint.jsonc');
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(document);
  const [invalid] = await diagnosticsWhere(uri, (diagnostics) => diagnostics.some((d) => /loud|not accepted|enum/i.test(d.message) || d.range.start.line === 1));
  assert.equal(invalid.range.start.line, 1);
  // Inside the "rules" object, after its one entry: the schema offers the other rules.
  const position = new vscode.Position(1, document.lineAt(1).text.indexOf('}'));
  const completions = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
  const labels = completions.items.map(labelOf);
  for (const rule of ['stock-invite', 'no-greeting', 'directive']) assert.ok(labels.some((label) => label.includes(rule)), `${rule} in ${labels.join(', ')}`);
  // At the top level, the schema's keys.
  const top = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(3, 0));
  assert.ok(top.items.map(labelOf).some((label) => label.includes('phrases')), 'phrases at the top level');
});

test("the status bar's tooltip names the config file in effect", async () => {
  const api = extensionApi();
  await openDraft('config-team/config-generic.invite.md');
  await diagnosticsWhere(draftUri('config-team/config-generic.invite.md'), hasRule('generic-phrase'));
  await api.statusBarUpdated();
  assert.match(api.statusBar().tooltip, /Config: `config-team\/\.invite-lint\.jsonc`/);
});

test("\"Allow 'PHRASE' in this project\" writes the existing config file, keeps its comment, and the squiggle goes away", async () => {
  const uri = draftUri('config-team/config-generic.invite.md');
  await openDraft('config-team/config-generic.invite.md');
  const diagnostic = (await diagnosticsWhere(uri, hasRule('generic-phrase'))).find((d) => ruleOf(d) === 'generic-phrase')!;
  const configUri = draftUri('config-team/.invite-lint.jsonc');
  await applyAndSave(await quickFix(uri, diagnostic, ALLOW_TITLE('config-team/.invite-lint.jsonc')), configUri);
  await diagnosticsWhere(uri, lacksRule('generic-phrase'));
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(configUri));
  assert.match(text, /\/\/ The team's setup: the config quick fix must keep this comment\./);
  assert.match(text, /"phrases": \{\s+"allow": \[\s+"came across your profile"\s+\]/);
});

test("\"Allow 'PHRASE' in this project\" creates .invite-lint.jsonc where there is none, and the squiggle goes away", async () => {
  // A repository root of its own, so the new file goes here and not at the workspace root the other drafts share.
  await vscode.workspace.fs.createDirectory(draftUri('config-new/.git'));
  const uri = draftUri('config-new/config-new.invite.md');
  await openDraft('config-new/config-new.invite.md');
  const diagnostic = (await diagnosticsWhere(uri, hasRule('generic-phrase'))).find((d) => ruleOf(d) === 'generic-phrase')!;
  const configUri = draftUri('config-new/.invite-lint.jsonc');
  await applyAndSave(await quickFix(uri, diagnostic, ALLOW_TITLE('config-new/.invite-lint.jsonc')), configUri);
  await diagnosticsWhere(uri, lacksRule('generic-phrase'));
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(configUri));
  assert.match(text, /^\/\/ invite-lint project config/);
});

test('a misspelt rule in a disable comment gets a directive warning, and rule names complete there', async () => {
  const uri = draftUri('config-directive.invite.md');
  const editor = await openDraft('config-directive.invite.md');
  const warning = (await diagnosticsWhere(uri, hasRule('directive'))).find((d) => ruleOf(d) === 'directive')!;
  assert.equal(editor.document.getText(warning.range), 'gen');
  const line = editor.document.lineAt(3).text;
  const completions = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(3, line.indexOf('gen') + 3));
  const rule = completions.items.find((item) => labelOf(item) === 'generic-phrase');
  assert.ok(rule, `generic-phrase in ${completions.items.map(labelOf).join(', ')}`);
});
