/**
 * Fractions: "two-thirds", "a third of", "three quarters of", "half of". ("2½" is a number, read
 * by the finder as 2.5.) A fraction becomes a percentage rounded to two decimals ("two-thirds" →
 * 66.67 percent), so that it lines up with "67%" in another article.
 */
import { int, mul, toDecimal } from './rational.ts';
import type { Context, Outcome, Rule } from './rule.ts';

/** Spelled-out fractions, as percentages. */
export const fraction: Rule = {
  name: 'fraction',
  read(ctx: Context): Outcome {
    const { num } = ctx;
    if (num.form !== 'fraction') return null;
    return { first: num.first, last: num.last, value: toDecimal(mul(num.value, int(100)), 2), unit: 'percent', counted: null };
  },
};
