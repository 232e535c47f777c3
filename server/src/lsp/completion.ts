import type { CompletionItem, CompletionParams } from 'vscode-languageserver';
import { CompletionItemKind, InsertTextFormat, MarkupKind } from './library';
import { complete, type Suggestion } from '../engine/assist';
import { renderSnippet } from '../engine/assist/snippet';
import { toLspRange } from './convert';
import type { ServerContext } from './context';
import { offsetAt } from './documents';

const COMPLETION_KINDS: Record<Suggestion['kind'], CompletionItemKind> = {
  key: CompletionItemKind.Property,
  value: CompletionItemKind.EnumMember,
  template: CompletionItemKind.Snippet,
};

export function completionItems({ documents, client }: ServerContext, params: CompletionParams): CompletionItem[] {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  return complete(document.getText(), offsetAt(document, params.position)).map((suggestion, index) => {
    const asSnippet = suggestion.snippet && client.completionSnippets;
    return {
      label: suggestion.label,
      ...(suggestion.filterText ? { filterText: suggestion.filterText } : {}),
      kind: COMPLETION_KINDS[suggestion.kind],
      detail: suggestion.detail,
      documentation: { kind: MarkupKind.Markdown, value: suggestion.documentation },
      sortText: String(index).padStart(2, '0'),
      insertTextFormat: asSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range: toLspRange(document, suggestion.range.start, suggestion.range.end), newText: asSnippet || !suggestion.snippet ? suggestion.newText : renderSnippet(suggestion.newText) },
    };
  });
}
