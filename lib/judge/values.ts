/**
 * Comparing normalized values: whether two claims can both be true.
 *
 * Time values are read as day intervals, so that a coarser and a finer value are compatible
 * ("in May" `2024-05` covers "May 16" `2024-05-16`) and a range covers its days ("the second half
 * of May" `2024-05-16`..`2024-05-31`). Numbers carry the interval their qualifier allows ("more
 * than 40" covers 42; "about 6,000" covers 6,200).
 */
import { daysFromCivil, daysInMonth, isoWeekday, mondayOfIsoWeek } from '../extract/time/calendar.ts';
import type { QuantityFact, TimeFact } from '../types.ts';

/** A closed interval of day numbers (days since 1970-01-01). */
export interface DayInterval {
  from: number;
  to: number;
  /** The coarsest grain of the two ends: `day`, `week`, `month`, `season`, `year`, `decade`. */
  grain: 'day' | 'week' | 'month' | 'season' | 'year' | 'decade';
}

/** Day number (days since 1970-01-01) of a civil date: the time extractor's calendar. */
export const dayNumber = daysFromCivil;

const daysIn = daysInMonth;

/** Seasons as month spans (northern hemisphere, as TIMEX3 `SP`, `SU`, `FA`, `WI`). */
const SEASONS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

/**
 * The days one TIMEX date value covers, or null for values that are not dates (durations,
 * sets, unresolved). `2024-05-16T18:00` is its day; `2024-W20` its seven days; `199` the 1990s.
 */
export function timexInterval(value: string | null): DayInterval | null {
  if (value === null) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T|$)/.exec(value);
  if (m) {
    const d = dayNumber(+m[1], +m[2], +m[3]);
    return { from: d, to: d, grain: 'day' };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const from = dayNumber(+m[1], +m[2], 1);
    return { from, to: from + daysIn(+m[1], +m[2]) - 1, grain: 'month' };
  }
  m = /^(\d{4})-W(\d{2})/.exec(value);
  if (m) {
    const from = mondayOfIsoWeek(+m[1], +m[2]);
    return { from, to: from + 6, grain: 'week' };
  }
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) {
    const [a, b] = SEASONS[m[2]];
    const y = +m[1];
    const from = dayNumber(y, a, 1);
    const endY = b > 12 ? y + 1 : y;
    const endM = b > 12 ? b - 12 : b;
    return { from, to: dayNumber(endY, endM, daysIn(endY, endM)), grain: 'season' };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { from: dayNumber(+m[1], 1, 1), to: dayNumber(+m[1], 12, 31), grain: 'year' };
  m = /^(\d{3})$/.exec(value);
  if (m) return { from: dayNumber(+m[1] * 10, 1, 1), to: dayNumber(+m[1] * 10 + 9, 12, 31), grain: 'decade' };
  return null;
}

/** The interval of a time fact, ranges included (`value`..`endValue`). */
export function timeInterval(f: Pick<TimeFact, 'value' | 'endValue' | 'timex'>): DayInterval | null {
  if (f.timex !== 'DATE' && f.timex !== 'TIME') return null;
  const a = timexInterval(f.value);
  if (a === null) return null;
  if (!f.endValue) return a;
  const b = timexInterval(f.endValue);
  return b === null ? a : { from: a.from, to: Math.max(a.to, b.to), grain: a.grain === 'day' && b.grain === 'day' ? 'day' : a.grain };
}

/** True when the two intervals share a day: both values can describe one moment. */
export function overlaps(a: DayInterval, b: DayInterval): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/**
 * The first day of a day-grain interval of at most a week that falls on an ISO weekday (1 =
 * Monday): "October 17-18, 2023" and Tuesday → October 17. Null when there is none, or when the
 * interval is coarser or longer (every weekday would fit).
 */
export function dayOnWeekday(i: DayInterval, weekday: number): number | null {
  if (i.grain !== 'day' || i.to - i.from > 6) return null;
  for (let d = i.from; d <= i.to; d++) if (isoWeekday(d) === weekday) return d;
  return null;
}

/** Days between two intervals (0 when they overlap). */
export function gapDays(a: DayInterval, b: DayInterval): number {
  return overlaps(a, b) ? 0 : Math.min(Math.abs(a.from - b.to), Math.abs(b.from - a.to));
}

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
  if (/up to|at most|less than|under|fewer than|below/.test(qual)) return { value: v, low: 0, high: v, exact: false };
  if (/about|around|nearly|almost|approximately|some|roughly|estimated|close to/.test(qual)) return { value: v, low: v * 0.9, high: v * 1.1, exact: false };
  // "tens of thousands" (10,000) reaches to the next power of ten; "billions" (10^9) to the next
  // named scale, a thousand times on.
  if (/order of magnitude|tens of|hundreds of|thousands of|millions of/.test(qual)) {
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
