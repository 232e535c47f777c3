/**
 * A message's life, kept in its front matter: `status` (draft, sent, accepted, replied), the `sent` and `accepted`
 * dates, and `sent-digest`, a fingerprint of the message as it was sent, written when the draft is marked sent so
 * that `edited-after-sent` can tell (in the editor and in the CLI alike) when the text changed afterwards.
 *
 * API (pure; `today` is always passed in, as `YYYY-MM-DD`):
 *   readLifecycle(frontMatter) -> { status, sent?, accepted?, sentDigest? }
 *   messageDigest(text) -> string                       the fingerprint `sent-digest` holds
 *   markStatus(text, 'sent' | 'accepted' | 'replied', today) -> TextEdit[]
 *   followUpDraft(text, today) -> string                a `kind: follow-up` draft to the same person
 *   isDate(value), daysBetween(from, to)
 */
import { DEFAULT_CONFIG } from '../config';
import { Draft } from '../draft';
import { opensFrontMatter, type FrontMatter } from '../frontMatter';
import type { TextEdit } from '../types';

export type Status = 'draft' | 'sent' | 'accepted' | 'replied';
export const STATUSES: Record<Status, string> = {
  draft: 'Not sent yet.',
  sent: 'Sent, not accepted yet.',
  accepted: 'They accepted: time for a follow-up.',
  replied: 'They replied: the conversation is going.',
};

export interface Lifecycle {
  /** `draft` when the front matter says nothing valid. */
  status: Status;
  /** Valid `YYYY-MM-DD` dates only. */
  sent?: string;
  accepted?: string;
  /** The fingerprint written when the draft was marked sent. */
  sentDigest?: string;
}

export const SENT_DIGEST_KEY = 'sent-digest';
/** Sixteen lowercase hex digits: what `messageDigest` returns. */
export const DIGEST_PATTERN = /^[0-9a-f]{16}$/;

/** The lifecycle keys of a front matter; invalid values count as absent (the `front-matter` rule reports them). */
export function readLifecycle(frontMatter: FrontMatter | undefined): Lifecycle {
  const values = new Map<string, unknown>();
  for (const entry of frontMatter?.entries ?? []) if (!values.has(entry.key)) values.set(entry.key, entry.value);
  const status = values.get('status');
  const date = (key: string) => {
    const value = values.get(key);
    return typeof value === 'string' && isDate(value.trim()) ? value.trim() : undefined;
  };
  const digest = values.get(SENT_DIGEST_KEY);
  return {
    status: typeof status === 'string' && Object.hasOwn(STATUSES, status) ? (status as Status) : 'draft',
    sent: date('sent'),
    accepted: date('accepted'),
    sentDigest: typeof digest === 'string' && DIGEST_PATTERN.test(digest) ? digest : undefined,
  };
}

/** Whether a value is a real calendar date written `YYYY-MM-DD`. */
export function isDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Whole days from one `YYYY-MM-DD` date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayNumber(to) - dayNumber(from)) / 86_400_000);
}

function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, month - 1, day);
}

/**
 * The fingerprint of a draft's message as LinkedIn gets it (an InMail's subject included): front matter, comments
 * and runs of white space do not count, so changing the status or rewrapping a line is not an edit; any change to
 * what the recipient reads is. 64 bits of two FNV-1a lanes: a check against accidents, not a cryptographic hash.
 */
