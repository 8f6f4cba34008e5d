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

/** Frequency words with their SET value (data/lexicon/words/frequency-words.tsv): "daily" → P1D. */
const FREQUENCIES = (): ReadonlyMap<string, string> => wordTable('frequency-words');

/**
 * "rallies held almost daily", "his weekly radio address", "held here annually", "twice a week",
 * "three times a year": recurring times written as a frequency word or as a count per period.
 */
export const frequencyParser: TimeParser = {
  extractor: 'time/set',
  pattern: new RegExp(`(?<![\\w-])(?:(${alternationOf(FREQUENCIES().keys())})|(?:(once|twice|thrice|(?:\\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|several|many)\\s{1,3}times)\\s{1,3}(?:a|an|per|each|every)\\s{1,3}(${alternationOf(UNITS().keys())})))(?![\\w-])`, 'gi'),
  extract(ctx, m) {
    if (m[1]) {
      const value = FREQUENCIES().get(m[1].toLowerCase());
      if (!value) return null;
      // "the Daily Telegraph", "Weekly Standard": a capitalised word inside a sentence is a name
      if (/^[A-Z]/.test(m[1]) && ctx.before(m.index, 2).trim() !== '') return null;
      return { mode: 'set', grain: 'day', stated: {}, value, label: m[1].toLowerCase(), rule: 'set/frequency' };
    }
    const value = UNITS().get(m[3].toLowerCase());
    if (!value) return null;
    return { mode: 'set', grain: 'day', stated: {}, value, label: m[0].replace(/\s+/g, ' '), rule: 'set/per-period' };
  },
};
