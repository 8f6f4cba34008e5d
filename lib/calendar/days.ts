/**
 * Calendar arithmetic on the proleptic Gregorian calendar, counted in whole days since 1970-01-01.
 *
 * No `Date` and no time zone anywhere: a date in an article is a calendar date, and doing the
 * arithmetic on day numbers keeps every result the same on every machine.
 */

/** A season code as TIMEX3 writes it: spring, summer, fall (autumn), winter. */
export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/** How fine a resolved period is. */
export type Grain = 'decade' | 'year' | 'season' | 'month' | 'week' | 'weekend' | 'day' | 'minute';

/**
 * A resolved point or period of the calendar: the fields its grain needs, nothing more.
 * For `week` and `weekend`, `y` is the ISO week-numbering year and `week` the ISO week.
 * For `decade`, `y` is the decade's first year (1990 for "the 1990s").
 * For `season`, `y` is the year the season starts in (winter 2023 runs from December 2023).
 */
export interface Period {
  grain: Grain;
  y: number;
  m?: number;
  d?: number;
  week?: number;
  season?: Season;
  hh?: number;
  mi?: number;
}

/** Day number (days since 1970-01-01) of a civil date; after H. Hinnant's `days_from_civil`. */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number; the inverse of {@link daysFromCivil}. */
export function civilFromDays(z: number): { y: number; m: number; d: number } {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

/** ISO weekday of a day number: 1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(days: number): number {
  return ((((days + 3) % 7) + 7) % 7) + 1;
}

/** Number of days in a month. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** True when y-m-d is a real calendar date. */
export function isValidDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** ISO week-numbering year and week of a day number. */
export function isoWeek(days: number): { year: number; week: number } {
  const thursday = days - isoWeekday(days) + 4;
  const { y } = civilFromDays(thursday);
  const week = Math.floor((thursday - daysFromCivil(y, 1, 1)) / 7) + 1;
  return { year: y, week };
}

/** Day number of the Monday of an ISO week. */
export function mondayOfIsoWeek(year: number, week: number): number {
  const jan4 = daysFromCivil(year, 1, 4);
  return jan4 - isoWeekday(jan4) + 1 + (week - 1) * 7;
}

/** Adds months to a year-month pair: (2024, 1) + -2 → (2023, 11). */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + n;
  return { y: Math.floor(idx / 12), m: (((idx % 12) + 12) % 12) + 1 };
}

/** First month of each season, northern hemisphere (the convention of English news). */
const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** First and last day (day numbers, inclusive) that a period covers. */
export function periodBounds(p: Period): [number, number] {
  switch (p.grain) {
    case 'decade':
      return [daysFromCivil(p.y, 1, 1), daysFromCivil(p.y + 9, 12, 31)];
    case 'year':
      return [daysFromCivil(p.y, 1, 1), daysFromCivil(p.y, 12, 31)];
    case 'season': {
      const first = addMonths(p.y, SEASON_START[p.season ?? 'SP'], 0);
      const last = addMonths(first.y, first.m, 2);
      return [daysFromCivil(first.y, first.m, 1), daysFromCivil(last.y, last.m, daysInMonth(last.y, last.m))];
    }
    case 'month':
      return [daysFromCivil(p.y, p.m ?? 1, 1), daysFromCivil(p.y, p.m ?? 1, daysInMonth(p.y, p.m ?? 1))];
    case 'week': {
      const monday = mondayOfIsoWeek(p.y, p.week ?? 1);
      return [monday, monday + 6];
    }
    case 'weekend': {
      const monday = mondayOfIsoWeek(p.y, p.week ?? 1);
      return [monday + 5, monday + 6];
    }
    case 'day':
    case 'minute': {
      const day = daysFromCivil(p.y, p.m ?? 1, p.d ?? 1);
      return [day, day];
    }
  }
}

/** A day period for a day number. */
export function dayPeriod(days: number): Period {
  const { y, m, d } = civilFromDays(days);
  return { grain: 'day', y, m, d };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The ISO date `YYYY-MM-DD` of a day number. */
export function isoDate(days: number): string {
  const { y, m, d } = civilFromDays(days);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

/** Day number of an ISO date `YYYY-MM-DD`, or null when it is not one. */
export function parseIsoDate(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? daysFromCivil(y, mo, d) : null;
}

/** The TIMEX3 value of a period: `2024`, `199`, `2024-SU`, `2024-05`, `2024-W20`, `2024-W20-WE`, `2024-05-16`, `2024-05-16T18:00`. */
export function formatPeriod(p: Period): string {
  switch (p.grain) {
    case 'decade':
      return pad(Math.floor(p.y / 10), 3);
    case 'year':
      return pad(p.y, 4);
    case 'season':
      return `${pad(p.y, 4)}-${p.season}`;
    case 'month':
      return `${pad(p.y, 4)}-${pad(p.m ?? 1)}`;
    case 'week':
      return `${pad(p.y, 4)}-W${pad(p.week ?? 1)}`;
    case 'weekend':
      return `${pad(p.y, 4)}-W${pad(p.week ?? 1)}-WE`;
    case 'day':
      return `${pad(p.y, 4)}-${pad(p.m ?? 1)}-${pad(p.d ?? 1)}`;
    case 'minute':
      return `${pad(p.y, 4)}-${pad(p.m ?? 1)}-${pad(p.d ?? 1)}T${pad(p.hh ?? 0)}:${pad(p.mi ?? 0)}`;
  }
}

/** Western (Gregorian) Easter Sunday of year `y` as days since 1970-01-01 (the anonymous algorithm). */
export function easterSunday(y: number): number {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return daysFromCivil(y, month, day);
}
