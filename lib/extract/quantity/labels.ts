/**
 * Declines numbers that name or label something rather than count it: "G20", "COVID-19",
 * "Boeing 737", "World War Two", "No. 1", "Article 5", "Flight 370", "#3", "3G", "the 1990s",
 * phone numbers "(212) 555-1234", "+44 20", scores and ranges "3-1", "2003-2005", slashes "24/7",
 * "9 / 11", list markers "1.", and lines that hold nothing but a number (share counters).
 */
import { decline, type Context, type Outcome, type Rule } from './rule.ts';
import { glued, isCapitalized } from './tokens.ts';
import { isMagnitudeSymbol } from './magnitude.ts';
import { wordSet } from '../../text/words.ts';

/** Abbreviated label nouns: "No. 5", "Vol. 2", "Apt. 4B". */
const LABEL_ABBREVIATIONS = wordSet('number-label-abbreviations');

const DASH = /^[-–—‐‑]$/;

/** The veto of "3-1", "2003–2005", "555-1234": the engine reads "200-400 people" as a range past it. */
export const SCORE_OR_RANGE = 'label: score, range or code';

/** Numbers that are names, codes, labels, phone numbers, scores or list markers. */
export const labels: Rule = {
  name: 'label',
  read(ctx: Context): Outcome {
    const { tokens, num, lex } = ctx;
    const { first, last } = num;
    const prev = tokens[first - 1];
    const next = tokens[last + 1];
    // "0" and "14" alone on a line: share counters, not facts.
    if (!ctx.hasWords) return decline('label: no words in the sentence');
    if (num.form === 'digits' || (num.form === 'ordinal' && tokens[first].kind === 'num')) {
      // "G20", "H1N1", "MP3": a word glued before; "US$5" is a currency, read by the money rule.
      // "M6.1" is a magnitude, read by the magnitude rule.
      if (prev?.kind === 'word' && glued(tokens, first) && !lex.currencyCodes.has(prev.text) && !isMagnitudeSymbol(prev.text, tokens[first].text)) return decline('label: letters glued before');
      // "COVID-19", "F-16", "mid-2013".
      if (prev && DASH.test(prev.text) && glued(tokens, first) && tokens[first - 2]?.kind === 'word' && glued(tokens, first - 1) && !lex.magnitudeWords.has(tokens[first - 2].lower)) {
        return decline('label: word-hyphen before');
      }
      // "3G", "1990s", "737MAX"; units ("100km"), scales and ordinal suffixes were taken by the finder or are read later.
      if (next?.kind === 'word' && glued(tokens, last + 1) && !gluedUnit(ctx, last + 1)) return decline('label: letters glued after');
      // "the 1990’s".
      if (next && /^['’]$/.test(next.text) && glued(tokens, last + 1) && tokens[last + 2]?.lower === 's' && glued(tokens, last + 2)) return decline('label: decade');
      // "a. 919 OPS", ". 357 Magnum": a decimal point torn from its digits by detokenization; "08".
      if (prev?.text === '.' && !lex.labels.has(tokens[first - 2]?.lower ?? '')) return decline('label: torn decimal');
      if (/^0\d/.test(tokens[first].text)) return decline('label: leading zero');
      // "the ’ 66 squad": a two-digit year after an apostrophe.
      if (prev && /^['’‘]$/.test(prev.text) && /^\d\d$/.test(tokens[first].text)) return decline('label: two-digit year');
      // ".358 with 13 homers" split by the segmenter after the point: the number is glued to the text before the sentence.
      if (first === 0 && !tokens[0].gap) return decline('label: glued to the sentence before');
      // "911 calls", "called 999": emergency numbers.
      if (num.plain && lex.namedNumbers.has(tokens[first].text)) return decline('label: a named number');
      // "#3", "+44", "4×4", "17gamo.com/1.js": signs, hashes, dimensions, paths.
      if (prev && /^[#+№×x/\\]$/.test(prev.text) && glued(tokens, first)) return decline('label: sign, hash or path before');
      if (next?.text === '.' && glued(tokens, last + 1) && tokens[last + 2]?.kind === 'word' && glued(tokens, last + 2)) return decline('label: file name');
      // "3-1", "2003–2005", "555-1234", and the second half of each.
      if (next && DASH.test(next.text) && glued(tokens, last + 1) && tokens[last + 2]?.kind === 'num' && glued(tokens, last + 2)) return decline(SCORE_OR_RANGE);
      if (prev && DASH.test(prev.text) && glued(tokens, first) && tokens[first - 2]?.kind === 'num') return decline(SCORE_OR_RANGE);
      // "24/7", "9 / 11", "5 / 5 / 2010".
      if (next?.text === '/' && tokens[last + 2]?.kind === 'num') return decline('label: slash');
      if (prev?.text === '/' && tokens[first - 2]?.kind === 'num') return decline('label: slash');
      // "(212) 555-1234", "+44 20 7946 0958": digit groups standing next to each other.
      if (next?.kind === 'num' || prev?.kind === 'num') return decline('label: digit groups');
      if (next?.text === ')' && tokens[last + 2]?.kind === 'num') return decline('label: digit groups');
      if (prev?.text === ')' && tokens[first - 2]?.kind === 'num') return decline('label: digit groups');
      // "1. The ..." and "2) ...": a list marker opening the sentence.
      if (first === ctx.sentenceFirst && next && /^[.)]$/.test(next.text) && glued(tokens, last + 1)) return decline('label: list marker');
    }
    // "minus 20": a signed number.
    if (prev && lex.signWords.has(prev.lower)) return decline('label: signed');
    // "No. 1", "Article 5", "flight 370", "page 12".
    let p = first - 1;
    if (tokens[p]?.text === '.' && glued(tokens, p)) p--;
    const word = tokens[p];
    if (word?.kind === 'word' && lex.labels.has(word.lower) && (p === first - 1 || LABEL_ABBREVIATIONS.has(word.lower))) {
      return decline('label: label noun before');
    }
    // "Mw 6.3", "ML 4.2", "M 6.1": a magnitude, read by the magnitude rule.
    if (isMagnitudeSymbol(prev?.text, tokens[first].text)) return null;
    // "SEA-ME-WE 4", "IE 6": an acronym names a model or a version.
    if (prev?.kind === 'word' && prev.text.length > 1 && prev.text === prev.text.toUpperCase() && !lex.currencyCodes.has(prev.text)) return decline('label: acronym before');
    // "Boeing 737", "World War Two", "Apollo 11": a capitalised word that is not a function word.
    // A number word in lowercase names nothing ("gave Cheeks two extensions", "hitting Gray eleven
    // times", "Klitschko twice wrestled"): names capitalise their number words.
    const lowerWord = tokens[first].kind === 'word' && !isCapitalized(tokens[first]);
    if (prev && !lowerWord && isCapitalized(prev) && !lex.properPrefixWords.has(prev.lower) && !lex.currencyCodes.has(prev.text) && !lex.magnitudeWords.has(prev.lower) && !lex.ageBefore.backward(tokens, first - 1)) {
      return decline('label: name before');
    }
    return null;
  },
};

/** True when the word glued after a number at `i` is a unit or currency it may carry ("100km", "5%"). */
function gluedUnit(ctx: Context, i: number): boolean {
  const { tokens, lex } = ctx;
  const t = tokens[i];
  return !!lex.units.forward(tokens, i) || lex.poundWords.has(t.lower) || lex.currencyCodes.has(t.text) || !!lex.currencyWords.forward(tokens, i)
    || lex.multiplierWords.has(t.lower);
}
