// The core loop: diagnostics, hovers, quick fixes, completion, commands, the status bar and crash recovery.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { apply, diagnosticsWhere, draftUri, extensionApi, hasRule, labelOf, lacksRule, openDraft, quickFix, ruleOf, screenshotTaken, test } from './support';

test('a *.invite.md file opens in the Invite language', async () => {
  const editor = await openDraft('stock.invite.md');
  assert.equal(editor.document.languageId, 'invite');
  const extension = vscode.extensions.getExtension('invite-lint.invite-lint');
  assert.ok(extension, 'the extension is installed');
  await extension.activate();
  assert.ok(extension.isActive);
});

test('the stock line gets a stock-invite error with a link to its doc page', async () => {
  const uri = draftUri('stock.invite.md');
  await openDraft('stock.invite.md');
  const diagnostics = await diagnosticsWhere(uri, hasRule('stock-invite'));
  const stock = diagnostics.find((d) => ruleOf(d) === 'stock-invite')!;
  assert.equal(stock.severity, vscode.DiagnosticSeverity.Error);
  assert.equal(stock.source, 'invite-lint');
  assert.deepEqual([stock.range.start.line, stock.range.start.character, stock.range.end.character], [6, 0, 59]);
  // The page itself, which every client can open; the extension shows it in the Markdown preview (see polish.ts).
  const target = (stock.code as { target: vscode.Uri }).target;
  assert.match(target.toString(), /docs\/rules\/stock-invite\.md$/);
});

test('hovering the stock line explains why', async () => {
  const uri = draftUri('stock.invite.md');
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(6, 10));
  const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
  assert.match(text, /stock-invite/);
  assert.match(text, /lazy and impersonal/);
});

test('the shared-context quick fix inserts the front matter context and the diagnostic clears', async () => {
  const uri = draftUri('context.invite.md');
  await openDraft('context.invite.md');
  const [diagnostic] = (await diagnosticsWhere(uri, hasRule('no-shared-context'))).filter((d) => ruleOf(d) === 'no-shared-context');
  await apply(await quickFix(uri, diagnostic, 'Insert the shared context from the front matter'));
  await diagnosticsWhere(uri, lacksRule('no-shared-context'));
  const document = await vscode.workspace.openTextDocument(uri);
  assert.match(document.getText(), /Hi Priya,\n\nWe met at the Denver product meetup last Thursday\. I think we should connect\./);
});

test('without front matter context, the quick fix inserts a sentence whose slots are tab stops, filled by typing', async () => {
  const uri = draftUri('tabstops.invite.md');
  const editor = await openDraft('tabstops.invite.md');
  const [diagnostic] = (await diagnosticsWhere(uri, hasRule('no-shared-context'))).filter((d) => ruleOf(d) === 'no-shared-context');
  await apply(await quickFix(uri, diagnostic, 'Insert a shared-context sentence'));
  assert.match(editor.document.getText(), /Hi Omar,\n\nWe met at \[event\] \[when\]\. I think we should connect\./);
  // Each bracketed slot is a tab stop of its own, its text selected: typing replaces it, Tab moves to the next.
  assert.equal(editor.document.getText(editor.selection), '[event]');
  await vscode.commands.executeCommand('type', { text: 'the Berlin Rust meetup' });
  await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
  assert.equal(editor.document.getText(editor.selection), '[when]');
  await vscode.commands.executeCommand('type', { text: 'last week' });
  await vscode.commands.executeCommand('leaveSnippet');
  await diagnosticsWhere(uri, (d) => lacksRule('no-shared-context')(d) && lacksRule('unfilled-placeholder')(d));
  assert.match(editor.document.getText(), /Hi Omar,\n\nWe met at the Berlin Rust meetup last week\. I think we should connect\./);
  await screenshotTaken('shared-context-typed');
});

