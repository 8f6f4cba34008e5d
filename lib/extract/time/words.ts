/**
 * Calendar words and numbers: the vocabulary the time parsers' patterns are built from, and the
 * functions that read a matched word back as a number.
 */
import { NUMBER_WORDS, ORDINAL_WORDS } from './lexicon.ts';

/** Month names and their abbreviations, longest first so that "June" wins over "Jun". */
export const MONTH_SOURCE =
  'January|February|March|April|May|June|July|August|September|October|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec';

/** Full weekday names. */
export const WEEKDAY_SOURCE = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10,
  nov: 11, dec: 12,
};

const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
  mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6, sun: 7,
};

/** English names of ISO weekdays 1..7 (index 0 unused), for labels and date chains. */
export const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** English names of months 1..12 (index 0 unused), for labels and date chains. */
export const MONTH_NAMES = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Month number (1..12) of a month name or abbreviation, with or without a trailing dot; null when none. */
export function monthNumber(word: string): number | null {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

/** ISO weekday (1 = Monday ... 7 = Sunday) of a weekday name or abbreviation; null when none. */
export function weekdayNumber(word: string): number | null {
  return WEEKDAYS[word.toLowerCase().replace(/\.$/, '')] ?? null;
}

/** True when a word starts with a capital letter ("May", not the modal "may"). */
export function isCapitalized(word: string): boolean {
  return /^[A-Z]/.test(word);
}

/** True when a word is all capitals ("MAY"), as in a shouted headline. */
export function isAllCaps(word: string): boolean {
  return /^[A-Z]{2,}\.?$/.test(word);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';

/** Number words from the lexicon, longest first ("a dozen" before "a"). */
const WORD_SOURCE = [...NUMBER_WORDS.keys()]
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  .map((w) => escape(w).replace(/ /g, '\\s'))
  .join('|');

/**
 * A cardinal number as digits or words, including halves: "4", "1,000", "2.5", "2-1/2", "2 1/2",
 * "two", "twenty-five", "two and a half", "half an". Every repetition is bounded, so the pattern
 * cannot backtrack badly.
 */
export const NUMBER_SOURCE =
  `(?:\\d{1,3}(?:,\\d{3}){1,4}|\\d{1,4}(?:\\.\\d{1,2})?(?:[- ]1\\/2|½)?` +
  `|(?:${TENS})-(?:${UNITS})(?:\\sand\\sa\\shalf)?` +
  `|half\\s(?:an?|one)` +
  `|(?:${WORD_SOURCE})(?:\\sand\\sa\\shalf)?)`;

/** The value of a number matched by {@link NUMBER_SOURCE}; null when it is not one. */
export function parseNumber(text: string): number | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  let m = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)$/.exec(t);
  if (m) return Number(m[1].replace(/,/g, ''));
  m = /^(\d+)(?:[- ]1\/2|½)$/.exec(t);
  if (m) return Number(m[1]) + 0.5;
  if (/^half (an?|one)$/.test(t)) return 0.5;
  m = /^(.+) and a half$/.exec(t);
  if (m) {
    const whole = parseNumber(m[1]);
    return whole === null ? null : whole + 0.5;
  }
  m = new RegExp(`^(${TENS})-(${UNITS})$`).exec(t);
  if (m) return (NUMBER_WORDS.get(m[1]) ?? 0) + (NUMBER_WORDS.get(m[2]) ?? 0);
  return NUMBER_WORDS.get(t) ?? null;
}

/** Ordinal words from the lexicon, longest first. */
const ORDINAL_WORD_SOURCE = [...ORDINAL_WORDS.keys()]
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  .map(escape)
  .join('|');

/** An ordinal as digits or a word: "10th", "600th", "tenth", "seventy-fifth". */
export const ORDINAL_SOURCE = `(?:\\d{1,4}(?:st|nd|rd|th)|${ORDINAL_WORD_SOURCE})`;

/** The value of an ordinal matched by {@link ORDINAL_SOURCE}; null when it is not one. */
export function parseOrdinal(text: string): number | null {
  const t = text.toLowerCase();
  const m = /^(\d+)(?:st|nd|rd|th)$/.exec(t);
  if (m) return Number(m[1]);
  return ORDINAL_WORDS.get(t) ?? null;
}

/** Time units as the text writes them, and the unit they mean. */
export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'fortnight' | 'month' | 'year' | 'decade' | 'century';

/** A time unit word, singular or plural. */
export const UNIT_SOURCE = 'seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries';

/** The unit of a unit word ("hours" → hour, "centuries" → century). */
export function unitOf(word: string): Unit | null {
  const w = word.toLowerCase();
  if (w === 'centuries' || w === 'century') return 'century';
  const base = w.replace(/s$/, '');
  return (['second', 'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'year', 'decade'] as const).find((u) => u === base) ?? null;
}

/**
 * An ISO 8601 duration for an amount of a unit: (2, day) → `P2D`, (4, hour) → `PT4H`,
 * (2.5, hour) → `PT2H30M`, (1, decade) → `P10Y`. Fractions go down one unit when they come out whole.
 */
export function isoDuration(n: number, unit: Unit): string {
  switch (unit) {
    case 'century':
      return isoDuration(n * 100, 'year');
    case 'decade':
      return isoDuration(n * 10, 'year');
    case 'fortnight':
      return isoDuration(n * 14, 'day');
    case 'year':
      return Number.isInteger(n) ? `P${n}Y` : Number.isInteger(n * 12) ? ymd(Math.trunc(n), Math.round((n % 1) * 12), 'Y', 'M', false) : `P${n}Y`;
    case 'month':
      return `P${n}M`;
    case 'week':
      return Number.isInteger(n) ? `P${n}W` : `P${n * 7}D`;
    case 'day':
      return Number.isInteger(n) ? `P${n}D` : Number.isInteger(n * 24) ? `P${Math.trunc(n)}DT${Math.round((n % 1) * 24)}H`.replace(/^P0D/, 'P') : `P${n}D`;
    case 'hour':
      return Number.isInteger(n) ? `PT${n}H` : Number.isInteger(n * 60) ? ymd(Math.trunc(n), Math.round((n % 1) * 60), 'H', 'M', true) : `PT${n}H`;
    case 'minute':
      return Number.isInteger(n) ? `PT${n}M` : Number.isInteger(n * 60) ? ymd(Math.trunc(n), Math.round((n % 1) * 60), 'M', 'S', true) : `PT${n}M`;
    case 'second':
      return `PT${n}S`;
  }
}

/** Two-part duration text, dropping a zero leading part: (0, 30, H, M) → `PT30M`. */
function ymd(whole: number, part: number, big: string, small: string, time: boolean): string {
  return `P${time ? 'T' : ''}${whole ? `${whole}${big}` : ''}${part}${small}`;
}
