/**
 * Centuries and two-digit years: "the 19th century" → `18` (TIMEX3 writes a century by its first
 * two digits), "this century" → the publication year's, "last century"; "in '67" → `1967`, "the
 * '90s" → `199`.
 */
import type { TimeParser } from './engine.ts';
import { parseOrdinal } from './words.ts';
import { alternation, lazy } from '../../text/words.ts';

/** "the 19th century", "the nineteenth century", "this century", "last century". */
export const centuryParser: TimeParser = {
  extractor: 'time/century',
  pattern: /(?<![\w-])(?:the\s{1,3}(\d{1,2})(?:st|nd|rd|th)|the\s{1,3}([a-z]{4,12})|(this|last|next|the\s{1,3}last|the\s{1,3}next|the\s{1,3}previous|the\s{1,3}past))\s{1,3}century(?![\w-])/gi,
  extract(_ctx, m) {
    const label = m[0].replace(/\s+/g, ' ');
    if (m[1] || m[2]) {
      const n = m[1] ? Number(m[1]) : parseOrdinal(m[2]);
      if (!n || n < 1 || n > 21) return null;
      // "the 19th century" → 18 (the years 1800-1899)
      return { mode: 'reference', grain: 'year', stated: {}, value: String(n - 1).padStart(2, '0'), label, rule: 'century/ordinal' };
    }
    const word = m[3].toLowerCase().replace(/\s+/g, ' ');
    // "the past century", "the last century" read as a length by the duration parsers when counted;
    // here they are the century before publication, as "last century" is
    const n = word === 'this' ? 0 : word.endsWith('next') ? 1 : -1;
    if (word === 'the past' || word === 'the last') return null; // "the past century": a length (P100Y)
    return { mode: 'century', grain: 'year', stated: {}, shift: { unit: 'year', n: n * 100 }, label, rule: `century/${word.replace(/^the /, '')}` };
  },
};

/** A word before an apostrophe year that makes it one ("in '67"), or a capitalised word ("Woodstock '69"). */
const SHORT_YEAR_GOVERNOR = lazy(() => new RegExp(`(?:\\b(?:${alternation('short-year-governors')})|[A-Z][a-z]{2,8}\\.?)\\s{1,3}$`));

/**
 * "in '67", "since '98", "the class of '04", "the '90s": a year or decade written with an
 * apostrophe and two digits. The century is the one that puts the year at most ten years after
 * publication (without a publication date, the 1900s for 30 and above, else the 2000s).
 */
export const shortYearParser: TimeParser = {
  extractor: 'time/year',
  pattern: /(?<![\w'’])['’](\d{2})(s)?(?![\w'’]|[.,]\d)/g,
  extract(ctx, m) {
    const before = ctx.before(m.index, 20);
    // a year needs a temporal word before it: "in '67", "since '98", "the '90s", "of '04", "summer '69"
    if (!SHORT_YEAR_GOVERNOR().test(before)) return null;
    const yy = Number(m[1]);
    const label = m[0];
    return { mode: 'two-digit', grain: m[2] ? 'decade' : 'year', stated: {}, shift: { unit: 'year', n: yy }, label, rule: m[2] ? 'year/two-digit-decade' : 'year/two-digit' };
  },
};