test('the stock-line quick fix replaces it with a personal opener', async () => {
  const uri = draftUri('stock.invite.md');
  const editor = await openDraft('stock.invite.md');
  const stock = (await diagnosticsWhere(uri, hasRule('stock-invite'))).find((d) => ruleOf(d) === 'stock-invite')!;
  await apply(await quickFix(uri, stock, 'Replace the stock line with a personal opener'));
  await diagnosticsWhere(uri, lacksRule('stock-invite'));
  assert.match(editor.document.getText(), /Hi Dana,\n\n\[How you know or found them\]\. \[Why you'd like to connect\]\./);
  await vscode.commands.executeCommand('leaveSnippet');
  await vscode.commands.executeCommand('undo');
  await diagnosticsWhere(uri, hasRule('stock-invite'));
});

test('every diagnostic offers "Disable RULE for this file" (the rules of its line named together), which silences it', async () => {
  const uri = draftUri('stock.invite.md');
  await openDraft('stock.invite.md');
  // All three of the line's rules, also after an earlier test's edit and undo (the typing hold keeps two back a moment).
  const all = await diagnosticsWhere(uri, (d) => hasRule('stock-invite')(d) && hasRule('no-shared-context')(d) && hasRule('no-reason')(d));
  const stock = all.find((d) => ruleOf(d) === 'stock-invite')!;
  await apply(await quickFix(uri, stock, 'Disable stock-invite, no-shared-context, no-reason for this file'));
  await diagnosticsWhere(uri, lacksRule('stock-invite'));
  await vscode.commands.executeCommand('undo');
  await diagnosticsWhere(uri, hasRule('stock-invite'));
});

test('an empty draft offers the scenario templates as completions, with human labels, their purpose and their text', async () => {
  const uri = draftUri('empty.invite.md');
  await openDraft('empty.invite.md');
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(0, 0));
  const labels = list.items.map(labelOf);
  for (const title of ['Met at an event', 'Former colleague', 'Read their work']) assert.ok(labels.includes(title), `${title} is offered; got ${labels.join(', ')}`);
  assert.ok(!labels.includes('met-at-event'), 'no raw ids as labels');
  const metAtEvent = list.items.filter((item) => labelOf(item) === 'Met at an event');
  assert.equal(metAtEvent.length, 1, 'each template is offered once, not once per source');
  assert.equal(metAtEvent[0].kind, vscode.CompletionItemKind.Snippet);
  assert.match(String(metAtEvent[0].detail), /^Names the event and when/);
  const documentation = metAtEvent[0].documentation;
  assert.match(typeof documentation === 'string' ? documentation : documentation?.value ?? '', /It was great meeting you at \\\[event\\\]/);
  await vscode.commands.executeCommand('editor.action.triggerSuggest');
  await vscode.commands.executeCommand('toggleSuggestionDetails');
  await screenshotTaken('template-completion');
  await vscode.commands.executeCommand('hideSuggestWidget');
});

test('changing inviteLint.account re-lints open drafts at once', async () => {
  const uri = draftUri('stock.invite.md');
  const editor = await openDraft('stock.invite.md');
  await editor.edit((edit) => edit.insert(new vscode.Position(6, 59), ` We met at PyCon. ${'x'.repeat(180)}`));
  await diagnosticsWhere(uri, hasRule('too-long'));
  const settings = vscode.workspace.getConfiguration('inviteLint');
  await settings.update('account', 'premium', vscode.ConfigurationTarget.Workspace);
  await diagnosticsWhere(uri, lacksRule('too-long'));
  await settings.update('account', undefined, vscode.ConfigurationTarget.Workspace);
  await diagnosticsWhere(uri, hasRule('too-long'));
  await vscode.commands.executeCommand('undo');
  await diagnosticsWhere(uri, lacksRule('too-long'));
});

test('front matter: keys and values complete, hover explains, a typo gets a diagnostic while the body is still linted', async () => {
  const uri = draftUri('frontmatter.invite.md');
  await openDraft('frontmatter.invite.md');
  const diagnostics = await diagnosticsWhere(uri, (d) => hasRule('front-matter')(d) && hasRule('generic-phrase')(d));
  const typo = diagnostics.find((d) => ruleOf(d) === 'front-matter')!;
  assert.deepEqual([typo.range.start.line, typo.range.start.character], [2, 6]);
  assert.match(typo.message, /did you mean "follow-up"/);
  const keys = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(3, 0));
  const keyLabels = keys.items.map(labelOf);
  for (const key of ['scenario', 'account', 'relationship', 'context']) assert.ok(keyLabels.includes(key), `key ${key} offered; got ${keyLabels.join(', ')}`);
  assert.ok(!keyLabels.includes('to'), 'keys already present are not offered again');
  const values = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(2, 8));
  const valueLabels = values.items.map(labelOf);
  assert.ok(valueLabels.includes('follow-up') && valueLabels.includes('inmail'), `kind values offered; got ${valueLabels.join(', ')}`);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(1, 1));
  const text = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
  assert.match(text, /recipient's name/);
  await apply(await quickFix(uri, typo, 'Change to "follow-up"'));
  await diagnosticsWhere(uri, lacksRule('front-matter'));
});

