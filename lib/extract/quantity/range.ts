/**
 * Ranges whose unit or noun is written once, after the second number: "between 50 and 70
 * percent", "from 2.8 to 3.8 degrees", "three or four robbers". The first number takes the unit
 * (or noun) too ({@link afterRangePartner}); when the two are the ends of one range
 * ({@link rangeJoin}) the engine makes them one reading, value the low end and `high` the other.
 */
import type { NumberMatch } from './numbers.ts';
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

/** Words before "from" that make "from X to Y" a change of one figure: "rose from 20 to 30". */
const CHANGE_WORDS = wordSet('change-words');
/** Words before "from" that make "from X to Y" a range even with nothing counted after: "ranging from 3.6 to 4.3". */
const RANGE_CUES = wordSet('range-cues');

/** How a range joins its two numbers. */
export interface RangeJoin {
  /** Index of the joiner ("and", "to", the dash). */
  joiner: number;
  /** Index of "between" or "from" before the first number (or its currency), or null. */
  opener: number | null;
  /** True for a glued dash ("200-400"), which needs a unit or a noun after it to be a range. */
  dash: boolean;
  /** True when a word of ranging stands before "from": "ranging from 3.6 to 4.3" needs no unit. */
  cued: boolean;
}

/**
 * Whether `num` and the number after it, `next`, are the two ends of one range: "between 200 and
 * 400", "200 to 400", "200-400" (glued), "from 20 to 30", "$140 to $150 million". Not a range:
 * "three or four" (two guesses, read as two counts), "rose from 20 to 30" (a change), "a 20-13
 * win" or "5 to 4" (the ends must rise), "2011-10-17" (three groups). The rules still decide
 * whether the ends are quantities; this only looks at the words between and around them.
 */
export function rangeJoin(ctx: Context, next: NumberMatch | undefined): RangeJoin | null {
  const { tokens, num, lex } = ctx;
  if (!next) return null;
  const j = num.last + 1;
  const joiner = tokens[j];
  if (!joiner) return null;
  // "$140 to $150 million": a currency symbol may repeat before the second number.
  const gap = next.first === j + 1 ? 0 : next.first === j + 2 && lex.currencySymbols.has(tokens[j + 1].text) ? 1 : -1;
  if (gap < 0) return null;
  // The opener stands before the first number, or before its currency symbol ("between $140").
  let p = num.first - 1;
  if (tokens[p] && lex.currencySymbols.has(tokens[p].text)) p--;
  if (tokens[p]?.kind === 'word' && tokens[p + 1] && lex.currencySymbols.has(tokens[p].text + tokens[p + 1].text) && glued(tokens, p + 1)) p--;
  const before = tokens[p]?.lower;
  const opener = before === 'between' || before === 'from' ? p : null;
  if (before === 'from' && wordWithin(ctx, p, CHANGE_WORDS)) return null;
  const cued = before === 'from' && wordWithin(ctx, p, RANGE_CUES);
  const dash = DASHES.has(joiner.text);
  if (dash) {
    // "200-400": glued on both sides, digits on both sides, and no third group ("2011-10-17", "555-1234-5678").
    if (!glued(tokens, j) || !glued(tokens, j + 1) || gap !== 0 || num.form !== 'digits' || next.form !== 'digits') return null;
    if (DASHES.has(tokens[next.last + 1]?.text ?? '') && tokens[next.last + 2]?.kind === 'num') return null;
    if (DASHES.has(tokens[num.first - 1]?.text ?? '') && tokens[num.first - 2]?.kind === 'num') return null;
    return { joiner: j, opener, dash: true, cued };
  }
  if (joiner.lower === 'to') return { joiner: j, opener, dash: false, cued };
  if (joiner.lower === 'and' && before === 'between') return { joiner: j, opener, dash: false, cued };
  return null;
}

/** True when a word of `words` stands within three words before "from" at `from`: "rose sharply from". */
function wordWithin(ctx: Context, from: number, words: ReadonlySet<string>): boolean {
  for (let i = from - 1; i >= Math.max(0, from - 3); i--) if (words.has(ctx.tokens[i].lower)) return true;
  return false;
}

/** The dashes that join a range written in digits: "200-400", "200–400". */
const DASHES = new Set(['-', '–']);
