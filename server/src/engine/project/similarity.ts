/**
 * How alike two drafts are, for `form-letter`, and an index that finds the alike ones among thousands without
 * comparing every pair.
 *
 * - Masking: the greeting ("Hi Priya,") becomes one token, the recipient's names and the greeted name `<name>`, each
 *   placeholder `<slot>`; the rest is the prose's words, lower-cased. Front matter, comments and code do not count.
 * - Shingles: every run of SHINGLE_WORDS consecutive tokens, hashed to 32 bits; a draft is the set of its shingles.
 * - Similarity: the Jaccard index of two shingle sets (shared / all), computed exactly for the pairs the index finds.
 * - Index: MinHash signatures (HASHES minimums of seeded hashes) cut into BANDS bands of ROWS rows; drafts that agree on
 *   a whole band share a bucket and become candidates (locality-sensitive hashing). Two drafts with similarity s share
 *   a bucket with probability 1 - (1 - s^ROWS)^BANDS: 0.86 at the threshold (0.5), 0.985 at 0.6, over 0.999 at 0.7;
 *   0.22 at 0.3 (what drafts written from one scenario template share), which the exact check then rejects. Each draft reads its smallest buckets first, at most BUCKET_SCAN members of a bucket, and
 *   checks at most CANDIDATE_LIMIT candidates, so indexing and querying stay linear in the number of drafts.
 */
import type { Draft } from '../draft/draft';

export const SHINGLE_WORDS = 3;
/**
 * Chosen on the 40 labelled pairs in test/support/similarityPairs.ts: the near-duplicates score 0.64 to 1, the drafts
 * that only share a scenario template 0.04 to 0.38; 0.5 sits in the middle of that gap (precision and recall 100% on
 * them). docs/rules/form-letter.md has the table.
 */
export const FORM_LETTER_THRESHOLD = 0.5;
/** Drafts with fewer shingles than this (a dozen words) are too short to call a form letter. */
export const MIN_SHINGLES = 8;
export const BANDS = 30;
export const ROWS = 4;
const HASHES = BANDS * ROWS;
export const BUCKET_SCAN = 24;
export const CANDIDATE_LIMIT = 48;

const SEEDS = Int32Array.from({ length: HASHES }, (_, i) => fmix32(0x9e3779b9 * (i + 1)));

export interface Fingerprint {
  /** The masked tokens joined by spaces: equal when only names, greetings and placeholders differ. */
  masked: string;
  /** Sorted, distinct shingle hashes. */
  shingles: Uint32Array;
  /** One bucket key per band; empty when the draft is too short to compare. */
  bands: number[];
}

/** The draft's masked words, shingles and band keys. */
export function fingerprint(draft: Draft): Fingerprint {
  const tokens = maskedTokens(draft);
  const hashes = new Uint32Array(Math.max(0, tokens.length - SHINGLE_WORDS + 1));
  for (let i = 0; i < hashes.length; i++) {
    let hash = 0x811c9dc5;
    for (let j = i; j < i + SHINGLE_WORDS; j++) hash = hashString(tokens[j], hash ^ 0x20);
    hashes[i] = hash;
  }
  hashes.sort();
  // Distinct values, in place (they are sorted).
  let distinct = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[distinct++] = hashes[i];
  const shingles = hashes.slice(0, distinct);
  return { masked: tokens.join(' '), shingles, bands: shingles.length >= MIN_SHINGLES ? bandKeys(shingles) : [] };
}

/** Jaccard index of two sorted shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 0;
  const shared = sharedCount(a, b, 0);
  return shared / (a.length + b.length - shared);
}

/**
 * `similarity(a, b)` when it is at least `atLeast` and over `over` (-1 for no such bound), else -1. Work stops as soon
 * as the pair cannot reach the fewest shared shingles that pass: with `aBits` (`shingleBits(a)`, made once for the many
 * candidates of one draft), most pairs that only share a template's skeleton (0.3) are ruled out without merging the
 * two sets.
 */
export function similarityIf(a: Uint32Array, b: Uint32Array, atLeast: number, over = -1, aBits?: Int32Array): number {
  const total = a.length + b.length;
  if (total === 0) return 0 >= atLeast && 0 > over ? 0 : -1;
  const most = Math.min(a.length, b.length);
  // The fewest shared shingles that pass: the score s / (total - s) grows with s. The estimate from the bound is
  // adjusted by the very comparison that decides, so rounding cannot make it differ from scoring every count.
  const passes = (shared: number) => {
    const score = shared / (total - shared);
    return score >= atLeast && score > over;
  };
  const bound = Math.max(atLeast, over);
  let needed = Math.min(most + 1, Math.max(0, Math.ceil((bound * total) / (1 + bound))));
  while (needed > 0 && passes(needed - 1)) needed--;
  while (needed <= most && !passes(needed)) needed++;
  if (needed > most) return -1;
  if (aBits) {
    // b's shingles whose bit is set in a's map: every shared one and maybe a few more (two shingles can share a bit),
    // so more misses than b can spare rule the pair out. Counted without a branch per shingle, which would be a coin toss.
    const spare = b.length - needed;
    let misses = 0;
    for (let k = 0; k < b.length; k++) {
      const h = b[k];
      misses += 1 - ((aBits[(h >>> 5) & (BIT_WORDS - 1)] >>> (h & 31)) & 1);
      if (misses > spare) return -1;
    }
  }
  const shared = sharedCount(a, b, needed);
  return shared < needed ? -1 : shared / (total - shared);
}

