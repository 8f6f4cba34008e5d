/**
 * Bare weekdays: "on Tuesday", "early on Thursday", "Thursday evening", "last Friday". The reading
 * is cyclic: which Tuesday is decided later from the clause's tense (`tense.ts`, `resolve.ts`),
 * not from nearness. Abbreviations ("Thu") are read only before a date, to be merged with it.
 */
import type { ParseContext, TimeParser } from './engine.ts';
import { WEEKDAY_BLOCKERS } from './lexicon.ts';
import type { Mod, PartOfDay, Reading } from './reading.ts';
import { isAllCaps, isCapitalized, MONTH_SOURCE, NUMBER_SOURCE, parseNumber, WEEKDAY_ABBREVIATION_SOURCE, WEEKDAY_NAMES, WEEKDAY_SOURCE, weekdayNumber } from './words.ts';
import { alternation, wordSet, wordTable } from '../../text/words.ts';

/** "the Monday after", "every Monday": words before a weekday that make it no date. */
const NOT_A_DATE_BEFORE = new RegExp(`\\b(?:${alternation('weekday-set-words')})\\s+$`, 'i');

/** The TIMEX3 part-of-day code of each part of a day: "Thursday morning" → MO, "Monday lunchtime" → MI. */
const PARTS_OF_DAY = (): ReadonlyMap<string, string> => wordTable('day-part-values');

/** The period each picker picks: "last Friday", "past Friday" → last; "coming Friday" → next. */
const PICKS = (): ReadonlyMap<string, string> => wordTable('period-picks');

/** True when the words around the weekday make a name or holiday ("Sunday Times", "Good Friday"). */
export function isBlocked(ctx: ParseContext, weekdayAt: number, weekday: string): boolean {
  const w = weekday.toLowerCase();
  const before = ctx.before(weekdayAt, 30).toLowerCase().replace(/\s+/g, ' ');
  const after = ctx.after(weekdayAt + weekday.length, 30).toLowerCase().replace(/\s+/g, ' ');
  return WEEKDAY_BLOCKERS.some(
    (b) =>
      b.weekday === w.replace(/s$/, '') &&
      (b.before === '' || new RegExp(`(?:^|\\W)${b.before} $`).test(before)) &&
      (b.after === '' || new RegExp(`^ ${b.after}(?:\\W|$)`).test(after)),
  );
}

/** Words after "the Monday" that make it no adjective ("the Monday after"): data/lexicon/words/weekday-attributive-stops.txt. */
const ATTRIBUTIVE_STOPS = wordSet('weekday-attributive-stops');

/**
 * True for "the"/"a" + weekday used as an adjective before a noun ("The Friday explosions", "a
 * Sunday night memorial service"), which names one day; "the Monday after", "the Friday of"
 * count from something else, and "every"/"each" make a set.
 */
function attributive(ctx: ParseContext, index: number, whole: string): boolean {
  if (!/(?:^|\W)(?:the|a|an)\s+$/i.test(ctx.before(index, 6))) return false;
  const next = /^\s{1,3}([a-z]{3,})\b/.exec(ctx.after(index + whole.length, 24));
  return next !== null && !ATTRIBUTIVE_STOPS.has(next[1]);
}

/** "on Tuesday", "early on Thursday", "late Tuesday", "Thursday morning", "last Friday". */
export const weekdayParser: TimeParser = {
  extractor: 'time/weekday',
  pattern: new RegExp(
    `(?<![\\w-])(?:(early|late)\\s{1,3}(?:on\\s{1,3})?|(on)\\s{1,3}|(${alternation('period-pickers')})\\s{1,3})?` +
      `(${WEEKDAY_SOURCE})(?![\\w-])(?:\\s{1,3}(${alternation('day-parts')})(?![\\w-]))?`,
    'gi',
  ),
  extract(ctx, m) {
    const [whole, edge, , which, day, part] = m;
    if (!isCapitalized(day) && !isAllCaps(day)) return null; // "monday" in a URL or a slug
    const at = m.index + whole.search(new RegExp(day, 'i'));
    if (isBlocked(ctx, at, day)) return null;
    // "the Monday after", "every Monday", "on a Sunday": not a date (sets are read by set.ts). But an
    // article before a weekday used as an adjective names a day: "The Friday explosions at U.S.
    // embassies", "a Sunday night memorial service" (not "every Friday prayer", "each").
    if (!edge && !which && NOT_A_DATE_BEFORE.test(ctx.before(m.index, 12)) && !attributive(ctx, m.index, whole)) return null;
    const weekday = weekdayNumber(day) as number;
    const pick = which ? (PICKS().get(which.toLowerCase()) as 'last' | 'this' | 'next') : undefined;
    const mod: Mod | undefined = edge ? (edge.toLowerCase() === 'early' ? 'START' : 'END') : undefined;
    const partOfDay = part ? (PARTS_OF_DAY().get(part.toLowerCase()) as PartOfDay | undefined) : undefined;
    const name = WEEKDAY_NAMES[weekday];
    const reading: Reading = {
      mode: 'cyclic',
      grain: 'day',
      stated: { weekday },
      label: `${which ? `${which.toLowerCase()} ` : ''}${name}${part ? ` ${part.toLowerCase()}` : ''}`,
      rule: 'weekday',
    };
    if (pick) reading.pick = pick;
    if (mod) reading.mod = mod;
    if (partOfDay) reading.partOfDay = partOfDay;
    return reading;
  },
};

/**
 * "two Sundays ago", "three Fridays ago": the weekday counted back from publication, the latest
 * one strictly before it being the first ("two Sundays ago" published on a Friday → the Sunday
 * twelve days before).
 */
export const weekdaysAgoParser: TimeParser = {
  extractor: 'time/weekday',
  pattern: new RegExp(`(?<![\\w-])(${NUMBER_SOURCE})\\s{1,3}(${WEEKDAY_SOURCE})s\\s{1,3}ago(?![\\w-])`, 'gi'),
  extract(_ctx, m) {
    const n = parseNumber(m[1]);
    const weekday = weekdayNumber(m[2]);
    if (n === null || !Number.isInteger(n) || n < 1 || n > 9 || weekday === null || !isCapitalized(m[2])) return null;
    const reading: Reading = { mode: 'cyclic', grain: 'day', stated: { weekday }, pick: 'last', label: m[0].replace(/\s+/g, ' '), rule: 'weekday-count' };
    if (n > 1) reading.dayOffset = -7 * (n - 1);
    return reading;
  },
};

/** "Thu 16 May 2024", "Tues., May 14": an abbreviated weekday kept only if a date follows (see weekday-date.ts). */
export const weekdayAbbrParser: TimeParser = {
  extractor: 'time/weekday',
  pattern: new RegExp(
    `(?<![\\w-])(${WEEKDAY_ABBREVIATION_SOURCE})\\.?(?=,?\\s{1,3}(?:\\d{1,2}(?!\\d)|(?:${MONTH_SOURCE})\\b))`,
    'g',
  ),
  extract(_ctx, m) {
    const weekday = weekdayNumber(m[1]);
    if (weekday === null) return null;
    return { mode: 'cyclic', grain: 'day', stated: { weekday }, label: WEEKDAY_NAMES[weekday], rule: 'weekday-abbr' };
  },
};
