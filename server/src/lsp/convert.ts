import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import type { Diagnostic as LspDiagnostic, Range, TextEdit as LspTextEdit } from 'vscode-languageserver';
import { CodeAction, CodeActionKind, DiagnosticSeverity } from './library';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { plainText, type Diagnostic, type Fix, type Severity, type TextEdit } from '../engine';
import { combineFixes } from '../engine/fixes/combineFixes';

export const SOURCE = 'invite-lint';
export const APPLY_SNIPPET_COMMAND = 'inviteLint.applySnippetEdit';
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.inviteLint`;
/** A request of this server's own (the VS Code client uses it for Copy message and the status bar). */
export const MESSAGE_SUMMARY_REQUEST = 'inviteLint/messageSummary';
/**
 * Sent before the server lints a document (`{ uri }`) and after it has published the result (`{ uri: null }`), to
 * clients that ask for it (`initializationOptions.lintingNotifications`): if the server dies in between, the VS Code
 * client knows which draft it died on.
 */
export const LINTING_NOTIFICATION = 'inviteLint/linting';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The rule's doc page, shipped beside the bundle so the link works offline. */
export function ruleDocUri(rule: string): string {
  return pathToFileURL(join(__dirname, '..', 'docs', 'rules', `${rule}.md`)).toString();
}

export function toLspRange(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

export function toLspDiagnostic(document: TextDocument, diagnostic: Diagnostic): LspDiagnostic {
  // No fixes in `data`: code actions recompute them from the server's own lint result, never from what a client sends back.
  return {
    range: toLspRange(document, diagnostic.start, diagnostic.end),
    severity: SEVERITIES[diagnostic.severity],
    code: diagnostic.rule,
    codeDescription: { href: ruleDocUri(diagnostic.rule) },
    source: SOURCE,
    message: diagnostic.message,
  };
}

/**
 * Snippet edits go through a client command (VS Code's `insertSnippet`) when the client said it has one;
 * any other client gets a plain workspace edit with the tab stops' default text.
 */
export function toCodeAction(document: TextDocument, fix: Fix, diagnostics: LspDiagnostic[], snippetCommand: boolean): CodeAction {
  const action = CodeAction.create(fix.title, CodeActionKind.QuickFix);
  action.diagnostics = diagnostics;
  if (fix.isPreferred) action.isPreferred = true;
  const [edit] = fix.edits;
  if (snippetCommand && fix.edits.length === 1 && edit.snippet) {
    action.command = { title: fix.title, command: APPLY_SNIPPET_COMMAND, arguments: [document.uri, toLspRange(document, edit.start, edit.end), edit.newText] };
  } else {
    action.edit = { changes: { [document.uri]: toLspEdits(document, combineFixes([fix]).edits) } };
  }
  return action;
}

/** Edits as LSP text edits, snippets as the plain text of their defaults. */
export function toLspEdits(document: TextDocument, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((edit) => ({ range: toLspRange(document, edit.start, edit.end), newText: plainText(edit) }));
}
