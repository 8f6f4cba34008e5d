/**
 * Explicit calendar dates and clock times, read by chrono-node: "March 21, 2023",
 * "October 17-18, 2023" (a range), "16 May 2024", "2024-05-16", "May 7", "at 6 pm", "10:30 a.m.".
 *
 * Only chrono's strict, explicit parsers run (no weekdays, no casual words, no "N days ago": those
 * are ours, tense-aware). Only what chrono marks certain becomes `stated`; a missing year is left
 * to the tense rule in resolve.ts, never to chrono's guess. Numeric slash dates are kept only when
 * unambiguous ("16/05/2024", not "24/7", "9/11" or "2-1/2").
 */
// English alone: the package's main entry loads every locale it has, some 250 modules (a tenth of
// a second at every start) for parsers this module never runs.
import * as chrono from 'chrono-node/en';
import type { Component, ParsedComponents, ParsedResult } from 'chrono-node';
import { ZONE_SOURCE, zoneAfter } from './clock.ts';
import type { TimeScanner } from './engine.ts';
import type { Reading } from './reading.ts';
import type { DateParts } from '../../types.ts';
import { isCapitalized, monthNumber } from './words.ts';

const KEEP_PARSERS = new Set([
  'ISOFormatParser',
  'ENYearMonthDayParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENTimeExpressionParser',
  'SlashDateFormatParser',
]);

/** chrono's strict English configuration, narrowed to explicit dates and times. */
const engine: chrono.Chrono = (() => {
  const c = chrono.strict.clone();
  c.parsers = c.parsers.filter((p) => KEEP_PARSERS.has(p.constructor.name));
  c.refiners = c.refiners.filter((r) => r.constructor.name !== 'ForwardDateRefiner');
  return c;
})();

/** A fixed reference: chrono's guesses are never used, so the result cannot depend on the clock. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/** Longest text handed to chrono at once; longer sentences are cut at spaces, keeping the cost linear. */
const CHUNK = 1500;

/** Splits text into pieces of at most CHUNK characters, at whitespace where possible. */
function chunks(text: string): { at: number; text: string }[] {
  const out: { at: number; text: string }[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + CHUNK);
    if (end < text.length) {
      // Searched in the chunk only: text.lastIndexOf(' ', end) would run back to the start of a
      // text with no space ("999…9"), once per chunk, which is quadratic.
      const space = text.slice(at, end).lastIndexOf(' ');
      if (space > CHUNK / 2) end = at + space;
    }
    out.push({ at, text: text.slice(at, end) });
    at = end;
  }
  return out;
}

/** Stated parts of one chrono component set: only what chrono marks certain. */
function certain(c: ParsedComponents): DateParts {
  const out: DateParts = {};
  const get = (k: Component): number | undefined => (c.isCertain(k) ? (c.get(k) ?? undefined) : undefined);
  const year = get('year');
  const month = get('month');
  const day = get('day');
  const weekday = get('weekday');
  const hour = get('hour');
  const minute = get('minute');
  if (year !== undefined) out.year = year;
  if (month !== undefined) out.month = month;
  if (day !== undefined) out.day = day;
  // chrono counts weekdays from Sunday = 0; ours are ISO, Monday = 1 ... Sunday = 7
  if (weekday !== undefined) out.weekday = weekday === 0 ? 7 : weekday;
  if (hour !== undefined) out.hour = hour;
  if (minute !== undefined) out.minute = minute;
  return out;
}

