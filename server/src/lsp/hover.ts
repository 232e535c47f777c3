import type { Hover, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind } from './library';
import { hover as frontMatterHover } from '../engine/assist';
import { explainDiagnostics } from '../engine/assist/explain';
import { ruleDocUri, toLspRange } from './convert';
import type { ServerContext } from './context';
import { offsetAt } from './documents';

export function hoverAt({ lints }: ServerContext, document: TextDocument, position: Position): Hover | null {
  const offset = offsetAt(document, position);
  const help = frontMatterHover(document.getText(), offset);
  if (help) return { contents: { kind: MarkupKind.Markdown, value: help.contents }, range: toLspRange(document, help.range.start, help.range.end) };
  // The editor already shows each diagnostic's message: the hover adds why, led by the most severe rule on the span.
  const why = explainDiagnostics(lints.diagnostics(document).filter((hit) => hit.start <= offset && offset <= hit.end), ruleDocUri);
  return why ? { contents: { kind: MarkupKind.Markdown, value: why } } : null;
}
