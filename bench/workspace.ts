// `npm run bench` rows for the workbench (issue 9): indexing and linting 1,000 and 10,000 generated drafts through
// DraftWorkspace (form-letter's MinHash index, follow-up-due, readiness), and `invite-lint --summary` over them.
// Linear is the goal: the 10k / 1k ratios should be near 10.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_CONFIG } from '../server/src/engine';
import { DraftWorkspace } from '../server/src/engine/project/workspace';

const FIRST = ['Priya', 'Dana', 'Lena', 'Omar', 'Grace', 'Hugo', 'Nia', 'Raj', 'Chloe', 'Sam', 'Yara', 'Ivan', 'Lucas', 'Emma', 'Tariq', 'Mei', 'Olga', 'Pedro', 'Zoe', 'Leo', 'Ana', 'Jon', 'Fatima', 'Erik', 'Carmen', 'David', 'Iris', 'Noah', 'Maya', 'Tom', 'Rosa', 'Ali'];
const LAST = ['Raman', 'Lee', 'Fischer', 'Haddad', 'Kim', 'Martin', 'Okafor', 'Patel', 'Dubois', 'Wright', 'Nassar', 'Petrov', 'Silva', 'Jones', 'Aziz', 'Chen', 'Ivanova', 'Alves', 'Adams', 'Rossi', 'Ruiz', 'Baker', 'Noor', 'Lund', 'Vega', 'Moss', 'Wong', 'Klein', 'Singh', 'Hale', 'Diaz', 'Khan'];
const EVENTS = ['the Denver product meetup', 'KubeCon in Paris', 'PyCon US', 'the Lisbon UX summit', 'the Oslo data meetup', 'JSConf EU', 'the Toronto AI night', 'the Madrid fintech breakfast', 'RustConf', 'the Berlin design week'];
const WHEN = ['last Thursday', 'in May', 'on Saturday', 'this spring', 'last week', 'on Monday evening'];
const TOPICS = ['activation metrics', 'flaky integration tests', 'design systems', 'dbt tests', 'edge caching', 'pricing for SMEs', 'on-call rotations', 'accessible dashboards', 'feature flags', 'onboarding checklists', 'retrieval evals', 'Postgres partial indexes'];
const OPENERS = [
  (e: string, w: string) => `It was great meeting you at ${e} ${w}.`,
  (e: string, w: string) => `Good talking at ${e} ${w}.`,
  (e: string, w: string) => `Thanks for the chat at ${e} ${w}.`,
  (e: string, w: string) => `We met at ${e} ${w}, by the coffee line.`,
  (e: string, w: string) => `Your talk at ${e} ${w} was the best of the day.`,
];
const DETAILS = [
  (t: string) => `Your point about ${t} stuck with me.`,
  (t: string) => `I have been rethinking ${t} since.`,
  (t: string) => `The story about ${t} made my week.`,
  (t: string) => `How you approach ${t} is the clearest take I have heard.`,
  (t: string) => `We argued about ${t} and you changed my mind.`,
];
const WORDS = 'river lantern copper orbit meadow pixel harbor ember quartz willow signal canyon velvet summit cobalt prairie falcon garnet tundra beacon marble cedar nova ripple saffron glacier thistle comet basalt juniper'.split(' ');
const VERBS = ['rebuilt', 'measured', 'shipped', 'sketched', 'tested', 'replaced', 'documented', 'migrated', 'profiled', 'untangled'];
const CLOSERS = ["I'd love to keep in touch.", 'It would be great to stay in touch.', "I'd love to follow your work.", 'Happy to trade notes any time.'];

