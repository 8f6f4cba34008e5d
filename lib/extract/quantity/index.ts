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
 */
import type { Document, QuantityFact, Sentence } from '../../types.ts';
import type { Draft, Extractor } from '../index.ts';
import { age } from './age.ts';
import { count } from './count.ts';
import { dates } from './dates.ts';
import { durations } from './durations.ts';
import { fraction } from './fraction.ts';
import { labels } from './labels.ts';
import { unitLexicon, type Lexicon } from './lexicon.ts';
import { magnitude } from './magnitude.ts';
import { measure } from './measure.ts';
import { money } from './money.ts';
import { multiplier } from './multiplier.ts';
import { findNumbers } from './numbers.ts';
import { ordinal } from './ordinal.ts';
import { percent } from './percent.ts';
import { qualifierBefore } from './qualifier.ts';
import { toDecimal } from './rational.ts';
import { isDecline, type Context, type Rule } from './rule.ts';
import { QUANTITY, sentenceView } from '../../text/tokens.ts';
import { tokenize, type Token } from './tokens.ts';
import { years } from './years.ts';

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
  unit: string | null;
  counted: string | null;
  qualifier: string | null;
  /** The rule that read it: `money`, `age`, `count`, ... */
  rule: string;
}

/**
 * Reads the quantities of `body.slice(start, end)` (one sentence); offsets are into `body`.
 * The lexicon and the rules can be swapped for tests; the defaults are what the extractor uses.
 */
export function readQuantities(body: string, start: number, end: number, lex: Lexicon = unitLexicon(), rules: readonly Rule[] = QUANTITY_RULES): QuantityReading[] {
  return readTokens(tokenize(body, start, end), lex, rules);
}

/** Reads the quantities of one sentence's tokens. */
function readTokens(tokens: readonly Token[], lex: Lexicon, rules: readonly Rule[]): QuantityReading[] {
  const sentenceFirst = tokens.findIndex((t) => t.kind !== 'sym');
  const hasWords = tokens.some((t) => t.kind === 'word');
  const out: QuantityReading[] = [];
  // Tokens up to here belong to a quantity already read: "5-foot-8" must not be read twice.
  let usedUntil = -1;
  for (const num of findNumbers(tokens, lex)) {
    if (num.first <= usedUntil) continue;
    const ctx: Context = { tokens, num, lex, sentenceFirst, hasWords };
    for (const rule of rules) {
      const o = rule.read(ctx);
      if (o === null) continue;
      // A span cannot reach back into the quantity read before it.
      if (isDecline(o) || o.first <= usedUntil) break;
      let first = o.first;
      let qualifier = o.qualifier ?? num.qualifier;
      if (!qualifier) {
        const q = qualifierBefore(tokens, first, lex);
        if (q && q.first > usedUntil) {
          qualifier = q.qualifier;
          first = q.first;
        }
      }
      out.push({
        start: tokens[first].start,
        end: tokens[o.last].end,
        value: o.value ?? toDecimal(num.value),
        unit: o.unit,
        counted: o.counted,
        qualifier,
        rule: rule.name,
      });
      usedUntil = o.last;
      break;
    }
  }
  return out;
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
  };
}

/** The quantity extractor: numbers in digits and words, with unit or currency, counted noun and qualifier. */
export const quantityExtractor: Extractor = {
  name: 'quantity',
  extract: (doc) => extractQuantities(doc),
};
