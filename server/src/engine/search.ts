/**
 * The first index in [0, length) at which `before(index)` is false, for a predicate that is true up to some index
 * and false after it (a sorted list split in two): a binary search, so per-hit lookups in per-draft indexes stay
 * logarithmic.
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (before(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}
