/**
 * The quantity extractor: numbers with what they count or measure, as `QuantityFact` drafts.
 *
 * "a record $240 billion" → 240000000000 USD, qualifier record; "123 member states" → 123,
 * counted "member states"; "aged 71" → 71 years, counted age; "more than 40 times" → 40 times,
 * qualifier more than; "the 600th day" → 600 ordinal, counted day.
 *
 * Per sentence: tokenize (`tokens.ts`), find numbers (`numbers.ts`), and ask the rules in order
 * (`rule.ts`); the first rule that answers decides. The span runs from the qualifier (or currency
 * symbol, or cue such as "aged") to the unit or the counted noun when one follows the number:
 * "tens of thousands of troops", "more than 40 times", "a $200 billion target".
 * Years, dates, clock times and durations are declined (the time extractor reads them), and so are
 * numbers that name rather than count ("G20", "Boeing 737", "World War Two", "No. 1").
 *
 * Around the rules the engine reads what spans two numbers or none: a range of one quantity is
 * one reading ("between 200 and 400 people" → 200, high 400, qualifier between; `range.ts`), a
 * bound after the number is its qualifier ("50 or more people" → at least), a zero said in words
 * is a count ("no one was killed", "no deaths" → 0; `zero.ts`), and a quantity in brackets right
 * after another in another unit restates it ("20 km (12 miles)" → the 12 miles are a conversion).
 */
import type { Document, QuantityFact, Sentence } from '../../types.ts';
import type { Draft, Extractor } from '../index.ts';
import { age } from './age.ts';
import { count, LIST_OF_NUMBERS } from './count.ts';
import { dates } from './dates.ts';
import { durations } from './durations.ts';
import { fraction } from './fraction.ts';
import { labels, SCORE_OR_RANGE } from './labels.ts';
import { unitLexicon, type Lexicon } from './lexicon.ts';
import { magnitude } from './magnitude.ts';
import { measure } from './measure.ts';
import { money } from './money.ts';
import { multiplier } from './multiplier.ts';
import { findNumbers, type NumberMatch } from './numbers.ts';
import { ordinal } from './ordinal.ts';
import { percent } from './percent.ts';
import { qualifierBefore } from './qualifier.ts';
import { rangeJoin } from './range.ts';
import { int, mul, shift, toDecimal } from './rational.ts';
import { isDecline, type Context, type Decline, type Reading, type Rule } from './rule.ts';
import { QUANTITY, sentenceView } from '../../text/tokens.ts';
import { isCapitalized, tokenize, type Token } from './tokens.ts';
import { years } from './years.ts';
import { zeroAt } from './zero.ts';

/**
 * The rules in the order they are asked. Vetoes of dates and labels come first; ages before
 * durations ("71 years old" is an age, "71 years" a duration); money, percentages and units
 * before years ("$2013", "2000 km"); counting last.
 */
export const QUANTITY_RULES: readonly Rule[] = [dates, labels, age, money, percent, magnitude, measure, years, durations, multiplier, fraction, ordinal, count];

/** One quantity found in a text, before it becomes a draft. */
export interface QuantityReading {
  start: number;
  end: number;
  value: string;
  /** The upper end of a range ("between 200 and 400" → 400); absent for one value. */
  high?: string;
  unit: string | null;
  counted: string | null;
  qualifier: string | null;
  /** True when it restates the quantity before it in another unit, in brackets: "20 km (12 miles)". */
  conversion?: true;
  /** The rule that read it: `money`, `age`, `count`, `zero`, ... */
  rule: string;
}

/**
 * Reads the quantities of `body.slice(start, end)` (one sentence); offsets are into `body`.
 * The lexicon and the rules can be swapped for tests; the defaults are what the extractor uses.
 */
export function readQuantities(body: string, start: number, end: number, lex: Lexicon = unitLexicon(), rules: readonly Rule[] = QUANTITY_RULES): QuantityReading[] {
  return readTokens(tokenize(body, start, end), lex, rules);
}

/** A reading with the indices of its first and last token. */
interface Read {
  q: QuantityReading;
  first: number;
  last: number;
}

/** Reads the quantities of one sentence's tokens. */
function readTokens(tokens: readonly Token[], lex: Lexicon, rules: readonly Rule[]): QuantityReading[] {
  const sentenceFirst = tokens.findIndex((t) => t.kind !== 'sym');
  const hasWords = tokens.some((t) => t.kind === 'word');
  const read: Read[] = [];
  // Tokens up to here belong to a quantity already read: "5-foot-8" must not be read twice.
  let usedUntil = -1;
  const nums = findNumbers(tokens, lex);
  for (let n = 0; n < nums.length; n++) {
    const num = nums[n];
    if (num.first <= usedUntil) continue;
    const ctx: Context = { tokens, num, lex, sentenceFirst, hasWords };
    const r = readRange(ctx, nums[n + 1], rules, usedUntil) ?? readOne(ctx, rules, usedUntil);
    if (r === null) continue;
    read.push(r);
    usedUntil = r.last;
  }
  const all = [...read, ...zeros(tokens, lex, read)].sort((a, b) => a.first - b.first);
  markConversions(tokens, all);
  return all.map((r) => r.q);
}

