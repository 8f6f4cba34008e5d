/**
 * Numeric dates that chrono does not read: with spaces around the slashes ("11 / 27 / 2005", as
 * text that passed through a tokenizer writes time stamps) and with dots ("15.09.2013"), and
 * two-digit years in a time stamp ("11 / 28 / 05 07: 05 PM") or at the head of the article.
 *
 * Day and month order differs between countries ("05/02/2013" is 2 May in the US and 5 February
 * in Britain), so a slash date is read only when the order is not in doubt: one of the first two
 * numbers is above 12, or both are equal. Anything else declines, like chrono.ts's slash dates: a
 * wrong month is worse than none. Dotted dates are the exception: where they are written
 * ("08.07.2012" in German, Russian, Scandinavian, Swiss usage) the day comes first, and month-first
 * with dots is no convention anyone uses, so "08.07.2012" is 8 July (zero-padded only: "1.2.2013" may
 * be a version number).
 */
import { daysInMonth } from '../../calendar/days.ts';
import type { TimeParser } from './engine.ts';

/**
 * "11 / 27 / 2005", "15.09.2013", "12 / 23 / 12": three numbers, each separator a slash with at
 * most one space on either side, or a dot without spaces. Digits on neither side, so "1/2/3/4" and
 * version numbers ("1.2.3.4") are not dates. Bounded repetitions only: linear.
 */
const NUMERIC = /(?<![\w./-])(\d{1,2})(?:\s?\/\s?|\.)(\d{1,2})(?:\s?\/\s?|\.)(\d{4}|\d{2})(?![\w]|[./-]\d)/g;

/** A clock time right after the date: "06 / 06 / 13 07: 05 PM", "11 / 28 / 05 9:11", "8 / 2 / 13 at 1: 30 PM". */
const CLOCK_AFTER = /^\s{1,3}(?:at\s{1,2})?\d{1,2}:\s?\d\d/;

/** Years this tool reads: a two-digit year is 20xx up to 69, else 19xx (POSIX's pivot). */
function fullYear(text: string): number {
  const n = Number(text);
  return text.length === 4 ? n : n < 70 ? 2000 + n : 1900 + n;
}

/** "11 / 27 / 2005", "15.09.2013" → a fixed day; declines when day and month could swap. */
export const numericDateParser: TimeParser = {
  extractor: 'time/numeric',
  pattern: NUMERIC,
  extract(ctx, m) {
    const [whole, a, b, y] = m;
    const dotted = whole.includes('.');
    const spaced = /\s/.test(whole);
    // chrono reads "11/27/2005" itself; this parser is for what it cannot read.
    if (!dotted && !spaced) return null;
    // A two-digit year only in a time stamp: before a clock time, or as the first words of the
    // article ("11 / 28 / 05 Aftershocks jolt ..."); "1.5.10" in a sentence could be a section number.
    const leading = ctx.sentence.index === 0 && ctx.text.slice(0, m.index).trim() === '';
    if (y.length === 2 && !leading && !CLOCK_AFTER.test(ctx.after(m.index + whole.length, 15))) return null;
    const first = Number(a);
    const second = Number(b);
    let month: number;
    let day: number;
    if (first === second) [month, day] = [first, second];
    else if (first > 12) [day, month] = [first, second];
    else if (second > 12) [month, day] = [first, second];
    // "08.07.2012": day first wherever dots are written; zero-padded, as date stamps are, so that
    // "Version 1.2.2013" stays a version
    else if (dotted && a.length === 2 && b.length === 2) [day, month] = [first, second];
    else return null; // "05 / 02 / 2013": 2 May or 5 February
    const year = fullYear(y);
    // "31 / 02 / 2020" is no date
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    return { mode: 'fixed', grain: 'day', stated: { year, month, day }, label: whole.replace(/\s+/g, ''), rule: 'date/numeric' };
  },
};
