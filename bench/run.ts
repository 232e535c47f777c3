// `npm run bench`: engine time for a typical draft and for 1 MB, how time grows with size (linear is the goal),
// and LSP latency from didChange to publishDiagnostics over stdio. Machines are shared and noisy: read the ratios.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializeRequest,
  InitializedNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  createProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { DEFAULT_CONFIG, lint } from '../server/src/engine';
import { workspaceRows } from './workspace';
import { typingDuringWorkspaceLint } from './workspaceTyping';

const root = join(__dirname, '..', '..'); // out/bench/ -> repository root
const TYPICAL_DRAFT = `---
to: Priya Raman
scenario: met-at-event
---

Hi Priya,

It was great meeting you at the Denver product meetup last Thursday. Your point that activation beats sign-ups stuck with me, and I have been rethinking our funnel since. I came across your profile afterwards; I'd love to keep in touch!
`;
const PARAGRAPH = "Hi Dana, we met at **PyCon** in May. I came across your profile and I'd like to add you to my professional network on LinkedIn. See `code` and [a link](https://example.com/x) <!-- note --> {{firstName}} 👋\n\n";

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function timeRuns(runs: number, body: () => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    body();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b);
}

/** Something for every rule to find: asks, pitches, superlatives, vague plans, a wrong name. */
const EVERY_RULE_PARAGRAPH =
  "Hi Dana! We should grab coffee sometime. Could you refer me for the PM role? Would you write me a recommendation? We help startups 10x pipeline, book a demo. Your amazing, incredible profile. I am, I have, my goal, my plan, I did. Can we connect?\n\n";

function documentOfSize(bytes: number, paragraph = PARAGRAPH, frontMatter = 'to: Dana'): string {
  return `---\n${frontMatter}\n---\n${paragraph.repeat(Math.ceil(bytes / paragraph.length))}`.slice(0, bytes);
}

async function lspLatency(changes: number): Promise<number[]> {
  const child = spawn(process.execPath, [join(root, 'dist', 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const waiting = new Map<number, () => void>();
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => waiting.get(params.version ?? -1)?.());
  connection.listen();
  await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
  await connection.sendNotification(InitializedNotification.type, {});
  const uri = 'file:///bench/draft.invite.md';
  const published = (version: number) => new Promise<void>((resolve) => waiting.set(version, resolve));
  let ready = published(1);
  await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'invite', version: 1, text: TYPICAL_DRAFT } });
  await ready;
  const line = TYPICAL_DRAFT.split('\n').length - 2;
  const times: number[] = [];
  for (let version = 2; version < changes + 2; version++) {
    ready = published(version);
    const start = performance.now();
    const text = version % 2 === 0 ? 'x' : '';
    const range = version % 2 === 0 ? { start: { line, character: 0 }, end: { line, character: 0 } } : { start: { line, character: 0 }, end: { line, character: 1 } };
    await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text }] });
    await ready;
    times.push(performance.now() - start);
  }
  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  connection.dispose();
  return times.sort((a, b) => a - b);
}

async function main(): Promise<void> {
  const rows: [string, string][] = [];
  const typical = timeRuns(3000, () => lint(TYPICAL_DRAFT, DEFAULT_CONFIG));
  rows.push([`engine, typical ${TYPICAL_DRAFT.length}-char draft (median of 3000)`, `${(quantile(typical, 0.5) * 1000).toFixed(0)} µs (p95 ${(quantile(typical, 0.95) * 1000).toFixed(0)} µs)`]);

  const sizes = [100_000, 1_000_000];
  const perSize = sizes.map((size) => {
    const text = documentOfSize(size);
    lint(text, DEFAULT_CONFIG);
    return quantile(timeRuns(5, () => lint(text, DEFAULT_CONFIG)), 0.5);
  });
  rows.push(['engine, 100 KB document (median of 5)', `${perSize[0].toFixed(0)} ms`]);
  rows.push(['engine, 1 MB document (median of 5)', `${perSize[1].toFixed(0)} ms`]);
  rows.push(['scaling: time(1 MB) / (10 x time(100 KB)), 1.0 = linear', (perSize[1] / (10 * perSize[0])).toFixed(2)]);

  const everyRule = sizes.map((size) => {
    const text = documentOfSize(size, EVERY_RULE_PARAGRAPH, 'to: Priya\nkind: follow-up\nscenario: met-at-event');
    return quantile(timeRuns(5, () => lint(text, DEFAULT_CONFIG)), 0.5);
  });
  rows.push(['engine, 1 MB follow-up that trips every rule (median of 5)', `${everyRule[1].toFixed(0)} ms`]);
  rows.push(['scaling of that document, 1.0 = linear', (everyRule[1] / (10 * everyRule[0])).toFixed(2)]);

  const singleLine = 'word '.repeat(200_000);
  rows.push(['engine, 1 MB on one line (median of 5)', `${quantile(timeRuns(5, () => lint(singleLine, DEFAULT_CONFIG)), 0.5).toFixed(0)} ms`]);

  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect) {
    const big = documentOfSize(1_000_000);
    collect();
    const heapBefore = process.memoryUsage().heapUsed;
    const held = lint(big, DEFAULT_CONFIG);
    collect();
    rows.push(['heap held by one 1 MB lint result', `${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(1)} MB (${held.diagnostics.length} diagnostics)`]);
  }

  const latency = await lspLatency(300);
  rows.push(['LSP didChange -> publishDiagnostics, typical draft (median of 300)', `${quantile(latency, 0.5).toFixed(2)} ms (p95 ${quantile(latency, 0.95).toFixed(2)} ms)`]);

  const serverPath = join(root, 'dist', 'server.js');
  const alone = await typingDuringWorkspaceLint(serverPath, 0, 200);
  const busy = await typingDuringWorkspaceLint(serverPath, 10_000, 200);
  const mixed = await typingDuringWorkspaceLint(serverPath, 10_000, 200, 'mixed');
  const typing = (result: typeof busy) => `${quantile(result.latencies, 0.5).toFixed(2)} ms (p95 ${quantile(result.latencies, 0.95).toFixed(2)} ms)`;
  const during = (result: typeof busy) => `${result.closedDuringEdits} linted, ${result.republishedDuringEdits} re-published during the edits`;
  rows.push(['LSP didChange -> publish in an open draft, workspace of no other draft (median of 200)', typing(alone)]);
  rows.push([`the same while 10,000 closed near-copies are linted (${during(busy)})`, typing(busy)]);
  rows.push([`the same while 10,000 varied closed drafts are linted (${during(mixed)})`, typing(mixed)]);
  rows.push(['workspace lint of 10,000 closed near-copies, from initialized to the first publish of each', `${((busy.workspaceLintMs ?? 0) / 1000).toFixed(1)} s`]);
  rows.push(['the same, 10,000 varied drafts', `${((mixed.workspaceLintMs ?? 0) / 1000).toFixed(1)} s`]);
  rows.push(...workspaceRows(join(root, 'dist', 'cli.js')));

  const width = Math.max(...rows.map(([name]) => name.length));
  console.log(`${'measure'.padEnd(width)}  result`);
  console.log(`${'-'.repeat(width)}  ${'-'.repeat(28)}`);
  for (const [name, value] of rows) console.log(`${name.padEnd(width)}  ${value}`);
}

void main();
