/**
 * Readiness: a draft is *ready to send* when it has no error and no warning, no placeholder left, and fits its
 * limit (for an InMail, the subject's 200 characters and the body's 1,900).
 *
 * API: readiness(text, config, result?, draft?) -> Readiness. Pass the lint result you already have (e.g. the
 * workspace's, which holds form-letter) to skip a second lint; without it the draft is linted alone. Pass the draft's
 * parse (`new Draft(text, config)`) if you have one; without it the text is parsed once here.
 */
import type { EngineConfig } from './config';
import { Draft } from '../draft/draft';
import { lint, summarizeMessage, type LintResult } from '../index';

export interface Readiness {
  ready: boolean;
  /** Why it is not ready, most serious first, one short phrase each ("2 errors", "1 placeholder left: [event]"). */
  reasons: string[];
  /** How many things stand between the draft and ready: error and warning diagnostics, plus placeholders and overruns no diagnostic reports (a rule turned off). */
  toFix: number;
  /** Characters of the message (an InMail's body) as LinkedIn counts them. */
  used: number;
  /** Its limit; absent for follow-ups and messages, which have length advice, not a limit. */
  limit?: number;
  /** An InMail's subject, counted apart. */
  subject?: { used: number; limit: number };
  counts: { error: number; warning: number; info: number };
}

export function readiness(text: string, config: EngineConfig, result?: LintResult, shared?: Draft): Readiness {
  const draft = shared?.text === text ? shared : new Draft(text, config);
  result ??= lint(text, config, undefined, draft);
  const summary = summarizeMessage(text, config, draft);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const diagnostic of result.diagnostics) if (diagnostic.severity !== 'hint') counts[diagnostic.severity]++;
  const reasons: string[] = [];
  let toFix = counts.error + counts.warning;
  const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
  if (result.skipped) reasons.push(`not linted: ${result.skipped}`);
  if (counts.error > 0) reasons.push(plural(counts.error, 'error'));
  if (counts.warning > 0) reasons.push(plural(counts.warning, 'warning'));
  const reported = (rule: string) => result.diagnostics.some((d) => d.rule === rule && (d.severity === 'error' || d.severity === 'warning'));

  const placeholders = [...(draft.subject?.placeholders ?? []), ...draft.placeholders];
  if (placeholders.length > 0) {
    const first = text.slice(placeholders[0].start, placeholders[0].end);
    reasons.push(`${plural(placeholders.length, 'placeholder')} left: ${first.length > 40 ? `${first.slice(0, 40)}…` : first}`);
    if (!reported('unfilled-placeholder')) toFix += placeholders.length;
  }
  const overruns: string[] = [];
  if (summary.limit !== undefined && summary.length > summary.limit) {
    overruns.push(`${summary.subject ? 'body' : 'message'} over the limit: ${summary.length}/${summary.limit}`);
  }
  if (summary.subject && summary.subject.length > summary.subject.limit) {
    overruns.push(`subject over the limit: ${summary.subject.length}/${summary.subject.limit}`);
  }
  reasons.push(...overruns);
  if (overruns.length > 0 && !reported('too-long')) toFix += overruns.length;
  if (summary.subject && summary.subject.length === 0) {
    reasons.push('no subject');
    if (!reported('front-matter')) toFix++;
  }
  if (!result.skipped && summary.text.trim() === '') {
    reasons.push('the message is empty');
    toFix++;
  }
  return {
    ready: reasons.length === 0,
    reasons,
    toFix,
    used: summary.length,
    limit: summary.limit,
    subject: summary.subject && { used: summary.subject.length, limit: summary.subject.limit },
    counts,
  };
}
