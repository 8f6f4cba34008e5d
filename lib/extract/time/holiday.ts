/**
 * Holidays: "on Thanksgiving Day", "Election Day", "Good Friday", "Christmas Eve". Each is a day of
 * the year given by a rule in data/lexicon/words/holidays.tsv (a fixed day, the n-th weekday of a
 * month, or a day counted from Easter), and is placed like a month-day without a year: the
 * clause's tense, or the nearest occurrence.
 */
import { daysFromCivil, easterSunday, isoWeekday } from '../../calendar/days.ts';
import type { TimeParser } from './engine.ts';
import { alternation, lazy, phraseAlternationOf, wordTable } from '../../text/words.ts';

/** Holiday names (lower case, apostrophes as "'") with their rule text, built once. */
const HOLIDAYS = lazy((): ReadonlyMap<string, string> => {
  const out = new Map<string, string>();
  for (const [name, rule] of wordTable('holidays')) out.set(name.toLowerCase(), rule);
  return out;
});

/** The day (days since 1970-01-01) a holiday rule gives in year `y`, or null for a rule not understood. */
export function holidayDay(rule: string, y: number): number | null {
  const [kind, ...args] = rule.split(/\s+/);
  const n = args.map(Number);
  if (kind === 'fixed' && n.length === 2) return daysFromCivil(y, n[0], n[1]);
  if (kind === 'on-or-after' && n.length === 3) {
    const from = daysFromCivil(y, n[0], n[1]);
    return from + ((n[2] - isoWeekday(from) + 7) % 7);
  }
  if (kind === 'easter' && n.length === 1) return easterSunday(y) + n[0];
  return null;
}

/** A noun after the name that makes it an attribute ("the Christmas tree"), data/lexicon/words/holiday-noun-followers.txt. */
const NOUN_AFTER = lazy(() => new RegExp(`^\\s{1,3}(?:${alternation('holiday-noun-followers')})\\b`, 'i'));

/** "Thanksgiving Day", "Good Friday", "Christmas", "Easter week": a holiday by name, capitalised as a name is. */
export const holidayParser: TimeParser = {
  extractor: 'time/holiday',
  pattern: new RegExp(`(?<![\\w-])(${phraseAlternationOf([...HOLIDAYS().keys()].map((k) => k.replace(/'/g, "['’]")))})(?:\\s{1,3}(week))?(?![\\w-]|['’]s\\b)`, 'gi'),
  extract(ctx, m) {
    const name = m[1].replace(/’/g, "'").replace(/\s+/g, ' ');
    // a holiday is a name: "Easter" but not "easter"; "the Christmas tree", "Easter eggs" are not days
    if (!/^[A-Z]/.test(name)) return null;
    const rule = HOLIDAYS().get(name.toLowerCase());
    if (!rule) return null;
    if (NOUN_AFTER().test(ctx.after(m.index + m[0].length, 16))) return null;
    // "as Easter week began", "Christmas week": the ISO week that holds the holiday (Easter 2000,
    // April 23, a Sunday → 2000-W16), placed like the holiday
    if (m[2]) return { mode: 'cyclic', grain: 'week', stated: {}, holiday: rule, label: `${name} week`, rule: 'holiday/week' };
    return { mode: 'cyclic', grain: 'day', stated: {}, holiday: rule, label: name, rule: 'holiday' };
  },
};
