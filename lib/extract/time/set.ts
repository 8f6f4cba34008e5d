/**
 * Recurring times (TIMEX3 SET): "every Monday" → XXXX-WXX-1, "on Mondays" → XXXX-WXX-1,
 * "every year" → P1Y, "each week" → P1W, "every weekend" → XXXX-WXX-WE.
 */
import type { TimeParser } from './engine.ts';
import { WEEKDAY_SOURCE, weekdayNumber } from './words.ts';
import { alternationOf, wordTable } from '../../text/words.ts';

/** Periods a set repeats on, with their TIMEX3 value: "every year" → P1Y, "every weekend" → XXXX-WXX-WE. */
const UNITS = (): ReadonlyMap<string, string> => wordTable('set-periods');

/** "every Monday", "each year", "on Mondays", "on weekends". */
export const setParser: TimeParser = {
  extractor: 'time/set',
  pattern: new RegExp(`(?<![\\w-])(?:(?:every|each)\\s{1,3}(${WEEKDAY_SOURCE}|${alternationOf(UNITS().keys())})|on\\s{1,3}(${WEEKDAY_SOURCE.replace(/\|/g, 's|')}s|weekends))(?![\\w-])`, 'gi'),
  extract(_ctx, m) {
    const word = (m[1] ?? m[2]).toLowerCase();
    const weekday = weekdayNumber(word.replace(/s$/, ''));
    if (weekday !== null && !/^[A-Z]/.test(m[1] ?? m[2])) return null;
    const value = weekday !== null ? `XXXX-WXX-${weekday}` : UNITS().get(word.replace(/s$/, ''));
    if (!value) return null;
    return { mode: 'set', grain: 'day', stated: weekday !== null ? { weekday } : {}, value, label: m[0].replace(/\s+/g, ' '), rule: 'set' };
  },
};
