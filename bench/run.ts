// `npm run bench`: invite-lint side by side with a baseline in one run, as ratios, since the machine is shared and
// noisy: per draft against write-good, documents against reading them and running one word regex, the CLI on
// 10,000 drafts against a walk-read-regex script, the server against a minimal server on the same LSP libraries,
// didChange latency and bursts of edits, typing while a large workspace is linted. Runs of the two sides are
// interleaved and medians taken.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import writeGood from 'write-good';
import { DEFAULT_CONFIG, lint } from '../server/src/engine';
import { generateDocument, generateDrafts } from './drafts';
import { BenchClient } from './lsp';
import { workspaceRows } from './workspace';
import { typingDuringWorkspaceLint } from './workspaceTyping';

/** Built by scripts/build.mjs next to this file, minified as they ship. */
const BUILT = {
  server: join(__dirname, 'server.js'),
  cli: join(__dirname, 'cli.js'),
  minimalServer: join(__dirname, 'minimal-server.js'),
  floorWalk: join(__dirname, 'floor-walk.js'),
  maxRss: join(__dirname, 'max-rss.js'),
};

interface Row {
  measure: string;
  inviteLint: string;
  baseline: string;
  ratio: string;
  target: string;
}

const rows: Row[] = [];
const row = (measure: string, inviteLint: string, baseline = '', ratio = '', target = '') => {
  rows.push({ measure, inviteLint, baseline, ratio, target });
  process.stderr.write(`  ${measure}: ${inviteLint}${baseline ? ` | ${baseline} | ${ratio}` : ''}\n`);
};

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Process CPU time (user + system) of `body`, in ms: other jobs on a shared machine do not count. */
function cpuMs(body: () => void): number {
  const start = process.cpuUsage();
  body();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** Runs the two sides `runs` times each, alternating which goes first. */
async function interleave<T>(runs: number, a: () => T | Promise<T>, b: () => T | Promise<T>): Promise<[T[], T[]]> {
  const left: T[] = [];
  const right: T[] = [];
  for (let run = 0; run < runs; run++) {
    if (run % 2 === 0) {
      left.push(await a());
      right.push(await b());
    } else {
      right.push(await b());
      left.push(await a());
    }
  }
  return [left, right];
}

const times = (ratio: number) => `${ratio.toFixed(ratio < 10 ? 2 : 1)}x`;
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

function perDraft(): void {
  const drafts = generateDrafts(2000);
  const meanLength = Math.round(drafts.reduce((sum, draft) => sum + draft.length, 0) / drafts.length);
  const tools = [(text: string) => lint(text, DEFAULT_CONFIG), (text: string) => writeGood(text)];
  for (const draft of drafts) for (const tool of tools) tool(draft);

  // Pass by pass: each tool lints all the drafts in turn, as a CLI or an editor does; the passes alternate.
  const wall: number[][] = [[], []];
  const cpu = [0, 0];
  const passes = 4;
  for (let pass = 0; pass < 2 * passes; pass++) {
    const which = (pass + (pass >> 1)) % 2;
    const startCpu = process.cpuUsage();
    for (const draft of drafts) {
      const start = performance.now();
      tools[which](draft);
      wall[which].push(performance.now() - start);
    }
    const used = process.cpuUsage(startCpu);
    cpu[which] += used.user + used.system;
  }
  const [ours, theirs] = wall.map((samples) => median(samples) * 1000);
  const runs = passes * drafts.length;
  row(`per draft, median wall time (${drafts.length} distinct drafts of ~${meanLength} characters, tools alternating pass by pass, ${passes} passes each)`, `${ours.toFixed(0)} µs (p95 ${(quantile(wall[0], 0.95) * 1000).toFixed(0)} µs)`, `write-good ${theirs.toFixed(0)} µs`, `${times(theirs / ours)} faster`, '>= 5x faster');
  row('per draft, CPU time per draft (same passes)', `${(cpu[0] / runs).toFixed(0)} µs`, `write-good ${(cpu[1] / runs).toFixed(0)} µs`, `${times(cpu[1] / cpu[0])} faster`, '>= 5x faster');

  // Draft by draft: the tools alternate on every draft, so each starts with caches the other filled.
  const cold: number[][] = [[], []];
  for (let pass = 0; pass < 2; pass++) {
    drafts.forEach((draft, index) => {
      for (const which of (index + pass) % 2 === 0 ? [0, 1] : [1, 0]) {
        const start = performance.now();
        tools[which](draft);
        cold[which].push(performance.now() - start);
      }
    });
  }
  const [oursCold, theirsCold] = cold.map((samples) => median(samples) * 1000);
  row('per draft, median wall time, tools alternating draft by draft (2 passes)', `${oursCold.toFixed(0)} µs`, `write-good ${theirsCold.toFixed(0)} µs`, `${times(theirsCold / oursCold)} faster`, '>= 5x faster');
}

const WORD = /[\p{L}\p{N}]+/gu;

/** The floor's work on a text: one Unicode word regex over all of it, counting the words. */
function countWords(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) count++;
  return count;
}

