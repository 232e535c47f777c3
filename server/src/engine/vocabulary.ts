import type { Account, Kind, Relationship, SeveritySetting } from './types';

/** Values the front matter and settings accept, with what each means (for docs, hovers and completion). */
export const KINDS: Record<Kind, string> = {
  invite: 'A connection request note: held to the note limit (200 characters free, 300 Premium) and the first-message rules.',
  'follow-up': 'A message after they accepted: no note limit; specific next steps matter.',
  inmail: 'An InMail to someone outside your network: a `subject` (required, up to 200 characters) and a body up to 1,900 characters.',
  message: 'A message to an existing connection: length advice, not a limit.',
};

export const ACCOUNTS: Record<Account, string> = {
  free: 'Free account: connection notes up to 200 characters.',
  premium: 'Premium or Sales Navigator: connection notes up to 300 characters.',
};

export const RELATIONSHIPS: Record<Relationship, string> = {
  stranger: 'You have not met: a compelling reason and who you are matter most.',
  acquaintance: 'You have met or talked once.',
  colleague: 'You worked together.',
  'close-friend': 'A close friend: formalities are optional and personalisation rules relax to info.',
};

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

/** Honorifics that come before a name. */
export const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'mx', 'miss', 'prof', 'professor', 'sir', 'dame']);

export const NOTE_LIMITS: Record<Account, number> = { free: 200, premium: 300 };
export const INMAIL_BODY_LIMIT = 1900;
export const INMAIL_SUBJECT_LIMIT = 200;

export function isOneOf<T extends string>(values: Record<T, string> | readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (Array.isArray(values) ? values.includes(value as T) : Object.hasOwn(values, value));
}

export function describeChoices(values: Record<string, string> | readonly string[]): string {
  const names = Array.isArray(values) ? values : Object.keys(values);
  return names.map((name) => `"${name}"`).join(', ');
}

/**
 * 12,345 for 12345, as `toLocaleString('en')` writes it, without loading ICU's number formatting (tens of
 * milliseconds and megabytes the first time).
 */
export function formatCount(count: number): string {
  const digits = String(count);
  let formatted = '';
  for (let end = digits.length; end > 0; end -= 3) formatted = (end > 3 ? ',' : '') + digits.slice(Math.max(0, end - 3), end) + formatted;
  return formatted;
}
