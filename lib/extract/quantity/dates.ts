/**
 * Declines numbers that are parts of dates and clock times: those belong to the time extractor.
 *
 * "May 16", "16 May", "Nov. 17", "the 17th of May", "Thursday 16", "10:50", "06: 00 BST",
 * "10 a.m.", "10am", "0600 GMT", "12 noon", "'13".
 */
import { decline, type Context, type Outcome, type Rule } from './rule.ts';
import { glued, isCapitalized } from './tokens.ts';

/** Numbers that are days, clock times or two-digit years. */
export const dates: Rule = {
  name: 'date',
  read(ctx: Context): Outcome {
    const { tokens, num, lex } = ctx;
    const { first, last } = num;
    if (num.form !== 'digits' && num.form !== 'ordinal') return null;
    // "May 16", "Nov. 17", "Thursday 16": a capitalised month or weekday right before ("may 16" is a verb).
    let p = first - 1;
    if (tokens[p]?.text === '.' && glued(tokens, p)) p--;
    const before = tokens[p];
    if (before && isCapitalized(before) && (lex.months.has(before.lower) || lex.weekdays.has(before.lower))) return decline('date: month or weekday before');
    // "16 May", "the 17th of May".
    let n = last + 1;
    if (tokens[n]?.lower === 'of') n++;
    const after = tokens[n];
    if (after && isCapitalized(after) && lex.months.has(after.lower)) return decline('date: month after');
    // "10:50", "06: 00", and the "50" of "10:50".
    if (tokens[last + 1]?.text === ':' && tokens[last + 2]?.kind === 'num') return decline('clock: colon after');
    if (tokens[first - 1]?.text === ':' && tokens[first - 2]?.kind === 'num') return decline('clock: colon before');
    // "10 a.m.", "10am", "0600 GMT", "12 noon".
    if (lex.clockWords.forward(tokens, last + 1)) return decline('clock: time word after');
    // "class of '13": an apostrophe glued before two digits.
    if (/^['’‘]$/.test(tokens[first - 1]?.text ?? '') && glued(tokens, first) && /^\d\d$/.test(tokens[first].text)) return decline('date: two-digit year');
    return null;
  },
};