async function documents(folder: string): Promise<void> {
  for (const [label, bytes, oneLine, runs] of [
    ['1 MB of prose', 1_000_000, false, 7],
    ['1 MB on one line', 1_000_000, true, 7],
    ['10 MB of prose', 10_000_000, false, 5],
    ['10 MB on one line', 10_000_000, true, 5],
  ] as const) {
    const file = join(folder, `${label.replace(/\W+/g, '-')}.invite.md`);
    writeFileSync(file, generateDocument(bytes, oneLine));
    // Both sides read the file: the floor is reading it and running one word regex over all of it.
    const engine = () => cpuMs(() => lint(readFileSync(file, 'utf8'), DEFAULT_CONFIG));
    const floor = () => cpuMs(() => countWords(readFileSync(file, 'utf8')));
    engine();
    floor();
    const [ours, theirs] = (await interleave(runs, engine, floor)).map(median);
    const capped = bytes > 1_048_576 ? ' (first 1 MiB linted)' : '';
    row(`${label}, CPU time (median of ${runs})${capped}`, ms(ours), `read + word regex ${ms(theirs)}`, times(ours / theirs), bytes < 2e6 ? '<= 5x' : '');
  }
  const line = join(folder, '10-MB-on-one-line.invite.md');
  const single = join(folder, 'single');
  mkdirSync(single);
  writeFileSync(join(single, 'line.invite.md'), readFileSync(line));
  const [cli, floor] = await interleave(3, () => child(BUILT.cli, [line], folder), () => child(BUILT.floorWalk, [single], folder));
  const peak = median(cli.map((run) => run.maxRssKb));
  row('10 MB on one line, CLI peak RSS (child process, median of 3)', mb(peak), `read + word regex ${mb(median(floor.map((run) => run.maxRssKb)))}`, peak < 300 * 1024 ? 'under 300 MB' : 'OVER 300 MB', '< 300 MB');
}

interface ChildRun {
  ms: number;
  maxRssKb: number;
  /** User + system CPU time: what other jobs on a shared machine change least. */
  cpuMs: number;
}

/** Runs a built script in a child process and reports its wall time, peak RSS and CPU time. */
function child(script: string, args: string[], folder: string): Promise<ChildRun> {
  const rssFile = join(folder, 'max-rss');
  const start = performance.now();
  const running = spawn(process.execPath, ['--require', BUILT.maxRss, script, ...args], { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, BENCH_MAX_RSS_FILE: rssFile } });
  return new Promise((resolve, reject) => {
    running.once('error', reject);
    running.once('exit', (code) => {
      const elapsed = performance.now() - start;
      // The CLI exits 1 when drafts have errors, as generated ones do; 2 would mean it could not lint them.
      if (code !== 0 && code !== 1) reject(new Error(`${script} exited with ${code}`));
      else {
        const [maxRssKb, cpuMicros] = readFileSync(rssFile, 'utf8').split(' ').map(Number);
        resolve({ ms: elapsed, maxRssKb, cpuMs: cpuMicros / 1000 });
      }
    });
  });
}

