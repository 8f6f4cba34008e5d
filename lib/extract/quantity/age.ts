/**
 * Ages: "aged 71", "at the age of 71", "a 71-year-old", "71 years old", "a six-month-old baby",
 * appositive ages after a name: "Smith, 33, said" and "Smith (33)", and ages after weak cues
 * when nothing follows the number: "dies at 91", "He was 77.".
 *
 * The fact is `value 71, unit years, counted age`. Whose age it is stays out of the fact: the
 * person is the name right before the span (or the noun after "-year-old"), and is resolved later
 * by matching person facts of the same sentence by position, because names are not this
 * extractor's concern.
 */
import { isInteger, lessOrEqual } from './rational.ts';
import type { Context, Outcome, Reading, Rule } from './rule.ts';
import { glued, isCapitalized, type Token } from './tokens.ts';
import { wordSet } from '../../text/words.ts';

const MAX_AGE = 130;

/** Ages with a cue ("aged", "-year-old") or in apposition to a name. */
export const age: Rule = {
  name: 'age',
  read(ctx: Context): Outcome {
    const { tokens, num, lex } = ctx;
    const { first, last } = num;
    if (num.form !== 'digits' && num.form !== 'words') return null;
    if (!isInteger(num.value) || !lessOrEqual(num.value, MAX_AGE) || num.scaled) return null;
    // "aged 71", "at the age of 71".
    const cue = lex.ageBefore.backward(tokens, first - 1);
    if (cue) return reading(cue.at, last, 'years');
    // "dies at 91", "He was 77.", "who was 18 at the time": weak cues, only before a pause.
    const weak = lex.ageBeforeBare.backward(tokens, first - 1);
    const pause = !tokens[last + 1] || tokens[last + 1].kind === 'sym' || PAUSE_WORDS.has(tokens[last + 1].lower);
    if (weak && pause && lessOrEqual(num.value, 120) && !lex.clockWords.forward(tokens, last + 1)) return reading(first, last, 'years');
    // "71-year-old", "71 years old", "six-month-old".
    let k = last + 1;
    if (tokens[k]?.text === '-' && glued(tokens, k)) k++;
    const after = lex.ageAfter.forward(tokens, k);
    if (after) return reading(first, after.at, after.value);
    // "Smith, 33, said", "Smith, 33." and "Smith (33)": digits between a name and a closing mark.
    if (num.form === 'digits' && num.plain) {
      const open = tokens[first - 1]?.text;
      const name = tokens[first - 2];
      const close = tokens[last + 1]?.text;
      const closes = open === '(' ? close === ')' : open === ',' && (close === ',' || close === ';' || (close === '.' && last + 2 === tokens.length));
      // "Smith, 33," or "the actress, 26,": a name, or a noun right after an article.
      const person = name && (isCapitalized(name) || (name.kind === 'word' && determined(tokens, first - 3)));
      if (closes && person && !lex.properPrefixWords.has(name.lower) && !lex.months.has(name.lower) && !lex.weekdays.has(name.lower)) {
        return reading(first, last, 'years');
      }
    }
    return null;
  },
};

const DETERMINERS = wordSet('articles', 'possessive-determiners');
/** Words after a number that make a pause: "who was 18 at the time". */
const PAUSE_WORDS = wordSet('pause-words');

/** "the actress, 26", "her daughter, 11", "the troubled actress, 26": a determiner one or two words before the noun. */
function determined(tokens: readonly Token[], i: number): boolean {
  return DETERMINERS.has(tokens[i]?.lower ?? '') || (tokens[i]?.kind === 'word' && DETERMINERS.has(tokens[i - 1]?.lower ?? ''));
}

function reading(first: number, last: number, unit: string): Reading {
  return { first, last, unit, counted: 'age' };
}
