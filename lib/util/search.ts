/**
 * Binary search over a sorted list: the one lower bound every stage uses to find its place among
 * tokens, facts, quotations or sentences in logarithmic time.
 */

/**
 * The index of the first item for which `before(item)` is false, or `list.length` when there is
 * none. `before` must be true for a prefix of the list and false after it: "the first token that
 * ends after offset" is `firstIndex(tokens, (t) => t.end <= offset)`.
 */
export function firstIndex<T>(list: ArrayLike<T>, before: (item: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(list[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
