/**
 * Comparing normalized numbers: a quantity carries the interval its qualifier allows ("more than
 * 40" covers 42; "about 6,000" covers 6,200; "between 200 and 400" covers 300), so that two claims
 * can be asked whether both can be true — in one unit ({@link numberRange}) or across units
 * ({@link compatibleAcrossUnits}: "20 km" and "12 miles").
 */
import type { QuantityFact } from '../types.ts';
import { alternation, lazy, wordTable } from '../text/words.ts';
import { maxOf } from '../util/lists.ts';

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

/** What a qualifier does to the interval of a number. */
export type Bound = 'above' | 'at least' | 'at most' | 'about' | 'magnitude' | null;

/**
 * The kind of bound of a qualifier, in the order the words are tried ("more than" before "than");
 * also of the words of a value that carry their own ("more than 30 hours": `above`).
 */
export function boundOf(qualifier: string | null): Bound {
  const qual = (qualifier ?? '').toLowerCase();
  if (/more than|over|above|exceed/.test(qual)) return 'above';
  if (/at least|or more/.test(qual)) return 'at least';
  if (UPPER_BOUND().test(qual)) return 'at most';
  if (APPROXIMATE().test(qual)) return 'about';
  if (MAGNITUDE().test(qual)) return 'magnitude';
  return null;
}

/** True for a vague amount ("dozens", "hundreds", "tens of thousands"): an order of magnitude, no figure. */
export function isVague(qualifier: string | null): boolean {
  return boundOf(qualifier) === 'magnitude';
}

/** Just above `v`: "more than 40" excludes 40 itself. */
const justAbove = (v: number): number => v + Math.max(1e-9, Math.abs(v) * 1e-12);

/**
 * The values a quantity allows: "more than 40" → (40, ∞); "at least", "40 or more" → [40, ∞);
 * "up to", "at most", "less than", "40 or fewer" → [0, 40]; "about", "nearly", "almost", "40 or
 * so" → within 10%; "tens of thousands" → [10,000, 100,000); a range ("between 200 and 400", a
 * `high`) → [200, 400]. A bare round number ("240 billion") also covers what rounds to it, to its
 * last non-zero digit (at most 2.5% either way).
 */