const BIT_WORDS = 128;

/** The shingles as a map of 4,096 bits (their low 12 bits), for `similarityIf`'s cheap bound; about 1% of it is set. */
export function shingleBits(shingles: Uint32Array): Int32Array {
  const bits = new Int32Array(BIT_WORDS);
  for (let i = 0; i < shingles.length; i++) {
    const h = shingles[i];
    bits[(h >>> 5) & (BIT_WORDS - 1)] |= 1 << (h & 31);
  }
  return bits;
}

/**
 * Shingles in both sorted sets; or, once fewer than `needed` can be shared, some number below it: each shingle of one
 * set passed over without a match in the other lowers by one how many that set can still share.
 */
function sharedCount(a: Uint32Array, b: Uint32Array, needed: number): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  let slackA = a.length - needed;
  let slackB = b.length - needed;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) {
      i++;
      if (--slackA < 0) return shared;
    } else {
      j++;
      if (--slackB < 0) return shared;
    }
  }
  return shared;
}

function maskedTokens(draft: Draft): string[] {
  const greeting = draft.greeting;
  const greetedName = greeting?.name?.norm;
  const placeholders = draft.placeholders;
  const tokens: string[] = [];
  let slot = 0;
  let inSlot = -1;
  for (const word of draft.words) {
    if (greeting && word.start >= greeting.range.start && word.end <= greeting.range.end) {
      if (tokens[tokens.length - 1] !== '<greeting>') tokens.push('<greeting>');
      continue;
    }
    while (slot < placeholders.length && placeholders[slot].end <= word.start) slot++;
    if (slot < placeholders.length && placeholders[slot].start <= word.start) {
      if (inSlot !== slot) tokens.push('<slot>');
      inSlot = slot;
      continue;
    }
    tokens.push(word.norm === greetedName || draft.isRecipientName(word.text) ? '<name>' : word.norm);
  }
  return tokens;
}

function bandKeys(shingles: Uint32Array): number[] {
  // The MinHash signature: per seed, the smallest fmix32(shingle ^ seed) as an unsigned number. It is computed on
  // 32-bit integers with the sign bit flipped, where a signed comparison orders as the unsigned one does: unsigned
  // values over 2^31 would be doubles to the JIT, and this loop runs 120 times per shingle.
  const signature = new Int32Array(HASHES).fill(0x7fffffff);
  for (let s = 0; s < shingles.length; s++) {
    const shingle = shingles[s] | 0;
    for (let i = 0; i < HASHES; i++) {
      let h = shingle ^ SEEDS[i];
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      h = h ^ (h >>> 16) ^ SIGN_BIT;
      if (h < signature[i]) signature[i] = h;
    }
  }
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let key = fmix32(band + 1);
    for (let row = band * ROWS; row < (band + 1) * ROWS; row++) key = fmix32(key ^ signature[row] ^ SIGN_BIT) + row;
    keys.push(key >>> 0);
  }
  return keys;
}

const SIGN_BIT = -0x80000000;

function hashString(text: string, seed: number): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

/** MurmurHash3's finaliser: a fast, well-mixed 32-bit hash of a 32-bit value. */
function fmix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Drafts' fingerprints in LSH buckets: add, remove, and the candidates of one draft. Ids are small integers. A bucket
 * is its one id while it has one draft (as most have: 10,000 drafts fill some 200,000 buckets, an array each would be
 * 30 MB), then an array in the order the drafts were added.
 */
export class SimilarityIndex {
  private readonly buckets = Array.from({ length: BANDS }, () => new BucketTable());
  /** By id: the last `candidates` call that met it. */
  private seen = new Int32Array(1024);
  private call = 0;

  add(id: number, print: Fingerprint): void {
    if (id >= this.seen.length) {
      const seen = new Int32Array(Math.max(id + 1, this.seen.length * 2));
      seen.set(this.seen);
      this.seen = seen;
    }
    const bands = print.bands;
    for (let band = 0; band < bands.length; band++) this.buckets[band].add(bands[band] | 0, id);
  }

  remove(id: number, print: Fingerprint): void {
    const bands = print.bands;
    for (let band = 0; band < bands.length; band++) this.buckets[band].remove(bands[band] | 0, id);
  }

