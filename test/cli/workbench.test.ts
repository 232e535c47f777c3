import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot } from '../support/paths';
import { folderWith } from '../support/files';
import { generateDrafts } from '../../bench/drafts';
import { DEFAULT_CONFIG, LineIndex } from '../../server/src/engine';
import { DraftWorkspace } from '../../server/src/engine/project/workspace';

const cli = join(repoRoot, 'dist', 'cli.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

const invite = (to: string, body: string, extra = '') => `---\nto: ${to}\nscenario: met-at-event\n${extra}---\n\n${body}\n`;
const READY = invite('Priya Raman', "Hi Priya,\n\nIt was great meeting you at the Denver product meetup last Thursday. Your point that activation beats sign-ups stuck with me, and I'd love to keep in touch.");
const COPY = (to: string) => invite(to, `Hi ${to.split(' ')[0]},\n\nGreat to meet you at KubeCon in Paris on Tuesday. Our chat about flaky integration tests made my week, and I'd love to stay in touch.`);
const ACCEPTED = invite('Ingrid Olsen', "Hi Ingrid, it was great meeting you at the Oslo data meetup on Monday. Your take on dbt tests stuck with me.", 'status: accepted\naccepted: 2026-11-20\n');

const drafts = (files: Record<string, string>) => folderWith('workbench', files);

describe('invite-lint over a folder of drafts (the workbench)', () => {
  const folder = drafts({
    'priya.invite.md': READY,
    'lena.invite.md': COPY('Lena Fischer'),
    'omar.invite.md': COPY('Omar Haddad'),
    'ingrid.invite.md': ACCEPTED,
    'stock.invite.md': "I'd like to add you to my professional network on LinkedIn.",
  });

  it('--format json says per draft whether it is ready to send, its state and characters used of the limit', () => {
    const result = run(['--format', 'json', '--today', '2026-11-25', '.'], folder);
    assert.equal(result.status, 1, result.stderr);
    const reports = Object.fromEntries(JSON.parse(result.stdout).map((report: { file: string }) => [report.file, report]));
    assert.deepEqual(
      Object.fromEntries(Object.entries(reports).map(([file, report]) => [file, [report.ready, report.state]])),
      {
        'ingrid.invite.md': [true, 'follow-up-due'],
        'lena.invite.md': [false, 'needs-work'],
        'omar.invite.md': [false, 'needs-work'],
        'priya.invite.md': [true, 'ready'],
        'stock.invite.md': [false, 'needs-work'],
      },
    );
    assert.deepEqual([reports['priya.invite.md'].used, reports['priya.invite.md'].limit, reports['priya.invite.md'].status], [167, 200, 'draft']);
    assert.deepEqual(reports['lena.invite.md'].reasons, ['1 warning']);
    assert.deepEqual(reports['lena.invite.md'].diagnostics.map((d: { rule: string; message: string }) => `${d.rule}: ${d.message}`), [
      'form-letter: 100% the same as omar.invite.md (to Omar Haddad); only the name differs.',
    ]);
    assert.deepEqual(reports['ingrid.invite.md'].diagnostics.map((d: { rule: string }) => d.rule), ['follow-up-due']);
  });

  it('--summary prints a table of drafts with recipient, scenario, used/limit, state and top problem', () => {
    const result = run(['--summary', '--today', '2026-11-25', '.'], folder);
    assert.equal(result.status, 1, 'an error in a draft still fails the run');
    const lines = result.stdout.split('\n');
    assert.match(lines[0], /^draft +to +scenario +used +state +top problem$/);
    const row = (file: string) => lines.find((line) => line.startsWith(file))!.split(/ {2,}/);
    assert.deepEqual(row('priya.invite.md'), ['priya.invite.md', 'Priya Raman', 'met-at-event', '167/200', 'ready']);
    assert.deepEqual(row('lena.invite.md').slice(0, 5), ['lena.invite.md', 'Lena Fischer', 'met-at-event', '143/200', 'needs work']);
    assert.match(row('lena.invite.md')[5], /^100% the same as omar\.invite\.md/);
    assert.deepEqual(row('ingrid.invite.md').slice(3, 5), ['108/200', 'follow-up due']);
    assert.deepEqual(row('stock.invite.md').slice(1, 5), ['—', 'invite', '59/200', 'needs work']);
    assert.match(result.stdout, /\n5 drafts: 1 ready to send, 3 need work, 0 sent, 1 follow-up due\n$/);
  });

  it('counts follow-up days from --follow-up-days, and a follow-up draft among the files ends the reminder', () => {
    assert.deepEqual(JSON.parse(run(['--format', 'json', '--today', '2026-11-25', '--follow-up-days', '7', 'ingrid.invite.md'], folder).stdout)[0].state, 'sent');
    const withFollowUp = drafts({ 'ingrid.invite.md': ACCEPTED, 'ingrid-thanks.invite.md': '---\nto: Ingrid Olsen\nkind: follow-up\n---\n\nHi Ingrid, thanks for connecting!' });
    const [report] = JSON.parse(run(['--format', 'json', '--today', '2026-11-25', 'ingrid.invite.md', 'ingrid-thanks.invite.md'], withFollowUp).stdout);
    assert.deepEqual([report.state, report.diagnostics], ['sent', []]);
  });

  it('reads followUpDays from the config file; --follow-up-days wins over it, and --print-config says which applied', () => {
    const configured = drafts({ 'ingrid.invite.md': ACCEPTED, '.invite-lint.json': '{ "followUpDays": 7 }' });
    const state = (...args: string[]) => JSON.parse(run(['--format', 'json', '--today', '2026-11-25', ...args, 'ingrid.invite.md'], configured).stdout)[0].state;
    assert.equal(state(), 'sent', '5 days after accepted, under the config file\'s 7');
    assert.equal(state('--follow-up-days', '4'), 'follow-up-due');
    assert.deepEqual(JSON.parse(run(['--print-config', 'ingrid.invite.md'], configured).stdout).followUpDays, { value: 7, source: '.invite-lint.json:1:19' });
    assert.deepEqual(JSON.parse(run(['--follow-up-days', '4', '--print-config', 'ingrid.invite.md'], configured).stdout).followUpDays, { value: 4, source: '--follow-up-days' });
    assert.deepEqual(JSON.parse(run(['--print-config', 'ingrid.invite.md'], folder).stdout).followUpDays, { value: 3, source: 'default' });
  });

  it('--quiet leaves warnings out of --summary\'s top problem and --format json\'s reasons, as out of the diagnostics', () => {
    const summary = run(['--summary', '--quiet', '--today', '2026-11-25', '.'], folder);
    const row = (file: string) => summary.stdout.split('\n').find((line) => line.startsWith(file))!.split(/ {2,}/);
    assert.deepEqual(row('lena.invite.md'), ['lena.invite.md', 'Lena Fischer', 'met-at-event', '143/200', 'needs work'], 'its only problem is a warning');
    assert.match(row('stock.invite.md')[5], /stock line/, 'an error is still the top problem');
    const reports = JSON.parse(run(['--format', 'json', '--quiet', '--today', '2026-11-25', '.'], folder).stdout);
    const lena = reports.find((report: { file: string }) => report.file === 'lena.invite.md');
    assert.deepEqual([lena.ready, lena.state, lena.reasons, lena.diagnostics], [false, 'needs-work', [], []]);
  });

  it('checks --follow-up-days as the config checks followUpDays: 0 to 9999 days, and says so for 99999', () => {
    assert.equal(run(['--follow-up-days', '9999', '--format', 'json', '.'], folder).status, 1, 'accepted (a draft has an error)');
    for (const value of ['99999', '1e3', '2.5']) {
      const result = run(['--follow-up-days', value, '.'], folder);
      assert.equal(result.status, 2, value);
      assert.equal(result.stderr.split('\n')[0], `invite-lint: --follow-up-days must be a whole number of days from 0 to 9999, not "${value}".`);
    }
  });

  it('rejects --summary with another format, and a bad --today or --follow-up-days, with the usage', () => {
    for (const args of [['--summary', '--format', 'json'], ['--today', '25/11/2026'], ['--follow-up-days', '-1'], ['--follow-up-days', 'three']]) {
      const result = run([...args, '.'], folder);
      assert.equal(result.status, 2, args.join(' '));
      assert.match(result.stderr, /^invite-lint: [^]*?\n\nUsage:/, args.join(' '));
    }
  });
});

describe('invite-lint over the bench\'s generated drafts', () => {
  it('reports 1,000 drafts in 10 folders as the workspace lints them one by one: same diagnostics, readiness and states', () => {
    const texts = new Map(generateDrafts(1_000, 34).map((text, index) => [`team-${Math.floor(index / 100)}/draft-${index}.invite.md`, text]));
    const folder = folderWith('bulk', Object.fromEntries(texts));
    const result = run(['--format', 'json', '--today', '2026-11-25', '.'], folder);
    assert.equal(result.status, 1, result.stderr);
    const reports: { file: string; ready: boolean; state: string; reasons: string[]; diagnostics: unknown[] }[] = JSON.parse(result.stdout);
    assert.equal(reports.length, texts.size);
    // The reference: every draft set() into a workspace in the CLI's order, each linted on demand (no bulk matching).
    const workspace = new DraftWorkspace({ today: () => '2026-11-25' });
    for (const { file } of reports) workspace.set(file, texts.get(file)!, DEFAULT_CONFIG);
    let formLetters = 0;
    for (const report of reports) {
      const lines = new LineIndex(texts.get(report.file)!);
      const expected = workspace.lint(report.file).diagnostics.map((d) => {
        const [start, end] = [lines.positionAt(d.start), lines.positionAt(d.end)];
        return { rule: d.rule, severity: d.severity, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1, message: d.message, fixable: d.fixes.some((fix) => !fix.suppression) };
      });
      formLetters += expected.filter((d) => d.rule === 'form-letter').length;
      const overview = workspace.overview(report.file);
      assert.deepEqual([report.ready, report.state, report.reasons, report.diagnostics], [overview.ready, overview.state, overview.reasons, expected], report.file);
    }
    assert.ok(formLetters > 100, `${formLetters} form-letter diagnostics`);
  });
});
