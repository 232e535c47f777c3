import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { unifiedDiff } from './cli/diff';
import { FORMATS, StylishReport, VERSION, displayPath, formatGithub, formatJson, formatSarif, formatStylish, toJson, visible, type FileReport, type Format, type Row } from './cli/formats';
import { InputError, MAX_MEGABYTES, describeFsError, inputsFor } from './files/inputs';
import { CliProject, shortPath } from './cli/project';
import { Draft, LineIndex, RULES, RULE_NAMES, applyEdits, configFromSettings, lint, type Diagnostic, type EngineConfig } from './engine';
import { fixAllEdits } from './engine/fixes/fixAll';
import { MAX_FOLLOW_UP_DAYS, isFollowUpDays } from './engine/project/config';
import { isDate } from './engine/project/lifecycle';
import { DEFAULT_FOLLOW_UP_DAYS, DraftWorkspace } from './engine/project/workspace';
import { formatSummary } from './cli/summary';
import type { ConfigProblem, ResolvedConfig, ValueSource } from './engine/project';

const USAGE = `Usage: invite-lint [options] PATH...
       invite-lint --print-config FILE

Lints LinkedIn invite drafts. PATH is a file, a folder (searched for *.invite.md), a quoted glob
("drafts/**/*.invite.md", searched from the folder before its first wildcard) or - for standard input.
Each draft gets the nearest .invite-lint.jsonc, .invite-lint.json or package.json "invite-lint" key above it.

Options:
  --format stylish|json|sarif|github  output format (default: stylish)
  --account free|premium   connection-note limit: 200 (free, default) or 300 characters; a config file's
                           "account" and a draft's front matter win over it
  --config FILE            use this config file for every draft instead of searching
  --stdin-filename NAME    lint standard input as if it were the file NAME (its config, ignores and name)
  --fix                    apply the safe fixes (what "Fix all" applies in the editor) and write the files
  --fix-dry-run            print those fixes as a unified diff on stdout; write nothing
  --max-warnings N         exit 1 when there are more than N warnings
  --quiet                  report errors only
  --summary                print a table of the drafts instead: recipient, scenario, characters used of the
                           limit, state (needs work, ready, sent, follow-up due) and the top problem
  --follow-up-days N       days after "accepted" before follow-up-due reports (default 3); wins over a
                           config file's "followUpDays"
  --today YYYY-MM-DD       the date follow-up-due counts to (default: today's local date)
  --print-config FILE      print the config FILE would be linted with, and where each value comes from
  -h, --help               show this help
  -v, --version            show the version

The drafts given are linted together: form-letter compares each with the others, follow-up-due looks
for a follow-up to the same person among them.

Folders and globs skip what the config's "ignores" and .gitignore name; a file named outright that they name
is not linted either (said on stderr).

Exit status: 0 no errors, 1 at least one error-severity problem (or more warnings than --max-warnings),
2 bad usage, an unreadable input (a missing path, an empty folder, not a regular file, over ${MAX_MEGABYTES} MB,
not UTF-8) or an error in a config file; 2 wins over 1.`;

class UsageError extends Error {}
/** The readiness reason that counts warnings ("2 warnings"), which --quiet leaves out. */
const WARNINGS_REASON = /^[\d,]+ warnings?$/;

