import { MarkupKind } from 'vscode-languageserver';
import { findRule, hover as frontMatterHover } from '../../engine';
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
    // The editor already shows each diagnostic's message: the hover adds why the rule exists.
    const rules = new Set(lints.diagnostics(document).filter((hit) => hit.start <= offset && offset <= hit.end).map((hit) => hit.rule));
    if (rules.size === 0) return null;
    const sections = [...rules].map((name) => `**Why ${name}:** ${findRule(name)?.rationale ?? ''} [Rule documentation](${ruleDocUri(name)})`);
    return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') } };
  });
}
