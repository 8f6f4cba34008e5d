/**
 * Percentages: "15%", "15 %", "50 per cent", "a 15-percent rise", "3 percentage points", and the
 * first number of "between 50 and 70 percent".
 * Fractions ("two-thirds") are read by `fraction.ts`.
 */
import { afterRangePartner } from './range.ts';
import type { Context, Outcome, Rule } from './rule.ts';
import { glued } from './tokens.ts';

const PERCENT_UNITS = new Set(['percent', 'percentage points']);

/** Numbers followed by a percent sign or word. */
export const percent: Rule = {
  name: 'percent',
  read(ctx: Context): Outcome {
    const { tokens, num, lex } = ctx;
    if (num.form === 'ordinal' || num.form === 'multiplier' || num.form === 'fraction') return null;
    let k = num.last + 1;
    // "a 15-percent rise".
    if (tokens[k]?.text === '-' && glued(tokens, k)) k++;
    const hit = lex.units.forward(tokens, k);
    if (hit && PERCENT_UNITS.has(hit.value)) return { first: num.first, last: hit.at, unit: hit.value, counted: null };
    // "between 50 and 70 percent": the 50 is a percentage too.
    const r = afterRangePartner(ctx);
    const ranged = r === null ? null : lex.units.forward(tokens, r);
    if (ranged && PERCENT_UNITS.has(ranged.value)) return { first: num.first, last: num.last, unit: ranged.value, counted: null };
    return null;
  },
};
