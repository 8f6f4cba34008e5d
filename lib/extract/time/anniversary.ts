/**
 * Anniversaries and spans that fix a year: "75 years since ... in 1949" → 2024, "marking 10 years
 * of a project launched in 2013" → 2023, "the 10th anniversary of ..." → P10Y when no start year
 * is in the sentence. The year after it in the same sentence is found at resolution (index.ts).
 */
import type { TimeParser } from './engine.ts';
import { NUMBER_SOURCE, ORDINAL_SOURCE, parseNumber, parseOrdinal } from './words.ts';
import { alternation } from '../../text/words.ts';

/** Verbs that make "N years of X" an anniversary rather than a stretch of time. */
const MARKING = new RegExp(`\\b(?:${alternation('marking-verbs')})\\b[^.;]{0,24}$`, 'i');

/**
 * True when "N years" at this point is an anniversary: followed by "since", or by "of" after a
 * marking verb ("to mark 10 years of"). Shared with duration.ts, which declines these.
 */
export function isAnniversarySpan(before: string, after: string): boolean {
  if (/^\s{1,3}since\b/i.test(after)) return true;
  return /^\s{1,3}of\b/i.test(after) && MARKING.test(before);
}

/** "75 years since", "10 years of" (after a marking verb). */
export const yearsSinceParser: TimeParser = {
  extractor: 'time/anniversary',
  pattern: new RegExp(`(?<![\\w-])(${NUMBER_SOURCE})\\s{1,3}years?(?![\\w-])`, 'gi'),
  extract(ctx, m) {
    const n = parseNumber(m[1]);
    if (n === null || !Number.isInteger(n) || n < 1) return null;
    if (!isAnniversarySpan(ctx.before(m.index, 60), ctx.after(m.index + m[0].length, 12))) return null;
    const since = /^\s{1,3}since\b/i.test(ctx.after(m.index + m[0].length, 12));
    return {
      mode: 'since',
      grain: 'year',
      stated: {},
      shift: { unit: 'year', n },
      value: `P${n}Y`,
      label: `${m[0].replace(/\s+/g, ' ')} ${since ? 'since' : 'of'}`,
      rule: 'anniversary/years-since',
    };
  },
};

/** "the 10th anniversary", "its seventy-fifth anniversary". */
export const anniversaryParser: TimeParser = {
  extractor: 'time/anniversary',
  pattern: new RegExp(`(?<![\\w-])(${ORDINAL_SOURCE})\\s{1,3}anniversary(?![\\w-])`, 'gi'),
  extract(_ctx, m) {
    const n = parseOrdinal(m[1]);
    if (n === null || n < 1) return null;
    return { mode: 'since', grain: 'year', stated: {}, shift: { unit: 'year', n }, value: `P${n}Y`, label: m[0].replace(/\s+/g, ' '), rule: 'anniversary/ordinal' };
  },
};
