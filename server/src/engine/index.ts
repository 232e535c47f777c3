import type { EngineConfig } from './project/config';
import { Draft } from './draft/draft';
import { parseDirectives, Suppressions } from './draft/directives';
import { mindTheLimit, overItsLimit } from './fixes/limitCost';
import { RULES, findRule } from './rules';
import type { Report, WorkspaceContext } from './rules/rule';
import { renderSnippet } from './assist/snippet';
import { SuppressionFixes } from './fixes/suppression';
import { SEVERITY_RANK, type Diagnostic, type Severity, type SeveritySetting, type TextEdit } from './types';
import { lintedPart } from './text/limit';
import { INMAIL_SUBJECT_LIMIT, formatCount } from './vocabulary';

export interface LintResult {
  diagnostics: Diagnostic[];
  /** Set when the text was not linted at all, saying why (e.g. binary content). */
  skipped?: string;
}

/**
 * Lints one draft. Pure: no I/O, no editor types; the server, the CLI and the tests all call this. The rules that
 * compare drafts (form-letter, follow-up-due) run only when `workspace` is given, which `DraftWorkspace.lint` does.
 * `shared`, when given, is `new Draft(text, config)` built by the caller for other uses as well (the server's message
 * summary of the same version): it is used instead of building the draft again, unless only the first part of the
 * text is linted.
 */
export function lint(text: string, config: EngineConfig, workspace?: WorkspaceContext, shared?: Draft): LintResult {
  if (text.includes('\u0000')) {
    return { diagnostics: [], skipped: 'it looks binary (it contains NUL characters); invite-lint reads text drafts only' };
  }
  const linted = lintedPart(text);
  const draft = shared && linted === text ? shared : new Draft(linted, config);
  const directives = parseDirectives(draft.comments, draft.lines);
  const suppressions = new Suppressions(directives, draft.lines);
  const suppressionFixes = new SuppressionFixes(draft, directives);
  const diagnostics: Diagnostic[] = [];
  // The few rules a config names, looked up by name in a map: reading a plain object by 25 different keys is slow.
  // Most configs name none, and then there is no map to make or read.
  const named = Object.entries(config.rules);
  const severities = named.length > 0 ? new Map(named) : undefined;
  // Over its limit a note needs cutting: `mindTheLimit` drops the info tips of absence rules, which ask for more text,
  // so such a rule is not run at all, unless some of its tips take text out (`mayShorten`). (Absence rules' hits never
  // carry a severity of their own: a test checks it.)
  const overLimit = overItsLimit(draft);
  // One report function for every rule, reading the rule being run from these: not a closure made per rule per lint.
  let rule = RULES[0];
  let configured: SeveritySetting | undefined;
  let listed = 0;
  let unlisted: Unlisted | undefined;
  const report: Report = (hit) => {
    const suppressedAt = hit.start < draft.bodyStart ? draft.headEnd : hit.start;
    if (suppressions.isSuppressed(rule.name, suppressedAt)) return;
    if (listed === MAX_LISTED_PER_RULE) {
      unlisted ??= { start: hit.start, count: 0 };
      unlisted.count++;
      return;
    }
    listed++;
    let severity: Severity = (configured as Severity | undefined) ?? hit.severity ?? rule.defaultSeverity;
    if (hit.relaxed && SEVERITY_RANK[severity] > SEVERITY_RANK.info) severity = 'info';
    const fixes = suppressionFixes.fixesFor(rule.name, hit.start, suppressedAt);
    if (hit.fix) fixes.unshift(hit.fix);
    const diagnostic: Diagnostic = {
      rule: rule.name,
      severity,
      start: outsideLineBreak(linted, hit.start),
      end: outsideLineBreak(linted, hit.end),
      message: hit.message,
      fixes,
    };
    if (hit.allowPhrase) diagnostic.allowPhrase = hit.allowPhrase;
    diagnostics.push(diagnostic);
  };
  for (const each of RULES) {
    rule = each;
    configured = severities?.get(rule.name);
    if (configured === 'off' || (rule.workspace && !workspace)) continue;
    if (overLimit && rule.kind === 'absence' && !rule.mayShorten && (configured ?? rule.defaultSeverity) === 'info') continue;
    listed = 0;
    // Typed as what `report` may leave in it, which the checker cannot see through the call.
    unlisted = undefined as Unlisted | undefined;
    rule.check(draft, report, workspace);
    if (unlisted) diagnostics.push(unlistedHits(rule.name, unlisted.start, unlisted.count));
  }
  const result = mindTheLimit(draft, diagnostics, (rule) => findRule(rule)?.kind === 'absence');
  if (linted !== text && config.rules['too-long'] !== 'off') result.push(partlyLinted(text, linted.length, config));
  result.sort((a, b) => a.start - b.start || a.end - b.end);
  return { diagnostics: result };
}

