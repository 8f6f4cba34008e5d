/**
 * Finding numbers in a sentence's tokens: digits ("3,000", "1.5 million", "$900bn"'s "900bn"),
 * number words ("one million", "twenty-five", "a dozen"), vague amounts ("tens of thousands"),
 * fractions ("two-thirds"), ordinals ("600th", "second") and multiplier words ("twice").
 *
 * This module only finds and evaluates numbers; what they measure, and whether they are
 * quantities at all, is decided by the rules that read them (see `rule.ts`).
 */
import type { Lexicon } from './lexicon.ts';
import { add, int, isInteger, mul, parseDigits, ratio, shift, type Rational } from './rational.ts';
import { glued, type Token } from './tokens.ts';

/** How a number was written. */
export type NumberForm = 'digits' | 'words' | 'vague' | 'fraction' | 'ordinal' | 'multiplier';

/** A number found in the tokens. */
export interface NumberMatch {
  /** Index of its first token. */
  first: number;
  /** Index of its last token (a scale word or suffix included: "1.5 million", "900bn"). */
  last: number;
  /** Its value; for fractions the fraction itself (2/3), not a percentage. */
  value: Rational;
  form: NumberForm;
  /** True when a scale word or suffix multiplied it ("1.5 million", "900bn"). */
  scaled: boolean;
  /** True for one bare run of digits: no grouping comma, no decimals, no scale ("2013", "737"). */
  plain: boolean;
  /** A qualifier the number itself carries: vague amounts are an order of magnitude. */
  qualifier: string | null;
}

/** Every number in the tokens, left to right, not overlapping. */
export function findNumbers(tokens: readonly Token[], lex: Lexicon): NumberMatch[] {
  const out: NumberMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const m = tokens[i].kind === 'num' ? digitsAt(tokens, i, lex) : tokens[i].kind === 'word' ? wordsAt(tokens, i, lex) : null;
    if (m) {
      out.push(m);
      i = m.last + 1;
    } else {
      i++;
    }
  }
  return out;
}

// Bounds that keep the work per number constant on hostile input ("one hundred one hundred ...",
// "million million ...", a megabyte of digits): no news quantity needs more.
const MAX_DIGITS = 24;
const MAX_NUMBER_WORDS = 12;
const MAX_SCALES = 3;

function digitsAt(tokens: readonly Token[], i: number, lex: Lexicon): NumberMatch | null {
  const t = tokens[i];
  if (t.text.length > MAX_DIGITS) return null;
  let value = parseDigits(t.text);
  // "1,2,3" and "1.2.3" (lists, versions) are not numbers.
  if (!value) return null;
  let j = i;
  let scaled = false;
  // "2-1/2" and "2½" → 2.5; "2 1/2" too.
  const mixed = mixedFraction(tokens, j, lex);
  if (mixed) {
    value = add(value, mixed.value);
    j = mixed.last;
  }
  const next = tokens[j + 1];
  // "600th", "1st": an ordinal.
  if (next && glued(tokens, j + 1) && next.kind === 'word' && lex.ordinalSuffixes.has(next.lower) && isInteger(value)) {
    return { first: i, last: j + 1, value, form: 'ordinal', scaled: false, plain: false, qualifier: null };
  }
  // "900bn", "$5m": a glued scale suffix; "m", "b" and "k" only after a currency ("100m" alone is a distance).
  if (next && glued(tokens, j + 1) && next.kind === 'word' && lex.scaleAbbreviations.has(next.lower)) {
    if (!lex.scaleNeedsCurrency.has(next.lower) || currencyBefore(tokens, i, lex)) {
      value = shift(value, lex.scaleAbbreviations.get(next.lower)!);
      j++;
      scaled = true;
    }
  }
  // "2 mn euros", "5 bn": the unambiguous abbreviations may stand apart.
  const apart = tokens[j + 1];
  if (!scaled && apart && apart.kind === 'word' && lex.scaleAbbreviations.has(apart.lower) && !lex.scaleNeedsCurrency.has(apart.lower)) {
    value = shift(value, lex.scaleAbbreviations.get(apart.lower)!);
    j++;
    scaled = true;
  }
  // "1.5 million", "240 billion", "5-million", "two dozen".
  const s = scaleWords(tokens, j, lex);
  if (s) {
    value = mul(value, s.factor);
    j = s.last;
    scaled = true;
  }
  return { first: i, last: j, value, form: 'digits', scaled, plain: !scaled && j === i && /^\d+$/.test(t.text), qualifier: null };
}

