import { MarkupKind } from '../library';
import { explainDiagnostics, hover as frontMatterHover } from '../../engine';
import { ruleDocUri, toLspRange } from '../convert';
import type { ServerContext } from '../context';
import { documentWorthLinting } from '../currentDocument';
import { offsetAt } from '../documents';

export function registerHover(context: ServerContext): void {
  const { connection, lints } = context;
  connection.onHover(async (params, token) => {
    const document = await documentWorthLinting(context, params.textDocument.uri, token);
    if (!document) return null;
    const offset = offsetAt(document, params.position);
    const help = frontMatterHover(document.getText(), offset);
    if (help) return { contents: { kind: MarkupKind.Markdown, value: help.contents }, range: toLspRange(document, help.range.start, help.range.end) };
    // The editor already shows each diagnostic's message: the hover adds why, led by the most severe rule on the span.
    const why = explainDiagnostics(lints.diagnostics(document).filter((hit) => hit.start <= offset && offset <= hit.end), ruleDocUri);
    return why ? { contents: { kind: MarkupKind.Markdown, value: why } } : null;
  });
}
