import { parseArgs } from 'node:util';
import { runFuzz } from './harness';

const USAGE = `Usage: npm run fuzz -- [--seed N] [--seconds S] [--iterations N] [--sessions N] [--case-timeout S]

Mutates the fixtures and the corpus and checks the engine (no exception, ranges in bounds, every fix removes its
diagnostic and adds no error, every suppression only silences) and the language server over stdio (random
incremental edits: what it publishes equals lint() on the full text). Stops after --seconds (default 60), or once
--iterations engine drafts and --sessions server sessions are done. Exit status 1 if anything failed; each failure
prints the command that runs its case again, which shows it in full.`;

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    seconds: { type: 'string' },
    iterations: { type: 'string' },
    sessions: { type: 'string' },
    'case-timeout': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const number = (name: string, value: string | undefined, fallback?: number): number | undefined => {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    console.error(`fuzz: --${name} must be a whole number, not "${value}"\n\n${USAGE}`);
    process.exit(2);
  }
  return parsed;
};
const seed = number('seed', values.seed, Date.now() % 1_000_000_000)!;
const seconds = number('seconds', values.seconds, 60)!;

async function main(): Promise<void> {
  console.log(`fuzz: seed ${seed}, at most ${seconds} s`);
  const started = Date.now();
  const report = await runFuzz({
    seed,
    seconds,
    iterations: number('iterations', values.iterations),
    sessions: number('sessions', values.sessions),
    caseTimeoutSeconds: number('case-timeout', values['case-timeout']),
    log: (line) => console.log(line),
    // Running one case again (the command a failure prints) shows it in full.
    verbose: (number('iterations', values.iterations) ?? 2) + (number('sessions', values.sessions) ?? 2) <= 1,
  });
  const { engine, server } = report;
  const failed = [...report.failureCounts.values()].reduce((sum, count) => sum + count, 0);
  console.log(`
  engine: ${engine.drafts} drafts, ${engine.diagnostics} diagnostics, ${engine.fixes} fixes applied and checked (${engine.suppressions} suppressions)
  server: ${server.sessions} sessions, ${server.edits} edits sent, ${server.compared} publishes compared with lint()${server.restarts ? `, ${server.restarts} restarts` : ''}
  ${[...report.known].map(([name, count]) => `known, tracked elsewhere: ${count} × ${name}\n  `).join('')}${failed === 0 ? 'no failures' : `${failed} failures:\n${[...report.failureCounts].map(([kind, count]) => `  ${count} × ${kind}`).join('\n')}`} in ${((Date.now() - started) / 1000).toFixed(0)} s (seed ${seed})`);
  process.exitCode = failed === 0 ? 0 : 1;
}

void main();
