/**
 * Day intervals: the days a TIMEX value covers, read so that a coarser and a finer value can be
 * compared ("in May" `2024-05` covers "May 16" `2024-05-16`) and a range covers its days ("the
 * second half of May" `2024-05-16`..`2024-05-31`). Shared by the mentions, cluster and judge stages.
 */
import { daysFromCivil, daysInMonth, isoWeekday, mondayOfIsoWeek } from './days.ts';
import type { DayInterval, TimeFact } from '../types.ts';

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
  m = /^(\d{4})$/.exec(value);
  if (m) return { from: daysFromCivil(+m[1], 1, 1), to: daysFromCivil(+m[1], 12, 31), grain: 'year' };
  m = /^(\d{3})$/.exec(value);
  if (m) return { from: daysFromCivil(+m[1] * 10, 1, 1), to: daysFromCivil(+m[1] * 10 + 9, 12, 31), grain: 'decade' };
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