/** A reading of one chrono component set, or null when it is not a date or time we keep. */
function toReading(c: ParsedComponents, text: string): Reading | null {
  const stated = certain(c);
  if (stated.month !== undefined && stated.day !== undefined) {
    const grain = stated.hour !== undefined ? 'minute' : 'day';
    return { mode: stated.year !== undefined ? 'fixed' : 'cyclic', grain, stated, label: text, rule: 'date' };
  }
  if (stated.month !== undefined && stated.year !== undefined) return { mode: 'fixed', grain: 'month', stated, label: text, rule: 'date' };
  if (stated.hour !== undefined && stated.day === undefined && stated.month === undefined) {
    // "from 9 to 5" is not a time; "9:30", "6 pm", "10 a.m." are
    if (!/\d[:.]\d\d|\d\s?[ap]\.?m\b|noon|midnight/i.test(text)) return null;
    return { mode: 'clock', grain: 'minute', stated: { hour: stated.hour, minute: stated.minute ?? 0 }, label: text, rule: 'time/clock' };
  }
  return null;
}

/** True when the text's month name is written as a month ("May 7", not "may 7"). */
function monthWordOk(text: string): boolean {
  for (const w of text.match(/[A-Za-z]+/g) ?? []) if (monthNumber(w) !== null) return isCapitalized(w);
  return true;
}

/** True for a numeric date whose day and month order is not in doubt: "16/05/2024", "2024/05/16". */
function numericOk(text: string, stated: DateParts): boolean {
  if (!/\d[/.]\d/.test(text) || /[A-Za-z]/.test(text)) return true;
  if (/^\d{4}[/.-]/.test(text)) return true;
  if (!/\d{4}/.test(text) || stated.day === undefined || stated.month === undefined) return false;
  return stated.day > 12 || stated.day === stated.month;
}

/** A zone word that chrono took into its text: "1:40 a.m. ET". */
const ZONE_END = new RegExp(`\\s\\(?(${ZONE_SOURCE})\\)?$`);

/** A result as the scanner uses it. */
type Found = Pick<ParsedResult, 'index' | 'text' | 'start' | 'end'>;

/**
 * A date whose last number is the hour of a clock time written with a space after the colon
 * ("July 7, 2012, 10: 04 PM", "4 November 02: 00 GMT"): chrono reads "10" as a bare hour and "02"
 * as a year. The date is read again without that number, and the clock time is clock.ts's.
 * Null when nothing is left.
 */
function spacedClockCut(r: Found, text: string): Found | null {
  const window = text.slice(r.index, r.index + r.text.length + 4);
  const clock = /[,\s]{1,3}(?:at\s{1,3})?\d{1,2}:\s\d\d/.exec(window);
  if (!clock || clock.index >= r.text.length) return r;
  const again = engine.parse(r.text.slice(0, clock.index), REFERENCE).find((x) => x.index === 0);
  return again ? { index: r.index, text: again.text, start: again.start, end: again.end } : null;
}

/** Explicit dates and clock times in one sentence. */
export const chronoScanner: TimeScanner = {
  extractor: 'time/chrono',
  scan(ctx) {
    if (!/\d/.test(ctx.text)) return []; // every explicit date or time has a digit
    const out: ReturnType<TimeScanner['scan']> = [];
    for (const piece of chunks(ctx.text)) {
      if (!/\d/.test(piece.text)) continue;
      for (const found of engine.parse(piece.text, REFERENCE)) {
        const r = spacedClockCut(found, piece.text);
        if (!r) continue;
        const start = toReading(r.start, r.text);
        if (!start || !monthWordOk(r.text) || !numericOk(r.text, start.stated)) continue;
        if (r.end) {
          const end = toReading(r.end, r.text);
          if (end) {
            // "October 17-18, 2023": a range from the 17th to the 18th
            end.label = r.text;
            start.end = end;
          }
        }
        // "1:40 a.m. ET": the zone word after a clock time goes into the span and the value
        let length = r.text.length;
        if (start.stated.hour !== undefined && !start.end) {
          const inside = ZONE_END.exec(r.text);
          const after = inside ? null : zoneAfter(piece.text.slice(r.index + length, r.index + length + 36));
          if (inside) start.zone = inside[1];
          else if (after) {
            start.zone = after.zone;
            length += after.length;
          }
        }
        out.push({ index: piece.at + r.index, length, reading: start });
      }
    }
    return out;
  },
};
