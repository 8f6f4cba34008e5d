/**
 * Money: "$240 billion", "$900bn", "US$5m", "€1.2bn", "USD 10 million", "Rs. 500 crore",
 * "one million dollars", "100 million yuan", "millions of dollars", "50 cents" (→ 0.5 USD),
 * "£300m", "2 million pounds" (pounds are sterling only when scaled: "200 pounds" is a weight).
 *
 * The unit is the ISO 4217 code. A bare "$" is USD: the other dollars carry their prefix
 * ("A$", "C$", "HK$"). "¥" is JPY; yuan are written "yuan" or "RMB" in English news.
 */
import { countedAfter } from './counted.ts';
import type { Lexicon } from './lexicon.ts';
import { shift, toDecimal } from './rational.ts';
import type { Context, Outcome, Rule } from './rule.ts';
import { glued, type Token } from './tokens.ts';

/** Sums of money with a currency symbol, code or word. */
export const money: Rule = {
  name: 'money',
  read(ctx: Context): Outcome {
    const { tokens, num, lex } = ctx;
    if (num.form === 'ordinal' || num.form === 'multiplier' || num.form === 'fraction') return null;
    let first = num.first;
    let last = num.last;
    let value = num.value;
    let unit: string | null = null;
    const prefix = currencyPrefix(tokens, num.first, lex);
    if (prefix) {
      unit = prefix.code;
      first = prefix.first;
    }
    // "one million dollars", "millions of dollars", "100 million yuan", "$5 million US dollars".
    let k = last + 1;
    if (num.form === 'vague' && tokens[k]?.lower === 'of') k++;
    // "a two-million-euro booty", "a 2 mn-euro heist".
    if (tokens[k]?.text === '-' && glued(tokens, k) && glued(tokens, k + 1)) k++;
    const word = lex.currencyWords.forward(tokens, k);
    const sub = lex.currencySubunits.get(tokens[k]?.lower ?? '');
    if (word && (!unit || unit === word.value)) {
      unit = word.value;
      last = word.at;
    } else if (!unit && tokens[k] && lex.currencyCodes.has(tokens[k].text)) {
      unit = lex.currencyCodes.get(tokens[k].text)!;
      last = k;
    } else if (!unit && sub) {
      // "50 cents" → 0.5 USD.
      unit = sub[0];
      value = shift(value, sub[1]);
      last = k;
    } else if (!unit && tokens[k] && lex.poundWords.has(tokens[k].lower) && (num.scaled || num.form === 'vague' || tokens[k + 1]?.lower === 'sterling')) {
      // "2 million pounds", "millions of pounds" are money; "200 pounds" is read as a weight.
      unit = 'GBP';
      last = tokens[k + 1]?.lower === 'sterling' ? k + 1 : k;
    }
    if (!unit) return null;
    // "between $140 and $150 million": the scale written once, after the second sum.
    if (!num.scaled && num.form === 'digits') {
      let p = num.last + 1;
      if (['and', 'to', '-', '–'].includes(tokens[p]?.lower ?? '')) {
        p++;
        if (tokens[p] && lex.currencySymbols.has(tokens[p].text)) p++;
        const scale = tokens[p]?.kind === 'num' ? tokens[p + 1] : undefined;
        if (scale && (lex.scales.has(scale.lower) || lex.scaleAbbreviations.has(scale.lower)) && !lex.scaleNeedsCurrency.has(scale.lower)) {
          value = shift(value, lex.scales.get(scale.lower) ?? lex.scaleAbbreviations.get(scale.lower)!);
        }
      }
    }
    // "a $200 billion target", "a $1.5bn deal": the noun the sum describes.
    const described = countedAfter(tokens, last + 1, 'plural', lex, { lowercase: true }) ?? countedAfter(tokens, last + 1, 'singular', lex, { lowercase: true });
    return {
      first,
      last: described ? described.last : last,
      value: toDecimal(value),
      unit,
      counted: described ? described.counted : null,
    };
  },
};

/** A currency symbol or code right before token `i`: "$", "US$", "€", "USD ", "Rs. ". */
function currencyPrefix(tokens: readonly Token[], i: number, lex: Lexicon): { code: string; first: number } | null {
  const p = tokens[i - 1];
  if (!p) return null;
  if (lex.currencySymbols.has(p.text)) {
    // "US$", "HK$": letters glued before the symbol.
    const letters = tokens[i - 2];
    if (letters?.kind === 'word' && glued(tokens, i - 1) && lex.currencySymbols.has(letters.text + p.text)) {
      return { code: lex.currencySymbols.get(letters.text + p.text)!, first: i - 2 };
    }
    return { code: lex.currencySymbols.get(p.text)!, first: i - 1 };
  }
  if (lex.currencyCodes.has(p.text)) return { code: lex.currencyCodes.get(p.text)!, first: i - 1 };
  // "Rs. 500".
  if (p.text === '.' && tokens[i - 2] && lex.currencyCodes.has(tokens[i - 2].text) && glued(tokens, i - 1)) {
    return { code: lex.currencyCodes.get(tokens[i - 2].text)!, first: i - 2 };
  }
  return null;
}
