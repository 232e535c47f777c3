import { readLifecycle } from '../project/lifecycle';
import type { Rule } from './rule';

export const formLetter: Rule = {
  name: 'form-letter',
  description: 'The draft is nearly identical to another draft addressed to someone else: a template sent to many.',
  rationale:
    'A note that would read the same with another name on it is the generic note the guidance warns about: it says nothing about ' +
    'this person. Specific notes raise replies; the same note to ten people reads as mail-merge to each of them.',
  defaultSeverity: 'warning',
  tags: ['personalisation', 'workspace'],
  workspace: true,
  check(draft, report, workspace) {
    // A draft already sent is history: the warning goes to the unsent copy, which can still change.
    if (!workspace || readLifecycle(draft.frontMatter).status !== 'draft') return;
    const match = workspace.formLetterMatch();
    if (!match) return;
    const percent = Math.floor(match.similarity * 100);
    const other = match.to ? `${match.file} (to ${match.to})` : match.file;
    const detail = match.onlyNameDiffers
      ? 'only the name differs'
      : 'say something only this person would get: where you met, their work, why them';
    const start = draft.greeting?.range.start ?? draft.sentences[0]?.start ?? draft.bodyStart;
    const line = draft.lines.positionAt(start).line;
    report({ start, end: Math.min(draft.text.length, Math.max(start + 1, draft.lines.lineEnd(line))), message: `${percent}% the same as ${other}; ${detail}.` });
  },
};
