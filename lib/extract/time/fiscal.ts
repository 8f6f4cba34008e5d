/**
 * Fiscal years (TIMEX3 `FY1998`): "fiscal 2024", "fiscal year 2024", "FY2024", "this fiscal
 * year", "last fiscal year". Where a fiscal year starts differs by country and company, so the
 * value names the fiscal year and is never read as calendar days (lib/calendar/intervals.ts has no
 * interval for it).
 */
import type { TimeParser } from './engine.ts';

/** "fiscal 2024", "fiscal year 2024", "FY2024", "FY 2024", "this fiscal year", "the previous fiscal year". */
export const fiscalParser: TimeParser = {
  extractor: 'time/fiscal',
  pattern: /(?<![\w-])(?:(?:fiscal(?:\s{1,3}year)?|FY)\s{0,3}((?:19|20)\d{2})(?!\d)|(this|last|next|the\s{1,3}current|the\s{1,3}previous|the\s{1,3}last|the\s{1,3}next|the\s{1,3}coming)\s{1,3}fiscal\s{1,3}year)(?![\w-])/gi,
  extract(_ctx, m) {
    const label = m[0].replace(/\s+/g, ' ');
    if (m[1]) return { mode: 'reference', grain: 'year', stated: { year: Number(m[1]) }, value: `FY${m[1]}`, label, rule: 'fiscal/explicit' };
    const w = m[2].toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '');
    const n = w === 'this' || w === 'current' ? 0 : w === 'last' || w === 'previous' ? -1 : 1;
    return { mode: 'fiscal', grain: 'year', stated: {}, shift: { unit: 'year', n }, label, rule: `fiscal/${w}` };
  },
};
