/**
 * Clock times that chrono does not read, and the time zones written after clock times.
 *
 * Text that passed through a tokenizer and back writes "10: 04 PM ET", "02: 24 GMT" and
 * "9 a. m."; wire copy writes "1023 GMT"; and "noon" and "midnight" are clock times without a
 * digit. A zone word after the time ("GMT", "ET", "UK") becomes the value's offset:
 * `2012-07-07T22:04-04:00`.
 */
import { daysFromCivil, daysInMonth, isoWeekday } from '../../calendar/days.ts';
import type { TimeParser } from './engine.ts';
import { alternation, lazy, wordTable } from '../../text/words.ts';
import { isoOffset, zoneOfName } from '../../text/zones.ts';

/** Zone words written after a clock time, case-sensitive ("ET", never "et"). */
export const ZONE_SOURCE = `(?:(?:GMT|UTC)[+-]\\d{1,2}(?::\\s?\\d{2}|\\d{2})?|${alternation('time-zones')}|[+-](?:0\\d|1[0-4]):?[0-5]\\d|local\\s{1,2}time|[A-Z][a-z]{2,15}(?:\\s[A-Z][a-z]{2,15})?\\s{1,2}time)`;

/** A word that governs a bare hour: "at 4 in the morning" (data/lexicon/words/clock-prepositions.txt). */
const CLOCK_GOVERNOR = lazy(() => new RegExp(`(?:^|[^\\w])(?:${alternation('clock-prepositions')})\\s{1,3}$`, 'i'));

/** A zone word right after a clock time: " GMT", " (ET)". */
const ZONE_AFTER = new RegExp(`^\\s{0,2}\\(?(${ZONE_SOURCE})\\)?(?![\\w])`);

/**
 * The zone word at the start of `after` and its length, or null: "10:04 PM ET" → "ET".
 */
export function zoneAfter(after: string): { zone: string; length: number } | null {
  const m = ZONE_AFTER.exec(after);
  return m ? { zone: m[1], length: m[0].length } : null;
}

/**
 * "10: 04 PM", "02: 24 GMT", "23: 51", "11: 39am UK" (a space after the colon), "9 a. m.",
 * "1023 GMT", "noon", "midday", "midnight", "4 in the morning". Without a.m./p.m. or a zone, a spaced time needs a two-digit hour
 * ("14: 25", not the fight clock's "2: 56").
 */
export const clockParser: TimeParser = {
  extractor: 'time/clock',
  pattern: new RegExp(
    [
      '(?<![\\w:.,+-])(?:',
      // "10: 04 PM", "11: 39am", "23: 51"
      '(\\d{1,2}):\\s(\\d{2})(?:\\s?([AaPp])\\.?\\s?[Mm]\\b\\.?)?',
      // "9 a. m.", "3 p. m."
      '|(\\d{1,2})\\s([AaPp])\\.\\s[Mm]\\.',
      // "1023 GMT"
      `|([01]\\d|2[0-3])([0-5]\\d)(?=\\s(?:GMT|UTC)\\b)`,
      // "noon", "midday", "midnight"
      '|\\b(noon|midday|midnight)\\b',
      // "4 in the morning", "10 at night": an hour with the part of the day it falls in
      `|(\\d{1,2})(?:\\s{1,3}o['’]clock)?\\s{1,3}(in\\s{1,3}the\\s{1,3}(?:morning|afternoon|evening)|at\\s{1,3}night)\\b`,
      ')',
      // "10: 04 PM ET" in the span; "10: 00 (GMT+05: 00)" read, but the bracket left out
      // (an alternation with an empty branch, not "?": an optional group may not match empty)
      `(?:\\s{1,2}(${ZONE_SOURCE})(?![\\w])|(?=\\s{1,2}\\((${ZONE_SOURCE})\\))|)`,
      '(?![\\w]|:\\s?\\d)',
    ].join(''),
    'g',
  ),
  extract(ctx, m) {
    const [whole, h1, m1, ap1, h2, ap2, h3, m3, word, h4, dayPart, written, bracketed] = m;
    const zone = written ?? bracketed;
    let hour: number;
    let minute = 0;
    let meridiem: string | undefined;
    if (word !== undefined) {
      // "at noon", "at midday" → 12:00, "midnight" → 00:00; "the midday meal" names no time
      if (word === 'midday' && /(?:^|[^\w])(?:the|a)\s{1,3}$/i.test(ctx.before(m.index, 6))) return null;
      // "high noon comes today": an idiom, not twelve o'clock
      if (word === 'noon' && /(?:^|[^\w])high\s{1,3}$/i.test(ctx.before(m.index, 8))) return null;
      hour = word === 'midnight' ? 0 : 12;
    } else if (h4 !== undefined) {
      // "4 in the morning" → 04:00, "3 in the afternoon" → 15:00, "10 at night" → 22:00, "2 at night" → 02:00
      hour = Number(h4);
      if (hour < 1 || hour > 12) return null;
      // "killed 4 in the morning raid": a count; an hour of the day is governed ("at 4", "until 10")
      if (!CLOCK_GOVERNOR().test(ctx.before(m.index, 12))) return null;
      const part = dayPart.toLowerCase();
      if (/morning/.test(part)) hour %= 12;
      else if (/afternoon|evening/.test(part)) hour = hour === 12 ? 12 : hour + 12;
      else hour = hour === 12 ? 0 : hour >= 6 ? hour + 12 : hour;
    } else if (h1 !== undefined) {
      hour = Number(h1);
      minute = Number(m1);
      meridiem = ap1;
      // "at 2: 56 of the round" is a game clock; "14: 25" and "02: 24 GMT" are times of day
      if (meridiem === undefined && zone === undefined && h1.length < 2) return null;
    } else if (h2 !== undefined) {
      hour = Number(h2);
      meridiem = ap2;
    } else {
      hour = Number(h3);
      minute = Number(m3);
    }
    if (minute > 59 || hour > 23) return null;
    if (meridiem !== undefined) {
      if (hour < 1 || hour > 12) return null;
      const pm = /p/i.test(meridiem);
      hour = pm ? (hour % 12) + 12 : hour % 12;
    }
    return { mode: 'clock', grain: 'minute', stated: { hour, minute }, label: whole.replace(/\s+/g, ' '), rule: 'time/clock', ...(zone ? { zone } : {}) };
  },
};

