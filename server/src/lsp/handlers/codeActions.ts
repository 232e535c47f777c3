import { CodeActionKind } from '../library';
import { fixAll, quickFixes } from '../codeActions';
import { CREATE_CONFIG_COMMAND, configFixes, createConfigFile } from '../configFixes';
import { FIX_ALL_KIND } from '../convert';
import type { ServerContext } from '../context';
import { documentWorthLinting } from '../currentDocument';

export function registerCodeActions(context: ServerContext): void {
  const { connection, client, lints } = context;
  connection.onCodeAction(async (params, token) => {
    const document = await documentWorthLinting(context, params.textDocument.uri, token);
    if (!document) return [];
    const only = Array.isArray(params.context.only) ? params.context.only.filter((kind) => typeof kind === 'string') : undefined;
    return [
      ...(wants(only, CodeActionKind.QuickFix) ? quickFixes(document, lints.diagnostics(document), params.context.diagnostics, client.snippetFixes) : []),
      ...(only && wants(only, FIX_ALL_KIND) ? fixAll(document, lints.diagnostics(document), client.snippetFixes) : []),
      ...configFixes(context, document, lints.diagnostics(document), params, { quickFix: wants(only, CodeActionKind.QuickFix), refactor: wants(only, CodeActionKind.RefactorRewrite) }),
    ];
  });
  connection.onExecuteCommand((params) => {
    if (params.command === CREATE_CONFIG_COMMAND) createConfigFile(context, params.arguments);
  });
}

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}
