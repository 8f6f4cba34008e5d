/**
 * Ranges whose unit or noun is written once, after the second number: "between 50 and 70
 * percent", "from 2.8 to 3.8 degrees", "three or four robbers". The first number takes the unit
 * (or noun) too; its span stays the number alone, and the second number is read on its own.
 */
import type { Context } from './rule.ts';
import { glued } from './tokens.ts';
import { wordSet } from '../../text/words.ts';

const JOINERS = wordSet('range-joiners');

/**
 * Where the unit of the number's range partner would start: the index after "to 70" in
 * "50 to 70 percent", or null when no partner follows.
 */
export function afterRangePartner(ctx: Context): number | null {
  const { tokens, num } = ctx;
  const j = tokens[num.last + 1];
  const partner = tokens[num.last + 2];
  const isNumber = partner?.kind === 'num' || ctx.lex.cardinals.has(partner?.lower ?? '') || ctx.lex.tens.has(partner?.lower ?? '');
  if (!j || !JOINERS.has(j.lower) || !isNumber) return null;
  // "10-15" must be glued on both sides, or it is a score, which the label rule declined already.
  if (j.kind === 'sym' && (!glued(tokens, num.last + 1) || !glued(tokens, num.last + 2))) return null;
  return num.last + 3;
}