/** The day a US or UK daylight-saving period starts or ends: the nth (or last, n = -1) Sunday of a month. */
function sunday(y: number, m: number, n: number): number {
  if (n > 0) {
    const first = daysFromCivil(y, m, 1);
    return first + ((7 - isoWeekday(first)) % 7) + 7 * (n - 1);
  }
  const last = daysFromCivil(y, m, daysInMonth(y, m));
  return last - (isoWeekday(last) % 7);
}

/** True when US daylight time is in force on the day: from 2007 the second Sunday of March to the first of November, before it April's first to October's last. */
function usSummer(y: number, m: number, d: number): boolean {
  const day = daysFromCivil(y, m, d);
  return y >= 2007 ? day >= sunday(y, 3, 2) && day < sunday(y, 11, 1) : day >= sunday(y, 4, 1) && day < sunday(y, 10, -1);
}

/** True when UK summer time is in force: the last Sunday of March to the last of October. */
function ukSummer(y: number, m: number, d: number): boolean {
  const day = daysFromCivil(y, m, d);
  return day >= sunday(y, 3, -1) && day < sunday(y, 10, -1);
}

const US_ZONES: Record<string, number> = { E: -5, C: -6, M: -7, P: -8 };

/** Zone words with the IANA zone they stand for (data/lexicon/words/zone-names.tsv). */
const IANA = (): ReadonlyMap<string, string> => wordTable('zone-names');

/**
 * The zone a fact keeps for a zone word: an IANA name ("Tokyo time" → Asia/Tokyo, "ET" →
 * America/New_York, "GMT" → UTC), an offset as written ("+08:00", "GMT+05:00" → "+05:00"), or
 * "local" for "local time" (the place of the event decides); null for a word not understood.
 */
export function zoneName(zone: string): string | null {
  const iana = IANA().get(zone);
  if (iana) return iana;
  if (/^local\s{1,2}time$/i.test(zone)) return 'local';
  const named = /^(.+?)\s{1,2}time$/.exec(zone);
  if (named) return zoneOfName(named[1]);
  const offset = zoneOffset(zone, 2000, 1, 1);
  return offset === 'Z' ? 'UTC' : offset;
}

/**
 * The ISO offset a zone word gives on a day: "GMT" → "Z", "ET" on 2012-07-07 → "-04:00",
 * "EST" → "-05:00", "UK" in summer → "+01:00". Null for a zone it does not know.
 */
export function zoneOffset(zone: string, y: number, m: number, d: number): string | null {
  const hours = (h: number) => (h === 0 ? 'Z' : `${h < 0 ? '-' : '+'}${String(Math.abs(h)).padStart(2, '0')}:00`);
  // "+08:00", "-0500": an ISO offset as written
  const iso = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (iso) return iso[2] === '00' && iso[3] === '00' ? 'Z' : `${iso[1]}${iso[2]}:${iso[3]}`;
  // "local time": the zone of the event's place, which the judge knows, not the time layer
  if (/^local\s{1,2}time$/i.test(zone)) return null;
  // "Tokyo time", "Nairobi time": the zone of the place named
  const named = /^(.+?)\s{1,2}time$/.exec(zone);
  if (named) {
    const iana = zoneOfName(named[1]);
    return iana === null ? null : isoOffset(iana, y, m, d);
  }
  // "GMT+05:00", "GMT+05: 00", "GMT+1000", "UTC-3"
  const offset = /^(?:GMT|UTC)([+-])(\d{1,2})(?::\s?(\d{2})|(\d{2}))?$/.exec(zone);
  if (offset) {
    const [, sign, hh, mm1, mm2] = offset;
    const mm = mm1 ?? mm2 ?? '00';
    return Number(hh) === 0 && Number(mm) === 0 ? 'Z' : `${sign}${hh.padStart(2, '0')}:${mm}`;
  }
  if (zone === 'GMT' || zone === 'UTC') return 'Z';
  if (zone === 'BST') return '+01:00';
  if (zone === 'UK') return hours(ukSummer(y, m, d) ? 1 : 0);
  const base = US_ZONES[zone.charAt(0)];
  if (base === undefined) return null;
  if (zone.length === 2) return hours(base + (usSummer(y, m, d) ? 1 : 0));
  return hours(base + (zone.charAt(1) === 'D' ? 1 : 0));
}
