import type { EngineConfig } from '../project/config';
import { parseFrontMatter, type FrontMatter } from '../text/frontMatter';
import { scanMarkdown, maskText, type HtmlComment } from '../text/markdown';
import { extractMessage, type PlainMessage } from './message';
import { LineIndex } from '../text/positions';
import { findPlaceholders, quotedSpans } from './placeholders';
import { findGreeting, parseRecipient, type Greeting, type RecipientName } from './greeting';
import { findScenario, type Scenario } from '../assist/scenarios';
import { Subject } from './subject';
import type { Account, Kind, OffsetRange, Relationship, TextEdit } from '../types';
import { ACCOUNTS, INMAIL_BODY_LIMIT, KINDS, NOTE_LIMITS, RELATIONSHIPS, TITLES, isOneOf } from '../vocabulary';
import { normalizeWord, segmentSentences, segmentWords, type Sentence, type Word } from '../text/words';
import { partitionPoint } from '../text/search';
import { flatText } from '../text/flat';

const STRANGER_SCENARIOS = new Set(['stranger-shared-interest', 'dream-company', 'hiring-manager', 'recruiter', 'informational-interview', 'read-their-work']);

/** What the front matter says about the draft, valid values only; invalid ones fall back to defaults. */
export interface DraftMeta {
  to?: string;
  scenario?: Scenario;
  kind: Kind;
  account: Account;
  relationship?: Relationship;
  context?: string;
  /** The InMail subject line, trimmed. */
  subject?: string;
}

/** Everything a rule may look at. Expensive views are computed on first use. */
export class Draft {
  readonly lines: LineIndex;
  readonly frontMatter: FrontMatter | undefined;
  readonly bodyStart: number;
  readonly comments: HtmlComment[];
  /** What in the body is not prose (code, comments, link targets, URLs): sorted, non-overlapping. */
  readonly excluded: OffsetRange[];
  /** The text with non-prose (front matter, code, comments, URLs) blanked out; same length and offsets. */
  readonly prose: string;
  readonly meta: DraftMeta;
  private cachedWords?: Word[];
  private cachedSentences?: Sentence[];
  private cachedMessage?: PlainMessage;
  private cachedPlaceholders?: OffsetRange[];
  private cachedGreeting?: { value: Greeting | undefined };
  private cachedHeadEnd?: number;
  private cachedRecipientNames?: string[];
  private cachedRecipient?: RecipientName;
  private foldedRecipientNames?: string[];
  private cachedSubject?: { value: Subject | undefined };
  private cachedQuotes?: OffsetRange[];
  private memos?: Map<object, unknown>;

  /** The draft's text, flat (see `flatText`). */
  readonly text: string;

  constructor(
    text: string,
    readonly config: EngineConfig,
  ) {
    text = this.text = flatText(text);
    this.lines = new LineIndex(text);
    this.frontMatter = parseFrontMatter(text);
    this.bodyStart = this.frontMatter?.range.end ?? 0;
    const layout = scanMarkdown(text, this.bodyStart);
    this.comments = layout.comments;
    this.excluded = layout.excluded;
    const frontMatterRange: OffsetRange[] = this.frontMatter ? [this.frontMatter.range] : [];
    this.prose = maskText(text, layout.excluded, frontMatterRange);
    this.meta = readMeta(this.frontMatter, config);
  }

  /**
   * `compute(this)`, worked out once for this draft however many rules ask (a draft's asks, its reading by the learned
   * layer), kept by `key`. Kept on the draft rather than in a WeakMap per question: each WeakMap entry is more work for
   * the garbage collector, which every lint's draft passes through.
   */
  memo<T>(key: object, compute: (draft: Draft) => T): T {
    const memos = (this.memos ??= new Map<object, unknown>());
    let value = memos.get(key) as T | undefined;
    if (value === undefined && !memos.has(key)) memos.set(key, (value = compute(this)));
    return value as T;
  }

  get words(): Word[] {
    return (this.cachedWords ??= segmentWords(this.prose));
  }

  get sentences(): Sentence[] {
    return (this.cachedSentences ??= segmentSentences(this.prose, this.words));
  }

  get message(): PlainMessage {
    return (this.cachedMessage ??= extractMessage(this.text, this.bodyStart, this.prose, this.comments));
  }