/** A rule's reading with the rule's name. */
type Named = Reading & { rule: string };

/** The first answer of the rules; a veto whose reason is in `tolerate` counts as no opinion. */
function ask(ctx: Context, rules: readonly Rule[], tolerate: readonly string[] = []): Named | Decline | null {
  for (const rule of rules) {
    const o = rule.read(ctx);
    if (o === null || (isDecline(o) && tolerate.includes(o.decline))) continue;
    return isDecline(o) ? o : { ...o, rule: rule.name };
  }
  return null;
}

/** One number read by the rules, with the qualifier before it or after it ("50 or more"). */
function readOne(ctx: Context, rules: readonly Rule[], usedUntil: number): Read | null {
  const { tokens, num, lex } = ctx;
  // "50 or more people": read as "50 people", the words "or more" kept in the span.
  const bound = lex.qualifiersAfter.forward(tokens, num.last + 1);
  const o = bound ? withoutTokens(ctx, num.last + 1, bound.at, rules) : ask(ctx, rules);
  if (o === null || isDecline(o) || o.first <= usedUntil) return null;
  let { first, last } = o;
  let qualifier = bound ? bound.value : o.qualifier ?? num.qualifier;
  if (bound && last < bound.at) last = bound.at;
  // "$5 million or more", "a crowd of 40 or so": the bound after the whole span.
  const after = bound ? null : lex.qualifiersAfter.forward(tokens, last + 1);
  if (after) {
    qualifier = after.value;
    last = after.at;
  }
  if (!qualifier) {
    const q = qualifierBefore(tokens, first, lex);
    if (q && q.first > usedUntil) {
      qualifier = q.qualifier;
      first = q.first;
    }
  }
  const q: QuantityReading = {
    start: tokens[first].start,
    end: tokens[last].end,
    value: o.value ?? toDecimal(num.value),
    unit: o.unit,
    counted: o.counted,
    qualifier,
    rule: o.rule,
  };
  return { q, first, last };
}

/** Tokens on each side of a removed phrase that the rules may still look at. */
const WINDOW = 32;

/**
 * The rules' reading of the number as if tokens `from..to` were not there ("50 [or more]
 * people"), in the indices of the whole sentence. The rules read a window of the sentence around
 * the number, so the copy costs the same on any input.
 */
function withoutTokens(ctx: Context, from: number, to: number, rules: readonly Rule[]): Named | Decline | null {
  const { tokens, num } = ctx;
  const lo = Math.max(0, num.first - WINDOW);
  const hi = Math.min(tokens.length, to + 1 + WINDOW);
  const view = [...tokens.slice(lo, from), ...tokens.slice(to + 1, hi)];
  const shifted = { ...num, first: num.first - lo, last: num.last - lo };
  const o = ask({ ...ctx, tokens: view, num: shifted, sentenceFirst: ctx.sentenceFirst - lo }, rules);
  if (o === null || isDecline(o)) return o;
  const back = (i: number) => (i + lo < from ? i + lo : i + lo + (to - from + 1));
  return { ...o, first: back(o.first), last: back(o.last) };
}

/**
 * A range of one quantity read as one reading: "between 200 and 400 people" → 200, high 400,
 * qualifier `between`. Both ends must be read by the rules as the same kind of quantity (same
 * unit, same counted noun), and the low end must be below the high one; otherwise null, and the
 * numbers are read one by one.
 */
function readRange(ctx: Context, next: NumberMatch | undefined, rules: readonly Rule[], usedUntil: number): Read | null {
  const join = rangeJoin(ctx, next);
  if (!join || !next) return null;
  const { tokens, lex } = ctx;
  // "2 to 3 million people": the scale written once belongs to both ends.
  const num = sharedScale(ctx.num, next, tokens, lex);
  const between = tokens[join.opener ?? -1]?.lower === 'between';
  // The vetoes the range itself provokes: "200-400" looks like a score, the bare "and 400" of
  // "between 200 and 400" like the end of a list.
  const tolerate = join.dash ? [SCORE_OR_RANGE] : between ? [LIST_OF_NUMBERS] : [];
  let high = ask({ ...ctx, num: next }, rules, tolerate);
  // "between 200 and 400.": with the list veto set aside no rule reads a bare number; it stands alone.
  if (high === null && between && next.form === 'digits') high = { first: next.first, last: next.last, unit: null, counted: null, rule: count.name };
  if (high === null || isDecline(high)) return null;
  // In "200-400" the rules would read "200-" as a compound: only the vetoes of dates and labels
  // ("October 1-2", "G20-30") apply to it.
  const low = ask({ ...ctx, num }, join.dash ? [dates, labels] : rules, tolerate);
  if (isDecline(low) || (low === null && !join.dash)) return null;
  if (low && (low.last >= join.joiner || low.unit !== high.unit || (low.counted !== null && low.counted !== high.counted))) return null;
  // Only "between 200 and 400" and "ranging from 3.6 to 4.3" may stand bare: "won 3-1", "a 2 to 1
  // margin", "raise the seats from 65 to 125" are not ranges.
  if (!between && !join.cued && high.unit === null && high.counted === null) return null;
  if (join.dash) {
    // "the 0-14 Lions", "the 15-17 Bulldogs": a record before a team's name, not a count of it.
    if (tokens.slice(next.last + 1, high.last + 1).some((t) => isCapitalized(t))) return null;
    // "$140-150MM": a sum on the left must stay a sum on the right.
    if (lex.currencySymbols.has(tokens[num.first - 1]?.text ?? '') && high.rule !== 'money') return null;
  }
  const lowValue = low?.value ?? toDecimal(num.value);
  const highValue = high.value ?? toDecimal(next.value);
  if (!(Number(lowValue) < Number(highValue))) return null;
  const first = join.opener ?? low?.first ?? num.first;
  if (first <= usedUntil) return null;
  const q: QuantityReading = {
    start: tokens[first].start,
    end: tokens[high.last].end,
    value: lowValue,
    high: highValue,
    unit: high.unit,
    counted: high.counted,
    qualifier: 'between',
    rule: high.rule,
  };
  return { q, first, last: high.last };
}

