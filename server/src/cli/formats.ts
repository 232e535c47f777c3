// The CLI's report formats. Each takes the same rows; only stylish is meant for a terminal.
import { relative, isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../engine';
import type { Diagnostic } from '../engine';
import type { DraftOverview } from '../engine/project/workspace';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export const VERSION = '0.1.0';
const REPOSITORY = 'https://github.com/invite-lint/invite-lint';

export interface Row {
  rule: string;
  severity: Diagnostic['severity'];
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  fixable: boolean;
}

export interface FileReport {
  file: string;
  diagnostics: Row[];
  /** The draft's readiness and lifecycle, from the workspace of drafts the CLI lints together. */
  overview?: DraftOverview;
}

// C0 controls, DEL and C1 controls: printed raw, a draft's front matter or a file name could retitle the terminal,
// clear the screen or hide text. Shown as \x1b-style escapes instead.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

export function visible(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (character) => `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

export function displayPath(file: string): string {
  return relative(process.cwd(), file) || file;
}

export function formatJson(reports: FileReport[]): string {
  return toJson(reports.map(({ file, diagnostics, overview }) => (overview ? { file, ...jsonOverview(overview), diagnostics } : { file, diagnostics })));
}

/** What `--format json` says about a draft besides its diagnostics: readiness (README, "Readiness") and lifecycle. */
function jsonOverview(overview: DraftOverview) {
  const { ready, state, status, to, scenario, kind, used, limit, subject, reasons, sent, accepted } = overview;
  return { ready, state, status, to, scenario, kind, used, limit, subject, reasons, sent, accepted };
}

/** Indented JSON, safe to show in a terminal. */
export function toJson(value: unknown): string {
  // JSON.stringify escapes C0 controls but leaves DEL and C1 raw; they only occur inside strings, where \u escapes
  // keep the parsed value the same and a terminal showing the JSON safe.
  return `${escapeJson(JSON.stringify(value, null, 2))}\n`;
}

function escapeJson(json: string): string {
  return json.replace(/[\u007f-\u009f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export interface Totals {
  unreadable: number;
  maxWarnings?: number;
}

export function formatStylish(reports: FileReport[], totals: Totals): string {
  const stylish = new StylishReport();
  return reports.map((report) => stylish.file(report)).join('') + stylish.footer(totals);
}

/** The stylish report built file by file, so that the CLI writes each file's problems as soon as it is linted. */
export class StylishReport {
  private readonly color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  private readonly counts: Record<string, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  private drafts = 0;

  file(report: FileReport): string {
    this.drafts++;
    if (report.diagnostics.length === 0) return '';
    let out = `${this.paint(4, visible(displayPath(report.file)))}\n`;
    for (const row of report.diagnostics) {
      this.counts[row.severity]++;
      const where = `${row.line}:${row.column}`.padEnd(7);
      out += `  ${this.paint(90, where)} ${this.paint(SEVERITY_COLOR[row.severity], row.severity.padEnd(7))}  ${visible(row.message)}  ${this.paint(90, row.rule)}\n`;
    }
    return `${out}\n`;
  }

  footer(totals: Totals): string {
    const { counts } = this;
    let out = '';
    const total = counts.error + counts.warning + counts.info + counts.hint;
    if (total > 0) {
      const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info + counts.hint} info)`;
      out += `${this.paint(counts.error > 0 ? 31 : 33, summary)}\n`;
    } else if (this.drafts > 0 || totals.unreadable === 0) {
      out += `${this.paint(32, '✔')} ${this.drafts} draft${this.drafts === 1 ? '' : 's'}, no problems\n`;
    }
    if (totals.maxWarnings !== undefined && counts.warning > totals.maxWarnings) {
      out += `${this.paint(31, `✖ ${counts.warning} warnings, more than --max-warnings ${totals.maxWarnings} allows`)}\n`;
    }
    if (totals.unreadable > 0) out += `${this.paint(31, `✖ ${totals.unreadable} path${totals.unreadable === 1 ? '' : 's'} not linted (the reasons are on stderr)`)}\n`;
    return out;
  }

  private paint(code: number, text: string): string {
    return this.color ? `\u001b[${code}m${text}\u001b[0m` : text;
  }
}

const SEVERITY_COLOR: Record<string, number> = { error: 31, warning: 33, info: 36, hint: 90 };

const SARIF_LEVEL: Record<Diagnostic['severity'], 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function ruleDocUrl(rule: string): string {
  return `${REPOSITORY}/blob/main/docs/rules/${rule}.md`;
}

/**
 * SARIF 2.1.0 as GitHub code scanning takes it: every rule with its description, help link and default level;
 * results located by a path relative to the repository checkout (`%SRCROOT%`, the current folder), columns in
 * UTF-16 units with an exclusive end, as the other formats count them.
 */
export function formatSarif(reports: FileReport[]): string {
  const index = new Map(RULES.map((rule, i) => [rule.name, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'invite-lint',
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: REPOSITORY,
            rules: RULES.map((rule) => ({
              id: rule.name,
              name: rule.name.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase()),
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.rationale },
              help: { text: `${rule.description} ${rule.rationale}`, markdown: `${rule.rationale}\n\n[${rule.name}](${ruleDocUrl(rule.name)})` },
              helpUri: ruleDocUrl(rule.name),
              defaultConfiguration: { level: SARIF_LEVEL[rule.defaultSeverity] },
              properties: { tags: rule.tags },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(`${process.cwd()}/`).href } },
        results: reports.flatMap((report) =>
          report.diagnostics.map((row) => ({
            ruleId: row.rule,
            ruleIndex: index.get(row.rule) ?? -1,
            level: SARIF_LEVEL[row.severity],
            message: { text: row.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: artifactLocation(report.file),
                  region: { startLine: row.line, startColumn: row.column, endLine: row.endLine, endColumn: row.endColumn },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return toJson(log);
}

function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const inside = relative(process.cwd(), file);
  if (inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)) {
    return { uri: inside.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  return { uri: isAbsolute(file) ? pathToFileURL(file).href : encodeURI(file.replace(/\\/g, '/')) };
}

const GITHUB_COMMAND: Record<Diagnostic['severity'], string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** GitHub Actions workflow commands: one annotation per problem, shown on the pull request's diff. */
export function formatGithub(reports: FileReport[]): string {
  let out = '';
  for (const report of reports) {
    const file = escapeProperty(displayPath(report.file).replace(/\\/g, '/'));
    for (const row of report.diagnostics) {
      const properties = `file=${file},line=${row.line},col=${row.column},endLine=${row.endLine},endColumn=${row.endColumn},title=${escapeProperty(row.rule)}`;
      out += `::${GITHUB_COMMAND[row.severity]} ${properties}::${escapeData(row.message)}\n`;
    }
  }
  return out;
}

/** GitHub's escaping for a command's message: `%`, CR and LF (as @actions/core does); other control characters shown, not sent raw to the log. */
export function escapeData(text: string): string {
  return visible(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** A property value also escapes `:` and `,`, which would end it. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
