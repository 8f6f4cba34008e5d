/**
 * Day intervals: the days a TIMEX value covers, read so that a coarser and a finer value can be
 * compared ("in May" `2024-05` covers "May 16" `2024-05-16`) and a range covers its days ("the
 * second half of May" `2024-05-16`..`2024-05-31`). Shared by the mentions, cluster and judge stages.
 */
import { daysFromCivil, daysInMonth, isoWeekday, mondayOfIsoWeek } from './days.ts';
import type { DayInterval, TimeFact, TimexMod } from '../types.ts';

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
    const d = daysFromCivil(+m[1], +m[2], +m[3]);
    return { from: d, to: d, grain: 'day' };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const from = daysFromCivil(+m[1], +m[2], 1);
    return { from, to: from + daysInMonth(+m[1], +m[2]) - 1, grain: 'month' };
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
    const from = daysFromCivil(y, a, 1);
    const endY = b > 12 ? y + 1 : y;
    const endM = b > 12 ? b - 12 : b;
    return { from, to: daysFromCivil(endY, endM, daysInMonth(endY, endM)), grain: 'season' };
  }
  // "2023-Q3", "2023-H2": quarters and halves of a year, in months
  m = /^(\d{4})-(Q[1-4]|H[12])$/.exec(value);
  if (m) {
    const y = +m[1];
    const n = +m[2][1];
    const [a, b] = m[2][0] === 'Q' ? [3 * n - 2, 3 * n] : [6 * n - 5, 6 * n];
    return { from: daysFromCivil(y, a, 1), to: daysFromCivil(y, b, daysInMonth(y, b)), grain: 'month' };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { from: daysFromCivil(+m[1], 1, 1), to: daysFromCivil(+m[1], 12, 31), grain: 'year' };
  // "19": a century, the years 1900-1999
  m = /^(\d{2})$/.exec(value);
  if (m) return { from: daysFromCivil(+m[1] * 100, 1, 1), to: daysFromCivil(+m[1] * 100 + 99, 12, 31), grain: 'decade' };
  m = /^(\d{3})$/.exec(value);
  if (m) return { from: daysFromCivil(+m[1] * 10, 1, 1), to: daysFromCivil(+m[1] * 10 + 9, 12, 31), grain: 'decade' };
  return null;
}

/**
 * The part of an interval a START, MID or END mod names, as far as the mod says: thirds of a month
 * (days 1-10, 11-20, 21-end), of a year (January-April, May-August, September-December) or of a
 * decade (years 0-3, 4-6, 7-9). "early March" is then compatible with March 3 and not with March
 * 20. Other grains and mods keep the whole interval.
 */
function modPart(i: DayInterval, value: string, mod: TimexMod | undefined): DayInterval {
  if (mod !== 'START' && mod !== 'MID' && mod !== 'END') return i;
  const k = mod === 'START' ? 0 : mod === 'MID' ? 1 : 2;
  if (i.grain === 'month') {
    const from = i.from + [0, 10, 20][k];
    return { from, to: k === 2 ? i.to : from + 9, grain: 'day' };
  }
  if (i.grain === 'year' && /^\d{4}$/.test(value)) {
    const y = +value;
    const [a, b] = [[1, 4], [5, 8], [9, 12]][k];
    return { from: daysFromCivil(y, a, 1), to: daysFromCivil(y, b, daysInMonth(y, b)), grain: 'month' };
  }
  if (i.grain === 'decade') {
    const y = +value * 10;
    const [a, b] = [[0, 3], [4, 6], [7, 9]][k];
    return { from: daysFromCivil(y + a, 1, 1), to: daysFromCivil(y + b, 12, 31), grain: 'year' };
  }
  return i;
}

/** The interval of a time fact, ranges included (`value`..`endValue`), narrowed by its mod ("early March"); null for an open one ("post-1959"). */
export function timeInterval(f: Pick<TimeFact, 'value' | 'endValue' | 'timex' | 'mod'>): DayInterval | null {
  if (f.timex !== 'DATE' && f.timex !== 'TIME') return null;
  // "post-1959" (1959, AFTER), "more than four decades ago" (1960, BEFORE): open on one side, no
  // interval to compare
  if (f.mod === 'BEFORE' || f.mod === 'AFTER' || f.mod === 'ON_OR_BEFORE' || f.mod === 'ON_OR_AFTER') return null;
  const whole = timexInterval(f.value);
  if (whole === null) return null;
  const a = modPart(whole, f.value as string, f.mod);
  if (!f.endValue) return a;
  const b = timexInterval(f.endValue);
  return b === null ? a : { from: a.from, to: Math.max(a.to, b.to), grain: a.grain === 'day' && b.grain === 'day' ? 'day' : a.grain };
}

/**
 * A TIMEX3 value without its part of the day ("2024-05-16TNI" → "2024-05-16"): the day a count or
 * an article is dated by; other values as they are.
 */
export function withoutPartOfDay(value: string): string {
  // not a word list: TIMEX3's part-of-day codes
  return /^\d{4}-\d{2}-\d{2}T(?:MO|MI|AF|EV|NI|DT)$/.test(value) ? value.slice(0, 10) : value;
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
