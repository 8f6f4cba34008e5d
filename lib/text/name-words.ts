/**
 * Words of a sentence with their offsets, as the person and place extractors read them, and the
 * ordinary-word test both use.
 *
 * A word keeps what decides whether it can be part of a name: its capital, a possessive ending
 * ("Novak’s" → base "Novak"), a hyphenated lowercase ending ("Geneva-based" → base "Geneva") and
 * what separates it from the word before ("Tomas Berg" is one name, "Lima, Peru" two).
 */
import type { Model } from 'wink-nlp';
import type { Document, Range } from '../types.ts';
import { lazyPackage, winkModel } from '../util/packages.ts';
import { NAME, scan, sentenceView } from './tokens.ts';
import { wordSet } from './words.ts';

/** One word of a sentence. */
export interface Word extends Range {
  /** The word as written, possessive ending included. */
  text: string;
  /** The word without a possessive ending or a lowercase hyphenated tail ("Novak", "Geneva"). */
  base: string;
  /** One past the last code unit of {@link base}. */
  baseEnd: number;
  /** Ends in "'s" or "’s". */
  poss: boolean;
  /** Hyphenated with capitalised parts ("Peru-Chile", "Peruvian-Kenyan"). */
  capCompound: boolean;
  /** Hyphenated with a lowercase tail ("Geneva-based", "Smith-the"): the word ends any name. */
  hyphenTail: boolean;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Written all in capitals, two letters or more ("NATO", "LIMA"). */
  upper: boolean;
  /** Stands where any word is capitalised: first in its sentence, or after an opening quote, bracket, colon or dash. */
  initial: boolean;
  /** What stands between the previous word (or the sentence start) and this one. */
  gap: string;
  /** The character right after the word, or ''. */
  next: string;
}

const CAP = /^\p{Lu}/u;

/** Opening punctuation after which a word is capitalised whatever it is. */
const OPENER = /[“"‘'(\[:—–\-…]$/u;

/** The words of `range` of `body`: the one tokenizer's {@link NAME} scheme, read for names. */
export function words(body: string, range: Range): Word[] {
  const out: Word[] = [];
  let last = range.start;
  for (const p of scan(body, NAME, range.start, range.end)) {
    const w = p.text;
    const start = p.start;
    const gap = body.slice(last, start);
    last = p.end;
    let base = w;
    let poss = false;
    // "Novak’s" → "Novak"; "People’s Republic" keeps its text and reads its base for lookups.
    const last2 = w.slice(-2);
    if (w.length > 2 && (last2 === "'s" || last2 === '’s')) {
      base = w.slice(0, -2);
      poss = true;
    }
    const parts = base.includes('-') ? base.split('-') : [base];
    let capCompound = false;
    let hyphenTail = false;
    const cap = CAP.test(w);
    if (parts.length > 1 && cap) {
      // "Geneva-based" → "Geneva"; "Peru-Chile" stays whole and is marked.
      if (parts.slice(1).every((x) => /^\p{Ll}/u.test(x))) {
        base = parts[0];
        hyphenTail = true;
      } else capCompound = true;
    }
    out.push({
      start,
      end: start + w.length,
      text: w,
      base,
      baseEnd: start + base.length,
      poss,
      capCompound,
      hyphenTail,
      cap,
      upper: cap && base.length >= 2 && /^[\p{Lu}\p{N}.'’-]+$/u.test(base) && /\p{Lu}.*\p{Lu}/u.test(base),
      initial: out.length === 0 || OPENER.test(gap.trim()),
      gap,
      next: p.end < range.end ? body.charAt(p.end) : '',
    });
  }
  return out;
}

/** The name words of sentence `index` of a document, made once and shared by the person and place extractors. */
export function sentenceWords(doc: Document, index: number): Word[] {
  return sentenceView(doc, NAME.name, index, (body, s) => words(body, s));
}

/** True when words `a` and `b` (b right after a) are joined by spaces only: parts of one name. */
export function joined(a: Word, b: Word): boolean {
  return !a.poss && !a.hyphenTail && /^[ \u00a0]{1,2}$/.test(b.gap);
}

/** Months and weekdays: capitalised, never names. */
export const CALENDAR: ReadonlySet<string> = wordSet('month-names', 'month-abbreviations', 'weekday-names');

let known: ((word: string) => boolean) | null = null;

// The model is loaded at the first word test, not at import (see util/packages.ts).
const winkNLP = lazyPackage<typeof import('wink-nlp').default>('wink-nlp');
const wink = (): Model => winkModel<Model>();

/** The shape of the wink model's lexeme table that {@link isKnownWord} reads. */
interface LexemeTable {
  hash: Record<string, number>;
  intrinsicSize: number;
}

/** The word test: the model's own lexeme table when it has the expected shape, else wink's tokenizer. */
function loadKnown(): (word: string) => boolean {
  // The model's lexeme hash answers in constant time without growing; it is how wink-nlp reads the
  // model (`model.core()`), so a model of another shape falls back to asking wink-nlp per word.
  const model = wink();
  const core = (model as unknown as { core?: () => { features?: { lexeme?: LexemeTable } } }).core?.();
  const table = core?.features?.lexeme;
  if (table && typeof table.intrinsicSize === 'number' && table.hash) {
    return (w) => {
      const i = table.hash[w];
      return i !== undefined && i < table.intrinsicSize;
    };
  }
  const nlp = winkNLP()(model, []);
  const its = nlp.its;
  // Unknown words get ids past the lexicon, in order of first sight: the first tells where it ends.
  const end = nlp.readDoc('qqzxqqzxqq').tokens().out(its.uniqueId)[0] as number;
  const cache = new Map<string, boolean>();
  return (w) => {
    let hit = cache.get(w);
    if (hit === undefined) {
      const ids = nlp.readDoc(w).tokens().out(its.uniqueId) as number[];
      hit = ids.length === 1 && ids[0] < end;
      cache.set(w, hit);
    }
    return hit;
  };
}

/**
 * True when `word` (any case) is in the English lexicon of the wink model: ordinary words and some
 * very common names ("officials", "providentially", "bush"), but few surnames ("novak", "palin").
 * Loaded on first use; deterministic.
 */
export function isKnownWord(word: string): boolean {
  known ??= loadKnown();
  return known(word.toLowerCase());
}