/** A rule's hits past the first `MAX_LISTED_PER_RULE`: where they start and how many there are. */
interface Unlisted {
  start: number;
  count: number;
}

/**
 * A real draft has a handful of problems; a pasted log can have thousands of one kind. Past this many a rule's
 * further hits are counted in one diagnostic, which keeps results (and the editor's Problems panel) bounded.
 */
export const MAX_LISTED_PER_RULE = 200;

function unlistedHits(rule: string, start: number, count: number): Diagnostic {
  return {
    rule,
    severity: 'info',
    start,
    end: start + 1,
    message: `${formatCount(count)} more ${rule} problem${count === 1 ? '' : 's'} from here on are not listed: invite-lint lists the first ${MAX_LISTED_PER_RULE} of each rule.`,
    fixes: [],
  };
}

function partlyLinted(text: string, linted: number, config: EngineConfig): Diagnostic {
  return {
    rule: 'too-long',
    severity: config.rules['too-long'] && config.rules['too-long'] !== 'off' ? config.rules['too-long'] : 'warning',
    start: linted,
    end: Math.min(text.length, linted + 1),
    message: `This draft is ${formatCount(text.length)} characters; invite-lint checked the first ${formatCount(linted)} only. A LinkedIn message is a few thousand characters at most.`,
    fixes: [],
  };
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
  /** An InMail's subject line, sent apart from the body (empty when the draft has none yet); absent for other kinds. */
  subject?: { text: string; length: number; limit: number };
}

/** What "Copy message" copies and the status bar counts. `shared`: `new Draft(text, config)`, as for `lint`. */
export function summarizeMessage(text: string, config: EngineConfig, shared?: Draft): MessageSummary {
  const draft = shared ?? new Draft(text, config);
  const message = draft.message.text;
  const summary: MessageSummary = { text: message, length: message.length, limit: draft.limit?.characters };
  if (draft.meta.kind === 'inmail') {
    const subject = draft.meta.subject ?? '';
    summary.subject = { text: subject, length: subject.length, limit: INMAIL_SUBJECT_LIMIT };
  }
  return summary;
}

/** The text a snippet edit inserts in a client that cannot expand snippets (or, with `fill`, once its tab stops are typed into). */
export function plainText(edit: TextEdit, fill?: (defaultText: string) => string): string {
  return edit.snippet ? renderSnippet(edit.newText, fill) : edit.newText;
}

/** Applies non-overlapping edits (snippets as plain text, or filled in with `fill`), as the CLI and tests do. */
export function applyEdits(text: string, edits: readonly TextEdit[], fill?: (defaultText: string) => string): string {
  // Built front to back from slices: one pass, where splicing the whole string once per edit is quadratic.
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let cursor = 0;
  for (const edit of sorted) {
    parts.push(text.slice(cursor, edit.start), plainText(edit, fill));
    cursor = Math.max(cursor, edit.end);
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

export { LINT_LIMIT } from './text/limit';
export { complete, hover, type Suggestion } from './assist';
export { explainDiagnostics, type Explained } from './assist/explain';
export { configFromSettings, DEFAULT_CONFIG, type EngineConfig } from './project/config';
export { Draft } from './draft/draft';
export { LineIndex, type Position } from './text/positions';
export { RULES, RULE_NAMES, findRule, type Rule } from './rules';
export type { FormLetterMatch, WorkspaceContext } from './rules/rule';
export { SCENARIOS, TEMPLATES, findScenario, type Scenario, type Template } from './assist/scenarios';
export { renderSnippet } from './assist/snippet';
export type { Diagnostic, Fix, Severity, TextEdit } from './types';
