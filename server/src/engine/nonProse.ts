import type { Draft } from './draft';
import type { OffsetRange } from './types';
import { partitionPoint } from './search';

/** The non-prose range (code, comment, link address, URL) that strictly contains an offset, by binary search. */
export function nonProseAround(draft: Draft, offset: number): OffsetRange | undefined {
  const ranges = draft.excluded;
  const range = ranges[partitionPoint(ranges.length, (index) => ranges[index].end <= offset)];
  return range && range.start < offset ? range : undefined;
}

/**
 * Where a line can be inserted above the one holding an offset: its start, or if that lies inside a code block, a
 * code span or a comment running over several lines, the start of the line where that begins.
 */
export function lineStartAbove(draft: Draft, offset: number): number {
  const { lines } = draft;
  let at = lines.lineStart(lines.positionAt(offset).line);
  for (let range = nonProseAround(draft, at); range; range = nonProseAround(draft, at)) at = lines.lineStart(lines.positionAt(range.start).line);
  return at;
}
