/**
 * The drafts of a workspace, indexed together: what the rules that compare drafts need (form-letter, follow-up-due)
 * and what the Drafts view, the code lens and `invite-lint --summary` show. Pure: the server and the CLI read the
 * files and pass their text in; `today` comes from the options.
 *
 * API:
 *   type DraftState = 'needs-work' | 'ready' | 'sent' | 'follow-up-due'
 *   interface DraftOverview { uri; file; to?; scenario?; kind; used; limit?; subject?; ready; reasons; toFix; state;
 *     status; sent?; accepted?; counts: { error; warning; info }; topProblem?; topRule? }
 *   class DraftWorkspace {
 *     constructor(options?: { today?: () => string; followUpDays?: number })
 *     set(uri, text, config, draft?): string[]  adds or replaces a draft (draft: the caller's parse of it, shared); returns
 *                                           the other uris whose diagnostics may have changed
 *     add(uri, text, config): void          adds a new draft, returning nothing (all added before any is linted)
 *     release(uri): void                    forgets the draft's cached lint result and overview
 *     matchAll(): void                      works out every draft's form-letter match at once (kept until a change)
 *     delete(uri): string[]                 the same, for a removed draft
 *     has(uri): boolean; uris(): string[]; size
 *     lint(uri, draft?): LintResult         the draft's own diagnostics plus form-letter and follow-up-due
 *     overview(uri, draft?): DraftOverview   draft: the caller's parse of the current text, shared with readiness
 *     overviews(): DraftOverview[]          in the order the drafts were added
 *   }
 * `limit` is absent for kinds without one (follow-up, message). State: `sent` covers sent, accepted with its follow-up
 * written, and replied; `follow-up-due` is an accepted draft that `follow-up-due` reports on.
 */
import { DEFAULT_FOLLOW_UP_DAYS, type EngineConfig } from './config';
import { Draft, foldName, type DraftMeta } from '../draft/draft';
import { lintedPart } from '../text/limit';
import { localToday } from './localToday';
import { lint, type LintResult } from '../index';
import type { FormLetterMatch, WorkspaceContext } from '../rules/rule';
import { SEVERITY_RANK, type Kind } from '../types';
import { isDate, readLifecycle, type Lifecycle, type Status } from './lifecycle';
import { readiness, type Readiness } from './readiness';
import { FORM_LETTER_THRESHOLD, SimilarityIndex, fingerprint, shingleBits, similarityIf, type Fingerprint } from './similarity';

export type DraftState = 'needs-work' | 'ready' | 'sent' | 'follow-up-due';

export interface DraftOverview {
  uri: string;
  /** The file name, for display. */
  file: string;
  to?: string;
  scenario?: string;
  kind: Kind;
  used: number;
  limit?: number;
  subject?: Readiness['subject'];
  ready: boolean;
  /** Why it is not ready (empty when ready). */
  reasons: string[];
  toFix: number;
  state: DraftState;
  status: Status;
  sent?: string;
  accepted?: string;
  counts: { error: number; warning: number; info: number };
  /** The most severe diagnostic's message (the first in the draft among equals) and its rule. */
  topProblem?: string;
  topRule?: string;
}

export interface DraftWorkspaceOptions {
  /** Today as `YYYY-MM-DD`; read on every lint, so a long-running server moves on at midnight. Default: the local date. */
  today?: () => string;
  /** Days after `accepted` before `follow-up-due` reports, for drafts whose config sets none. Default 3. */
  followUpDays?: number;
}

export { DEFAULT_FOLLOW_UP_DAYS };

interface Entry {
  id: number;
  uri: string;
  file: string;
  text: string;
  config: EngineConfig;
  /** What the overview shows; the parsed draft itself is not kept (10,000 of them would hold their words and sentences). */
  meta: DraftMeta;
  lifecycle: Lifecycle;
  /** Who it is for, folded (case, accents, spacing): `to`, else the name greeted. */
  recipient?: string;
  isFollowUp: boolean;
  /** Set once the workspace holds a second draft (see `indexed`). */
  print?: Fingerprint;
  cached?: { today: string; result: LintResult; overview?: DraftOverview };
}

