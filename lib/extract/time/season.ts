/**
 * Seasons: "this summer", "last winter", "in the spring", "the summer of 2023" → TIMEX3 `2023-SU`.
 * Northern-hemisphere months (spring = March-May); "fall" is read only where it cannot be the verb.
 */
import type { TimeParser } from './engine.ts';
import type { Season } from '../../calendar/days.ts';
import type { Reading } from './reading.ts';
import { alternation, alternationOf, wordTable } from '../../text/words.ts';

/** A preposition before a season that makes it a date: "in the spring". */
const GOVERNED = new RegExp(`(?:^|[^\\w])(?:${alternation('season-governors')})\\s{1,3}(?:the\\s{1,3})?$`, 'i');

/** Season names with their TIMEX3 code: "this summer" → SU, "last fall" → FA. */
const SEASONS = (): ReadonlyMap<string, string> => wordTable('season-names');

/** "this summer", "last winter", "in the spring", "summer 2023", "the summer of 2023". */
export const seasonParser: TimeParser = {
  extractor: 'time/season',
  pattern: new RegExp(
    `(?<![\\w-])(?:(${alternation('period-pickers')})\\s{1,3})?(${alternationOf(SEASONS().keys())})(?:\\s{1,3}(?:of\\s{1,3})?(\\d{4})(?![\\w]|[.,]?\\d))?(?![\\w-])`,
    'gi',
  ),
  extract(ctx, m) {
    const [whole, which, word, yearText] = m;
    const season = SEASONS().get(word.toLowerCase()) as Season;
    const before = ctx.before(m.index, 16);
    const afterThe = /(?:^|[^\w])the\s{1,3}$/i.test(before);
    const governed = GOVERNED.test(before);
    // "prices fall", "summer camp": only a governed, picked or dated season is a date
    if (!which && !yearText && !governed) return null;
    if (word.toLowerCase() === 'fall' && !which && !yearText && !afterThe) return null;
    // "the Spring Festival", "the Summer Games": a name
    if (/^[A-Z]/.test(word) && /^\s{1,3}[A-Z]/.test(ctx.after(m.index + whole.length, 4))) return null;
    const label = whole.replace(/\s+/g, ' ').toLowerCase();
    if (yearText) {
      const year = Number(yearText);
      if (year < 1000 || year > 2199) return null;
      return { mode: 'fixed', grain: 'season', season, stated: { year }, label, rule: 'season' };
    }
    const reading: Reading = { mode: 'cyclic', grain: 'season', season, stated: {}, label, rule: 'season' };
    if (which) {
      // "past summer" → last, "coming winter" → next (period-picks.tsv)
      reading.pick = wordTable('period-picks').get(which.toLowerCase()) as 'last' | 'this' | 'next';
    }
    return reading;
  },
};
