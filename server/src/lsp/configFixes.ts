// Quick fixes that write the project config file ("Allow 'PHRASE' in this project", "Flag 'SELECTION' as a cliché"),
// sent as a WorkspaceEdit so that they work in any LSP client. The edit is computed by the engine (configEdit.ts);
// this file turns it into the WorkspaceEdit the client can apply: a CreateFile when there is no config file yet, else
// a text edit of the existing file.
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CodeActionParams, WorkspaceEdit } from 'vscode-languageserver';
import { CodeAction, CodeActionKind } from './library';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from '../engine';
import { addPhraseEdit, phraseFromSelection, type ConfigFileEdit, type PhraseList } from '../engine/project/configEdit';
import type { ServerContext } from './context';
import { SOURCE, toLspDiagnostic } from './convert';
import { offsetsOf } from './documents';
import { CREATE_CONFIG_COMMAND, type WorkspaceEditTraits } from './editTraits';

/**
 * "Allow 'PHRASE' in this project" for each built-in phrase-list hit among the client's diagnostics, and "Flag
 * 'SELECTION' as a cliché" for a selection that holds a phrase.
 */
export function configFixes(context: ServerContext, document: TextDocument, linted: readonly Diagnostic[], params: CodeActionParams, kinds: { quickFix: boolean; refactor: boolean }): CodeAction[] {
  const target = context.configs.writeTarget(document.uri);
  if (!target) return [];
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  const offer = (list: PhraseList, phrase: string, kind: string, diagnostic?: Diagnostic) => {
    if (seen.has(`${list}:${phrase.toLowerCase()}`)) return;
    seen.add(`${list}:${phrase.toLowerCase()}`);
    const edit = addPhraseEdit(target, list, phrase);
    if (!edit) return;
    const action = CodeAction.create(edit.title, kind);
    if (diagnostic) action.diagnostics = [toLspDiagnostic(document, diagnostic)];
    const workspaceEdit = toWorkspaceEdit(edit, target.text ?? '', context.client.workspaceEdit);
    if (workspaceEdit) action.edit = workspaceEdit;
    else action.command = { title: edit.title, command: CREATE_CONFIG_COMMAND, arguments: [pathToFileURL(edit.path).href, edit.edits[0].newText] };
    actions.push(action);
  };
  const asked = askedAbout(document, params.context.diagnostics);
  if (kinds.quickFix) for (const diagnostic of linted) if (diagnostic.allowPhrase && asked.has(`${diagnostic.rule}@${diagnostic.start}-${diagnostic.end}`)) offer('allow', diagnostic.allowPhrase, CodeActionKind.QuickFix, diagnostic);
  // A range that is exactly a diagnostic's comes from a quick-fix menu (the Problems panel), not from a selection.
  const { start, end } = offsetsOf(document, params.range);
  const selected = end > start && ![...asked].some((key) => key.endsWith(`@${start}-${end}`));
  const phrase = kinds.refactor && selected ? phraseFromSelection(document.getText().slice(start, end)) : undefined;
  if (phrase) offer('flag', phrase, CodeActionKind.RefactorRewrite);
  return actions;
}

/** The client's diagnostics of this server, as `rule@start-end` keys into its own lint result. */
function askedAbout(document: TextDocument, fromClient: unknown): Set<string> {
  if (!Array.isArray(fromClient)) return new Set();
  return new Set(
    fromClient.flatMap((candidate: { source?: unknown; code?: unknown; range?: unknown } | null) => {
      if (typeof candidate !== 'object' || candidate === null || candidate.source !== SOURCE || typeof candidate.code !== 'string') return [];
      const { start, end } = offsetsOf(document, candidate.range);
      return [`${candidate.code}@${start}-${end}`];
    }),
  );
}

/** The edit as the client can take it; undefined when a file must be created and the client cannot create files. */
function toWorkspaceEdit(edit: ConfigFileEdit, text: string, client: WorkspaceEditTraits): WorkspaceEdit | undefined {
  const uri = pathToFileURL(edit.path).href;
  const lines = TextDocument.create(uri, 'jsonc', 0, text);
  const edits = edit.edits.map(({ start, end, newText }) => ({ range: { start: lines.positionAt(start), end: lines.positionAt(end) }, newText }));
  if (edit.create) {
    if (!client.documentChanges || !client.createFiles) return undefined;
    // No overwrite: if the file appeared meanwhile, the client refuses the whole edit rather than clobbering it.
    return { documentChanges: [{ kind: 'create', uri }, { textDocument: { uri, version: null }, edits }] };
  }
  return client.documentChanges ? { documentChanges: [{ textDocument: { uri, version: null }, edits }] } : { changes: { [uri]: edits } };
}

/** The fallback of a client that cannot create files: the server writes the new config file itself, never over one. */
export function createConfigFile(context: ServerContext, args: unknown[] | undefined): void {
  const [uri, text] = args ?? [];
  // Only ever a new .invite-lint.jsonc: the command writes nothing else, whoever sends it.
  if (typeof uri !== 'string' || !/^file:.*\/\.invite-lint\.jsonc$/.test(uri) || typeof text !== 'string') return;
  try {
    writeFileSync(fileURLToPath(uri), text, { flag: 'wx' });
  } catch (error) {
    context.connection.console.warn(`Could not create ${uri}: ${(error as Error).message}`);
    return;
  }
  context.configs.changed();
  for (const document of context.documents.all()) context.scheduler.schedule(document.uri);
}
