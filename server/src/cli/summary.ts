// `invite-lint --summary`: one row per draft with its state, for a batch of invites at a glance.
import type { DraftOverview, DraftState } from '../engine/project/workspace';
import { displayPath, visible } from './formats';

export const STATE_LABELS: Record<DraftState, string> = {
  'needs-work': 'needs work',
  ready: 'ready',
  sent: 'sent',
  'follow-up-due': 'follow-up due',
};

/**
 * A table of drafts: file, recipient, scenario, characters used of the limit, state, top problem; then the counts by
 * state. The top problem is cut to fit `width` (a terminal's); piped, it is left whole.
 */
export function formatSummary(overviews: { file: string; overview: DraftOverview }[], width = Infinity): string {
  const color = process.stdout.isTTY === true && !process.env.NO_COLOR;
  const paint = (code: number, text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const stateColor: Record<DraftState, number> = { 'needs-work': 33, ready: 32, sent: 90, 'follow-up-due': 36 };
  const header = ['draft', 'to', 'scenario', 'used', 'state', 'top problem'];
  const rows = overviews.map(({ file, overview }) => [
    displayPath(file),
    overview.to ?? '—',
    overview.scenario ?? overview.kind,
    overview.limit === undefined ? `${overview.used}` : `${overview.used}/${overview.limit}`,
    STATE_LABELS[overview.state],
    overview.topProblem ?? (overview.ready ? '' : overview.reasons[0] ?? ''),
  ].map((cell) => visible(cell)));
  const widths = header.slice(0, -1).map((title, column) => Math.min(40, Math.max(title.length, ...rows.map((row) => row[column].length))));
  const fit = (text: string, size: number) => (text.length > size ? `${text.slice(0, Math.max(1, size - 1))}…` : text.padEnd(size));
  const lead = widths.reduce((sum, size) => sum + size + 2, 0);
  const problemWidth = Math.max(20, width - lead);
  const line = (cells: string[], state?: DraftState) =>
    cells
      .map((cell, column) => {
        if (column === cells.length - 1) return cell.length > problemWidth ? `${cell.slice(0, problemWidth - 1)}…` : cell;
        const text = fit(cell, widths[column]);
        return column === 4 && state ? paint(stateColor[state], text) : text;
      })
      .join('  ')
      .trimEnd();
  let out = `${paint(1, line(header))}\n`;
  overviews.forEach(({ overview }, index) => (out += `${line(rows[index], overview.state)}\n`));
  const count = (state: DraftState) => overviews.filter(({ overview }) => overview.state === state).length;
  const n = overviews.length;
  out += `\n${n} draft${n === 1 ? '' : 's'}: ${count('ready')} ready to send, ${count('needs-work')} need${count('needs-work') === 1 ? 's' : ''} work, ${count('sent')} sent, ${count('follow-up-due')} follow-up${count('follow-up-due') === 1 ? '' : 's'} due\n`;
  return out;
}
