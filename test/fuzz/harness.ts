import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import type { Problem } from '../support/checkFixes';
import { repoRoot } from '../support/paths';
import type { EngineCaseResult } from './engineCase';
import { knownProblem } from './known';
import { loadSeedDrafts, mutatedDraft } from './mutate';
import { ServerSession } from './serverCase';
import type { WorkerMessage, WorkerTask } from './worker';

export interface FuzzOptions {
  seed: number;
  /** Stop both parts after this long. */
  seconds: number;
  /** Engine drafts to check (default: as many as fit in `seconds`). */
  iterations?: number;
  /** Server sessions to run (default: as many as fit in `seconds`). */
  sessions?: number;
  /** An engine case or a server wait that takes longer than this is a failure (a freeze). */
  caseTimeoutSeconds?: number;
  log?: (line: string) => void;
  /** Log each failure in full (the draft included) rather than its first few hundred characters. */
  verbose?: boolean;
}

export interface Failure extends Problem {
  part: 'engine' | 'server';
  seed: number;
  /** The command that runs this one case again. */
  reproduce: string;
}

export interface FuzzReport {
  engine: { drafts: number; diagnostics: number; fixes: number; suppressions: number };
  server: { sessions: number; edits: number; compared: number; restarts: number };
  /** Problems already tracked elsewhere (see `known.ts`), by name. */
  known: Map<string, number>;
  failures: Failure[];
  /** Failures of each kind, all of them (`failures` keeps the first few of each kind). */
  failureCounts: Map<string, number>;
}

const KEPT_PER_KIND = 3;

/** Runs the engine part in a worker thread and the server part here, side by side, each seeded and bounded in time. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const deadline = Date.now() + options.seconds * 1000;
  const caseTimeoutMs = (options.caseTimeoutSeconds ?? 20) * 1000;
  const report: FuzzReport = {
    engine: { drafts: 0, diagnostics: 0, fixes: 0, suppressions: 0 },
    server: { sessions: 0, edits: 0, compared: 0, restarts: 0 },
    known: new Map(),
    failures: [],
    failureCounts: new Map(),
  };
  const record = (failure: Failure) => {
    const key = `${failure.part}: ${failure.kind}`;
    const count = (report.failureCounts.get(key) ?? 0) + 1;
    report.failureCounts.set(key, count);
    if (count <= KEPT_PER_KIND) {
      report.failures.push(failure);
      const detail = options.verbose ? failure.detail : `${failure.detail.slice(0, 400)}${failure.detail.length > 400 ? '…' : ''}`;
      options.log?.(`FAIL ${key} (seed ${failure.seed}): ${detail}\n  reproduce: ${failure.reproduce}`);
    }
  };
  await Promise.all([
    runEngine(options, deadline, caseTimeoutMs, report, record),
    runServer(options, deadline, caseTimeoutMs, report, record),
  ]);
  return report;
}

function runEngine(options: FuzzOptions, deadline: number, caseTimeoutMs: number, report: FuzzReport, record: (failure: Failure) => void): Promise<void> {
  const end = options.seed + (options.iterations ?? Number.MAX_SAFE_INTEGER - options.seed);
  const reproduce = (seed: number) => `npm run fuzz -- --seed ${seed} --iterations 1 --sessions 0`;
  const drafts = loadSeedDrafts();
  return new Promise((resolve) => {
    const start = (from: number) => {
      if (from >= end || Date.now() >= deadline) return resolve();
      const task: WorkerTask = { from, to: end, deadline };
      const worker = new Worker(join(repoRoot, 'out', 'fuzz', 'worker.js'), { workerData: task });
      let current = from;
      let timer: NodeJS.Timeout | undefined;
      let stopped = false;
      const stop = (then: () => void) => {
        if (stopped) return;
        stopped = true;
        clearTimeout(timer);
        void worker.terminate().then(then);
      };
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'start') {
          current = message.seed;
          clearTimeout(timer);
          timer = setTimeout(() => {
            const problem = { kind: 'draft took too long', detail: `still linting after ${caseTimeoutMs / 1000} s` };
            const known = knownProblem(mutatedDraft(current, drafts), problem);
            if (known) report.known.set(known, (report.known.get(known) ?? 0) + 1);
            else record({ ...problem, part: 'engine', seed: current, reproduce: reproduce(current) });
            stop(() => start(current + 1));
          }, caseTimeoutMs);
        } else if (message.type === 'result') {
          clearTimeout(timer);
          const result: EngineCaseResult = message.result;
          report.engine.drafts++;
          report.engine.diagnostics += result.diagnostics;
          report.engine.fixes += result.fixes;
          report.engine.suppressions += result.suppressions;
          for (const name of result.known) report.known.set(name, (report.known.get(name) ?? 0) + 1);
          for (const problem of result.problems) {
            record({ ...problem, part: 'engine', seed: result.seed, detail: `${problem.detail}\n  draft: ${JSON.stringify(result.text.slice(0, 1500))}`, reproduce: reproduce(result.seed) });
          }
        } else {
          stop(resolve);
        }
      });
      worker.on('error', (error) => {
        record({ part: 'engine', seed: current, kind: 'engine worker crashed', detail: error.stack ?? String(error), reproduce: reproduce(current) });
        stop(() => start(current + 1));
      });
    };
    start(options.seed);
  });
}

async function runServer(options: FuzzOptions, deadline: number, caseTimeoutMs: number, report: FuzzReport, record: (failure: Failure) => void): Promise<void> {
  const count = options.sessions ?? Number.MAX_SAFE_INTEGER;
  if (count <= 0) return;
  const drafts = loadSeedDrafts();
  let session = await ServerSession.start();
  for (let seed = options.seed; seed - options.seed < count && Date.now() < deadline; seed++) {
    const reproduce = `npm run fuzz -- --seed ${seed} --iterations 0 --sessions 1`;
    let timer: NodeJS.Timeout | undefined;
    const tooLong = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), caseTimeoutMs * 2)));
    const result = await Promise.race([session.runCase(seed, drafts, caseTimeoutMs), tooLong]);
    clearTimeout(timer);
    report.server.sessions++;
    if (result) {
      report.server.edits += result.edits;
      report.server.compared += result.compared;
      for (const problem of result.problems) record({ ...problem, part: 'server', seed, reproduce });
      for (const name of result.known) report.known.set(name, (report.known.get(name) ?? 0) + 1);
    } else {
      record({ part: 'server', seed, kind: 'session took too long', detail: `not done after ${(caseTimeoutMs * 2) / 1000} s`, reproduce });
    }
    if (!result || result.problems.length + result.known.length > 0 || session.exited) {
      // A dead, stuck or confused server fails this case only: the next case gets a fresh one.
      await session.stop();
      session = await ServerSession.start();
      report.server.restarts++;
    }
  }
  await session.stop();
}
