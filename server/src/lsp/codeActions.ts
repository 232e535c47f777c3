import type { CodeActionParams, CodeAction as LspCodeAction } from 'vscode-languageserver';
import { CodeAction, CodeActionKind } from './library';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from '../engine';
import { fixAllEdits, fixAllReport } from '../engine/fixes/fixAll';
import { quickFixMenu } from '../engine/fixes/quickFixMenu';
import { FIX_ALL_KIND, SOURCE, toCodeAction, toLspDiagnostic, toLspEdits } from './convert';
import { offsetsOf } from './documents';
import type { ServerContext } from './context';
import { configFixes } from './configFixes';

/** The code actions for a request: quick fixes, fix-all and the config-writing fixes, as far as `only` asks for them. */
export function codeActionsFor(context: ServerContext, document: TextDocument, params: CodeActionParams): LspCodeAction[] {
  const { client, lints } = context;
  const only = Array.isArray(params.context.only) ? params.context.only.filter((kind) => typeof kind === 'string') : undefined;
  return [
    ...(wants(only, CodeActionKind.QuickFix) ? quickFixes(document, lints.diagnostics(document), params.context.diagnostics, client.snippetFixes) : []),
    ...(only && wants(only, FIX_ALL_KIND) ? fixAll(document, lints.diagnostics(document), client.snippetFixes) : []),
    ...configFixes(context, document, lints.diagnostics(document), params, { quickFix: wants(only, CodeActionKind.QuickFix), refactor: wants(only, CodeActionKind.RefactorRewrite) }),
  ];
}

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

/**
 * At most this many of the client's diagnostics get quick fixes in one request: a longer menu helps nobody, and
 * each one adds its edits to the response.
 */
export const MAX_DIAGNOSTICS_PER_REQUEST = 50;

/**
 * The quick fixes for the diagnostics a client sends back. The client's copy is only a key (rule and range) into the
 * server's own lint result for this version: its `data`, message and anything else it carries are never echoed.
 */
export function quickFixes(document: TextDocument, linted: readonly Diagnostic[], fromClient: unknown, snippetCommand: boolean): LspCodeAction[] {
  if (!Array.isArray(fromClient)) return [];
  const matched = new Set<Diagnostic>();
  for (const candidate of fromClient) {
    const diagnostic = findLinted(document, linted, candidate);
    if (diagnostic) matched.add(diagnostic);
    if (matched.size === MAX_DIAGNOSTICS_PER_REQUEST) break;
  }
  return quickFixMenu([...matched]).map(({ fix, diagnostics }) =>
    toCodeAction(document, fix, diagnostics.map((diagnostic) => toLspDiagnostic(document, diagnostic)), snippetCommand),
  );
}

/** The server's diagnostic with the same rule and range as the client's, if the client's is one of ours. */
function findLinted(document: TextDocument, linted: readonly Diagnostic[], candidate: unknown): Diagnostic | undefined {
  if (typeof candidate !== 'object' || candidate === null) return undefined;
  const { source, code, range } = candidate as { source?: unknown; code?: unknown; range?: unknown };
  if (source !== SOURCE || typeof code !== 'string') return undefined;
  const { start, end } = offsetsOf(document, range);
  // The lint result is sorted by start: find the first diagnostic starting here, then look through those that do.
  let low = 0;
  let high = linted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (linted[mid].start < start) low = mid + 1;
    else high = mid;
  }
  for (let index = low; index < linted.length && linted[index].start === start; index++) {
    if (linted[index].end === end && linted[index].rule === code) return linted[index];
  }
  return undefined;
}

/** Our VS Code client's command that tells the writer what fix-all did and what still needs them. */
export const FIX_ALL_REPORT_COMMAND = 'inviteLint.fixAllApplied';

/**
 * Every preferred fix that needs no typing (no tab stops) and is not a suppression, as one source action. For our own
 * client (`report`), the action also runs a command that says what it fixed and what is left.
 */
export function fixAll(document: TextDocument, linted: readonly Diagnostic[], report: boolean): LspCodeAction[] {
  const { edits, applied } = fixAllEdits(linted);
  if (edits.length === 0) return [];
  const action = CodeAction.create('Fix all invite-lint problems that have a safe fix', FIX_ALL_KIND);
  action.edit = { changes: { [document.uri]: toLspEdits(document, edits) } };
  if (report) action.command = { title: 'Report what fix-all did', command: FIX_ALL_REPORT_COMMAND, arguments: [document.uri, fixAllReport(linted, applied)] };
  return [action];
}
