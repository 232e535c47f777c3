import type { Draft } from '../draft/draft';
import { opensFrontMatter, type FrontMatterEntry } from '../text/frontMatter';
import { FRONT_MATTER_KEYS, closestMatch, describeValue, frontMatterKey, type FrontMatterKey } from '../assist/frontMatterKeys';
import { DIGEST_PATTERN, isDate } from '../project/lifecycle';
import type { Fix, OffsetRange } from '../types';
import type { Report, Rule } from './rule';

/** Quoted, so that a subject with a colon ("PGConf: your talk") stays valid YAML. */
const SUBJECT_SNIPPET = 'subject: "${1:[What this InMail is about]}"';
const SUBJECT_REQUIRED = 'An InMail needs a subject (up to 200 characters): LinkedIn will not send one without it.';

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
      if (opensFrontMatter(draft.text)) {
        report({ start: 0, end: 3, message: 'Close the front matter with a line holding only ---, or remove this opening ---.' });
      }
      return;
    }
    for (const problem of front.problems) report({ ...problem, message: `${problem.message} Fix the YAML; the defaults apply meanwhile.` });
    const known = Object.keys(FRONT_MATTER_KEYS);
    const kind = front.entries.find((entry) => entry.key === 'kind');
    // With broken YAML a subject may stand past the error, unread: the YAML error comes first, then this check.
    // A misspelt subject key ("subject:: ...", "subjet") is flagged as unknown with its own fix: no second subject line.
    const subjectWritten = front.entries.some((entry) => closestMatch(entry.key, ['subject']) !== undefined || entry.key.startsWith('subject'));
    if (draft.meta.kind === 'inmail' && kind && front.problems.length === 0 && !subjectWritten) {
      report({ ...(kind.valueRange ?? kind.keyRange), message: `${SUBJECT_REQUIRED} Add a \`subject\` line.`, fix: addSubjectFix(draft, kind.keyRange.start) });
    }
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
      checkValue(draft, entry, key, report);
    }
  },
};

function unknownKeyMessage(name: string, suggestion: string | undefined, taken: boolean, known: string[]): string {
  if (!suggestion) return `Unknown front matter key "${name}"; known keys: ${known.join(', ')}.`;
  if (taken) return `Unknown front matter key "${name}": did you mean "${suggestion}"? "${suggestion}" is already set, so remove one of them.`;
  return `Unknown front matter key "${name}": did you mean "${suggestion}"?`;
}

function checkValue(draft: Draft, entry: FrontMatterEntry, key: FrontMatterKey, report: Report): void {
  const range = entry.valueRange ?? entry.keyRange;
  const blank = entry.value === null || entry.value === undefined || (typeof entry.value === 'string' && !entry.value.trim());
  if (key.kinds && !key.kinds.includes(draft.meta.kind)) {
    // Info: a key other kinds ignore changes nothing that is sent (domain.md: "meaningless for other kinds"), so it does
    // not stand between the draft and ready; the note says so in case the kind is what was meant.
    report({
      ...entry.keyRange,
      severity: 'info',
      message: `"${entry.key}" is sent only with \`kind: ${key.kinds.join('` or `kind: ')}\`; this ${draft.meta.kind} goes without it. Set the kind or remove the line.`,
    });
  } else if (entry.key === 'subject' && blank) {
    report({ ...range, message: `${SUBJECT_REQUIRED} Write it here.`, fix: writeSubjectFix(draft, entry.keyRange.start) });
  } else if (blank) {
    report({ ...range, severity: 'warning', message: `"${entry.key}" is empty: give it a value or remove the line.` });
  } else if (typeof entry.value !== 'string') {
    report({ ...range, message: `"${entry.key}" must be text, e.g. ${entry.key}: ${key.values ? Object.keys(key.values)[0] : 'Priya Raman'}.` });
  } else if (key.values && !describeValue(key, entry.value)) {
    const suggestion = closestMatch(entry.value, Object.keys(key.values));
    report({
      ...range,
      message: `"${entry.value}" is not a ${entry.key}${suggestion ? `: did you mean "${suggestion}"?` : `; use one of ${Object.keys(key.values).join(', ')}.`}`,
      fix: suggestion ? replaceFix(range, suggestion) : undefined,
    });
  } else if (key.format === 'date' && !isDate(entry.value.trim())) {
    report({ ...range, message: `"${entry.value}" is not a date: write it as YYYY-MM-DD, e.g. ${entry.key}: 2026-11-20.` });
  } else if (key.format === 'digest' && !DIGEST_PATTERN.test(entry.value)) {
    report({
      ...range,
      severity: 'warning',
      message: `"${entry.key}" is not a fingerprint invite-lint wrote, so edits after sending cannot be told. Mark the draft as sent again to rewrite it.`,
    });
  }
}

/** The lines a range stands on, with the line break after them, so removing them leaves no blank line. */
function wholeLines(draft: Draft, range: OffsetRange): OffsetRange {
  const lines = draft.lines;
  // A value that runs to the end of the YAML (an unclosed `{`) ends where the closing fence's line starts: not on it.
  const end = lines.positionAt(range.end);
  const last = end.character === 0 && range.end > range.start ? end.line - 1 : end.line;
  const next = lines.lineStart(last + 1);
  return { start: lines.lineStart(lines.positionAt(range.start).line), end: next > lines.lineStart(last) ? next : lines.lineEnd(last) };
}

/** Inserts a subject line with a tab stop after the line at `offset` (the `kind: inmail` line). */
function addSubjectFix(draft: Draft, offset: number): Fix {
  const next = draft.lines.lineStart(draft.lines.positionAt(offset).line + 1);
  return { title: 'Add a subject line', isPreferred: true, edits: [{ start: next, end: next, newText: `${SUBJECT_SNIPPET}${draft.lines.eol}`, snippet: true }] };
}

/** Rewrites an empty `subject:` line, from its key to the end of the line, as a subject with a tab stop. */
function writeSubjectFix(draft: Draft, keyStart: number): Fix {
  const end = draft.lines.lineEnd(draft.lines.positionAt(keyStart).line);
  return { title: 'Write the subject', isPreferred: true, edits: [{ start: keyStart, end, newText: SUBJECT_SNIPPET, snippet: true }] };
}

function replaceFix(range: OffsetRange, newText: string): Fix {
  return { title: `Change to "${newText}"`, isPreferred: true, edits: [{ ...range, newText }] };
}
