import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { LineIndex, RULE_NAMES, configFromSettings, lint, type Diagnostic, type EngineConfig } from './engine';

const USAGE = `Usage: invite-lint [--format stylish|json] [--account free|premium] PATH...

Lints LinkedIn invite drafts. PATH is a file, a folder (searched for *.invite.md) or - for standard input.

Options:
  --format stylish|json  output format (default: stylish)
  --account free|premium connection-note limit: 200 (free, default) or 300 characters
  -h, --help             show this help
  -v, --version          show the version

Exit status: 0 no errors, 1 at least one error-severity problem, 2 bad usage or unreadable input.`;

const VERSION = '0.1.0';
const FORMATS = ['stylish', 'json'] as const;
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

class UsageError extends Error {}

interface FileReport {
  file: string;
  text: string;
  diagnostics: Diagnostic[];
}

function main(argv: string[]): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'stylish' },
        account: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be "stylish" or "json", not "${values.format}".`);
  const { config, problems } = configFromSettings({ account: values.account }, RULE_NAMES);
  if (problems.length > 0) throw new UsageError(problems[0].replace('inviteLint.account', '--account'));
  if (positionals.length === 0) throw new UsageError('no PATH given: name a draft, a folder of *.invite.md drafts, or - for standard input.');

  let unreadable = false;
  const reports: FileReport[] = [];
  for (const { file, read } of expandPaths(positionals)) {
    try {
      reports.push(lintFile(file, read(), config));
    } catch (error) {
      unreadable = true;
      process.stderr.write(`invite-lint: ${file}: ${(error as Error).message}\n`);
    }
  }
  process.stdout.write(format === 'json' ? formatJson(reports) : formatStylish(reports));
  if (unreadable) return 2;
  return reports.some((report) => report.diagnostics.some((diagnostic) => diagnostic.severity === 'error')) ? 1 : 0;
}

function lintFile(file: string, text: string, config: EngineConfig): FileReport {
  const result = lint(text, config);
  if (result.skipped) throw new Error(`not linted: ${result.skipped}`);
  return { file, text, diagnostics: result.diagnostics };
}

function expandPaths(paths: string[]): { file: string; read: () => string }[] {
  const files: { file: string; read: () => string }[] = [];
  for (const path of paths) {
    if (path === '-') {
      files.push({ file: '<stdin>', read: () => readFileSync(0, 'utf8') });
      continue;
    }
    let stats;
    try {
      stats = statSync(path);
    } catch (error) {
      throw new UsageError(`cannot read ${path}: ${describeFsError(error)}`);
    }
    if (stats.isDirectory()) {
      const found = findDrafts(path);
      if (found.length === 0) throw new UsageError(`no *.invite.md drafts found under ${path}.`);
      for (const file of found) files.push({ file, read: () => readText(file) });
    } else {
      files.push({ file: path, read: () => readText(path) });
    }
  }
  return files;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`cannot read: ${describeFsError(error)}`);
  }
}

function findDrafts(folder: string): string[] {
  const drafts: string[] = [];
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !SKIPPED_FOLDERS.has(entry.name)) drafts.push(...findDrafts(path));
    else if (entry.isFile() && entry.name.endsWith('.invite.md')) drafts.push(path);
  }
  return drafts;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return (error as Error).message;
}

function located(report: FileReport) {
  const lines = new LineIndex(report.text);
  return report.diagnostics.map((diagnostic) => {
    const start = lines.positionAt(diagnostic.start);
    const end = lines.positionAt(diagnostic.end);
    return {
      rule: diagnostic.rule,
      severity: diagnostic.severity,
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      message: diagnostic.message,
      fixable: diagnostic.fixes.some((fix) => !fix.suppression),
    };
  });
}

function formatJson(reports: FileReport[]): string {
  return `${JSON.stringify(reports.map((report) => ({ file: report.file, diagnostics: located(report) })), null, 2)}\n`;
}

function formatStylish(reports: FileReport[]): string {
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const severityColor: Record<string, number> = { error: 31, warning: 33, info: 36, hint: 90 };
  const counts: Record<string, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let out = '';
  for (const report of reports) {
    const rows = located(report);
    if (rows.length === 0) continue;
    out += `${paint(4, relative(process.cwd(), report.file) || report.file)}\n`;
    for (const row of rows) {
      counts[row.severity]++;
      const where = `${row.line}:${row.column}`.padEnd(7);
      out += `  ${paint(90, where)} ${paint(severityColor[row.severity], row.severity.padEnd(7))}  ${row.message}  ${paint(90, row.rule)}\n`;
    }
    out += '\n';
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  if (total === 0) return `${paint(32, '✔')} ${reports.length} draft${reports.length === 1 ? '' : 's'}, no problems\n`;
  const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info + counts.hint} info)`;
  return `${out}${paint(counts.error > 0 ? 31 : 33, summary)}\n`;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) process.stderr.write(`invite-lint: ${error.message}\n\n${USAGE}\n`);
  else process.stderr.write(`invite-lint: internal error, please report it: ${(error as Error).stack ?? error}\n`);
  process.exitCode = 2;
}