interface Options {
  format: Format;
  fix: 'write' | 'dry-run' | undefined;
  quiet: boolean;
  maxWarnings?: number;
  stdinFilename?: string;
  summary: boolean;
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
        config: { type: 'string' },
        'stdin-filename': { type: 'string' },
        fix: { type: 'boolean' },
        'fix-dry-run': { type: 'boolean' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean' },
        summary: { type: 'boolean' },
        'follow-up-days': { type: 'string' },
        today: { type: 'string' },
        'print-config': { type: 'string' },
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
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.map((name) => `"${name}"`).join(', ')}, not "${values.format}".`);
  const { config, problems } = configFromSettings({ account: values.account }, RULE_NAMES);
  if (problems.length > 0) throw new UsageError(problems[0].replace('inviteLint.account', '--account'));
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!/^\d+$/.test(values['max-warnings']) || !Number.isSafeInteger(maxWarnings)) throw new UsageError(`--max-warnings must be a whole number of 0 or more, not "${values['max-warnings']}".`);
  }
  if (values.fix && values['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be given together.');
  if (values.summary && format !== 'stylish') throw new UsageError('--summary prints a table; --format json gives the same fields (ready, state, ...) per file.');
  if (values.summary && values['fix-dry-run']) throw new UsageError('--summary and --fix-dry-run cannot be given together.');
  if (values['fix-dry-run'] && format !== 'stylish') throw new UsageError(`--fix-dry-run prints a diff, not a report: it cannot be given with --format ${format}.`);
  let followUpDays: number | undefined;
  if (values['follow-up-days'] !== undefined) {
    followUpDays = Number(values['follow-up-days']);
    // Digits only (Number() also takes "1e3", " 5" and ""); the range is the config's.
    if (!/^\d+$/.test(values['follow-up-days']) || !isFollowUpDays(followUpDays)) {
      throw new UsageError(`--follow-up-days must be a whole number of days from 0 to ${MAX_FOLLOW_UP_DAYS}, not "${values['follow-up-days']}".`);
    }
  }
  const today = values.today;
  if (today !== undefined && !isDate(today)) throw new UsageError(`--today must be a date written YYYY-MM-DD, not "${today}".`);
  if (values.config !== undefined && !nodeFileExists(values.config)) throw new UsageError(`--config ${values.config}: no such file.`);
  const settings = { config, accountSource: values.account === undefined ? 'default' : '--account', rulesSource: 'settings' };
  const project = new CliProject(settings, values.config === undefined ? undefined : resolve(values.config), followUpDays);

  if (values['print-config'] !== undefined) {
    if (positionals.length > 0) throw new UsageError('--print-config takes one FILE and no PATH.');
    printConfig(values['print-config'], project);
    return;
  }
  if (positionals.length === 0) throw new UsageError('no PATH given: name a draft, a folder of *.invite.md drafts, a quoted glob, or - for standard input.');
  if (positionals.filter((path) => path === '-').length > 1) throw new UsageError('- (standard input) can be given only once.');
  if (values['stdin-filename'] !== undefined && !positionals.includes('-')) throw new UsageError('--stdin-filename names standard input: give - as a PATH too.');
  if (values.fix && positionals.includes('-')) throw new UsageError('--fix cannot write standard input back; use --fix-dry-run to see the fixes as a diff.');
  const options: Options = {
    format,
    fix: values.fix ? 'write' : values['fix-dry-run'] ? 'dry-run' : undefined,
    quiet: values.quiet === true,
    maxWarnings,
    stdinFilename: values['stdin-filename'],
    summary: values.summary === true,
  };
  // Every draft goes into one workspace first, so the rules that compare drafts see them all.
  const workspace = new DraftWorkspace({ today: today === undefined ? undefined : () => today });
  const inputs: Linted[] = [];

  const reports: FileReport[] = [];
  // --quiet leaves warnings out of the draft's top problem and reasons as out of its diagnostics (readiness still counts them).
  const errorsOnly = (report: FileReport): FileReport => {
    const diagnostics = report.diagnostics.filter((row) => row.severity === 'error');
    if (!report.overview) return { ...report, diagnostics };
    const [top] = diagnostics;
    const reasons = report.overview.reasons.filter((reason) => !WARNINGS_REASON.test(reason));
    return { ...report, diagnostics, overview: { ...report.overview, topProblem: top?.message, topRule: top?.rule, reasons } };
  };
  // The stylish report is written as drafts are linted, once every draft is read (the rules that compare drafts need
  // them all); other formats are one document, --fix lists its fixes first and --summary is a table.
  const stylish = format === 'stylish' && options.fix === undefined && !options.summary ? new StylishReport() : undefined;
  const output = new BufferedOutput();
  const fixed: string[] = [];
  let unreadable = 0;
  let brokenConfig = false;
  const reportConfigProblem = (problem: ConfigProblem) => {
    if (problem.severity === 'error') brokenConfig = true;
    warn(`${shortPath(problem.file)}:${problem.line}:${problem.column}: ${problem.severity === 'error' ? 'error' : 'warning'}: ${problem.message}`);
  };
  for (const path of positionals) {
    for (const input of inputsFor(path, (file, folder) => project.ignored(file, folder))) {
      const file = input.file === '<stdin>' && options.stdinFilename !== undefined ? options.stdinFilename : input.file;
      if ('ignored' in input) {
        warn(`${input.file}: not linted: ${input.ignored}`);
        continue;
      }
      if ('problem' in input) {
        unreadable++;
        warn(`${input.file}: ${input.problem}`);
        continue;
      }
      if (file !== input.file) {
        const reason = project.ignored(file, false);
        if (reason) {
          warn(`${file} (standard input): not linted: ${reason}`);
          continue;
        }
      }
      const resolved = input.file === '<stdin>' && options.stdinFilename === undefined ? project.resolve(resolve('stdin.invite.md'), reportConfigProblem) : project.resolve(file, reportConfigProblem);
      const outcome = await lintInput(file, input.read, resolved.config, options, input.file === '<stdin>');
      if (typeof outcome === 'string') {
        unreadable++;
        warn(`${file}: ${outcome}`);
      } else if (!workspace.has(outcome.file)) {
        // A file named twice (a folder and a glob over it) is one draft, reported once.
        workspace.add(outcome.file, outcome.text, outcome.config);
        inputs.push(outcome);
        if (outcome.fixed) fixed.push(outcome.fixed);
      }
    }
  }
  workspace.matchAll();
  let warnings = 0;
  let errors = false;
  let problemCount = 0;
  for (const input of inputs) {
    const result = workspace.lint(input.file);
    if (result.skipped) {
      unreadable++;
      warn(`${input.file}: not linted: ${result.skipped}`);
      continue;
    }
    // Readiness only where it is shown (JSON and --summary): working it out reads the draft again.
    const overview = format === 'json' || options.summary ? workspace.overview(input.file) : undefined;
    // Each draft is reported once: its result need not stay cached in the workspace.
    workspace.release(input.file);
    const report = { file: input.file, diagnostics: located(input.text, result.diagnostics), overview };
    for (const row of report.diagnostics) {
      if (row.severity === 'warning') warnings++;
      else if (row.severity === 'error') errors = true;
    }
    problemCount += report.diagnostics.length;
    // The stylish report keeps no report once it is written.
    if (stylish) output.write(stylish.file(options.quiet ? errorsOnly(report) : report));
    else reports.push(report);
  }
  const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings;
  // The status is set before the report is written, so a reader that closes the pipe early does not change it.
  process.exitCode = unreadable > 0 || brokenConfig ? 2 : errors || tooManyWarnings ? 1 : 0;
  if (options.fix === 'dry-run') {
    process.stdout.write(fixed.join(''));
    warn(`${fixed.length === 0 ? 'no safe fixes to make' : `the diff above fixes ${fixed.length} file${fixed.length === 1 ? '' : 's'}`}; ${problemCount} problem${problemCount === 1 ? '' : 's'} would remain.`);
    if (tooManyWarnings) warn(`${warnings} warnings, more than --max-warnings ${maxWarnings} allows.`);
    return;
  }
  if (stylish) {
    output.write(stylish.footer({ unreadable, maxWarnings }));
    output.flush();
    return;
  }
  if (options.fix === 'write' && format !== 'stylish') for (const line of fixed) warn(line);
  const shown = options.quiet ? reports.map(errorsOnly) : reports;
  if (options.summary) {
    if (options.fix === 'write') for (const line of fixed) warn(line);
    process.stdout.write(formatSummary(shown.map((report) => ({ file: report.file, overview: report.overview! })), process.stdout.isTTY ? process.stdout.columns || 120 : Infinity));
    if (tooManyWarnings) warn(`${warnings} warnings, more than --max-warnings ${maxWarnings} allows.`);
    if (unreadable > 0) warn(`${unreadable} path${unreadable === 1 ? '' : 's'} not linted (the reasons are above).`);
  } else if (format === 'stylish') {
    const fixLines = options.fix === 'write' ? fixed.map((line) => `${visible(line)}\n`).join('') + (fixed.length > 0 ? '\n' : '') : '';
    process.stdout.write(fixLines + formatStylish(shown, { unreadable, maxWarnings }));
  } else {
    if (tooManyWarnings) warn(`${warnings} warnings, more than --max-warnings ${maxWarnings} allows.`);
    process.stdout.write(format === 'json' ? formatJson(shown) : format === 'sarif' ? formatSarif(shown) : formatGithub(shown));
  }
}

/** Standard output in writes of about 64 KB: one write per draft would cost a system call each. */
class BufferedOutput {
  private pending = '';

  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= 65_536) this.flush();
  }

  flush(): void {
    if (this.pending) process.stdout.write(this.pending);
    this.pending = '';
  }
}

function nodeFileExists(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The config a file would be linted with, as JSON: each value with where it comes from (a config file's line and
 * column, "front matter", the settings layer, or "default"). The file need not exist.
 */
function printConfig(file: string, project: CliProject): void {
  const problems: ConfigProblem[] = [];
  const resolved: ResolvedConfig = project.resolve(file, (problem) => problems.push(problem));
  let account: { value: string; source: string } = { value: resolved.config.account, source: describeSource(resolved.sources.account) };
  let text: string | undefined;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = undefined;
  }
  if (text !== undefined) {
    const entry = new Draft(text, resolved.config).frontMatter?.entries.find((candidate) => candidate.key === 'account');
    if (entry && (entry.value === 'free' || entry.value === 'premium')) account = { value: entry.value, source: 'front matter' };
  }
  const rules = Object.fromEntries(
    RULES.map((rule) => {
      const configured = resolved.config.rules[rule.name];
      return [rule.name, configured ? { value: configured, source: describeSource(resolved.sources.rules[rule.name]) } : { value: rule.defaultSeverity, source: 'default' }];
    }),
  );
  const projectConfig = project.configs.forDraft(file);
  const output = {
    file: displayPath(file),
    configFile: resolved.file ? shortPath(resolved.file) : null,
    extends: projectConfig.files.slice(1).map(shortPath),
    ignored: resolved.ignoredBy ? { by: resolved.ignoredBy.value, source: describeSource(resolved.ignoredBy.source) } : project.ignored(file, false) ?? false,
    account,
    followUpDays: { value: resolved.config.followUpDays ?? DEFAULT_FOLLOW_UP_DAYS, source: describeSource(resolved.sources.followUpDays) },
    rules,
    phrases: {
      flag: projectConfig.flag.map((flag) => ({ ...flag.value, source: describeSource(flag.source) })),
      allow: projectConfig.allow.map((allowed) => ({ phrase: allowed.value, source: describeSource(allowed.source) })),
    },
    problems: problems.map((problem) => `${shortPath(problem.file)}:${problem.line}:${problem.column}: ${problem.message}`),
  };
  process.stdout.write(toJson(output));
}

function describeSource(source: ValueSource | undefined): string {
  if (source === undefined) return 'default';
  if (typeof source === 'string') return source;
  return `${shortPath(source.file)}:${source.line}:${source.column}`;
}

interface Linted {
  file: string;
  /** The text to report on: after the fixes, with --fix. */
  text: string;
  config: EngineConfig;
  fixed?: string;
}

/**
 * One draft read (and fixed, with --fix), ready for the workspace that lints all drafts together; or why it could
 * not be read. Never throws, so one bad file cannot stop the rest.
 */
async function lintInput(file: string, read: () => Promise<string>, config: EngineConfig, options: Options, stdin: boolean): Promise<Linted | string> {
  try {
    const text = await read();
    let fixed: string | undefined;
    let after = text;
    if (options.fix) {
      const result = lint(text, config);
      if (result.skipped) return `not linted: ${result.skipped}`;
      const { edits, applied } = fixAllEdits(result.diagnostics);
      if (edits.length > 0) {
        after = applyEdits(text, edits);
        if (options.fix === 'write') {
          writeFileSync(file, after);
          fixed = `fixed ${applied.length} problem${applied.length === 1 ? '' : 's'} in ${displayPath(file)}: ${applied.map((fix) => fix.title).join('; ')}`;
        } else {
          fixed = unifiedDiff(stdin && options.stdinFilename === undefined ? 'stdin' : displayPath(file).replace(/\\/g, '/'), text, edits);
        }
      }
    }
    return { file, text: after, config, fixed };
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

function warn(message: string): void {
  process.stderr.write(`invite-lint: ${visible(message)}\n`);
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
  // Line breaks kept (parseArgs's messages have several lines), every other control character escaped.
  const lines = (text: string) => text.split('\n').map(visible).join('\n');
  if (error instanceof UsageError) process.stderr.write(`invite-lint: ${lines(error.message)}\n\n${USAGE}\n`);
  else process.stderr.write(`invite-lint: internal error, please report it: ${lines(String((error as Error).stack ?? error))}\n`);
  process.exitCode = 2;
});
