/**
 * Ordinals that rank a counted thing: "the 600th day", "the 10th anniversary", "his second known
 * trip abroad", "third-degree burns". The value is the rank, the unit `ordinal`, and `counted` the
 * noun ranked. Declined: "first" in words (too common to carry a fact: "the first time"), ranks
 * without a noun ("the second"), names ("Second World War", "the 112th Precinct", "World War
 * Two"), parts and periods ("the second half", "the 21st century"), superlatives
 * ("second-largest").
 */
import { countedAfter } from './counted.ts';
import { decline, type Context, type Outcome, type Rule } from './rule.ts';
import { glued, isCapitalized } from './tokens.ts';

/** Ordinals with the noun they rank. */
export const ordinal: Rule = {
  name: 'ordinal',
  read(ctx: Context): Outcome {
    const { tokens, num, lex } = ctx;
    if (num.form !== 'ordinal') return null;
    const word = tokens[num.first].kind === 'word';
    if (word && num.value.num === 1n && num.value.den === 1n) return decline('ordinal: "first" in words');
    let k = num.last + 1;
    if (tokens[k]?.text === '-' && glued(tokens, k)) k++;
    const next = tokens[k];
    // "Second World War": a capitalised ordinal inside a sentence, or before another capitalised word.
    if (word && isCapitalized(tokens[num.first]) && (num.first !== ctx.sentenceFirst || isCapitalized(next))) return decline('ordinal: name');
    // "the 112th Precinct", "79th Academy Awards".
    if (isCapitalized(next)) return decline('ordinal: name');
    // "second-largest", "third biggest".
    if (next && next.kind === 'word' && /est$/.test(next.lower) && next.lower.length > 4) return decline('ordinal: superlative');
    // "third-floor", "eighth-round": the word of the compound is what is ranked.
    if (k > num.last + 1) {
      const w = tokens[k];
      if (!w || w.kind !== 'word' || lex.stopwords.has(w.lower) || lex.ordinalNonCounts.has(w.lower)) return decline('ordinal: compound');
      return { first: num.first, last: k, unit: 'ordinal', counted: w.lower };
    }
    const counted = countedAfter(tokens, k, 'singular', lex, { time: true });
    if (!counted) return decline('ordinal: no noun');
    // "the 79th annual Academy Awards": a capitalised word inside the phrase makes it a name.
    if (tokens.slice(k, counted.last + 1).some((t) => isCapitalized(t))) return decline('ordinal: name');
    // "the second large-scale Internet outage": the phrase goes on past a name; its head is not known.
    if (isCapitalized(tokens[counted.last + 1])) return decline('ordinal: noun phrase with a name');
    if (counted.counted.split(' ').some((w) => lex.ordinalNonCounts.has(w))) return decline('ordinal: a part or a period');
    return { first: num.first, last: counted.last, unit: 'ordinal', counted: counted.counted };
  },
};
