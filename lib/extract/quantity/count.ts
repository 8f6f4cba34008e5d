/**
 * Counts: a number with the noun it counts, the default reading once no other rule answered.
 * "123 member states", "tens of thousands of troops", "one person", "the two countries",
 * "a 12-member panel" (→ 12, counted member).
 *
 * A number in digits may stand bare ("the toll rose to 12"): it is kept with `counted` null.
 * A number in words needs its noun: "one of the sources", "the two met", "one another" are not
 * quantities, and neither is the pronoun "one" ("no one", "the one", "at one point").
 */
import { countedAfter, wordAt } from './counted.ts';
import { afterRangePartner } from './range.ts';
import { decline, type Context, type Outcome, type Rule } from './rule.ts';
import { glued, isCapitalized } from './tokens.ts';
import { LazySet, wordSet } from '../../text/words.ts';

/** The veto of "7, 8, and 9": the engine reads "between 200 and 400" as a range past it. */
export const LIST_OF_NUMBERS = 'count: a list of numbers';

const DETERMINERS = new LazySet(() => ['the', ...wordSet('possessive-determiners', 'demonstratives')]);

/** A number and the noun it counts. */
export const count: Rule = {
  name: 'count',
  read(ctx: Context): Outcome {
    const { tokens, num, lex } = ctx;
    if (num.form !== 'digits' && num.form !== 'words' && num.form !== 'vague') return null;
    const one = num.value.num === 1n && num.value.den === 1n;
    if (num.form === 'words' && tokens[num.first].lower === 'one' && lex.pronounOneBefore.has(tokens[num.first - 1]?.lower ?? '')) {
      return decline('count: the pronoun "one"');
    }
    let k = num.last + 1;
    // "a 12-member panel": the word of the compound is what is counted; "one-time", "two-way",
    // "three-point" in words are fixed compounds, not counts.
    if (tokens[k]?.text === '-' && glued(tokens, k) && glued(tokens, k + 1)) {
      if (num.form !== 'digits') return decline('count: compound of a number word');
      const w = wordAt(tokens, k + 1);
      if (!w || lex.stopwords.has(w.lower) || w.capitalized) return decline('count: compound');
      return { first: num.first, last: w.last, unit: null, counted: tokens.slice(w.first, w.last + 1).map((t) => t.lower).join('') };
    }
    // "tens of thousands of troops", "hundreds of people".
    if (num.form === 'vague' && tokens[k]?.lower === 'of') k++;
    const counted = countedAfter(tokens, k, one ? 'singular' : 'plural', lex);
    if (counted) return { first: num.first, last: counted.last, unit: null, counted: counted.counted };
    // "three or four robbers": the noun of the range partner.
    const r = afterRangePartner(ctx);
    const shared = r === null ? null : countedAfter(tokens, r, 'plural', lex);
    if (shared) return { first: num.first, last: num.last, unit: null, counted: shared.counted };
    // "two of the skiffs", "seven of its villages" (but "one of the sources" stays a pronoun).
    if (num.form === 'words' && !one && tokens[k]?.lower === 'of') {
      const p = partitive(ctx);
      return p ?? decline('count: a part of something unnamed');
    }
    if (num.form === 'words') return decline('count: a number word without a noun');
    if (num.form === 'vague') return { first: num.first, last: num.last, unit: null, counted: null };
    return bare(ctx);
  },
};

/**
 * A number in digits with no noun after it: kept ("the toll rose to 12", "another 2,000 are
 * waiting") unless what stands around it makes it a clock time, an address, a name or a ratio.
 */
function bare(ctx: Context): Outcome {
  const { tokens, num, lex } = ctx;
  const { first, last } = num;
  const next = tokens[last + 1];
  if (next?.lower === 'of') return partitive(ctx) ?? decline('count: a part of something unnamed');
  // "IE6, 7, 8, and 9", "versions 6, 7": a list of numbers names versions or items.
  const listed = (i: number) => tokens[i]?.kind === 'num' || (tokens[i]?.text === ',' && tokens[i - 1]?.kind === 'num') ;
  if ((tokens[first - 1]?.text === ',' && tokens[first - 2]?.kind === 'num') || (['and', 'or', ','].includes(tokens[first - 1]?.lower ?? '') && listed(first - 2))
    || (next?.text === ',' && tokens[last + 2]?.kind === 'num')) return decline(LIST_OF_NUMBERS);
  // "before 9.", "at 1353": a clock time.
  if (lex.timePrepositions.has(tokens[first - 1]?.lower ?? '')) return decline('count: a time after a preposition');
  // "their 8 Block gang", "at 40 East 5th Avenue", "a. 357 Magnum": a name or an address.
  if (isCapitalized(next)) return decline('count: a name after');
  // "the 12200 block of".
  if (next && lex.labelsAfter.has(next.lower)) return decline('count: an address');
  return { first, last, unit: null, counted: null };
}

/** "2,000 of the troops" counts troops; "made 8 of 14 shots" and "28 of his 68 punches" are ratios, and "two of them" names nothing. */
function partitive(ctx: Context): Outcome | null {
  const { tokens, num, lex } = ctx;
  let k = num.last + 2;
  while (tokens[k] && (DETERMINERS.has(tokens[k].lower) || /['’]s$/.test(tokens[k].lower))) k++;
  if (tokens[k]?.kind === 'num' || lex.cardinals.has(tokens[k]?.lower ?? '')) return decline('count: a ratio');
  const counted = countedAfter(tokens, k, 'plural', lex);
  return counted ? { first: num.first, last: counted.last, unit: null, counted: counted.counted } : null;
}