export class DraftWorkspace {
  private readonly entries = new Map<string, Entry>();
  /** Entries by id (small integers, reused when a draft is replaced). */
  private readonly byId: (Entry | undefined)[] = [];
  /**
   * Each id's recipient as a number (-1 for none), for the filter the index calls on every draft of a bucket it
   * scans: numbers in one array instead of strings in scattered entries.
   */
  private readonly recipientOf: number[] = [];
  private readonly recipientNumbers = new Map<string, number>();
  /** Each id's shingles, compared with many drafts': one step from the id instead of three. */
  private readonly shinglesOf: Uint32Array[] = [];
  private readonly index = new SimilarityIndex();
  /** Follow-up drafts by recipient, for follow-up-due. */
  private readonly followUps = new Map<string, Set<string>>();
  /** Every draft by recipient, to tell which drafts a follow-up affects. */
  private readonly byRecipient = new Map<string, Set<string>>();
  private nextId = 0;
  /**
   * Whether drafts are fingerprinted and in the similarity index: from the moment a second draft arrives. A lone draft
   * has nothing to be like, and its fingerprint (a MinHash of its shingles) was a fifth of the server's first lint.
   */
  private indexed = false;
  /** From `matchAll`, by id; any change to the drafts drops them (it may change any draft's candidates). */
  private matches?: Map<number, FormLetterMatch | undefined>;
  private readonly today: () => string;
  private readonly followUpDays: number;

  constructor(options: DraftWorkspaceOptions = {}) {
    this.today = options.today ?? localToday;
    const days = options.followUpDays ?? DEFAULT_FOLLOW_UP_DAYS;
    if (!Number.isInteger(days) || days < 0) throw new Error(`followUpDays must be a whole number of days, 0 or more, not ${days}`);
    this.followUpDays = days;
  }

  get size(): number {
    return this.entries.size;
  }

  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  uris(): string[] {
    return [...this.entries.keys()];
  }

  /** `draft`: the caller's `new Draft(text, config)`, if it has one for other uses; linting shares it. */
  set(uri: string, text: string, config: EngineConfig, draft = new Draft(lintedPart(text), config)): string[] {
    this.matches = undefined;
    const affected = new Set<string>();
    const old = this.entries.get(uri);
    if (old) {
      this.collectAffected(old, affected);
      this.unindex(old);
    }
    const entry = this.store(uri, text, config, draft, old?.id);
    this.collectAffected(entry, affected);
    affected.delete(uri);
    for (const other of affected) delete this.entries.get(other)!.cached;
    return [...affected];
  }

  /**
   * Adds a draft the workspace does not have yet, without working out which others it affects: for a caller that
   * adds every draft before it lints any (the CLI), to which `set` would return nothing it needs.
   */
  add(uri: string, text: string, config: EngineConfig): void {
    if (this.entries.has(uri)) throw new Error(`DraftWorkspace: ${uri} was added already; set() replaces a draft`);
    this.matches = undefined;
    this.store(uri, text, config, new Draft(lintedPart(text), config));
  }

  /** Forgets a draft's cached lint result and overview, for a caller that reports each draft once (the CLI); the draft stays. */
  release(uri: string): void {
    delete this.get(uri).cached;
  }

  private store(uri: string, text: string, config: EngineConfig, draft: Draft, id = this.nextId++): Entry {
    if (!this.indexed && this.entries.size > (this.entries.has(uri) ? 1 : 0)) this.indexOthers(uri);
    const recipient = recipientKey(draft);
    const entry: Entry = {
      id,
      uri,
      file: fileName(uri),
      text,
      config,
      meta: draft.meta,
      lifecycle: readLifecycle(draft.frontMatter),
      recipient,
      isFollowUp: draft.meta.kind === 'follow-up' || draft.meta.scenario?.id === 'follow-up',
    };
    this.entries.set(uri, entry);
    this.byId[entry.id] = entry;
    this.recipientOf[entry.id] = this.numberOf(recipient);
    if (this.indexed) this.fingerprint(entry, draft);
    if (recipient) {
      addTo(this.byRecipient, recipient, uri);
      if (entry.isFollowUp) addTo(this.followUps, recipient, uri);
    }
    return entry;
  }

