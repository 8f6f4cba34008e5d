/**
 * Declines durations, which the time extractor reads: "two-day visit", "six-year term",
 * "for over four hours", "five years later", "75 years ago", "21 consecutive years",
 * "two and a half years", "hundreds of years", "a quarter of an hour". Ages ("71 years old") were
 * read before this rule runs; ordinals ("the 600th day") are not durations.
 */
import { afterRangePartner } from './range.ts';
import { decline, type Context, type Outcome, type Rule } from './rule.ts';
import { glued } from './tokens.ts';

const ARTICLES = new Set(['a', 'an', 'the']);

/** Numbers followed by a unit of time. */
export const durations: Rule = {
  name: 'duration',
  read(ctx: Context): Outcome {
    const { tokens, num, lex } = ctx;
    if (num.form === 'ordinal' || num.form === 'multiplier') return null;
    let k = num.last + 1;
    if (tokens[k]?.text === '-' && glued(tokens, k)) k++;
    // "hundreds of years", "a quarter of an hour".
    if ((num.form === 'vague' || num.form === 'fraction') && tokens[k]?.lower === 'of') {
      k++;
      if (ARTICLES.has(tokens[k]?.lower ?? '')) k++;
    }
    // "21 consecutive years", "two full days", "three more weeks": up to two modifiers between.
    for (let n = 0; n < 2 && tokens[k] && lex.modifiers.has(tokens[k].lower); n++) k++;
    if (tokens[k] && lex.timeUnits.has(tokens[k].lower)) return decline('duration');
    // "at least 72 to 120 hours".
    const r = afterRangePartner(ctx);
    if (r !== null && tokens[r] && lex.timeUnits.has(tokens[r].lower)) return decline('duration: a range of time');
    return null;
  },
};