  /**
   * Other drafts sharing a bucket with this fingerprint, bounded (see BUCKET_SCAN, CANDIDATE_LIMIT). The smallest
   * buckets are read first: a bucket that many drafts share comes from shingles common to many (a template's
   * skeleton), while a near-duplicate also shares the buckets of its rarer shingles. Crowded buckets (over
   * BUCKET_SCAN drafts) are read only when the smaller ones hold no candidate.
   */
  candidates(id: number, print: Fingerprint, accept: (other: number) => boolean): number[] {
    const buckets: number[][] = [];
    const bands = print.bands;
    for (let band = 0; band < bands.length; band++) {
      const bucket = this.buckets[band].shared(bands[band] | 0);
      if (bucket) buckets.push(bucket);
    }
    buckets.sort((a, b) => a.length - b.length);
    // A draft in several of these buckets is considered once: `seen` marks the ids met in this call.
    if (++this.call === 0x7fffffff) {
      this.seen.fill(0);
      this.call = 1;
    }
    const { seen, call } = this;
    const found: number[] = [];
    for (const bucket of buckets) {
      // Past the small buckets, a crowded one is read only when nothing was found yet (a form letter sent to many).
      if (bucket.length > BUCKET_SCAN && found.length > 0) break;
      const scan = Math.min(bucket.length, BUCKET_SCAN);
      for (let index = 0; index < scan; index++) {
        if (found.length >= CANDIDATE_LIMIT) return found;
        const other = bucket[index];
        if (other === id || seen[other] === call) continue;
        seen[other] = call;
        if (accept(other)) found.push(other);
      }
    }
    return found;
  }
}

/**
 * One band's buckets, by band key: a table with open addressing (linear probing, at most half full) where a Map
 * would keep most keys, which are 32-bit hashes, as heap numbers (small integers stop at 2^30), and hash and compare
 * them as such. A slot's value is 0 (empty), id + 1 (a bucket of one draft) or -(n + 1) (a bucket of several: the
 * array `lists[n]`).
 */
class BucketTable {
  private keys = new Int32Array(256);
  private values = new Int32Array(256);
  /** 32 - log2(capacity): the hash's top bits pick the slot. */
  private shift = 24;
  private size = 0;
  private readonly lists: number[][] = [];
  /** Indexes into `lists` whose bucket went back to one draft, to reuse. */
  private readonly freeLists: number[] = [];

  /** The bucket's ids when two or more drafts share it. */
  shared(key: number): number[] | undefined {
    const value = this.values[this.slotOf(key)];
    return value < 0 ? this.lists[-value - 1] : undefined;
  }

  add(key: number, id: number): void {
    const slot = this.slotOf(key);
    const value = this.values[slot];
    if (value === 0) {
      this.keys[slot] = key;
      this.values[slot] = id + 1;
      if (++this.size * 2 > this.values.length) this.grow();
    } else if (value > 0) {
      const list = this.freeLists.pop() ?? this.lists.length;
      this.lists[list] = [value - 1, id];
      this.values[slot] = -(list + 1);
    } else {
      this.lists[-value - 1].push(id);
    }
  }

  remove(key: number, id: number): void {
    const slot = this.slotOf(key);
    const value = this.values[slot];
    if (value === id + 1) this.clear(slot);
    else if (value < 0) {
      const bucket = this.lists[-value - 1];
      const at = bucket.indexOf(id);
      if (at !== -1) bucket.splice(at, 1);
      if (bucket.length === 1) {
        this.values[slot] = bucket[0] + 1;
        this.lists[-value - 1] = NO_IDS;
        this.freeLists.push(-value - 1);
      }
    }
  }

  /** The key's slot, or the empty slot where it would go. */
  private slotOf(key: number): number {
    const mask = this.values.length - 1;
    let slot = this.home(key);
    while (this.values[slot] !== 0 && this.keys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private home(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  /** Empties a slot, moving later keys of its probe run back so that none is cut off from its home (no tombstones). */
  private clear(slot: number): void {
    const mask = this.values.length - 1;
    let hole = slot;
    for (let next = (hole + 1) & mask; this.values[next] !== 0; next = (next + 1) & mask) {
      const home = this.home(this.keys[next]);
      // The key at `next` may fill the hole unless its home lies cyclically after the hole, up to `next`.
      const homeAfterHole = hole <= next ? home > hole && home <= next : home > hole || home <= next;
      if (!homeAfterHole) {
        this.keys[hole] = this.keys[next];
        this.values[hole] = this.values[next];
        hole = next;
      }
    }
    this.values[hole] = 0;
    this.size--;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(values.length * 2);
    this.shift--;
    for (let slot = 0; slot < values.length; slot++) {
      if (values[slot] === 0) continue;
      const mask = this.values.length - 1;
      let to = this.home(keys[slot]);
      while (this.values[to] !== 0) to = (to + 1) & mask;
      this.keys[to] = keys[slot];
      this.values[to] = values[slot];
    }
  }
}

const NO_IDS: number[] = [];
