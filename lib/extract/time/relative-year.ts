/**
 * A day of a month followed by a relative year: "March 5 last year", "June 1 of this year",
 * "on 4 July the following year". The day comes from chrono, the year from relative.ts; joined,
 * the year is counted from publication (or from the previous date for "the following year").
 */
import type { Candidate, Refiner } from './engine.ts';
import { gapBetween } from './engine.ts';

const isMonthDay = (c: Candidate): boolean =>
  c.reading.mode === 'cyclic' && c.reading.stated.month !== undefined && c.reading.stated.day !== undefined && !c.reading.end;
const isRelativeYear = (c: Candidate): boolean =>
  (c.reading.mode === 'deictic' || c.reading.mode === 'anaphoric') && c.reading.grain === 'year' && c.reading.shift?.unit === 'year' && !c.reading.part;

/** Joins "March 5" + "last year" into one reading: 2023-03-05 when published in 2024. */
export const mergeRelativeYear: Refiner = (candidates, body) => {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i];
    const b = candidates[i + 1];
    const gap = b ? gapBetween(body, a, b) : null;
    if (b && gap !== null && isMonthDay(a) && isRelativeYear(b) && /^,?\s{1,3}(?:of\s{1,3})?$/i.test(gap)) {
      out.push({
        ...a,
        end: b.end,
        reading: { ...a.reading, mode: b.reading.mode, shift: b.reading.shift, label: `${a.reading.label} ${b.reading.label}`, rule: 'date/relative-year' },
      });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
};
