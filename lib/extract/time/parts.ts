/**
 * Parts of a period: "early May", "mid-May", "late last year", "early next week", "the second half of May", "the
 * first week of June", "the end of the year", "the third quarter of 2023", "the early 1990s".
 *
 * A refiner: the month, year or decade is read by its own parser, and this step takes in the part
 * words before it. The value becomes a range one grain finer (see `partRange` in resolve.ts):
 * "the second half of May", published 2024-03-19, future → 2024-05-16..2024-05-31.
 */
import type { Candidate, Refiner } from './engine.ts';
import type { Mod, Part } from './reading.ts';
import { alternationOf, wordTable } from '../../text/words.ts';

/** Ordinals of a part with its position: "the first week" → 1, "the last week" → 5, "the latter half" → 2. */
const ORDINALS = (): ReadonlyMap<string, string> => wordTable('part-ordinals');

/** The position an ordinal names ("second", "2nd" → 2). */
const ordinalIndex = (word: string): number => Number(ORDINALS().get(word));

/** Part words right before a period, anchored at the end of the text before it. */
export const PART_PREFIX =
  new RegExp(
    '(?:^|[^\\w-])(?:(?:the\\s{1,3})?(?:very\\s{1,3})?(early|mid|late)(?:\\s{1,3}|-)|(?:the\\s{1,3})?(beginning|start|middle|end)\\s{1,3}of\\s{1,3}(?:the\\s{1,3})?|(?:the\\s{1,3})?(first|second|latter|1st|2nd)\\s{1,3}half\\s{1,3}of\\s{1,3}(?:the\\s{1,3})?|' +
      // "the third week of", "the 4th quarter of": every ordinal of part-ordinals.tsv but "latter", a half only
      `(?:the\\s{1,3})?(${alternationOf([...ORDINALS().keys()].filter((w) => w !== 'latter'))})\\s{1,3}(week|quarter)\\s{1,3}of\\s{1,3}(?:the\\s{1,3})?)$`,
    'i',
  );

/** The part and modifier that a PART_PREFIX match names, or null when it does not fit the grain. */
function partOf(m: RegExpExecArray, grain: string): { part: Part; mod?: Mod } | null {
  const [, edge, boundary, half, nth, unit] = m;
  // "early next week", "late this week": a week takes an edge only (TIMEX3 keeps the week, with the mod)
  if (grain === 'week' && !edge && !boundary) return null;
  if (edge) {
    const e = edge.toLowerCase();
    return e === 'early' ? { part: 'early', mod: 'START' } : e === 'mid' ? { part: 'mid', mod: 'MID' } : { part: 'late', mod: 'END' };
  }
  if (boundary) {
    const b = boundary.toLowerCase();
    return b === 'middle' ? { part: 'mid', mod: 'MID' } : b === 'end' ? { part: 'late', mod: 'END' } : { part: 'early', mod: 'START' };
  }
  if (half) {
    if (grain === 'decade') return null;
    return { part: ordinalIndex(half.toLowerCase()) === 1 ? 'H1' : 'H2' };
  }
  const i = ordinalIndex(nth.toLowerCase());
  if (unit.toLowerCase() === 'week') {
    // "the first week of June" → June 1-7; "the last week of March" → March 25-31
    if (grain !== 'month') return null;
    return { part: (['W1', 'W2', 'W3', 'W4', 'WL'] as const)[i - 1] };
  }
  // "the third quarter of 2023" → 2023-07..2023-09
  if (grain !== 'year') return null;
  return { part: (['Q1', 'Q2', 'Q3', 'Q4', 'Q4'] as const)[i - 1] };
}

/** Takes part words before a week, month, year or decade into its span and reading. */
export const attachParts: Refiner = (candidates, body) =>
  candidates.map((c): Candidate => {
    const r = c.reading;
    if (r.part || r.end || !['week', 'month', 'year', 'decade'].includes(r.grain) || ['duration', 'set', 'clock', 'since'].includes(r.mode)) return c;
    const before = textBefore(c, body, 48);
    const m = PART_PREFIX.exec(before);
    if (!m) return c;
    const found = partOf(m, r.grain);
    if (!found) return c;
    let start = c.start - before.length + m.index + (/^[^\w-]/.test(m[0]) ? 1 : 0);
    while (start < c.start && /\s/.test(body[start])) start++;
    const words = body.slice(start, c.start).replace(/\s+/g, ' ');
    const reading = { ...r, part: found.part, label: `${words}${r.label}` };
    if (found.mod) reading.mod = found.mod;
    return { ...c, start, extractor: 'time/parts', reading };
  });

/** "the week of " right before a day. */
const WEEK_OF = /(?:^|[^\w-])(the\s{1,3}week\s{1,3}of\s{1,3})$/i;

/**
 * "a court hearing the week of March 6" → 2000-W10: a day after "the week of" names the ISO week
 * that holds it. The words join the span; a day with a clock time or a range stays as it is.
 */
export const attachWeekOf: Refiner = (candidates, body) =>
  candidates.map((c): Candidate => {
    const r = c.reading;
    if (r.grain !== 'day' || r.end || r.part || r.partOfDay || r.stated.hour !== undefined || r.stated.day === undefined || !['fixed', 'cyclic'].includes(r.mode)) return c;
    const m = WEEK_OF.exec(textBefore(c, body, 24));
    if (!m) return c;
    const start = c.start - m[1].length;
    return { ...c, start, extractor: 'time/parts', reading: { ...r, weekOf: true, label: `the week of ${r.label}` } };
  });

/** "the day before ", "the day after " right before a day. */
const DAY_BEFORE_AFTER = /(?:^|[^\w-])(the\s{1,3}day\s{1,3}(before|after)\s{1,3})$/i;

/**
 * "The day before last Tuesday's hearing" → the Monday before that Tuesday: a day after "the day
 * before" or "the day after" is the anchor, and the value is one day from it. The words join the
 * span; a day with a clock time, a part of the day or a range stays as it is.
 */
export const attachDayBeforeAfter: Refiner = (candidates, body) =>
  candidates.map((c): Candidate => {
    const r = c.reading;
    if (r.grain !== 'day' || r.end || r.part || r.partOfDay || r.weekOf || r.stated.hour !== undefined || !['fixed', 'cyclic', 'deictic'].includes(r.mode)) return c;
    const m = DAY_BEFORE_AFTER.exec(textBefore(c, body, 24));
    if (!m) return c;
    const before = m[2].toLowerCase() === 'before';
    return { ...c, start: c.start - m[1].length, extractor: 'time/parts', reading: { ...r, dayOffset: before ? -1 : 1, label: `the day ${before ? 'before' : 'after'} ${r.label}` } };
  });

/** Up to `chars` characters of the sentence right before a candidate: where the words that join it stand. */
function textBefore(c: Candidate, body: string, chars: number): string {
  return body.slice(Math.max(c.sentence.start, c.start - chars), c.start);
}