async function cliOnManyDrafts(folder: string): Promise<void> {
  const tree = join(folder, 'drafts');
  const drafts = generateDrafts(10_000, 34);
  for (let index = 0; index < drafts.length; index++) {
    const sub = join(tree, `team-${String(Math.floor(index / 100)).padStart(3, '0')}`);
    if (index % 100 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `draft-${index}.invite.md`), drafts[index]);
  }
  const runs = 5;
  const [cli, floor] = await interleave(runs, () => child(BUILT.cli, [tree], folder), () => child(BUILT.floorWalk, [tree], folder));
  const [ourTime, floorTime] = [cli, floor].map((side) => median(side.map((run) => run.ms)));
  const [ourRss, floorRss] = [cli, floor].map((side) => median(side.map((run) => run.maxRssKb)));
  const [ourCpu, floorCpu] = [cli, floor].map((side) => median(side.map((run) => run.cpuMs)));
  row(`CLI on 10,000 drafts in 100 folders, wall time (median of ${runs})`, ms(ourTime), `walk + read + regex ${ms(floorTime)}`, times(ourTime / floorTime), '<= 3x');
  row('CLI on 10,000 drafts, CPU time, user + system (same runs)', ms(ourCpu), `walk + read + regex ${ms(floorCpu)}`, times(ourCpu / floorCpu), '');
  row('CLI on 10,000 drafts, peak RSS (same runs)', mb(ourRss), `walk + read + regex ${mb(floorRss)}`, times(ourRss / floorRss), '');
}

const TYPICAL_DRAFT = generateDrafts(1, 7)[0];

async function coldStart(script: string): Promise<{ ms: number; rssKb: number }> {
  const client = new BenchClient(script);
  await client.initialize();
  await client.open('file:///bench/draft.invite.md', TYPICAL_DRAFT);
  const elapsed = performance.now() - client.spawnedAt;
  const rssKb = client.rssKb() ?? NaN;
  await client.close();
  return { ms: elapsed, rssKb };
}

const KEYSTROKES = 100;

async function server(): Promise<void> {
  const runs = 15;
  await coldStart(BUILT.server);
  await coldStart(BUILT.minimalServer);
  const [ours, minimal] = await interleave(runs, () => coldStart(BUILT.server), () => coldStart(BUILT.minimalServer));
  const [ourTime, minimalTime] = [ours, minimal].map((side) => median(side.map((run) => run.ms)));
  const [ourRss, minimalRss] = [ours, minimal].map((side) => median(side.map((run) => run.rssKb)));
  row(`server cold start: spawn to first publishDiagnostics (median of ${runs})`, ms(ourTime), `minimal server ${ms(minimalTime)}`, times(ourTime / minimalTime), '<= 1.3x');
  row('server idle RSS after the first publish (same runs)', mb(ourRss), `minimal server ${mb(minimalRss)}`, times(ourRss / minimalRss), '<= 1.3x');
  // The server runs its bundle from a V8 code cache that it writes beside it after its first publish (the runs above
  // start from it): the first start after an install or an update has none.
  const withoutCodeCache = () => {
    for (const name of readdirSync(__dirname)) if (name.endsWith('.cache')) rmSync(join(__dirname, name));
    return coldStart(BUILT.server);
  };
  const [fresh, minimalAgain] = await interleave(runs, withoutCodeCache, () => coldStart(BUILT.minimalServer));
  const [freshTime, minimalAgainTime] = [fresh, minimalAgain].map((side) => median(side.map((run) => run.ms)));
  row(`server cold start without its code cache (first start after an install; median of ${runs})`, ms(freshTime), `minimal server ${ms(minimalAgainTime)}`, times(freshTime / minimalAgainTime), '');

  const latency = async (script: string) => {
    const client = new BenchClient(script);
    await client.initialize();
    const uri = 'file:///bench/draft.invite.md';
    await client.open(uri, TYPICAL_DRAFT);
    const line = TYPICAL_DRAFT.split('\n').length - 2;
    const samples: number[] = [];
    for (let change = 0; change < KEYSTROKES; change++) {
      // Keystrokes a fast typist's 50 ms apart: a server may treat edits that follow its last lint closer than that as a burst.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const start = performance.now();
      await client.edit(uri, line, 1);
      samples.push(performance.now() - start);
    }
    await client.close();
    return samples;
  };
  const [ourLatency, minimalLatency] = [await latency(BUILT.server), await latency(BUILT.minimalServer)];
  row(`didChange -> publishDiagnostics, typical draft, keystrokes 50 ms apart (median of ${KEYSTROKES})`, `${median(ourLatency).toFixed(2)} ms (p95 ${quantile(ourLatency, 0.95).toFixed(2)} ms)`, `minimal server ${median(minimalLatency).toFixed(2)} ms`, times(median(ourLatency) / median(minimalLatency)), '');

  for (const [label, text] of [
    ['typical draft', TYPICAL_DRAFT],
    ['100 KB draft', generateDocument(100_000, false)],
  ] as const) {
    for (const oneWrite of [false, true]) {
      const client = new BenchClient(BUILT.server);
      await client.initialize({ lintingNotifications: true });
      const uri = 'file:///bench/burst.invite.md';
      await client.open(uri, text);
      const bursts = 20;
      const lints: number[] = [];
      const publishes: number[] = [];
      for (let burst = 0; burst < bursts; burst++) {
        // Each burst starts after the document has been idle a while, as an edit command's would.
        await new Promise((resolve) => setTimeout(resolve, 100));
        const [lintsBefore, publishedBefore] = [client.lints, client.published];
        await client.edit(uri, text.split('\n').length - 2, 10, oneWrite);
        lints.push(client.lints - lintsBefore);
        publishes.push(client.published - publishedBefore);
      }
      await client.close();
      const how = oneWrite ? 'in one write' : 'one write each';
      row(`10 back-to-back edits (${how}), ${label}: lints per burst (${bursts} bursts)`, `median ${median(lints)}, max ${Math.max(...lints)} (publishes: max ${Math.max(...publishes)})`, '', '', '<= 2 lints');
    }
  }
}

