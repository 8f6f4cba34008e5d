/**
 * A stated weekday that disagrees with its stated date: "Tuesday, May 16, 2024" (May 16, 2024 was
 * a Thursday). The finding itself is the judge's; this exposes the facts it needs.
 */
import type { TimeFact } from '../../types.ts';
import { daysFromCivil, isoWeekday } from '../../calendar/days.ts';

/** One disagreement. Weekdays are ISO: 1 = Monday ... 7 = Sunday. */
export interface WeekdayMismatch {
  /** The fact whose weekday and date disagree. */
  fact: TimeFact;
  /** The weekday the text wrote. */
  statedWeekday: number;
  /** The weekday of the date. */
  actualWeekday: number;
  /** True when the year was implied (from publication and tense), not written: a weaker finding. */
  yearImplied: boolean;
}

/**
 * Facts whose text states a weekday and a day of a month that do not fall together. The date is
 * the fact's resolved value; a fact without a year stated is checked against its implied year.
 */
export function weekdayMismatches(facts: readonly TimeFact[]): WeekdayMismatch[] {
  const out: WeekdayMismatch[] = [];
  for (const fact of facts) {
    const { weekday, day, month } = fact.stated;
    if (weekday === undefined || day === undefined || month === undefined || fact.value === null) continue;
    const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(fact.value);
    if (!m) continue;
    const actual = isoWeekday(daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3])));
    if (actual !== weekday) out.push({ fact, statedWeekday: weekday, actualWeekday: actual, yearImplied: fact.stated.year === undefined });
  }
  return out;
}