/** "-1/2", "½", " 1/2" after a whole number. */
function mixedFraction(tokens: readonly Token[], j: number, lex: Lexicon): { value: Rational; last: number } | null {
  const a = tokens[j + 1];
  if (a && glued(tokens, j + 1) && lex.vulgarFractions.has(a.text)) {
    const [n, d] = lex.vulgarFractions.get(a.text)!;
    return { value: ratio(n, d), last: j + 1 };
  }
  // "2-1/2": hyphen, numerator, slash, denominator, all glued; "2 1/2": a space before the numerator.
  const hyphen = a && a.text === '-' && glued(tokens, j + 1);
  const k = hyphen ? j + 2 : j + 1;
  const [n, slash, d] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  if (!n || !slash || !d || n.kind !== 'num' || slash.text !== '/' || d.kind !== 'num') return null;
  if (!glued(tokens, k + 1) || !glued(tokens, k + 2) || (hyphen && !glued(tokens, k))) return null;
  if (!/^\d$/.test(n.text) || !/^(?:2|3|4|8)$/.test(d.text) || Number(n.text) >= Number(d.text)) return null;
  return { value: ratio(Number(n.text), Number(d.text)), last: k + 2 };
}

/** A chain of scale words after token `j`: "million", "hundred thousand", "-million", "dozen". */
function scaleWords(tokens: readonly Token[], j: number, lex: Lexicon): { factor: Rational; last: number } | null {
  let factor = int(1);
  let last = j;
  for (let n = 0; n < MAX_SCALES; n++) {
    let k = last + 1;
    // "5-million-dollar": a hyphen glued on both sides may join the scale.
    if (tokens[k]?.text === '-' && glued(tokens, k) && glued(tokens, k + 1)) k++;
    const w = tokens[k];
    if (!w || w.kind !== 'word') break;
    if (lex.scales.has(w.lower)) factor = shift(factor, lex.scales.get(w.lower)!);
    else if (lex.groups.has(w.lower)) factor = mul(factor, int(lex.groups.get(w.lower)!));
    else break;
    last = k;
  }
  return last === j ? null : { factor, last };
}

/** True when a currency symbol or code stands right before token `i` ("$5m", "US$5m", "USD 5m"). */
export function currencyBefore(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const p = tokens[i - 1];
  return !!p && (lex.currencySymbols.has(p.text) || lex.currencyCodes.has(p.text));
}

// The classes of number words, for the little grammar of spelled-out numbers.
type WordClass = 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' | 'group';

function wordClass(w: string, lex: Lexicon): WordClass | null {
  const n = lex.cardinals.get(w);
  if (n !== undefined) return n < 10 ? 'unit' : 'teen';
  if (lex.tens.has(w)) return 'tens';
  if (w === 'hundred') return 'hundred';
  if (lex.scales.has(w)) return 'scale';
  if (lex.groups.has(w)) return 'group';
  return null;
}

// Which class may follow which: "twenty five", "two hundred and six", "three million"; not
// "one two" (a list) or "five twenty" (a time).
// not a word list: the classes of number words, a grammar of the code's own names
const FOLLOWS: Record<WordClass | 'start', readonly WordClass[]> = {
  start: ['unit', 'teen', 'tens'],
  unit: ['hundred', 'scale', 'group'],
  teen: ['hundred', 'scale', 'group'],
  tens: ['unit', 'hundred', 'scale', 'group'],
  hundred: ['unit', 'teen', 'tens', 'scale'],
  scale: ['unit', 'teen', 'tens', 'scale'],
  group: ['scale'],
};

