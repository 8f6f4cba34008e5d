/**
 * Calendar words and numbers: the vocabulary the time parsers' patterns are built from, and the
 * functions that read a matched word back as a number.
 */
import { alternation, wordList } from '../../text/words.ts';
import { NUMBER_WORDS, ORDINAL_WORDS } from './lexicon.ts';

/**
 * Month names and their abbreviations (`data/lexicon/words/month-names.txt`,
 * `month-abbreviations.txt`), full names first so that "June" wins over "Jun", "Sept" before "Sep".
 */
export const MONTH_SOURCE = alternation('month-names', 'month-abbreviations');

/** Full weekday names (`data/lexicon/words/weekday-names.txt`). */
export const WEEKDAY_SOURCE = alternation('weekday-names');

/** Weekday abbreviations, longer first ("Tues" before "Tue"): `data/lexicon/words/weekday-abbreviations.txt`. */
export const WEEKDAY_ABBREVIATION_SOURCE = alternation('weekday-abbreviations');

/** Month then weekday abbreviations, for telling the full stop of "Oct." or "Thurs." from a sentence end. */
export const ABBREVIATION_SOURCE = alternation('month-abbreviations', 'weekday-abbreviations');

/** English names of ISO weekdays 1..7 (index 0 unused), for labels and date chains. */
export const WEEKDAY_NAMES = ['', ...wordList('weekday-names')];
/** English names of months 1..12 (index 0 unused), for labels and date chains. */
export const MONTH_NAMES = ['', ...wordList('month-names')];

/**
 * Lower-case names and abbreviations → their number in `names` (1-based): an abbreviation is the
 * start of its name ("sept" → September → 9, "thurs" → Thursday → 4).
 */
function numbering(names: readonly string[], abbreviations: readonly string[]): Record<string, number> {
  const full = names.map((n) => n.toLowerCase());
  const out: Record<string, number> = {};
  full.forEach((n, i) => (out[n] = i + 1));
  for (const a of abbreviations.map((x) => x.toLowerCase())) {
    const i = full.findIndex((n) => n.startsWith(a));
    if (i < 0) throw new Error(`data/lexicon/words: abbreviation "${a}" starts no name of its list`);
    out[a] = i + 1;
  }
  return out;
}

const MONTHS = numbering(wordList('month-names'), wordList('month-abbreviations'));
const WEEKDAYS = numbering(wordList('weekday-names'), wordList('weekday-abbreviations'));

/** Month abbreviations, lower case ("jan", "sept"). */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(wordList('month-abbreviations').map((a) => a.toLowerCase()));

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
/** The tens of the number words ("twenty" ... "ninety"), in the order of `number-words.txt`. */
const TENS = [...NUMBER_WORDS].filter(([w, v]) => v >= 20 && v <= 90 && v % 10 === 0 && !w.includes(' ')).map(([w]) => w).join('|');
/** The units "one" ... "nine" of the number words: not "a" and "an", which are 1 too but never follow "twenty-". */
const UNITS = [...NUMBER_WORDS].filter(([w, v]) => v >= 1 && v <= 9 && w !== 'a' && w !== 'an' && !w.includes(' ')).map(([w]) => w).join('|');

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
  let t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  // "two and a half" → 2.5: each "and a half" at the end adds a half, peeled in a loop: a call per
  // half would overflow the stack on a text of a million of them.
  let halves = 0;
  while (t.length > HALF.length && t.endsWith(HALF)) {
    t = t.slice(0, -HALF.length);
    halves++;
  }
  const whole = wholeNumber(t);
  return whole === null ? null : whole + 0.5 * halves;
}

/** " and a half" after a number. */
const HALF = ' and a half';

/** The value of a number written without a trailing "and a half" (lower case, spaces single). */
function wholeNumber(t: string): number | null {
  let m = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)$/.exec(t);
  if (m) return Number(m[1].replace(/,/g, ''));
  m = /^(\d+)(?:[- ]1\/2|½)$/.exec(t);
  if (m) return Number(m[1]) + 0.5;
  if (/^half (an?|one)$/.test(t)) return 0.5;
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
export const UNIT_SOURCE = [...wordList('time-units').map((u) => `${u}s?`), 'century', 'centuries'].join('|');

/** The unit of a unit word ("hours" → hour, "centuries" → century). */
export function unitOf(word: string): Unit | null {
  const w = word.toLowerCase();
  if (w === 'centuries' || w === 'century') return 'century';
  const base = w.replace(/s$/, '');
  return (wordList('time-units').find((u) => u === base) as Unit | undefined) ?? null;
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