export function numberRange(q: Pick<QuantityFact, 'value' | 'qualifier' | 'high'>): NumberRange | null {
  const v = Number(q.value);
  if (!Number.isFinite(v)) return null;
  if (q.high !== undefined) {
    const h = Number(q.high);
    if (Number.isFinite(h)) return { value: v, low: Math.min(v, h), high: Math.max(v, h), exact: false };
  }
  switch (boundOf(q.qualifier)) {
    case 'above':
      return { value: v, low: justAbove(v), high: Infinity, exact: false };
    case 'at least':
      return { value: v, low: v, high: Infinity, exact: false };
    case 'at most':
      return { value: v, low: 0, high: v, exact: false };
    case 'about':
      return { value: v, low: v * 0.9, high: v * 1.1, exact: false };
    case 'magnitude': {
      // "tens of thousands" (10,000) reaches to the next power of ten; "billions" (10^9) to the next
      // named scale, a thousand times on.
      const named = [1e3, 1e6, 1e9, 1e12].includes(v);
      return { value: v, low: v, high: v * (named ? 1000 : 10), exact: false };
    }
    default: {
      // "240 billion" is rounded to its last non-zero digit: it covers 239.5..240.5 billion.
      const half = roundingHalf(v);
      return { value: v, low: v - half, high: v + half, exact: half === 0 };
    }
  }
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

/** The table of `data/lexicon/words/unit-factors.tsv`: unit code → factor and base unit. */
const FACTORS = lazy(() => {
  const out = new Map<string, { factor: number; base: string }>();
  for (const [unit, v] of wordTable('unit-factors')) {
    const [factor, base] = v.split(/\s+/);
    out.set(unit, { factor: Number(factor), base });
  }
  return out;
});

/**
 * A value in the base unit of its dimension: `inBase(12, 'mi')` → 19312.128 m, `inBase(5, 'lb')`
 * → 2.27 kg. Null for a unit with no linear factor (currencies, degrees, counts).
 */
export function inBase(value: number, unit: string): { value: number; base: string } | null {
  const f = FACTORS().get(unit);
  return f ? { value: value * f.factor, base: f.base } : null;
}

/** A quantity as written: value, unit, qualifier and the high end of a range. */
export interface UnitQuantity {
  value: string;
  unit: string | null;
  qualifier: string | null;
  high?: string;
}

/**
 * Half a unit of the last significant digit of a decimal as written: "12" → 0.5, "12.4" → 0.05,
 * "1500" → 50 (trailing zeros of a whole number are rounding), "0" → 0.5.
 */
export function precisionHalf(value: string): number {
  const s = value.replace(/^[-+]/, '');
  const dot = s.indexOf('.');
  if (dot >= 0) return 0.5 * 10 ** -(s.length - dot - 1);
  const zeros = /^0+$/.test(s) ? 0 : s.length - s.replace(/0+$/, '').length;
  return 0.5 * 10 ** zeros;
}

/**
 * How far a value as written may be from the true one: half a unit of its last significant digit
 * ({@link precisionHalf}), but trailing zeros of a whole number round by at most 2.5% of it (as
 * {@link numberRange} has it for counts): "200 metres" is 195..205, not 150..250 — "about 150
 * metres" and "approximately 200 metres" are two falls, while "60 m" and "200 ft" stay one.
 */
function roundingOf(value: string): number {
  const half = precisionHalf(value);
  if (value.includes('.') || half <= 0.5) return half;
  return Math.max(0.5, Math.min(half, Math.abs(Number(value)) * 0.025));
}

/**
 * The values a quantity allows in its own unit at the precision it is written: a value covers
 * what rounds to it ("12 miles" → 11.5..12.5), then its qualifier widens that ("about" by 10%,
 * "at least" up to infinity) and a range runs from its low end's to its high end's.
 */
function statedInterval(q: UnitQuantity): [number, number] | null {
  const v = Number(q.value);
  if (!Number.isFinite(v)) return null;
  const lo = v - roundingOf(q.value);
  const hi = v + roundingOf(q.value);
  if (q.high !== undefined && Number.isFinite(Number(q.high))) return [lo, Number(q.high) + roundingOf(q.high)];
  switch (boundOf(q.qualifier)) {
    case 'above':
      return [justAbove(v), Infinity];
    case 'at least':
      return [lo, Infinity];
    case 'at most':
      return [0, hi];
    case 'about':
      return [lo - Math.abs(v) * 0.1, hi + Math.abs(v) * 0.1];
    case 'magnitude':
      return [v, v * ([1e3, 1e6, 1e9, 1e12].includes(v) ? 1000 : 10)];
    default:
      return [lo, hi];
  }
}

/**
 * Whether two quantities in units of one dimension can be one value, compared at the precision
 * each is written: "20 km" and "12 miles" (19.3 km) agree, and so do "20 km" and "12.4 miles";
 * "1,500 km" (1,450..1,550 km) and "940 miles" (1,513 km) agree; "1,150 km" and "940 miles" do
 * not. Null when it cannot tell: a unit with no factor, or units of two dimensions. Quantities of
 * one unit compare too, at their precision.
 */
export function compatibleAcrossUnits(a: UnitQuantity, b: UnitQuantity): boolean | null {
  if (a.unit === null || b.unit === null) return null;
  const fa = a.unit === b.unit ? { factor: 1, base: a.unit } : FACTORS().get(a.unit);
  const fb = a.unit === b.unit ? { factor: 1, base: b.unit } : FACTORS().get(b.unit);
  if (!fa || !fb || fa.base !== fb.base) return null;
  const ia = statedInterval(a);
  const ib = statedInterval(b);
  if (!ia || !ib) return null;
  const [alo, ahi] = [ia[0] * fa.factor, ia[1] * fa.factor];
  const [blo, bhi] = [ib[0] * fb.factor, ib[1] * fb.factor];
  // A hair of slack for the floating-point products: 1 km is 0.621371... miles either way.
  const eps = 1e-9 * Math.max(1, maxOf([alo, ahi, blo, bhi].filter(Number.isFinite).map(Math.abs)));
  return alo <= bhi + eps && blo <= ahi + eps;
}

/**
 * A measure in its dimension's base unit ("200 ft" → 45.7..76.2 m, "about 60 metres" → 49.5..71.5 m),
 * at the precision it is written, so that measures given in two units compare as one; null for a
 * unit with no factor (currencies, which no fixed factor converts).
 */
export function measureInBase(q: UnitQuantity): { base: string; range: NumberRange } | null {
  const f = q.unit === null ? undefined : FACTORS().get(q.unit);
  const i = statedInterval(q);
  if (!f || !i) return null;
  const v = Number(q.value) * f.factor;
  return { base: f.base, range: { value: v, low: i[0] * f.factor, high: i[1] * f.factor, exact: false } };
}
