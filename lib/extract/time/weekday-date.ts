/**
 * A weekday written next to its date: "Tuesday, May 16, 2024", "on Thursday, 16 May". The two
 * become one fact whose `stated` holds both, so that a weekday that disagrees with its date can
 * be found (mismatch.ts). Abbreviated weekdays ("Thu") that found no date are dropped.
 */
import type { Candidate, Refiner } from './engine.ts';
import { gapBetween } from './engine.ts';
import { WEEKDAY_NAMES } from './words.ts';

const isBareWeekday = (c: Candidate): boolean =>
  (c.reading.rule === 'weekday' || c.reading.rule === 'weekday-abbr') && c.reading.mode === 'cyclic' && !c.reading.pick && !c.reading.partOfDay && !c.reading.mod;

/** Merges "Tuesday" + ", " + "May 16, 2024" into one candidate. */
export const mergeWeekdayDate: Refiner = (candidates, body) => {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i];
    const b = candidates[i + 1];
    if (b && isBareWeekday(a) && b.reading.stated.day !== undefined && b.reading.stated.month !== undefined && b.reading.stated.weekday === undefined) {
      const gap = gapBetween(body, a, b);
      // "Tuesday, May 16, 2024", "Tuesday the 16th", "Tuesday (May 16)"
      if (gap !== null && /^\.?,?\s{0,3}(?:\(\s?)?(?:the\s{1,3})?$/.test(gap)) {
        const weekday = a.reading.stated.weekday as number;
        // keep brackets balanced: "on Tuesday (May 14)"
        const end = gap.includes('(') && body[b.end] === ')' ? b.end + 1 : b.end;
        out.push({
          ...b,
          start: a.start,
          end,
          reading: { ...b.reading, stated: { ...b.reading.stated, weekday }, label: `${WEEKDAY_NAMES[weekday]}, ${b.reading.label}` },
        });
        i++;
        continue;
      }
    }
    if (a.reading.rule === 'weekday-abbr') continue;
    out.push(a);
  }
  return out;
};
