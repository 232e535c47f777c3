// Typing in an open draft while the server lints every closed draft of a large workspace: didChange ->
// publishDiagnostics latency of the open draft, against the same with an empty workspace, and how long the
// workspace lint took.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { generateDrafts } from './workspace';
import { BenchClient } from './lsp';

const OPEN_DRAFT = `---\nto: Priya Raman\nscenario: met-at-event\n---\n\nHi Priya,\n\nIt was great meeting you at the Denver product meetup last Thursday. Your point that activation beats sign-ups stuck with me.\n`;
const CLOSED_DRAFTS = [
  (name: string) => `---\nto: ${name}\nscenario: met-at-event\n---\n\nHi ${name},\n\nWe met at the Denver product meetup last Thursday. I came across your profile and I'd love to keep in touch.\n`,
  (name: string) => `Hi ${name},\n\nI'd like to add you to my professional network on LinkedIn.\n`,
  (name: string) => `---\nto: ${name}\nkind: follow-up\n---\n\nHi ${name}, thanks for connecting! We should grab coffee sometime.\n`,
];

export interface WorkspaceTyping {
  /** didChange -> publishDiagnostics of the open draft, sorted, in ms. */
  latencies: number[];
  /** Closed drafts published for the first time while the edits were being made (the workspace lint was under way). */
  closedDuringEdits: number;
  /** Closed drafts published again while the edits were being made (another draft changed their form-letter match). */
  republishedDuringEdits: number;
  /** From `initialized` to every closed draft's first diagnostics, in ms (undefined without closed drafts). */
  workspaceLintMs?: number;
}

/**
 * `copies`: three notes, each sent to a third of the drafts with only the name changed (every draft a form letter of
 * many); `mixed`: bench/workspace.ts's varied notes, every 20th a copy of the one before.
 */
export type ClosedDraftMix = 'copies' | 'mixed';

export async function typingDuringWorkspaceLint(serverPath: string, closedDrafts: number, edits: number, mix: ClosedDraftMix = 'copies'): Promise<WorkspaceTyping> {
  const folder = mkdtempSync(join(tmpdir(), 'invite-lint-bench-workspace-'));
  try {
    const mixed = mix === 'mixed' ? generateDrafts(closedDrafts) : [];
    for (let index = 0; index < closedDrafts; index++) {
      const sub = join(folder, `batch-${Math.floor(index / 500)}`);
      if (index % 500 === 0) mkdirSync(sub);
      const text = mix === 'mixed' ? mixed[index].text : CLOSED_DRAFTS[index % CLOSED_DRAFTS.length](`Person${index}`);
      writeFileSync(join(sub, `person-${index}.invite.md`), text);
    }
    const client = new BenchClient(serverPath);
    const uri = pathToFileURL(join(folder, 'open.invite.md')).href;
    const closedPublished = new Set<string>();
    let republished = 0;
    let allClosed: () => void = () => {};
    const everyClosedLinted = new Promise<void>((resolve) => (allClosed = resolve));
    let lastClosedAt = 0;
    client.onPublish((params) => {
      if (params.uri === uri) return;
      if (closedPublished.has(params.uri)) return void republished++;
      closedPublished.add(params.uri);
      lastClosedAt = performance.now();
      if (closedPublished.size === closedDrafts) allClosed();
    });
    await client.initialize(undefined, [{ uri: pathToFileURL(folder).href, name: 'bench' }]);
    const started = performance.now();
    await client.open(uri, OPEN_DRAFT);
    const before = closedPublished.size;
    const republishedBefore = republished;
    const line = OPEN_DRAFT.split('\n').length - 2;
    const latencies: number[] = [];
    for (let edit = 0; edit < edits; edit++) {
      // Keystrokes a fast typist's 50 ms apart, as run.ts's typing row: edits sent as soon as the last one is published
      // fall in the server's burst window and wait out its 30 ms burst pause, which is not typing latency.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const start = performance.now();
      await client.edit(uri, line, 1);
      latencies.push(performance.now() - start);
    }
    const closedDuringEdits = closedPublished.size - before;
    const republishedDuringEdits = republished - republishedBefore;
    if (closedDrafts > 0) await everyClosedLinted;
    await client.close();
    return { latencies: latencies.sort((a, b) => a - b), closedDuringEdits, republishedDuringEdits, workspaceLintMs: closedDrafts > 0 ? lastClosedAt - started : undefined };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