function wordsAt(tokens: readonly Token[], i: number, lex: Lexicon): NumberMatch | null {
  const w = tokens[i].lower;
  return vagueAt(tokens, i, lex) ?? fractionAt(tokens, i, lex) ?? ordinalAt(tokens, i, lex)
    ?? (lex.multipliers.has(w)
      ? { first: i, last: i, value: int(lex.multipliers.get(w)!), form: 'multiplier', scaled: false, plain: false, qualifier: null }
      : cardinalAt(tokens, i, lex));
}

/** "tens of thousands", "hundreds", "dozens", "several hundred", "a few thousand". */
function vagueAt(tokens: readonly Token[], i: number, lex: Lexicon): NumberMatch | null {
  let value: Rational;
  let last: number;
  const leader = lex.vagueLeaders.forward(tokens, i);
  const after = leader ? tokens[leader.at + 1] : undefined;
  if (leader && after && (lex.scales.has(after.lower) || lex.groups.has(after.lower))) {
    // "several hundred" → 100, "a few thousand" → 1000, "several dozen" → 12.
    value = lex.scales.has(after.lower) ? shift(int(1), lex.scales.get(after.lower)!) : int(lex.groups.get(after.lower)!);
    last = leader.at + 1;
    const more = scaleWords(tokens, last, lex);
    if (more) {
      value = mul(value, more.factor);
      last = more.last;
    }
  } else if (lex.vague.has(tokens[i].lower)) {
    value = int(lex.vague.get(tokens[i].lower)!);
    last = i;
  } else {
    return null;
  }
  // "tens of thousands", "hundreds of millions": each "of" + plural scale multiplies.
  for (let n = 0; n < MAX_SCALES && tokens[last + 1]?.lower === 'of' && lex.vague.has(tokens[last + 2]?.lower ?? ''); n++) {
    value = mul(value, int(lex.vague.get(tokens[last + 2].lower)!));
    last += 2;
  }
  return { first: i, last, value, form: 'vague', scaled: false, plain: false, qualifier: lex.vagueQualifier };
}

/** "two-thirds", "one-quarter", "a third of", "three quarters", "half of", "half the". */
function fractionAt(tokens: readonly Token[], i: number, lex: Lexicon): NumberMatch | null {
  const t = tokens[i];
  // "half of the vote", "half the members" → 1/2; "half an hour" and "half a million" are not read here.
  if (t.lower === 'half') {
    // "the second half of the season", "the lower half of": a part of a game or a list.
    const p = tokens[i - 1]?.lower ?? '';
    if (lex.fractionHalfBlockers.has(p) || lex.ordinals.has(p)) return null;
    const n = tokens[i + 1]?.lower;
    return n === 'of' || n === 'the' ? frac(i, i, ratio(1, 2)) : null;
  }
  const numerator = t.lower === 'a' || t.lower === 'an' ? 1 : lex.cardinals.get(t.lower);
  if (numerator === undefined || numerator === 0) return null;
  const hyphen = tokens[i + 1]?.text === '-' && glued(tokens, i + 1) && glued(tokens, i + 2);
  const k = hyphen ? i + 2 : i + 1;
  const d = tokens[k];
  if (!d || d.kind !== 'word' || !lex.fractions.has(d.lower)) return null;
  const denominator = lex.fractions.get(d.lower)!;
  // "two-thirds" always; "a third of", "three quarters of" only with "of": "a third time" is an
  // ordinal and "nine quarters" or "four-quarter comeback" are periods of a game (a fraction is below one).
  if (!hyphen && tokens[k + 1]?.lower !== 'of') return null;
  if ((t.lower === 'a' && hyphen) || numerator >= denominator) return null;
  return frac(i, k, ratio(numerator, denominator));
}

function frac(first: number, last: number, value: Rational): NumberMatch {
  return { first, last, value, form: 'fraction', scaled: false, plain: false, qualifier: null };
}

