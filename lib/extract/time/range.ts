/**
 * Ranges between two dates: "from September 2010 to January 2011", "between 2010 and 2012",
 * "from Monday to Wednesday", "May-June 2024". The start takes the value, the end `endValue`;
 * a start without a year gets it from the end (resolve.ts). Ranges inside one date ("October
 * 17-18, 2023") are chrono's and arrive already joined.
 */
import type { Candidate, Refiner } from './engine.ts';
import { gapBetween } from './engine.ts';
import { alternation } from '../../text/words.ts';
import { MONTH_NAMES } from './words.ts';

/** The gap of "from Monday to Friday". */
const RANGE_TO = new RegExp(`^\\s{1,3}(?:${alternation('range-to-words')})\\s{1,3}$`, 'i');

// not a word list: the reading modes of the Reading type
const isPoint = (c: Candidate): boolean => ['fixed', 'cyclic', 'deictic', 'anaphoric', 'clock'].includes(c.reading.mode) && !c.reading.end;

/** Joins two adjacent dates linked by "to", "until", "and" (after "between") or a dash. */
export const mergeRanges: Refiner = (candidates, body) => {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i];
    const b = candidates[i + 1];
    if (b && isPoint(a) && isPoint(b)) {
      const gap = gapBetween(body, a, b);
      const lead = /(?:^|[^\w])(from|between)\s{1,3}$/i.exec(body.slice(Math.max(a.sentence.start, a.start - 12), a.start));
      const word = lead?.[1].toLowerCase();
      const dash = gap !== null && /^(?:[-–]| [-–] )$/.test(gap);
      const to = gap !== null && RANGE_TO.test(gap) && word === 'from';
      const and = gap !== null && /^\s{1,3}and\s{1,3}$/i.test(gap) && word === 'between';
      if (dash || to || and) {
        const start = lead && (to || and || dash) ? a.start - lead[0].length + (/^[^\w]/.test(lead[0]) ? 1 : 0) : a.start;
        out.push({
          start,
          end: b.end,
          sentence: a.sentence,
          extractor: 'time/range',
          reading: { ...a.reading, end: b.reading, label: `${a.reading.label} to ${b.reading.label}` },
        });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
};

/** " and 25", " or 25." after a month-day: another day of the same month, then no word that it counts. */
const LISTED_DAY = /^(\s{1,3}(?:and|or)\s{1,3})(\d{1,2})(?:st|nd|rd|th)?(?=\s{0,3}(?:[.,;:)]|$))/i;

/**
 * "the summit on April 24 and 25": the second number is a day of the same month, a date of its
 * own (TIMEX3 annotates two). It takes the first one's reading with its day; a weekday stated
 * with the first is not the second's. "April 24 and 25 people" is left alone (a word follows).
 */
export const addListedDays: Refiner = (candidates, body) => {
  const out: Candidate[] = [];
  for (const c of candidates) {
    out.push(c);
    const r = c.reading;
    if (r.grain !== 'day' || r.end || r.part || r.stated.month === undefined || r.stated.day === undefined || r.stated.hour !== undefined || !['fixed', 'cyclic'].includes(r.mode)) continue;
    const m = LISTED_DAY.exec(body.slice(c.end, Math.min(c.sentence.end, c.end + 16)));
    if (!m) continue;
    const day = Number(m[2]);
    if (day < 1 || day > 31 || day === r.stated.day) continue;
    const start = c.end + m[1].length;
    const stated = { ...r.stated, day };
    delete stated.weekday;
    out.push({ start, end: start + m[0].length - m[1].length, sentence: c.sentence, extractor: 'time/range', reading: { ...r, stated, label: `${MONTH_NAMES[r.stated.month]} ${day}${r.stated.year !== undefined ? `, ${r.stated.year}` : ''}` } });
  }
  return out;
};