/** Deterministic drafts: varied notes, every 20th a copy of the one before with the name swapped, some accepted, some follow-ups. */
export function generateDrafts(count: number): { name: string; text: string }[] {
  let seed = 42;
  const random = () => ((seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const drafts: { name: string; text: string }[] = [];
  for (let i = 0; i < count; i++) {
    const to = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= FIRST.length * LAST.length ? ` ${Math.floor(i / (FIRST.length * LAST.length))}` : ''}`;
    const first = to.split(' ')[0];
    // What makes each note its own: what they did, in words drawn from a large pool.
    const own = `You ${pick(VERBS)} the ${pick(WORDS)} ${pick(WORDS)} service and ${pick(VERBS)} its ${pick(WORDS)} ${pick(WORDS)} layer in ${2 + Math.floor(random() * 20)} weeks.`;
    let body = `${pick(OPENERS)(pick(EVENTS), pick(WHEN))} ${own} ${pick(DETAILS)(pick(TOPICS))} ${pick(CLOSERS)}`;
    if (i % 20 === 19) body = drafts[i - 1].text.split('\n\n').slice(2).join('\n\n').trim();
    const lifecycle = i % 10 === 3 ? `status: accepted\naccepted: 2026-11-${String(10 + (i % 15)).padStart(2, '0')}\n` : '';
    const kind = i % 30 === 7 ? 'kind: follow-up\n' : '';
    drafts.push({ name: `d${String(i).padStart(5, '0')}.invite.md`, text: `---\nto: ${to}\nscenario: met-at-event\n${kind}${lifecycle}---\n\nHi ${first},\n\n${body}\n` });
  }
  return drafts;
}

function indexAndLint(drafts: { name: string; text: string }[]): { index: number; match: number; lint: number; formLetters: number } {
  const workspace = new DraftWorkspace({ today: () => '2026-11-25' });
  let start = performance.now();
  for (const draft of drafts) workspace.set(`file:///bench/${draft.name}`, draft.text, DEFAULT_CONFIG);
  const index = performance.now() - start;
  start = performance.now();
  for (const uri of workspace.uris()) workspace.formLetterMatch(uri);
  const match = performance.now() - start;
  start = performance.now();
  let formLetters = 0;
  for (const overview of workspace.overviews()) if (overview.topRule === 'form-letter' || workspace.lint(overview.uri).diagnostics.some((d) => d.rule === 'form-letter')) formLetters++;
  return { index, match, lint: performance.now() - start, formLetters };
}

function cliSummary(cli: string, drafts: { name: string; text: string }[]): number {
  const folder = mkdtempSync(join(tmpdir(), 'invite-lint-bench-'));
  try {
    mkdirSync(folder, { recursive: true });
    for (const draft of drafts) writeFileSync(join(folder, draft.name), draft.text);
    const start = performance.now();
    const result = spawnSync(process.execPath, [cli, '--summary', '--today', '2026-11-25', folder], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const elapsed = performance.now() - start;
    if (!/drafts: /.test(result.stdout)) throw new Error(`invite-lint --summary failed: ${result.stderr}`);
    return elapsed;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export function workspaceRows(cli: string): [string, string][] {
  const rows: [string, string][] = [];
  indexAndLint(generateDrafts(500)); // warm-up: compile the paths both sizes take
  const sizes = [1000, 10_000];
  const runs = sizes.map((size) => indexAndLint(generateDrafts(size)));
  sizes.forEach((size, i) => {
    const { index, match, lint, formLetters } = runs[i];
    rows.push([`workspace, ${size.toLocaleString('en')} drafts: index (set) / form-letter match / lint + overview`, `${index.toFixed(0)} / ${match.toFixed(0)} / ${lint.toFixed(0)} ms (${formLetters} form letters)`]);
  });
  rows.push(['workspace scaling: time(10k) / time(1k), 10 = linear', ((runs[1].index + runs[1].lint) / (runs[0].index + runs[0].lint)).toFixed(1)]);
  const cliTimes = sizes.map((size) => cliSummary(cli, generateDrafts(size)));
  rows.push(['invite-lint --summary, 1,000 / 10,000 drafts (wall clock)', `${(cliTimes[0] / 1000).toFixed(1)} s / ${(cliTimes[1] / 1000).toFixed(1)} s (ratio ${(cliTimes[1] / cliTimes[0]).toFixed(1)})`]);
  return rows;
}
