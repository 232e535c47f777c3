import type { EngineConfig } from './config';
import { Draft } from './draft';
import { parseDirectives, Suppressions } from './directives';
import { RULES } from './rules';
import { renderSnippet } from './snippet';
import { SuppressionFixes } from './suppression';
import { SEVERITY_RANK, type Diagnostic, type Severity, type TextEdit } from './types';

export interface LintResult {
  diagnostics: Diagnostic[];
  /** Set when the text was not linted at all, saying why (e.g. binary content). */
  skipped?: string;
}

/** Lints one draft. Pure: no I/O, no editor types; the server, the CLI and the tests all call this. */
export function lint(text: string, config: EngineConfig): LintResult {
  if (text.includes('\u0000')) {
    return { diagnostics: [], skipped: 'it looks binary (it contains NUL characters); invite-lint reads text drafts only' };
  }
  const draft = new Draft(text, config);
  const directives = parseDirectives(draft.comments, draft.lines);
  const suppressions = new Suppressions(directives, draft.lines);
  const suppressionFixes = new SuppressionFixes(draft, directives);
  const diagnostics: Diagnostic[] = [];
  for (const rule of RULES) {
    const configured = config.rules[rule.name];
    if (configured === 'off') continue;
    rule.check(draft, (hit) => {
      const suppressedAt = hit.start < draft.bodyStart ? draft.headEnd : hit.start;
      if (suppressions.isSuppressed(rule.name, suppressedAt)) return;
      let severity: Severity = configured ?? hit.severity ?? rule.defaultSeverity;
      if (hit.relaxed && SEVERITY_RANK[severity] > SEVERITY_RANK.info) severity = 'info';
      diagnostics.push({
        rule: rule.name,
        severity,
        start: outsideLineBreak(text, hit.start),
        end: outsideLineBreak(text, hit.end),
        message: hit.message,
        fixes: [...(hit.fix ? [hit.fix] : []), ...suppressionFixes.fixesFor(rule.name, hit.start, suppressedAt)],
      });
    });
  }
  diagnostics.sort((a, b) => a.start - b.start || a.end - b.end);
  return { diagnostics };
}

/** No position lies between the CR and the LF of a CRLF (editors and LSP have none there): move back onto the CR. */
function outsideLineBreak(text: string, offset: number): number {
  return text[offset] === '\n' && text[offset - 1] === '\r' ? offset - 1 : offset;
}

export interface MessageSummary {
  /** The message as it would be pasted into LinkedIn: no front matter, comments or Markdown emphasis. */
  text: string;
  /** Characters as LinkedIn's box counts them (UTF-16 units). */
  length: number;
  /** The limit for this kind of message, if there is one. */
  limit?: number;
}

/** What "Copy message" copies and the status bar counts. */
export function summarizeMessage(text: string, config: EngineConfig): MessageSummary {
  const draft = new Draft(text, config);
  const message = draft.message.text;
  return { text: message, length: message.length, limit: draft.limit?.characters };
}

/** The text a snippet edit inserts in a client that cannot expand snippets (or, with `fill`, once its tab stops are typed into). */
export function plainText(edit: TextEdit, fill?: (defaultText: string) => string): string {
  return edit.snippet ? renderSnippet(edit.newText, fill) : edit.newText;
}

/** Applies non-overlapping edits (snippets as plain text, or filled in with `fill`), as the CLI and tests do. */
export function applyEdits(text: string, edits: readonly TextEdit[], fill?: (defaultText: string) => string): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.start) + plainText(edit, fill) + result.slice(edit.end);
  return result;
}

export { complete, hover, type Suggestion } from './assist';
export { configFromSettings, DEFAULT_CONFIG, type EngineConfig } from './config';
export { Draft } from './draft';
export { LineIndex, type Position } from './positions';
export { RULES, RULE_NAMES, findRule, type Rule } from './rules';
export { SCENARIOS, findScenario, type Scenario } from './scenarios';
export { renderSnippet } from './snippet';
export type { Diagnostic, Fix, Severity, TextEdit } from './types';