  /** How the draft opens (a greeting with a name, an impersonal one, or none); several rules ask. */
  get greeting(): Greeting | undefined {
    return (this.cachedGreeting ??= { value: findGreeting(this) }).value;
  }

  get placeholders(): OffsetRange[] {
    return (this.cachedPlaceholders ??= findPlaceholders(this.prose, this.bodyStart));
  }

  /** Whether an offset lies inside a quoted title ("A Gentle Introduction to ..."): words there are named, not said. */
  isQuoted(offset: number): boolean {
    const quotes = (this.cachedQuotes ??= quotedSpans(this.prose, this.bodyStart));
    let low = 0;
    let high = quotes.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (quotes[mid].end <= offset) low = mid + 1;
      else if (quotes[mid].start > offset) high = mid - 1;
      else return true;
    }
    return false;
  }

  /** An InMail's subject line, which the rules that judge wording read as well as the body; other kinds send none. */
  get subject(): Subject | undefined {
    return (this.cachedSubject ??= { value: this.meta.kind === 'inmail' ? Subject.read(this.text, this.frontMatter) : undefined }).value;
  }

  /**
   * Where the body's prose starts: after the front matter and any comments at the top. Disable comments there
   * also cover the front matter, where no comment can stand.
   */
  get headEnd(): number {
    if (this.cachedHeadEnd !== undefined) return this.cachedHeadEnd;
    let offset = this.bodyStart;
    for (const comment of this.comments) {
      if (this.text.slice(offset, comment.start).trim() !== '') break;
      offset = comment.end;
    }
    return (this.cachedHeadEnd = offset);
  }

  /** LinkedIn's limit for this kind of message, or undefined where only length advice applies. */
  get limit(): { characters: number; what: string; where: string } | undefined {
    const { kind, account } = this.meta;
    if (kind === 'invite') {
      return { characters: NOTE_LIMITS[account], what: 'note', where: account === 'free' ? 'a free account' : 'a Premium account' };
    }
    if (kind === 'inmail') return { characters: INMAIL_BODY_LIMIT, what: 'InMail body', where: 'LinkedIn' };
    return undefined;
  }

  /** Close friends may skip formalities: personalisation rules relax to info for them. */
  get isCloseFriend(): boolean {
    return this.meta.scenario?.id === 'close-friend' || this.meta.relationship === 'close-friend';
  }

  get isFirstMessage(): boolean {
    return this.meta.kind === 'invite' || this.meta.kind === 'inmail';
  }

  /** The first sentence after the greeting (the first sentence when there is none): where a draft's substance starts. */
  get sentenceAfterGreeting(): Sentence | undefined {
    const greeting = this.greeting;
    return greeting ? this.sentences[greeting.sentence + 1] : this.sentences[0];
  }

  /**
   * An edit inserting a sentence (a snippet) right after the greeting, or at the end of the message (next steps, or
   * when nothing follows the greeting). Assumes the draft has at least one sentence.
   */
  insertSentence(snippet: string, at: 'start' | 'end'): TextEdit {
    const next = at === 'start' ? this.sentenceAfterGreeting : undefined;
    if (next) return { start: next.start, end: next.start, newText: `${snippet} `, snippet: true };
    const end = this.sentences[this.sentences.length - 1].end;
    return { start: end, end, newText: ` ${snippet}`, snippet: true };
  }

  /** The sentence holding a word (binary search: rules call this once per hit). */
  sentenceOfWord(wordIndex: number): Sentence | undefined {
    const sentences = this.sentences;
    const sentence = sentences[partitionPoint(sentences.length, (index) => sentences[index].endWord <= wordIndex)];
    return sentence && sentence.firstWord <= wordIndex ? sentence : undefined;
  }

  /** The part of a range on its first line: where a document-level diagnostic is shown. */
  firstLineOf(range: OffsetRange): OffsetRange {
    return { start: range.start, end: Math.min(range.end, this.lines.lineEnd(this.lines.positionAt(range.start).line)) };
  }

  /** Offset range covering words[first, end). */
  wordSpan(first: number, end: number): OffsetRange {
    return { start: this.words[first].start, end: this.words[end - 1].end };
  }

  /** The names in `to` without titles: ["Priya", "Raman"] for "Dr. Priya Raman". */
  get recipientNames(): string[] {
    return (this.cachedRecipientNames ??= this.meta.to
      ? segmentWords(this.meta.to).map((word) => word.text).filter((word) => !TITLES.has(normalizeWord(word)))
      : []);
  }

  /** How `to` names the recipient: given and family name, and any title. */
  get recipient(): RecipientName {
    const to = this.meta.to;
    return (this.cachedRecipient ??= to
      ? parseRecipient(to, segmentWords(to).map((word) => word.text), (word) => TITLES.has(normalizeWord(word)))
      : {});
  }

  /** The first name in `to`, e.g. "Marta" for "Marta Kowalska" or "Kowalska, Marta" (the surname alone for "Dr. Chen"). */
  get recipientFirstName(): string | undefined {
    return this.recipient.given ?? this.recipient.family;
  }

  /** Whether a word is one of the recipient's names, ignoring case and accents ("Zoe" for "Zoë"). */
  isRecipientName(word: string): boolean {
    const names = (this.foldedRecipientNames ??= [...new Set(this.recipientNames.map(foldName))]);
    if (names.length === 0) return false;
    // Rules ask this of most capitalised words: an ASCII word is compared with each name in place, case folded, where
    // folding it would make a string (`foldName` lower-cases ASCII and does nothing else to it).
    let ascii = true;
    for (let i = 0; i < word.length && ascii; i++) ascii = word.charCodeAt(i) < 128;
    if (!ascii) return names.includes(foldName(word));
    for (const name of names) if (sameAsciiLowerCase(word, name)) return true;
    return false;
  }

  /** Someone the sender has never met: said in front matter, or implied by a cold-outreach scenario. */
  get isStranger(): boolean {
    if (this.meta.relationship) return this.meta.relationship === 'stranger';
    return STRANGER_SCENARIOS.has(this.meta.scenario?.id ?? '');
  }
}