export function messageDigest(text: string): string {
  const draft = new Draft(text, DEFAULT_CONFIG);
  const subject = draft.meta.kind === 'inmail' ? (draft.meta.subject ?? '') : '';
  const normalized = `${subject}\n${draft.message.text}`.replace(/\s+/g, ' ').trim();
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < normalized.length; i++) {
    const code = normalized.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * Edits that set `status` and, for `sent` and `accepted`, that date to `today` (and, when marking sent, `sent-digest`
 * to the message's fingerprint). Keys already there get their value replaced where they stand; missing ones are added
 * at the end of the front matter; a draft without front matter gets one. Everything else stays byte for byte. No edits
 * when the draft opens a front matter it never closes (where new keys would go is unclear): fix that first.
 */
export function markStatus(text: string, status: Exclude<Status, 'draft'>, today: string): TextEdit[] {
  if (!isDate(today)) throw new Error(`markStatus: today must be a date written YYYY-MM-DD, not ${JSON.stringify(today)}`);
  const values: [string, string][] = [['status', status]];
  if (status === 'sent' || status === 'accepted') values.push([status, today]);
  if (status === 'sent') values.push([SENT_DIGEST_KEY, messageDigest(text)]);
  const draft = new Draft(text, DEFAULT_CONFIG);
  const eol = draft.lines.eol;
  const front = draft.frontMatter;
  if (!front) {
    if (opensFrontMatter(text)) return [];
    const at = text.startsWith('\uFEFF') ? 1 : 0;
    return [{ start: at, end: at, newText: `---${eol}${values.map(([key, value]) => `${key}: ${value}${eol}`).join('')}---${eol}` }];
  }
  const edits: TextEdit[] = [];
  const added: string[] = [];
  for (const [key, value] of values) {
    const entry = front.entries.find((candidate) => candidate.key === key);
    if (!entry) {
      added.push(`${key}: ${value}${eol}`);
    } else if (entry.valueRange) {
      if (text.slice(entry.valueRange.start, entry.valueRange.end) !== value) edits.push({ ...entry.valueRange, newText: value });
    } else {
      // `status:` with nothing after it: the value goes after the colon.
      const colon = text.indexOf(':', entry.keyRange.end);
      const lineEnd = draft.lines.lineEnd(draft.lines.positionAt(entry.keyRange.start).line);
      if (colon >= 0 && colon < lineEnd) edits.push({ start: colon + 1, end: lineEnd, newText: ` ${value}` });
      else added.push(`${key}: ${value}${eol}`);
    }
  }
  if (added.length > 0) {
    const at = front.contentRange.end;
    // YAML whose last line has no line break before the fence cannot happen (the fence starts a line), but an empty
    // front matter (`---` then `---`) puts the keys right before the closing fence all the same.
    edits.push({ start: at, end: at, newText: added.join('') });
  }
  return edits;
}

/**
 * A follow-up draft to the same person, for when they accepted: the front matter carries `to`, `context`,
 * `account` and `relationship` over, with `kind: follow-up` and `scenario: follow-up`; the body greets them by first
 * name, thanks them, says the context again and leaves slots (`[...]`, which `unfilled-placeholder` flags until they
 * are filled) for the thanks and one specific next step with a time.
 */
export function followUpDraft(text: string, today: string): string {
  if (!isDate(today)) throw new Error(`followUpDraft: today must be a date written YYYY-MM-DD, not ${JSON.stringify(today)}`);
  const draft = new Draft(text, DEFAULT_CONFIG);
  const meta = draft.meta;
  const eol = draft.lines.eol;
  const lines = ['---'];
  lines.push(`to: ${meta.to ? yamlText(meta.to) : '"[Name]"'}`, 'scenario: follow-up', 'kind: follow-up');
  if (meta.relationship) lines.push(`relationship: ${meta.relationship}`);
  if (meta.context) lines.push(`context: ${yamlText(meta.context)}`);
  lines.push(`# written ${today}${meta.scenario ? `, after the ${meta.scenario.id} ${meta.kind}` : ''}`);
  lines.push('---', '');
  const name = draft.recipientFirstName ?? '[Name]';
  const context = meta.context ? sentence(meta.context) : '[How you know each other, again].';
  lines.push(`Hi ${name},`, '');
  lines.push(`Thanks for connecting! ${context} [What you are thanking them for, or what stuck with you].`, '');
  lines.push('Could we [one specific next step] on [day] at [time]?', '');
  return lines.join(eol);
}

/** A front matter value written so YAML reads it back as the same text. */
function yamlText(value: string): string {
  return /^[\p{L}\p{N}][\p{L}\p{N} .,'’()&/-]*$/u.test(value) && !/[:#]/.test(value) ? value : JSON.stringify(value);
}

/** The context as a sentence: capitalised, ending in a full stop. */
function sentence(value: string): string {
  const trimmed = value.trim();
  const capitalised = trimmed[0].toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalised) ? capitalised : `${capitalised}.`;
}
