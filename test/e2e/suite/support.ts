// Shared by the end-to-end suite's modules: the test registry and helpers that wait on editor events.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { InviteLintApi } from '../../../client/src/extension';

export type Test = { name: string; run: () => Promise<void> };
export const tests: Test[] = [];
export const test = (name: string, run: () => Promise<void>) => tests.push({ name, run });

export function draftUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs the e2e workspace folder open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openDraft(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(draftUri(name));
  return vscode.window.showTextDocument(document);
}

/** Resolves when the document's diagnostics satisfy `accept`: checked now, then on every change event. */
export function diagnosticsWhere(uri: vscode.Uri, accept: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve) => {
    const check = () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      subscription?.dispose();
      resolve(diagnostics);
      return true;
    };
    let subscription: vscode.Disposable | undefined;
    subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    check();
  });
}

export const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);
export const ruleOf = (diagnostic: vscode.Diagnostic) => (typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code));
export const hasRule = (rule: string) => (diagnostics: vscode.Diagnostic[]) => diagnostics.some((d) => ruleOf(d) === rule);
export const lacksRule = (rule: string) => (diagnostics: vscode.Diagnostic[]) => !diagnostics.some((d) => ruleOf(d) === rule);

/**
 * VS Code cancels a code-action request when the set of code-action providers changes mid-request (another
 * extension activating), and the client then answers with nothing. Asking again, a bounded number of times,
 * is what a user pressing Ctrl+. again does.
 */
export async function quickFix(uri: vscode.Uri, diagnostic: vscode.Diagnostic, title: string): Promise<vscode.CodeAction> {
  let offered: string[] = [];
  for (let attempt = 0; attempt < 5; attempt++) {
    let actions: vscode.CodeAction[] = [];
    try {
      actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    } catch (error) {
      if (!(error instanceof Error) || error.name !== 'Canceled') throw error;
    }
    const action = actions.find((candidate) => candidate.title === title);
    if (action) return action;
    offered = actions.map((candidate) => candidate.title);
  }
  assert.fail(`no quick fix "${title}"; offered: ${offered.join(' | ')}`);
}

/** Every quick fix offered for a range, in menu order; asked again as a user pressing Ctrl+. again would (see `quickFix`). */
export async function menuAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
      if (actions.length > 0) return actions;
    } catch (error) {
      if (!(error instanceof Error) || error.name !== 'Canceled') throw error;
    }
  }
  assert.fail('no quick fixes offered');
}

export async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), 'the workspace edit was refused');
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}
/** Under the code-server runner, asks it for a screenshot named `name` and waits (on a file event) until it has it. */
export async function screenshotTaken(name: string): Promise<void> {
  const folder = process.env.INVITE_LINT_E2E_SCREENSHOTS;
  if (!folder) return;
  const marker = path.join(folder, `${name}.done`);
  await new Promise<void>((resolve) => {
    const watcher = fs.watch(folder, () => {
      if (!fs.existsSync(marker)) return;
      watcher.close();
      resolve();
    });
    console.log(`E2E screenshot-ready ${name}`);
  });
}

/**
 * Clicks what a user clicks: under the code-server runner, asks it to click the first element matching `selector` that
 * holds `text` (typing `filter` into the Problems panel's filter first, so that the row is on screen) and waits until it
 * has. Elsewhere (desktop VS Code has no driver here) the click's effect is reproduced: `fallback` runs.
 */
export async function clicked(click: { selector: string; text: string; filter?: string }, fallback: () => Thenable<unknown>): Promise<void> {
  const folder = process.env.INVITE_LINT_E2E_SCREENSHOTS;
  if (!folder) {
    await fallback();
    return;
  }
  const name = `click-${Date.now()}`;
  const marker = path.join(folder, `${name}.done`);
  await new Promise<void>((resolve, reject) => {
    const watcher = fs.watch(folder, () => {
      if (!fs.existsSync(marker)) return;
      watcher.close();
      const failure = fs.readFileSync(marker, 'utf8');
      if (failure === 'done') resolve();
      else reject(new Error(`the runner could not click ${click.selector} "${click.text}": ${failure}`));
    });
    console.log(`E2E click ${name} ${JSON.stringify(click)}`);
  });
}

/** What the runner saw of an element: its text, its classes, its content's height against its own (more: it scrolls). */
export interface Measured {
  text: string;
  className: string;
  clientHeight: number;
  scrollHeight: number;
}

/**
 * Under the code-server runner, waits until the first element matching `selector` (holding `text`, when given) is on
 * screen and says what it shows; undefined elsewhere (desktop VS Code has no driver here).
 */
export async function measured(selector: string, text?: string): Promise<Measured | undefined> {
  const folder = process.env.INVITE_LINT_E2E_SCREENSHOTS;
  if (!folder) return undefined;
  const name = `measure-${Date.now()}`;
  const marker = path.join(folder, `${name}.done`);
  const outcome = await new Promise<Measured | { error: string }>((resolve) => {
    const watcher = fs.watch(folder, () => {
      if (!fs.existsSync(marker)) return;
      watcher.close();
      resolve(JSON.parse(fs.readFileSync(marker, 'utf8')));
    });
    console.log(`E2E measure ${name} ${JSON.stringify({ selector, text })}`);
  });
  if ('error' in outcome) assert.fail(`the runner did not see ${selector}${text ? ` "${text}"` : ''}: ${outcome.error}`);
  return outcome;
}

/** A safety net for one stuck test, so the rest still run and report; the tests themselves wait on events. */
export const TEST_DEADLINE_MS = 30_000;

export function withinDeadline(name: string, body: () => Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const editor = vscode.window.activeTextEditor;
      const state = editor ? ` Active editor: ${JSON.stringify(editor.document.getText())}; diagnostics: ${vscode.languages.getDiagnostics(editor.document.uri).map(ruleOf).join(', ')}` : '';
      reject(new Error(`"${name}" did not finish within ${TEST_DEADLINE_MS / 1000} s.${state}`));
    }, TEST_DEADLINE_MS);
  });
  return Promise.race([body(), deadline]).finally(() => clearTimeout(timer));
}

/** The extension's test API (it is activated by the first test). */
export const extensionApi = (): InviteLintApi => vscode.extensions.getExtension<InviteLintApi>('invite-lint.invite-lint')!.exports;

/**
 * Changes an inviteLint setting and resolves once the server lints with it. The server re-lints every open draft when
 * settings change: a draft that nothing else touches (opened here, never edited) is re-published only then.
 */
export async function setting(key: string, value: unknown): Promise<void> {
  const witness = draftUri('drafting-sync.invite.md');
  await vscode.workspace.openTextDocument(witness);
  await diagnosticsWhere(witness, hasRule('generic-phrase'));
  const relinted = new Promise<void>((resolve) => {
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((changed) => changed.toString() === witness.toString())) return;
      subscription.dispose();
      resolve();
    });
  });
  await vscode.workspace.getConfiguration('inviteLint').update(key, value, vscode.ConfigurationTarget.Workspace);
  await relinted;
}
