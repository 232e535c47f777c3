import type { FrontMatter } from '../text/frontMatter';
import { findPlaceholders } from './placeholders';
import type { OffsetRange } from '../types';
import { segmentWords, type Word } from '../text/words';

/**
 * An InMail's subject line as prose. The body's prose masks the front matter out, so the rules that judge wording run
 * their matchers over these words too; every offset here is the document's, so hits land on the subject where it is
 * written in the front matter.
 */
export class Subject {
  private constructor(
    /** The subject as LinkedIn sends it: the YAML value, trimmed. */
    readonly text: string,
    /** Where it is written: the value without its quotes. */
    readonly range: OffsetRange,
    /** The value as written (escapes and all), for the patterns that read raw text. */
    readonly source: string,
    readonly words: Word[],
    readonly placeholders: OffsetRange[],
  ) {}

  /** The subject of a draft whose front matter has a text `subject`. */
  static read(text: string, frontMatter: FrontMatter | undefined): Subject | undefined {
    const entry = frontMatter?.entries.find((candidate) => candidate.key === 'subject');
    if (!entry?.valueRange || typeof entry.value !== 'string') return undefined;
    let { start, end } = entry.valueRange;
    const quote = text[start];
    if ((quote === '"' || quote === "'") && end - start >= 2 && text[end - 1] === quote) {
      start++;
      end--;
    }
    const source = text.slice(start, end);
    const shift = <T extends OffsetRange>(range: T): T => ({ ...range, start: range.start + start, end: range.end + start });
    return new Subject(entry.value.trim(), { start, end }, source, segmentWords(source).map(shift), findPlaceholders(source, 0).map(shift));
  }

  /** Offset range covering words[first, end). */
  wordSpan(first: number, end: number): OffsetRange {
    return { start: this.words[first].start, end: this.words[end - 1].end };
  }

  /** The subject as written within a range of the document. */
  slice(range: OffsetRange): string {
    return this.source.slice(range.start - this.range.start, range.end - this.range.start);
  }

  /**
   * Where the subject's `index`-th character is written. Exact for a value written as it is sent; where YAML escapes
   * or folding change the text, the nearest place within the value.
   */
  offsetOf(index: number): number {
    const leading = this.source.length - this.source.trimStart().length;
    return Math.min(this.range.start + leading + index, this.range.end);
  }
}
