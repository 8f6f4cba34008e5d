/**
 * Earthquake magnitudes: "a 6.1-magnitude earthquake", "magnitude 6.1", "a magnitude-6.1 quake",
 * "a magnitude of at least 5.9", "6.1 on the Richter scale", "M6.1", "Mw 6.3". The unit is `magnitude`; `counted`
 * holds the noun the magnitude describes when one follows the number ("earthquake"), so that
 * "6.1-magnitude earthquake" and "6.0 quake" line up by their noun.
 */
import { countedAfter } from './counted.ts';
import { lessOrEqual } from './rational.ts';
import type { Context, Outcome, Reading, Rule } from './rule.ts';
import { glued } from './tokens.ts';
import { wordSet } from '../../text/words.ts';

/** Numbers on a magnitude scale. */
export const magnitude: Rule = {
  name: 'magnitude',
  read(ctx: Context): Outcome {
    const { tokens, num, lex } = ctx;
    if (num.form !== 'digits' || num.scaled || !lessOrEqual(num.value, 10)) return null;
    // "M6.1", "Mw 6.1", "ML 4.2": a scale's symbol before a decimal value ("M16" is a rifle).
    if (isMagnitudeSymbol(tokens[num.first - 1]?.text, tokens[num.first].text)) return withNoun(ctx, num.first - 1, num.last);
    let k = num.last + 1;
    // "6.1-magnitude", and "5.6 -magnitude" as detokenized text writes it.
    if (tokens[k]?.text === '-' && glued(tokens, k + 1)) k++;
    // "6.1-magnitude earthquake", "6.1 magnitude".
    if (tokens[k] && lex.magnitudeWords.has(tokens[k].lower)) return withNoun(ctx, num.first, k);
    // "6.1 on the Richter scale": what follows the scale is the rest of the sentence, not a noun.
    const scale = lex.magnitudeAfter.forward(tokens, num.last + 1);
    if (scale) return { first: num.first, last: scale.at, unit: 'magnitude', counted: null };
    // "magnitude 6.1", "magnitude-6.1", "magnitude of 6.1", "a magnitude of at least 5.9".
    let p = num.first - 1;
    const q = lex.qualifiers.backward(tokens, p);
    if (q) p = q.at - 1;
    if ((tokens[p]?.text === '-' && glued(tokens, p + 1)) || tokens[p]?.lower === 'of') p--;
    if (!tokens[p] || !lex.magnitudeWords.has(tokens[p].lower)) return null;
    const r = withNoun(ctx, p, num.last);
    // The qualifier stands inside the span, so the engine would not find it before the span.
    return q ? { ...r, qualifier: q.value } : r;
  },
};

/** Symbols of magnitude scales (`magnitude-symbols.txt`, case as written). */
const SYMBOLS = wordSet('magnitude-symbols');

/** True for a scale symbol before a value with a decimal point: "M" + "6.1", "Mw" + "6.3". */
export function isMagnitudeSymbol(before: string | undefined, value: string): boolean {
  return before !== undefined && SYMBOLS.has(before) && /^\d\.\d$/.test(value);
}

function withNoun(ctx: Context, first: number, last: number): Reading {
  const described = countedAfter(ctx.tokens, last + 1, 'singular', ctx.lex, { lowercase: true });
  return { first, last: described ? described.last : last, unit: 'magnitude', counted: described ? described.counted : null };
}
