/**
 * Multiples: "more than 40 times", "twice", "three times as many", "a 10-fold rise". The unit is
 * `times`. Frequencies ("three times a week", "twice a day") are time sets and are declined.
 */
import { decline, type Context, type Outcome, type Rule } from './rule.ts';
import { glued } from './tokens.ts';
import { wordSet } from '../../text/words.ts';

const EACH = wordSet('per-words');

/** "N times", "N-fold", "twice". */
export const multiplier: Rule = {
  name: 'multiplier',
  read(ctx: Context): Outcome {
    const { tokens, num, lex } = ctx;
    let last: number;
    if (num.form === 'multiplier') {
      last = num.last;
    } else if (num.form === 'digits' || num.form === 'words') {
      let k = num.last + 1;
      if (tokens[k]?.text === '-' && glued(tokens, k)) k++;
      if (!tokens[k] || !lex.multiplierWords.has(tokens[k].lower)) return null;
      last = k;
    } else {
      return null;
    }
    // "three times a week", "twice a day".
    if (EACH.has(tokens[last + 1]?.lower ?? '') && lex.timeUnits.has(tokens[last + 2]?.lower ?? '')) return decline('multiplier: a frequency');
    return { first: num.first, last, unit: 'times', counted: null };
  },
};