/** Typing in an open draft while the server lints every closed draft of a large workspace (bench/workspace.ts). */
async function workspaceTyping(): Promise<void> {
  const alone = await typingDuringWorkspaceLint(BUILT.server, 0, 200);
  const busy = await typingDuringWorkspaceLint(BUILT.server, 10_000, 200);
  const mixed = await typingDuringWorkspaceLint(BUILT.server, 10_000, 200, 'mixed');
  const typing = (result: typeof busy) => `${quantile(result.latencies, 0.5).toFixed(2)} ms (p95 ${quantile(result.latencies, 0.95).toFixed(2)} ms)`;
  const during = (result: typeof busy) => `${result.closedDuringEdits} linted, ${result.republishedDuringEdits} re-published during the edits`;
  row('didChange -> publish in an open draft, no other draft in the workspace (median of 200)', typing(alone));
  row(`the same while 10,000 closed near-copies are linted (${during(busy)})`, typing(busy));
  row(`the same while 10,000 varied closed drafts are linted (${during(mixed)})`, typing(mixed));
  row('workspace lint of 10,000 closed near-copies, from initialized to the first publish of each', `${((busy.workspaceLintMs ?? 0) / 1000).toFixed(1)} s`);
  row('the same, 10,000 varied drafts', `${((mixed.workspaceLintMs ?? 0) / 1000).toFixed(1)} s`);
}

function printTable(started: Date): void {
  const cpu = cpus();
  console.log(`\ninvite-lint bench, ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, ${cpu.length} x ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB\n`);
  const header: Row = { measure: 'measure', inviteLint: 'invite-lint', baseline: 'baseline', ratio: 'ratio', target: 'target' };
  const columns = Object.keys(header) as (keyof Row)[];
  const widths = columns.map((column) => Math.max(...[header, ...rows].map((r) => r[column].length)));
  const format = (r: Row) => `| ${columns.map((column, index) => r[column].padEnd(widths[index])).join(' | ')} |`;
  console.log(format(header));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const r of rows) console.log(format(r));
}

async function main(): Promise<void> {
  const started = new Date();
  const folder = mkdtempSync(join(tmpdir(), 'invite-lint-bench-'));
  try {
    const only = process.argv.slice(2);
    const parts: [string, () => void | Promise<void>][] = [
      ['draft', perDraft],
      ['documents', () => documents(folder)],
      ['cli', () => cliOnManyDrafts(folder)],
      ['server', server],
      ['workspace', workspaceTyping],
      ['workbench', () => workspaceRows(BUILT.cli).forEach(([measure, value]) => row(measure, value))],
    ];
    for (const [name, part] of parts) {
      if (only.length > 0 && !only.includes(name)) continue;
      process.stderr.write(`${name}...\n`);
      await part();
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  printTable(started);
}

void main();