/** "second", "tenth", "twenty-first". */
function ordinalAt(tokens: readonly Token[], i: number, lex: Lexicon): NumberMatch | null {
  const t = tokens[i];
  if (lex.ordinals.has(t.lower)) return { first: i, last: i, value: int(lex.ordinals.get(t.lower)!), form: 'ordinal', scaled: false, plain: false, qualifier: null };
  // "twenty-first": tens, glued hyphen, ordinal of a unit.
  const o = tokens[i + 2];
  if (lex.tens.has(t.lower) && tokens[i + 1]?.text === '-' && glued(tokens, i + 1) && o && glued(tokens, i + 2) && lex.ordinals.has(o.lower) && lex.ordinals.get(o.lower)! < 10) {
    return { first: i, last: i + 2, value: int(lex.tens.get(t.lower)! + lex.ordinals.get(o.lower)!), form: 'ordinal', scaled: false, plain: false, qualifier: null };
  }
  return null;
}

/** Spelled-out cardinals: "one", "twenty-five", "two hundred and six", "a million", "half a million", "two and a half million". */
function cardinalAt(tokens: readonly Token[], i: number, lex: Lexicon): NumberMatch | null {
  let j = i;
  let total = int(0);
  let current = int(0);
  let prev: WordClass | 'start' = 'start';
  const lower = tokens[i].lower;
  if (lower === 'a' || lower === 'an' || lower === 'half') {
    // "a million", "a dozen", "half a million": only before a scale or group word.
    const k = lower === 'half' ? i + 2 : i + 1;
    if (lower === 'half' && tokens[i + 1]?.lower !== 'a') return null;
    const c = tokens[k] ? wordClass(tokens[k].lower, lex) : null;
    if (c !== 'hundred' && c !== 'scale' && c !== 'group') return null;
    current = lower === 'half' ? ratio(1, 2) : int(1);
    prev = 'unit';
    j = k;
  } else {
    const c = wordClass(lower, lex);
    if (!c || !FOLLOWS.start.includes(c)) return null;
  }
  let last = i;
  for (; j < tokens.length && j - i < MAX_NUMBER_WORDS * 2; j++) {
    const tok = tokens[j];
    // "twenty-five": a glued hyphen between tens and a unit.
    // "two-million-euro": and before a scale word.
    if (tok.text === '-' && glued(tokens, j) && glued(tokens, j + 1)) {
      const c = tokens[j + 1] ? wordClass(tokens[j + 1].lower, lex) : null;
      if (prev === 'tens' || c === 'scale' || c === 'hundred') continue;
    }
    // "two hundred and six", "two and a half million".
    if (tok.lower === 'and' && prev !== 'start') {
      const n = tokens[j + 1];
      if (n?.lower === 'a' && tokens[j + 2]?.lower === 'half') {
        current = add(current, ratio(1, 2));
        j += 2;
        last = j;
        continue;
      }
      const c = n ? wordClass(n.lower, lex) : null;
      if ((prev === 'hundred' || prev === 'scale') && c && (c === 'unit' || c === 'teen' || c === 'tens')) continue;
      break;
    }
    const c = tok.kind === 'word' ? wordClass(tok.lower, lex) : null;
    if (!c || (j > i && !(FOLLOWS[prev] as readonly string[]).includes(c))) break;
    if (c === 'unit' || c === 'teen') current = add(current, int(lex.cardinals.get(tok.lower)!));
    else if (c === 'tens') current = add(current, int(lex.tens.get(tok.lower)!));
    else if (c === 'hundred') current = mul(isZero(current) ? int(1) : current, int(100));
    else if (c === 'group') current = mul(isZero(current) ? int(1) : current, int(lex.groups.get(tok.lower)!));
    else {
      total = add(total, shift(isZero(current) ? int(1) : current, lex.scales.get(tok.lower)!));
      current = int(0);
    }
    prev = c;
    last = j;
  }
  const value = add(total, current);
  const scaled = tokens.slice(i, last + 1).some((t) => lex.scales.has(t.lower) || lex.groups.has(t.lower));
  return { first: i, last, value, form: 'words', scaled, plain: false, qualifier: null };
}

function isZero(r: Rational): boolean {
  return r.num === 0n;
}