test('a generic phrase is deleted cleanly by its quick fix', async () => {
  const uri = draftUri('generic.invite.md');
  const editor = await openDraft('generic.invite.md');
  const generic = (await diagnosticsWhere(uri, hasRule('generic-phrase'))).find((d) => ruleOf(d) === 'generic-phrase')!;
  await apply(await quickFix(uri, generic, 'Delete "hope this message finds you well"'));
  await diagnosticsWhere(uri, lacksRule('generic-phrase'));
  assert.match(editor.document.getText(), /Hi Ola,\n\nWe met at the Lagos design week and/);
});

test('missing scenario detail and a vague plan get tab-stop fixes; fix-all applies the safe fixes', async () => {
  const uri = draftUri('followup.invite.md');
  const editor = await openDraft('followup.invite.md');
  const vague = (await diagnosticsWhere(uri, hasRule('vague-plan'))).find((d) => ruleOf(d) === 'vague-plan')!;
  const detail = vscode.languages.getDiagnostics(uri).find((d) => ruleOf(d) === 'missing-scenario-detail');
  assert.ok(detail, 'a follow-up without a concrete next step is flagged');
  await apply(await quickFix(uri, vague, 'Make it a specific time'));
  assert.match(editor.document.getText(), /We should grab coffee \[next Thursday\] at \[10am\]\./);
  assert.equal(editor.document.getText(editor.selection), '[next Thursday]', 'the first tab stop is selected');
  await vscode.commands.executeCommand('type', { text: 'next Thursday' });
  await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
  await vscode.commands.executeCommand('type', { text: '10am' });
  await vscode.commands.executeCommand('leaveSnippet');
  await diagnosticsWhere(uri, (d) => lacksRule('vague-plan')(d) && lacksRule('missing-scenario-detail')(d));
  assert.match(editor.document.getText(), /We should grab coffee next Thursday at 10am\./);

  const fixAll = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.inviteLint');
  assert.equal(fixAll.length, 0, 'nothing left that fix-all could fix');
  await editor.edit((edit) => edit.replace(new vscode.Range(6, 0, 6, 7), 'Hi there,'));
  await diagnosticsWhere(uri, hasRule('no-greeting'));
  const [action] = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll.inviteLint');
  assert.equal(action?.kind?.value, 'source.fixAll.inviteLint');
  await apply(action);
  await diagnosticsWhere(uri, lacksRule('no-greeting'));
  assert.match(editor.document.getText(), /^Hi Tom,$/m);

  const settings = vscode.workspace.getConfiguration('editor', { languageId: 'invite' });
  await settings.update('codeActionsOnSave', { 'source.fixAll.inviteLint': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
  await editor.edit((edit) => edit.replace(new vscode.Range(6, 0, 6, 7), 'Hi there,'));
  await diagnosticsWhere(uri, hasRule('no-greeting'));
  assert.ok(await editor.document.save(), 'saved');
  assert.match(editor.document.getText(), /^Hi Tom,$/m, 'fix on save greeted Tom by name');
  await settings.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
});

test('"New invite..." asks for a scenario, then opens an untitled draft from its template', async () => {
  const picked = vscode.commands.executeCommand<vscode.TextEditor | undefined>('inviteLint.newInvite');
  await screenshotTaken('new-invite');
  await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  assert.equal(await picked, undefined, 'closing the quick pick opens nothing');

  const editor = await vscode.commands.executeCommand<vscode.TextEditor>('inviteLint.newInvite', 'met-at-event');
  assert.ok(editor, 'an editor opened');
  assert.equal(editor.document.languageId, 'invite');
  assert.equal(editor.document.isUntitled, true);
  assert.match(editor.document.getText(), /^---\nto: "\[Name\]"\nscenario: met-at-event\nkind: invite\n---\n\nHi \[Name\],\n\nIt was great meeting you at \[event\]/);
  assert.equal(editor.document.getText(editor.selection), '[Name]', 'the first tab stop (the name) is selected');
  await vscode.commands.executeCommand('leaveSnippet');
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

test('"Copy message" copies what LinkedIn should get, and warns when errors remain', async () => {
  await openDraft('copy.invite.md');
  await diagnosticsWhere(draftUri('copy.invite.md'), (d) => d.length === 0);
  const clean = await vscode.commands.executeCommand<{ copied: boolean; characters: number; warning?: string }>('inviteLint.copyMessage');
  assert.deepEqual({ copied: clean.copied, warning: clean.warning }, { copied: true, warning: undefined });
  const expected = "Hi Priya,\n\nWe met at the Denver product meetup last Thursday. Your point about activation stuck with me; I'd love to keep in touch.";
  assert.equal(await vscode.env.clipboard.readText(), expected);
  assert.equal(clean.characters, expected.length);

  await openDraft('stock.invite.md');
  await diagnosticsWhere(draftUri('stock.invite.md'), hasRule('stock-invite'));
  const flagged = await vscode.commands.executeCommand<{ copied: boolean; warning?: string }>('inviteLint.copyMessage', { confirm: true });
  assert.equal(flagged.copied, true);
  assert.match(flagged.warning ?? '', /^1 error remains\.$/);
});

test('the status bar shows characters used of the limit, turning to a warning past it, with the open problems', async () => {
  const api = extensionApi();
  const editor = await openDraft('copy.invite.md');
  await api.statusBarUpdated();
  const expectedLength = "Hi Priya,\n\nWe met at the Denver product meetup last Thursday. Your point about activation stuck with me; I'd love to keep in touch.".length;
  assert.deepEqual(api.statusBar(), { text: `$(comment) ${expectedLength}/200`, tooltip: api.statusBar().tooltip, warning: false, visible: true });
  assert.match(api.statusBar().tooltip, /No open problems/);
  await editor.edit((edit) => edit.insert(new vscode.Position(8, 0), `${'Really. '.repeat(12)}`));
  await diagnosticsWhere(editor.document.uri, hasRule('too-long'));
  await api.statusBarUpdated();
  assert.equal(api.statusBar().warning, true);
  assert.match(api.statusBar().text, /^\$\(comment\) \d{3}\/200$/);
  assert.match(api.statusBar().tooltip, /error `too-long`/);
  await vscode.commands.executeCommand('undo');
  await diagnosticsWhere(editor.document.uri, lacksRule('too-long'));
});

const INMAIL_SUBJECT = 'Your PGConf talk on partial indexes';
const INMAIL_BODY = "Hi Priya,\n\nI found you through your PGConf talk on partial indexes. I'm a DBA at a small logistics firm, and we hit the bloat you described. Could I ask how you sized the fill factor?";

test('on an InMail the status bar shows the subject and the body against their own limits', async () => {
  const api = extensionApi();
  const editor = await openDraft('inmail.invite.md');
  await diagnosticsWhere(editor.document.uri, (d) => d.length === 0);
  await api.statusBarUpdated();
  assert.deepEqual(api.statusBar(), {
    text: `$(comment) subject ${INMAIL_SUBJECT.length}/200 · body ${INMAIL_BODY.length}/1900`,
    tooltip: api.statusBar().tooltip,
    warning: false,
    visible: true,
  });
  assert.match(api.statusBar().tooltip, new RegExp(`Subject ${INMAIL_SUBJECT.length} of 200 characters, body ${INMAIL_BODY.length} of 1900`));
  // A subject over 200 characters turns the item to the warning colour, though the body is well within its limit.
  await editor.edit((edit) => edit.insert(new vscode.Position(3, 9 + INMAIL_SUBJECT.length), ` and ${'fill factors '.repeat(14)}`));
  await diagnosticsWhere(editor.document.uri, hasRule('too-long'));
  await api.statusBarUpdated();
  assert.equal(api.statusBar().warning, true);
  assert.match(api.statusBar().text, /^\$\(comment\) subject 2\d\d\/200 · body \d+\/1900$/);
  assert.match(api.statusBar().tooltip, /error `too-long`: Cut \d+ characters? from the subject/);
  await vscode.commands.executeCommand('undo');
  await diagnosticsWhere(editor.document.uri, lacksRule('too-long'));
});

test('"Copy message" on an InMail offers "Copy subject" and "Copy body", each copying its own part', async () => {
  const api = extensionApi();
  await openDraft('inmail.invite.md');
  await diagnosticsWhere(draftUri('inmail.invite.md'), (d) => d.length === 0);
  await api.statusBarUpdated();
  const shown = api.copyChoiceShown();
  const copying = vscode.commands.executeCommand<{ copied: boolean; part?: string; characters?: number }>('inviteLint.copyMessage');
  assert.deepEqual(await shown, ['$(symbol-key) Copy subject', '$(note) Copy body']);
  await screenshotTaken('copy-inmail');
  await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  assert.deepEqual(await copying, { copied: true, part: 'subject', characters: INMAIL_SUBJECT.length, warning: undefined });
  assert.equal(await vscode.env.clipboard.readText(), INMAIL_SUBJECT);

  const body = await vscode.commands.executeCommand<{ copied: boolean; part?: string }>('inviteLint.copyMessage', { part: 'body' });
  assert.deepEqual({ copied: body.copied, part: body.part }, { copied: true, part: 'body' });
  assert.equal(await vscode.env.clipboard.readText(), INMAIL_BODY);

  const closed = api.copyChoiceShown();
  const dismissed = vscode.commands.executeCommand<{ copied: boolean }>('inviteLint.copyMessage');
  await closed;
  await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  assert.deepEqual(await dismissed, { copied: false }, 'closing the choice copies nothing');
  assert.equal(await vscode.env.clipboard.readText(), INMAIL_BODY);
});

test('"New invite..." builds an InMail from its template, the subject a tab stop after the name', async () => {
  const editor = await vscode.commands.executeCommand<vscode.TextEditor>('inviteLint.newInvite', 'inmail');
  assert.match(editor.document.getText(), /^---\nto: "\[Name\]"\nkind: inmail\nsubject: "\[What this InMail is about\]"\n---\n\nHi \[Name\],/);
  assert.equal(editor.document.getText(editor.selection), '[Name]');
  await vscode.commands.executeCommand('jumpToNextSnippetPlaceholder');
  assert.equal(editor.document.getText(editor.selection), '[What this InMail is about]', 'the second tab stop is the subject');
  await vscode.commands.executeCommand('leaveSnippet');
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

test('when the language server dies, it is restarted and diagnostics come back', async () => {
  const api = extensionApi();
  const uri = draftUri('stock.invite.md');
  const editor = await openDraft('stock.invite.md');
  await diagnosticsWhere(uri, hasRule('stock-invite'));
  const pid = api.serverProcessId();
  assert.ok(pid, 'the server said its process id');
  process.kill(pid, 'SIGKILL');
  // Only a running server can lint this edit: the killed one never sees it.
  await editor.edit((edit) => edit.insert(new vscode.Position(6, 59), ' I came across your profile.'));
  await diagnosticsWhere(uri, (d) => hasRule('generic-phrase')(d) && hasRule('stock-invite')(d));
  assert.notEqual(api.serverProcessId(), pid, 'a new server process');
  await vscode.commands.executeCommand('undo');
  await diagnosticsWhere(uri, lacksRule('generic-phrase'));
});

test('a draft the server crashes on twice is no longer linted, one message names it, and other drafts keep working', async () => {
  const api = extensionApi();
  const crashing = draftUri('crashing.invite.md');
  // Large, so that the server is still linting it when the kill lands.
  await vscode.workspace.fs.writeFile(crashing, new TextEncoder().encode(`Hi Dana,\n\nWe met at PyCon.\n${"I'd love to hear how the launch went.\n".repeat(27_000)}`));
  const stopped = new Promise<{ uri: string; message: string }>((resolve) => {
    const subscription = api.onDidStopLinting((event) => {
      subscription.dispose();
      resolve(event);
    });
  });
  // Every time the server starts on this draft it dies, as it would on a draft that crashes it.
  let kills = 0;
  const killer = api.onDidStartLinting((uri) => {
    if (uri !== crashing.toString()) return;
    kills++;
    process.kill(api.serverProcessId()!, 'SIGKILL');
  });
  try {
    await vscode.workspace.openTextDocument(crashing);
    const { uri, message } = await stopped;
    assert.equal(uri, crashing.toString());
    assert.equal(message, 'invite-lint stopped linting crashing.invite.md: the server crashed on it twice. Other drafts keep working; close and reopen it to try again.');
    assert.equal(kills, 2);
  } finally {
    killer.dispose();
    await vscode.workspace.fs.delete(crashing);
  }
  const other = draftUri('stock.invite.md');
  const editor = await openDraft('stock.invite.md');
  await editor.edit((edit) => edit.insert(new vscode.Position(6, 59), ' I came across your profile.'));
  await diagnosticsWhere(other, hasRule('generic-phrase'));
  assert.deepEqual(vscode.languages.getDiagnostics(crashing), []);
  await vscode.commands.executeCommand('undo');
  await diagnosticsWhere(other, lacksRule('generic-phrase'));
});
