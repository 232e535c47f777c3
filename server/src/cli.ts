import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { InputError, MAX_MEGABYTES, describeFsError, inputsFor } from './cli/inputs';
import { LineIndex, RULE_NAMES, configFromSettings, lint, type Diagnostic, type EngineConfig } from './engine';

const USAGE = `Usage: invite-lint [--format stylish|json] [--account free|premium] PATH...

Lints LinkedIn invite drafts. PATH is a file, a folder (searched for *.invite.md) or - for standard input.

Options:
  --format stylish|json  output format (default: stylish)
  --account free|premium connection-note limit: 200 (free, default) or 300 characters
  -h, --help             show this help
  -v, --version          show the version

Exit status: 0 no errors, 1 at least one error-severity problem, 2 bad usage or unreadable input
(a missing path, an empty folder, not a regular file, over ${MAX_MEGABYTES} MB, not UTF-8); 2 wins over 1.`;

const VERSION = '0.1.0';
const FORMATS = ['stylish', 'json'] as const;

class UsageError extends Error {}

interface Row {
  rule: string;
  severity: Diagnostic['severity'];
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
  fixable: boolean;
}

interface FileReport {
  file: string;
  diagnostics: Row[];
}

async function main(argv: string[]): Promise<void> {
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
    return;
  }
  if (values.version) {
    process.stdout.write(`${VERSION}\n`);
    return;
  }
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be "stylish" or "json", not "${values.format}".`);
  const { config, problems } = configFromSettings({ account: values.account }, RULE_NAMES);
  if (problems.length > 0) throw new UsageError(problems[0].replace('inviteLint.account', '--account'));
  if (positionals.length === 0) throw new UsageError('no PATH given: name a draft, a folder of *.invite.md drafts, or - for standard input.');
  if (positionals.filter((path) => path === '-').length > 1) throw new UsageError('- (standard input) can be given only once.');

  const reports: FileReport[] = [];
  let unreadable = 0;
  for (const path of positionals) {
    for (const input of inputsFor(path)) {
      const outcome = 'problem' in input ? input.problem : await lintInput(input.file, input.read, config);
      if (typeof outcome === 'string') {
        unreadable++;
        warn(`${input.file}: ${outcome}`);
      } else {
        reports.push(outcome);
      }
    }
  }
  // The status is set before the report is written, so a reader that closes the pipe early does not change it.
  process.exitCode = unreadable > 0 ? 2 : reports.some((report) => report.diagnostics.some((row) => row.severity === 'error')) ? 1 : 0;
  process.stdout.write(format === 'json' ? formatJson(reports) : formatStylish(reports, unreadable));
}

/** The report for one draft, or why it could not be linted. Never throws, so one bad file cannot stop the rest. */
async function lintInput(file: string, read: () => Promise<string>, config: EngineConfig): Promise<FileReport | string> {
  try {
    const text = await read();
    const result = lint(text, config);
    if (result.skipped) return `not linted: ${result.skipped}`;
    return { file, diagnostics: located(text, result.diagnostics) };
  } catch (error) {
    if (error instanceof InputError) return error.message;
    if (typeof (error as NodeJS.ErrnoException).syscall === 'string') return describeFsError(error, file);
    return `internal error, please report it: ${(error as Error).message}`;
  }
}

function located(text: string, diagnostics: Diagnostic[]): Row[] {
  const lines = new LineIndex(text);
  return diagnostics.map((diagnostic) => {
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

// C0 controls, DEL and C1 controls: printed raw, a draft's front matter or a file name could retitle the terminal,
// clear the screen or hide text. Shown as \x1b-style escapes instead.
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

function visible(text: string): string {
  return text.replace(CONTROL_CHARACTERS, (character) => `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function warn(message: string): void {
  process.stderr.write(`invite-lint: ${visible(message)}\n`);
}

function formatJson(reports: FileReport[]): string {
  // JSON.stringify escapes C0 controls but leaves DEL and C1 raw; they only occur inside strings, where \u escapes
  // keep the parsed value the same and a terminal showing the JSON safe.
  const json = JSON.stringify(reports, null, 2).replace(/[\u007f-\u009f]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${json}\n`;
}

function formatStylish(reports: FileReport[], unreadable: number): string {
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const severityColor: Record<string, number> = { error: 31, warning: 33, info: 36, hint: 90 };
  const counts: Record<string, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let out = '';
  for (const report of reports) {
    if (report.diagnostics.length === 0) continue;
    out += `${paint(4, visible(relative(process.cwd(), report.file) || report.file))}\n`;
    for (const row of report.diagnostics) {
      counts[row.severity]++;
      const where = `${row.line}:${row.column}`.padEnd(7);
      out += `  ${paint(90, where)} ${paint(severityColor[row.severity], row.severity.padEnd(7))}  ${visible(row.message)}  ${paint(90, row.rule)}\n`;
    }
    out += '\n';
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  if (total > 0) {
    const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info + counts.hint} info)`;
    out += `${paint(counts.error > 0 ? 31 : 33, summary)}\n`;
  } else if (reports.length > 0 || unreadable === 0) {
    out += `${paint(32, '✔')} ${reports.length} draft${reports.length === 1 ? '' : 's'}, no problems\n`;
  }
  if (unreadable > 0) out += `${paint(31, `✖ ${unreadable} path${unreadable === 1 ? '' : 's'} not linted (the reasons are on stderr)`)}\n`;
  return out;
}

/** Output that cannot be written is no crash; a reader that stops early (`invite-lint . | head -1`) is no failure at all. */
function onOutputError(stream: NodeJS.WriteStream) {
  return (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') return;
    process.exitCode = 2;
    if (stream === process.stdout) warn(`cannot write the report: ${error.message}`);
  };
}

process.stdout.on('error', onOutputError(process.stdout));
process.stderr.on('error', onOutputError(process.stderr));
main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) process.stderr.write(`invite-lint: ${visible(error.message)}\n\n${USAGE}\n`);
  else process.stderr.write(`invite-lint: internal error, please report it: ${String((error as Error).stack ?? error).split('\n').map(visible).join('\n')}\n`);
  process.exitCode = 2;
});