function readMeta(frontMatter: FrontMatter | undefined, config: EngineConfig): DraftMeta {
  // A key given twice is reported by the front-matter rule; the first one applies, as the reader sees it first.
  const values = new Map<string, unknown>();
  for (const entry of frontMatter?.entries ?? []) if (!values.has(entry.key)) values.set(entry.key, entry.value);
  const text = (key: string) => {
    const value = values.get(key);
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  };
  const kind = values.get('kind');
  const account = values.get('account');
  const relationship = values.get('relationship');
  return {
    to: text('to'),
    scenario: findScenario(text('scenario')),
    kind: isOneOf(KINDS, kind) ? kind : 'invite',
    account: isOneOf(ACCOUNTS, account) ? account : config.account,
    relationship: isOneOf(RELATIONSHIPS, relationship) ? relationship : undefined,
    context: text('context'),
    subject: text('subject'),
  };
}

/** Whether an ASCII word, lower-cased, is `folded` (a folded name, which may hold other characters). */
function sameAsciiLowerCase(word: string, folded: string): boolean {
  if (word.length !== folded.length) return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if ((code >= 65 && code <= 90 ? code + 32 : code) !== folded.charCodeAt(i)) return false;
  }
  return true;
}

/** Letters that carry no combining mark to strip but are written without it on keyboards that lack them ("Lukasz", "Soren"). */
const PLAIN_LETTERS: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', þ: 'th' };

export function foldName(name: string): string {
  // Most names are ASCII, which has no accents to take off and none of the letters below.
  if (/^[\x00-\x7f]*$/.test(name)) return name.toLowerCase();
  // The others are folded once each: drafts name the same people again and again ("Zoë", "Müller").
  let folded = FOLDED.get(name);
  if (folded === undefined) {
    folded = name
      .normalize('NFD')
      .replace(MARKS, '')
      .toLowerCase()
      .replace(/[øłđðßæœıþ]/g, (letter) => PLAIN_LETTERS[letter]);
    if (FOLDED.size >= FOLDED_LIMIT) FOLDED.clear();
    FOLDED.set(name, folded);
  }
  return folded;
}
const FOLDED = new Map<string, string>();
/** Bounded: a long text of foreign words must not keep them all. */
const FOLDED_LIMIT = 1024;
const MARKS = /\p{M}/gu;
