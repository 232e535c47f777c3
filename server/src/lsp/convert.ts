import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import {
  CodeAction,
  CodeActionKind,
  DiagnosticSeverity,
  type Diagnostic as LspDiagnostic,
  type Range,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { plainText, type Diagnostic, type Fix, type Severity, type TextEdit } from '../engine';

export const SOURCE = 'invite-lint';
export const APPLY_SNIPPET_COMMAND = 'inviteLint.applySnippetEdit';
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.inviteLint`;
/** A request of this server's own (the VS Code client uses it for Copy message and the status bar). */
export const MESSAGE_SUMMARY_REQUEST = 'inviteLint/messageSummary';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A fix as it travels in `diagnostic.data`: LSP ranges, snippets marked. */
export interface FixData {
  title: string;
  isPreferred?: boolean;
  suppression?: boolean;
  edits: (LspTextEdit & { snippet?: boolean })[];
}

export interface DiagnosticData {
  fixes: FixData[];
}

/** The rule's doc page, shipped beside the bundle so the link works offline. */
export function ruleDocUri(rule: string): string {
  return pathToFileURL(join(__dirname, '..', 'docs', 'rules', `${rule}.md`)).toString();
}

export function toLspRange(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

export function toLspDiagnostic(document: TextDocument, diagnostic: Diagnostic): LspDiagnostic {
  const data: DiagnosticData = { fixes: diagnostic.fixes.map((fix) => toFixData(document, fix)) };
  return {
    range: toLspRange(document, diagnostic.start, diagnostic.end),
    severity: SEVERITIES[diagnostic.severity],
    code: diagnostic.rule,
    codeDescription: { href: ruleDocUri(diagnostic.rule) },
    source: SOURCE,
    message: diagnostic.message,
    data,
  };
}

function toFixData(document: TextDocument, fix: Fix): FixData {
  return {
    title: fix.title,
    isPreferred: fix.isPreferred,
    suppression: fix.suppression,
    edits: fix.edits.map((edit: TextEdit) => ({
      range: toLspRange(document, edit.start, edit.end),
      newText: edit.newText,
      ...(edit.snippet ? { snippet: true } : {}),
    })),
  };
}

/**
 * Snippet edits go through a client command (VS Code's `insertSnippet`) when the client said it has one;
 * any other client gets a plain workspace edit with the tab stops' default text.
 */
export function toCodeAction(uri: string, fix: FixData, diagnostic: LspDiagnostic, snippetCommand: boolean): CodeAction {
  const action = CodeAction.create(fix.title, CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  if (fix.isPreferred) action.isPreferred = true;
  const snippetEdit = fix.edits.find((edit) => edit.snippet);
  if (snippetEdit && snippetCommand && fix.edits.length === 1) {
    action.command = { title: fix.title, command: APPLY_SNIPPET_COMMAND, arguments: [uri, snippetEdit.range, snippetEdit.newText] };
  } else {
    action.edit = { changes: { [uri]: fix.edits.map(toPlainEdit) } };
  }
  return action;
}

export function toPlainEdit(edit: FixData['edits'][number]): LspTextEdit {
  return { range: edit.range, newText: plainText({ start: 0, end: 0, newText: edit.newText, snippet: edit.snippet }) };
}

export function isDiagnosticData(data: unknown): data is DiagnosticData {
  return typeof data === 'object' && data !== null && Array.isArray((data as DiagnosticData).fixes);
}