/** The low end with the scale of the high end when it has none of its own and stays below it: "2 to 3 million". */
function sharedScale(num: NumberMatch, next: NumberMatch, tokens: readonly Token[], lex: Lexicon): NumberMatch {
  if (num.scaled || !next.scaled || (num.form !== 'digits' && num.form !== 'words')) return num;
  const w = tokens[next.last].lower;
  const power = lex.scales.get(w) ?? lex.scaleAbbreviations.get(w);
  const factor = power !== undefined ? shift(int(1), power) : lex.groups.has(w) ? int(lex.groups.get(w)!) : null;
  if (!factor) return num;
  const value = mul(num.value, factor);
  // "from 500 to 2 million" keeps its 500.
  return Number(toDecimal(value)) < Number(toDecimal(next.value)) ? { ...num, value, scaled: true, plain: false } : num;
}

/** The zero counts of a sentence ("no one was killed", "no deaths") outside the numbers already read. */
function zeros(tokens: readonly Token[], lex: Lexicon, read: readonly Read[]): Read[] {
  const out: Read[] = [];
  let r = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (r < read.length && read[r].last < i) r++;
    if (r < read.length && read[r].first <= i) continue;
    const z = zeroAt(tokens, i, lex);
    if (!z || (r < read.length && read[r].first <= z.last)) continue;
    out.push({
      q: { start: tokens[z.first].start, end: tokens[z.last].end, value: '0', unit: null, counted: z.counted, qualifier: null, rule: 'zero' },
      first: z.first,
      last: z.last,
    });
    i = z.last;
  }
  return out;
}

/**
 * Marks the quantity in brackets right after another one in another unit: "20 km (12 miles)",
 * "$5 million (£3.2 million)", "1,150 kilometers (about 700 miles)".
 */
function markConversions(tokens: readonly Token[], read: readonly Read[]): void {
  for (let i = 1; i < read.length; i++) {
    const [a, b] = [read[i - 1], read[i]];
    if (a.q.unit === null || b.q.unit === null || a.q.unit === b.q.unit) continue;
    if (tokens[a.last + 1]?.text === '(' && b.first === a.last + 2 && tokens[b.last + 1]?.text === ')') b.q.conversion = true;
  }
}

/** The quantity drafts of one document, sentence by sentence, in text order. */
export function extractQuantities(doc: Document): Draft<QuantityFact>[] {
  const drafts: Draft<QuantityFact>[] = [];
  doc.sentences.forEach((s, i) => {
    // The sentence's quantity tokens are kept with the document, like every reader's view.
    const tokens = sentenceView(doc, QUANTITY.name, i, (body, r) => tokenize(body, r.start, r.end));
    for (const q of readTokens(tokens, unitLexicon(), QUANTITY_RULES)) drafts.push(draft(doc, s, q));
  });
  return drafts;
}

function draft(doc: Document, s: Sentence, q: QuantityReading): Draft<QuantityFact> {
  return {
    kind: 'quantity',
    article: doc.article.id,
    start: q.start,
    end: q.end,
    text: doc.article.text.slice(q.start, q.end),
    sentence: s.index,
    extractor: `quantity/${q.rule}`,
    value: q.value,
    unit: q.unit,
    counted: q.counted,
    qualifier: q.qualifier,
    // Only when there: the JSON of a single value is what it was.
    ...(q.high !== undefined ? { high: q.high } : {}),
    ...(q.conversion ? { conversion: true as const } : {}),
  };
}

/** The quantity extractor: numbers in digits and words, with unit or currency, counted noun and qualifier. */
export const quantityExtractor: Extractor = {
  name: 'quantity',
  extract: (doc) => extractQuantities(doc),
};
