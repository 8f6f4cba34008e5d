/**
 * Comparing normalized numbers: a quantity carries the interval its qualifier allows ("more than
 * 40" covers 42; "about 6,000" covers 6,200), so that two claims can be asked whether both can be true.
 */
import type { QuantityFact } from '../types.ts';
import { alternation, lazy } from '../text/words.ts';

/** Qualifiers found anywhere in the lower-cased qualifier text ("up to", "an estimated"), one class each. */
const UPPER_BOUND = lazy(() => new RegExp(alternation('upper-bound-qualifiers')));
const APPROXIMATE = lazy(() => new RegExp(alternation('approximate-qualifiers')));
const MAGNITUDE = lazy(() => new RegExp(alternation('magnitude-qualifiers')));

/** A number with the interval of values its wording allows. */
export interface NumberRange {
  value: number;
  low: number;
  high: number;
  /** True when the text states it exactly (no qualifier, no rounding words). */
  exact: boolean;
}

/**
 * The values a quantity allows: "more than 40" → (40, ∞); "at least" → [40, ∞); "up to",
 * "at most", "less than" → [0, 40]; "about", "nearly", "almost", "around" → within 10%; "tens
 * of thousands" → [10,000, 100,000). A bare round number ("240 billion") also covers what rounds
 * to it, to its last non-zero digit (at most 2.5% either way).
 */
export function numberRange(q: Pick<QuantityFact, 'value' | 'qualifier'>): NumberRange | null {
  const v = Number(q.value);
  if (!Number.isFinite(v)) return null;
  const qual = (q.qualifier ?? '').toLowerCase();
  // "more than 40" excludes 40 itself: the bound sits just above it.
  if (/more than|over|above|exceed/.test(qual)) return { value: v, low: v + Math.max(1e-9, Math.abs(v) * 1e-12), high: Infinity, exact: false };
  if (/at least|or more/.test(qual)) return { value: v, low: v, high: Infinity, exact: false };
  if (UPPER_BOUND().test(qual)) return { value: v, low: 0, high: v, exact: false };
  if (APPROXIMATE().test(qual)) return { value: v, low: v * 0.9, high: v * 1.1, exact: false };
  // "tens of thousands" (10,000) reaches to the next power of ten; "billions" (10^9) to the next
  // named scale, a thousand times on.
  if (MAGNITUDE().test(qual)) {
    const named = [1e3, 1e6, 1e9, 1e12].includes(v);
    return { value: v, low: v, high: v * (named ? 1000 : 10), exact: false };
  }
  // "240 billion" is rounded to its last non-zero digit: it covers 239.5..240.5 billion.
  const half = roundingHalf(v);
  return { value: v, low: v - half, high: v + half, exact: half === 0 };
}

/** Half the unit of the last non-zero digit of a large round number; 0 for small or non-round ones. */
function roundingHalf(v: number): number {
  if (!Number.isInteger(v) || Math.abs(v) < 1000) return 0;
  let unit = 1;
  while (v % (unit * 10) === 0 && unit < 1e15) unit *= 10;
  // Rounding covers half a unit of the last digit, but never more than 2.5% of the value:
  // "7,000" may stand for 6,900, not for 6,500.
  return unit >= 1000 ? Math.min(unit / 2, Math.abs(v) * 0.025) : 0;
}

/** True when both quantities can describe one number. */
export function numbersCompatible(a: NumberRange, b: NumberRange): boolean {
  return a.low <= b.high && b.low <= a.high;
}