  /** The second draft has come: the drafts already here (all but `uri`, which is being stored) are fingerprinted now. */
  private indexOthers(uri: string): void {
    this.indexed = true;
    for (const entry of this.entries.values()) if (entry.uri !== uri) this.fingerprint(entry, new Draft(lintedPart(entry.text), entry.config));
  }

  private fingerprint(entry: Entry, draft: Draft): void {
    const print = (entry.print = fingerprint(draft));
    this.shinglesOf[entry.id] = print.shingles;
    this.index.add(entry.id, print);
  }

  delete(uri: string): string[] {
    const old = this.entries.get(uri);
    if (!old) return [];
    this.matches = undefined;
    const affected = new Set<string>();
    this.collectAffected(old, affected);
    this.unindex(old);
    this.entries.delete(uri);
    this.byId[old.id] = undefined;
    this.recipientOf[old.id] = -1;
    this.shinglesOf[old.id] = NO_SHINGLES;
    affected.delete(uri);
    for (const other of affected) delete this.entries.get(other)!.cached;
    return [...affected];
  }

  /** `draft`: the caller's parse of the draft's current text, if it has one, so that it is not parsed again. */
  lint(uri: string, draft?: Draft): LintResult {
    return this.resolve(uri, draft).result;
  }

  /** `draft`: the caller's parse of the draft's current text, if it has one, so that readiness does not parse it again. */
  overview(uri: string, draft?: Draft): DraftOverview {
    const cached = this.resolve(uri, draft);
    return (cached.overview ??= this.describe(this.entries.get(uri)!, cached.result, draft));
  }

  overviews(): DraftOverview[] {
    return [...this.entries.keys()].map((uri) => this.overview(uri));
  }

  /** The other draft to someone else this one is most like, at or over the threshold. */
  formLetterMatch(uri: string): FormLetterMatch | undefined {
    const entry = this.get(uri);
    if (this.matches?.has(entry.id)) return this.matches.get(entry.id);
    return this.findMatch(entry);
  }

  /**
   * Works out every draft's form-letter match in one pass, kept until the next `set` or `delete`: for a caller that
   * then lints them all (the CLI). One pass keeps the index and the fingerprints it compares in the processor's
   * caches, where matching a draft between two lints finds them evicted (it took about twice as long).
   */
  matchAll(): void {
    const matches = new Map<number, FormLetterMatch | undefined>();
    for (const entry of this.entries.values()) {
      // Drafts whose config turns form-letter off never ask.
      if (entry.config.rules['form-letter'] !== 'off') matches.set(entry.id, this.findMatch(entry));
    }
    this.matches = matches;
  }

  private findMatch(entry: Entry): FormLetterMatch | undefined {
    const best = this.bestMatch(entry);
    return best && { file: best.entry.file, to: best.entry.meta.to, similarity: best.similarity, onlyNameDiffers: best.entry.print!.masked === entry.print!.masked };
  }

  private get(uri: string): Entry {
    const entry = this.entries.get(uri);
    if (!entry) throw new Error(`DraftWorkspace: no draft ${uri}; set() it first`);
    return entry;
  }

  private resolve(uri: string, draft?: Draft): NonNullable<Entry['cached']> {
    const entry = this.get(uri);
    const today = this.today();
    if (!isDate(today)) throw new Error(`DraftWorkspace: today() must return a date written YYYY-MM-DD, not ${JSON.stringify(today)}`);
    if (entry.cached?.today === today) return entry.cached;
    const context: WorkspaceContext = {
      file: entry.file,
      today,
      followUpDays: entry.config.followUpDays ?? this.followUpDays,
      formLetterMatch: () => this.formLetterMatch(uri),
      hasFollowUp: () => [...(this.followUps.get(entry.recipient ?? '') ?? [])].some((other) => other !== uri),
    };
    return (entry.cached = { today, result: lint(entry.text, entry.config, context, draft?.text === entry.text ? draft : undefined) });
  }

