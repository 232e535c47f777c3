// A message's life: Mark as sent / accepted / replied (the front matter's `status` and dates, written by the
// server's lifecycle edits) and New follow-up (a follow-up draft next to an accepted one).
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { localToday } from '../../../server/src/engine/project/localToday';
import { FOLLOW_UP_REQUEST, MARK_STATUS_REQUEST } from '../../../server/src/protocol';

type Status = 'sent' | 'accepted' | 'replied';

/** A command's target: a URI (code lens, other extensions), a row of the Drafts view, or else the active draft. */
type Target = vscode.Uri | string | { uri?: unknown } | undefined;

export interface NewFollowUpOptions {
  /** The new file's name, skipping the prompt (keybindings, tests). */
  name?: string;
}

export class LifecycleCommands implements vscode.Disposable {
  private readonly prompted = new vscode.EventEmitter<string>();
  private readonly offered = new vscode.EventEmitter<string>();
  /** Fires with the proposed file name once New follow-up's prompt is on screen. */
  readonly onDidPromptFollowUpName = this.prompted.event;
  /** Fires with the button's label when "Copy message" offers to mark the draft sent. */
  readonly onDidOfferMarkAsSent = this.offered.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly client: LanguageClient) {
    this.subscriptions = [
      this.prompted,
      this.offered,
      vscode.commands.registerCommand('inviteLint.markAsSent', (target?: Target) => this.mark(target, 'sent')),
      vscode.commands.registerCommand('inviteLint.markAsAccepted', (target?: Target) => this.mark(target, 'accepted')),
      vscode.commands.registerCommand('inviteLint.markAsReplied', (target?: Target) => this.mark(target, 'replied')),
      vscode.commands.registerCommand('inviteLint.newFollowUp', (target?: Target, options?: NewFollowUpOptions) => this.newFollowUp(target, options)),
    ];
  }

  /**
   * After "Copy message": the copy is done; one click records that it went out. `others` are buttons shown before it
   * (an InMail's "Copy body"); resolves with one of them when chosen.
   */
  offerMarkAsSent(uri: vscode.Uri, message: string, ...others: string[]): Thenable<string | undefined> {
    const action = 'Mark as sent';
    const answered = vscode.window.showInformationMessage(message, ...others, action).then((answer) => {
      if (answer === action) void vscode.commands.executeCommand('inviteLint.markAsSent', uri);
      return answer === action ? undefined : answer;
    });
    this.offered.fire(action);
    return answered;
  }

  /** Sets `status` (and `sent`/`accepted` to today) in the draft's front matter and saves it, unless it had unsaved changes. */
  private async mark(target: Target, status: Status): Promise<boolean> {
    const document = await draftOf(target);
    if (!document) return false;
    const wasDirty = document.isDirty;
    const edits = await this.client.sendRequest<{ range: vscode.Range; newText: string }[] | null>(MARK_STATUS_REQUEST, { uri: document.uri.toString(), status, today: localToday() });
    if (!edits || edits.length === 0) return false;
    const edit = new vscode.WorkspaceEdit();
    edit.set(document.uri, edits.map((change) => vscode.TextEdit.replace(this.client.protocol2CodeConverter.asRange(change.range), change.newText)));
    if (!(await vscode.workspace.applyEdit(edit))) return false;
    if (!wasDirty && !document.isUntitled) await document.save();
    vscode.window.setStatusBarMessage(`Invite Lint: marked ${path.posix.basename(document.uri.path)} ${status}.`, 4000);
    return true;
  }

  /** Writes a follow-up draft to the same person next to the accepted one (its name proposed, editable) and opens it. */
  private async newFollowUp(target: Target, options: NewFollowUpOptions = {}): Promise<vscode.Uri | undefined> {
    const document = await draftOf(target);
    if (!document) return undefined;
    const text = await this.client.sendRequest<string | null>(FOLLOW_UP_REQUEST, { uri: document.uri.toString(), today: localToday() });
    if (typeof text !== 'string') return undefined;
    const folder = vscode.Uri.joinPath(document.uri, '..');
    const proposed = await freeName(folder, followUpName(path.posix.basename(document.uri.path)));
    const name = options.name ?? (await this.askName(folder, proposed));
    if (!name) return undefined;
    const uri = vscode.Uri.joinPath(folder, name);
    // Never over another draft: a name given outright is not checked by the prompt.
    const problem = await nameProblem(folder, name);
    if (problem) {
      void vscode.window.showErrorMessage(`Invite Lint: ${problem} New follow-up does not overwrite a draft.`);
      return undefined;
    }
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    return uri;
  }

  private askName(folder: vscode.Uri, proposed: string): Promise<string | undefined> {
    const box = vscode.window.createInputBox();
    box.title = 'New follow-up';
    box.prompt = 'File name of the follow-up draft, next to the accepted invite';
    box.value = proposed;
    box.valueSelection = [0, proposed.length - '.invite.md'.length];
    return new Promise((resolve) => {
      box.onDidChangeValue(async (value) => {
        const problem = await nameProblem(folder, value.trim());
        // A check that comes back after the next keystroke's is not shown.
        if (box.value === value) box.validationMessage = problem;
      });
      box.onDidAccept(async () => {
        // The check on typing is asynchronous: Enter can come before it is back, so the name is checked again here.
        const value = box.value.trim();
        const problem = await nameProblem(folder, value);
        if (box.value.trim() !== value) return;
        box.validationMessage = problem;
        if (problem) return;
        resolve(value);
        box.hide();
      });
      box.onDidHide(() => {
        resolve(undefined);
        box.dispose();
      });
      box.show();
      this.prompted.fire(proposed);
    });
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}

async function draftOf(target: Target): Promise<vscode.TextDocument | undefined> {
  const uri = target instanceof vscode.Uri ? target : typeof target === 'string' ? vscode.Uri.parse(target) : typeof target?.uri === 'string' ? vscode.Uri.parse(target.uri) : vscode.window.activeTextEditor?.document.uri;
  const document = uri && (await vscode.workspace.openTextDocument(uri));
  if (!document || document.languageId !== 'invite') {
    void vscode.window.showInformationMessage('Open an invite draft (*.invite.md) first.');
    return undefined;
  }
  return document;
}

/** `priya-raman.invite.md` -> `priya-raman.follow-up.invite.md`. */
export function followUpName(file: string): string {
  const stem = file.endsWith('.invite.md') ? file.slice(0, -'.invite.md'.length) : file;
  return `${stem}.follow-up.invite.md`;
}

/** The name, or `NAME-2`, `NAME-3`... when it is taken. */
async function freeName(folder: vscode.Uri, name: string): Promise<string> {
  const stem = name.slice(0, -'.invite.md'.length);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${stem}-${n}.invite.md`;
    if (!(await exists(vscode.Uri.joinPath(folder, candidate)))) return candidate;
  }
}

/** Why a follow-up cannot be written under this name, if it cannot. */
async function nameProblem(folder: vscode.Uri, name: string): Promise<string | undefined> {
  if (!name.endsWith('.invite.md')) return 'A draft\'s name ends in .invite.md.';
  return (await exists(vscode.Uri.joinPath(folder, name))) ? `${name} already exists.` : undefined;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
