import { parentPort, workerData } from 'node:worker_threads';
import { runEngineCase } from './engineCase';
import { loadSeedDrafts } from './mutate';

/** Runs engine cases in a worker thread, so the runner can stop one that never ends and name its seed. */
export interface WorkerTask {
  from: number;
  to: number;
  deadline: number;
}

export type WorkerMessage =
  | { type: 'start'; seed: number }
  | { type: 'result'; result: ReturnType<typeof runEngineCase> }
  | { type: 'end' };

const { from, to, deadline } = workerData as WorkerTask;
const drafts = loadSeedDrafts();
const post = (message: WorkerMessage) => parentPort!.postMessage(message);
for (let seed = from; seed < to && Date.now() < deadline; seed++) {
  post({ type: 'start', seed });
  post({ type: 'result', result: runEngineCase(seed, drafts) });
}
post({ type: 'end' });
