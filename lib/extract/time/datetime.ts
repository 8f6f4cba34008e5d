/**
 * A clock time next to a day: "on Thursday at 6 pm", "at 10:30 a.m. on Tuesday", "yesterday at
 * noon". The time joins the day's reading, and the value becomes `2024-05-16T18:00` (TIME).
 * A dateline's full date followed by its clock time without a word between ("July 7, 2012,
 * 10: 04 PM ET", "Monday, March 11, 2013 23: 51") stays a DATE and a TIME, as the gold guidelines
 * annotate it: the clock time takes the date's day from its sentence.
 */
import type { Candidate, Refiner } from './engine.ts';
import { gapBetween } from './engine.ts';
import { NUMBER_SOURCE } from './words.ts';
import { alternation, lazy } from '../../text/words.ts';

const isDay = (c: Candidate): boolean =>
  c.reading.grain === 'day' && ['fixed', 'cyclic', 'deictic', 'anaphoric'].includes(c.reading.mode) && c.reading.stated.hour === undefined && !c.reading.end;
const isClock = (c: Candidate): boolean => c.reading.mode === 'clock' && !c.reading.end;

/** The clock time's zone ("1:40 a.m. ET"), which the joined reading keeps. */
const zoneOf = (c: Candidate): { zone?: string } => (c.reading.zone ? { zone: c.reading.zone } : {});

/** Merges a day and an adjacent clock time into one candidate. */
export const mergeDateTime: Refiner = (candidates, body) => {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const a = candidates[i];
    const b = candidates[i + 1];
    if (b) {
      const gap = gapBetween(body, a, b);
      // "Thursday at 6 pm", "Thursday, 6 pm"; but a dateline's full date and its clock time stay two
      // facts, a DATE and a TIME ("July 7, 2012, 10: 04 PM ET"), the clock taking the date's day.
      const dateline = a.reading.mode === 'fixed' && a.reading.stated.year !== undefined && gap !== null && /^,?\s{0,3}$/.test(gap);
      if (gap !== null && !dateline && isDay(a) && isClock(b) && /^,?\s{0,3}(?:at\s{1,3}|from\s{1,3}|around\s{1,3}|about\s{1,3}|by\s{1,3})?$/i.test(gap)) {
        const { hour, minute } = b.reading.stated;
        out.push({ ...a, end: b.end, reading: { ...a.reading, grain: 'minute', stated: { ...a.reading.stated, hour, minute }, label: `${a.reading.label} ${b.reading.label}`, ...zoneOf(b) } });
        i++;
        continue;
      }
      // "at 6 pm on Thursday"; but "14: 25 Sun Sep 15 2013", a dateline, stays a TIME and a DATE
      const datelineAfter = b.reading.mode === 'fixed' && b.reading.stated.year !== undefined && gap !== null && /^,?\s{0,3}$/.test(gap);
      if (gap !== null && !datelineAfter && isClock(a) && isDay(b) && /^,?\s{0,3}(?:on\s{1,3})?$/i.test(gap)) {
        const { hour, minute } = a.reading.stated;
        out.push({ ...b, start: a.start, reading: { ...b.reading, grain: 'minute', stated: { ...b.reading.stated, hour, minute }, label: `${a.reading.label} ${b.reading.label}`, ...zoneOf(a) } });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
};

/** "10 days before the murder": a count of days or weeks from an event a noun phrase names. */
const EVENT_COUNT = lazy(
  () =>
    new RegExp(
      `(?:^|[^\\w-])(?:${NUMBER_SOURCE})\\s{1,3}(?:days?|weeks?)\\s{1,3}(?:${alternation('relational-directions')})\\s{1,3}(?:${alternation('articles', 'possessive-determiners')})\\s{1,3}[a-z]`,
      'i',
    ),
);

/**
 * A lone clock time whose day is counted from an event in the rest of its clause ("spotted the
 * car at 6 a.m. near the house 10 days before the shooting"): the day is the event's, which no
 * date of the article gives, so the clock time takes no day from an earlier sentence (resolve.ts);
 * a day of its own sentence ("On Monday he spotted ... at 6 a.m. ten days before ...") still holds.
 */
export const markEventCountedClock: Refiner = (candidates, body) =>
  candidates.map((c): Candidate => {
    if (!isClock(c) || c.reading.grain !== 'minute' || c.reading.stated.hour === undefined) return c;
    // the rest of the clause: up to 60 characters, to the next comma or full stop
    const clause = /^[^,;.!?]{0,60}/.exec(body.slice(c.end, Math.min(c.sentence.end, c.end + 60)))?.[0] ?? '';
    return EVENT_COUNT().test(clause) ? { ...c, reading: { ...c.reading, dayFromEvent: true } } : c;
  });