  private describe(entry: Entry, result: LintResult, draft?: Draft): DraftOverview {
    const ready = readiness(entry.text, entry.config, result, draft);
    const lifecycle = entry.lifecycle;
    let top: LintResult['diagnostics'][number] | undefined;
    for (const diagnostic of result.diagnostics) {
      if (diagnostic.severity !== 'hint' && (!top || SEVERITY_RANK[diagnostic.severity] > SEVERITY_RANK[top.severity])) top = diagnostic;
    }
    const followUpDue = result.diagnostics.some((diagnostic) => diagnostic.rule === 'follow-up-due');
    const state: DraftState =
      lifecycle.status === 'draft' ? (ready.ready ? 'ready' : 'needs-work') : followUpDue ? 'follow-up-due' : 'sent';
    return {
      uri: entry.uri,
      file: entry.file,
      to: entry.meta.to,
      scenario: entry.meta.scenario?.id,
      kind: entry.meta.kind,
      used: ready.used,
      limit: ready.limit,
      subject: ready.subject,
      ready: ready.ready,
      reasons: ready.reasons,
      toFix: ready.toFix,
      state,
      status: lifecycle.status,
      sent: lifecycle.sent,
      accepted: lifecycle.accepted,
      counts: ready.counts,
      topProblem: top?.message,
      topRule: top?.rule,
    };
  }

  private bestMatch(entry: Entry): { entry: Entry; similarity: number } | undefined {
    const print = entry.print;
    if (!entry.recipient || !print) return undefined;
    const recipients = this.recipientOf;
    const mine = recipients[entry.id];
    const candidates = this.index.candidates(entry.id, print, (id) => recipients[id] !== -1 && recipients[id] !== mine);
    const bits = candidates.length > 1 ? shingleBits(print.shingles) : undefined;
    let bestId = -1;
    let bestScore = -1;
    // The first of equally alike candidates wins: a later one must score higher.
    for (const id of candidates) {
      const score = similarityIf(print.shingles, this.shinglesOf[id], FORM_LETTER_THRESHOLD, bestScore, bits);
      if (score >= 0) {
        bestId = id;
        bestScore = score;
      }
    }
    return bestId === -1 ? undefined : { entry: this.byId[bestId]!, similarity: bestScore };
  }

  /** Drafts whose cross-draft diagnostics may depend on this one: its near-duplicates, and drafts to the same person. */
  private collectAffected(entry: Entry, into: Set<string>): void {
    const print = entry.print;
    if (entry.recipient) {
      const recipients = this.recipientOf;
      const mine = recipients[entry.id];
      const candidates = print ? this.index.candidates(entry.id, print, (id) => recipients[id] !== mine) : [];
      const bits = candidates.length > 1 ? shingleBits(print!.shingles) : undefined;
      for (const id of candidates) {
        const other = this.byId[id]!;
        if (other.recipient && similarityIf(print!.shingles, this.shinglesOf[id], FORM_LETTER_THRESHOLD, -1, bits) >= 0) into.add(other.uri);
      }
      if (entry.isFollowUp) for (const uri of this.byRecipient.get(entry.recipient) ?? []) into.add(uri);
    }
  }

  private numberOf(recipient: string | undefined): number {
    if (recipient === undefined) return -1;
    let number = this.recipientNumbers.get(recipient);
    if (number === undefined) this.recipientNumbers.set(recipient, (number = this.recipientNumbers.size));
    return number;
  }

  private unindex(entry: Entry): void {
    if (entry.print) this.index.remove(entry.id, entry.print);
    if (entry.recipient) {
      removeFrom(this.byRecipient, entry.recipient, entry.uri);
      removeFrom(this.followUps, entry.recipient, entry.uri);
    }
  }
}

const NO_SHINGLES = new Uint32Array(0);

function recipientKey(draft: Draft): string | undefined {
  const name = draft.meta.to ?? draft.greeting?.name?.text;
  return name ? foldName(name).replace(/\s+/g, ' ').trim() : undefined;
}

/** The last part of a uri (decoded) or of a path. */
function fileName(uri: string): string {
  const last = uri.slice(Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('\\')) + 1);
  if (!/^[a-z][a-z0-9+.-]*:/i.test(uri)) return last;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function removeFrom(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  set?.delete(value);
  if (set?.size === 0) map.delete(key);
}
