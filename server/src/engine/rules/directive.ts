import { parseDirectives } from '../directives';
import { closestMatch } from '../frontMatterKeys';
import type { Rule } from './rule';
// A cycle with index.ts, read only when a draft is checked, by which time both modules are loaded.
import { RULE_NAMES } from './index';

export const directive: Rule = {
  name: 'directive',
  description: 'A disable or enable comment that names a rule that does not exist.',
  rationale:
    'A misspelt rule name in `<!-- invite-lint-disable ... -->` silences nothing: the problem you meant to accept ' +
    'stays, or worse, you think a rule is off when it is not.',
  defaultSeverity: 'warning',
  tags: ['directives'],
  check(draft, report) {
    for (const { names } of parseDirectives(draft.comments, draft.lines)) {
      for (const written of names) {
        if (RULE_NAMES.includes(written.name)) continue;
        const guess = closestMatch(written.name, [...RULE_NAMES]);
        report({
          start: written.start,
          end: written.end,
          message: guess
            ? `No rule is named "${written.name}": did you mean "${guess}"? This comment silences nothing for it.`
            : `No rule is named "${written.name}", so this comment silences nothing for it.`,
          fix: guess ? { title: `Did you mean '${guess}'?`, isPreferred: true, edits: [{ start: written.start, end: written.end, newText: guess }] } : undefined,
        });
      }
    }
  },
};
