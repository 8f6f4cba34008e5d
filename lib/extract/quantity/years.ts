/**
 * Declines years: "in 2013", "1949", "the 2012 elections", "until at least 2030". A four-digit
 * number from 1500 to 2099 written without a grouping comma is a year, unless a qualifier stands
 * before it and a plural noun after it ("about 2000 people"). Money ("$2013") and units
 * ("2000 km") were read before this rule runs.
 */
import { countedAfter } from './counted.ts';
import { decline, type Context, type Outcome, type Rule } from './rule.ts';

/** Four-digit numbers that are years. */
export const years: Rule = {
  name: 'year',
  read(ctx: Context): Outcome {
    const { tokens, num, lex } = ctx;
    if (num.form !== 'digits' || !num.plain || !/^\d{4}$/.test(tokens[num.first].text)) return null;
    const n = Number(tokens[num.first].text);
    if (n < 1500 || n > 2099) return null;
    const qualified = lex.qualifiers.backward(tokens, num.first - 1);
    if (qualified && countedAfter(tokens, num.last + 1, 'plural', lex)) return null;
    return decline('year');
  },
};
