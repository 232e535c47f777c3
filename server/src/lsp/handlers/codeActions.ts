import { CodeActionKind } from 'vscode-languageserver';
import { fixAll, quickFixes } from '../codeActions';
import { FIX_ALL_KIND } from '../convert';
import type { ServerContext } from '../context';

export function registerCodeActions({ connection, documents, client, lints }: ServerContext): void {
  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const only = Array.isArray(params.context.only) ? params.context.only.filter((kind) => typeof kind === 'string') : undefined;
    return [
      ...(wants(only, CodeActionKind.QuickFix) ? quickFixes(document, lints.diagnostics(document), params.context.diagnostics, client.snippetFixes) : []),
      ...(only && wants(only, FIX_ALL_KIND) ? fixAll(document, lints.diagnostics(document)) : []),
    ];
  });
}

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}
