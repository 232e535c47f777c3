import type { Draft } from '../draft';
import type { FrontMatterEntry } from '../frontMatter';
import { FRONT_MATTER_KEYS, closestMatch, describeValue, frontMatterKey } from '../frontMatterKeys';
import type { Fix, OffsetRange } from '../types';
import type { Rule } from './rule';

const UNCLOSED = /^(?:\uFEFF)?---[ \t]*(?:\r\n|\n|\r)/;

export const frontMatter: Rule = {
  name: 'front-matter',
  description: 'Malformed YAML, unknown keys and invalid values in the front matter.',
  rationale:
    'The front matter tells the linter who the note is for and what kind of message it is. A typo there silently falls back to a ' +
    'default (a follow-up linted as a 200-character invite, a scenario that is never checked), so it is flagged where it stands.',
  defaultSeverity: 'error',
  tags: ['front-matter'],
  check(draft, report) {
    const front = draft.frontMatter;
    if (!front) {
      if (UNCLOSED.test(draft.text)) {
        report({ start: 0, end: 3, message: 'Close the front matter with a line holding only ---, or remove this opening ---.' });
      }
      return;
    }
    for (const problem of front.problems) report({ ...problem, message: `${problem.message} Fix the YAML; the defaults apply meanwhile.` });
    const known = Object.keys(FRONT_MATTER_KEYS);
    const present = new Set<string>();
    for (const entry of front.entries) {
      if (present.has(entry.key)) {
        report({
          ...entry.keyRange,
          message: `"${entry.key}" is given twice; the first one applies. Remove this line or the other.`,
          fix: { title: `Remove this "${entry.key}" line`, isPreferred: true, edits: [{ ...wholeLines(draft, entry.pairRange), newText: '' }] },
        });
        continue;
      }
      present.add(entry.key);
      const key = frontMatterKey(entry.key);
      if (!key) {
        const suggestion = closestMatch(entry.key, known);
        const taken = suggestion !== undefined && front.entries.some((other) => other.key === suggestion);
        report({
          ...entry.keyRange,
          severity: 'warning',
          message: unknownKeyMessage(entry.key, suggestion, taken, known),
          fix: suggestion && !taken ? replaceFix(entry.keyRange, suggestion) : undefined,
        });
        continue;
      }
      checkValue(entry, key.values, report);
    }
  },
};

function unknownKeyMessage(name: string, suggestion: string | undefined, taken: boolean, known: string[]): string {
  if (!suggestion) return `Unknown front matter key "${name}"; known keys: ${known.join(', ')}.`;
  if (taken) return `Unknown front matter key "${name}": did you mean "${suggestion}"? "${suggestion}" is already set, so remove one of them.`;
  return `Unknown front matter key "${name}": did you mean "${suggestion}"?`;
}

function checkValue(entry: FrontMatterEntry, values: Record<string, string> | undefined, report: Parameters<Rule['check']>[1]): void {
  const range = entry.valueRange ?? entry.keyRange;
  if (entry.value === null || entry.value === undefined || entry.value === '') {
    report({ ...range, severity: 'warning', message: `"${entry.key}" is empty: give it a value or remove the line.` });
  } else if (typeof entry.value !== 'string') {
    report({ ...range, message: `"${entry.key}" must be text, e.g. ${entry.key}: ${values ? Object.keys(values)[0] : 'Priya Raman'}.` });
  } else if (values && !describeValue({ description: '', values }, entry.value)) {
    const suggestion = closestMatch(entry.value, Object.keys(values));
    report({
      ...range,
      message: `"${entry.value}" is not a ${entry.key}${suggestion ? `: did you mean "${suggestion}"?` : `; use one of ${Object.keys(values).join(', ')}.`}`,
      fix: suggestion ? replaceFix(range, suggestion) : undefined,
    });
  }
}

/** The lines a range stands on, with the line break after them, so removing them leaves no blank line. */
function wholeLines(draft: Draft, range: OffsetRange): OffsetRange {
  const lines = draft.lines;
  const last = lines.positionAt(range.end).line;
  return { start: lines.lineStart(lines.positionAt(range.start).line), end: lines.lineStart(last + 1) > lines.lineStart(last) ? lines.lineStart(last + 1) : lines.lineEnd(last) };
}

function replaceFix(range: OffsetRange, newText: string): Fix {
  return { title: `Change to "${newText}"`, isPreferred: true, edits: [{ ...range, newText }] };
}
