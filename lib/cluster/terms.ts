/**
 * Bag-of-terms of a document, weighted for telling real-world events apart: names and numbers
 * count more than common words, and the lead (headline and first sentences, where news states its
 * main event) counts more than the rest.
 */
import type { Document } from '../types.ts';
import { dataLines, LazySet } from '../text/words.ts';

/** Common words that tell no event apart (`data/lexicon/stopwords.txt`), read on first use. */
const STOPWORDS: ReadonlySet<string> = new LazySet(() => dataLines('lexicon/stopwords.txt'));

// Words (letters, inner apostrophes and hyphens) and numbers. Each alternative consumes distinct
// characters and no quantifier is nested, so matching is linear.
const TOKEN = /\p{L}[\p{L}\p{M}'’-]*|\d[\d,.]*/gu;

/** How many leading sentences make the lead. */
export const LEAD_SENTENCES = 3;

/** Options of {@link documentTerms}. */
export interface TermOptions {
  /** Weight of a capitalised word that does not start its sentence ("Ayers", "Wasilla"). */
  nameWeight: number;
  /** Weight of a number of two digits or more ("2008", "6.1"). */
  numberWeight: number;
  /** Multiplier for terms in the lead. */
  leadWeight: number;
}

/** Defaults chosen on the ECB+ dev topics (see scripts/eval-clusters.ts). */
export const DEFAULT_TERM_OPTIONS: TermOptions = { nameWeight: 2, numberWeight: 1.5, leadWeight: 2 };

/**
 * The bags of documents under the default options, made once a document: the grouping of
 * articles, the words of each event and the blocking keys of the index all read them.
 */
const bags = new WeakMap<Document, ReadonlyMap<string, number>>();

/** Term → weighted count for one document; not to be changed (one map may serve every caller). */
export function documentTerms(doc: Document, options: TermOptions = DEFAULT_TERM_OPTIONS): ReadonlyMap<string, number> {
  if (options !== DEFAULT_TERM_OPTIONS) return bagOf(doc, options);
  let bag = bags.get(doc);
  if (!bag) {
    bag = bagOf(doc, options);
    bags.set(doc, bag);
  }
  return bag;
}

/**
 * Takes `bag` (its terms and weights, in order) as the document's bag under the default options, unless this run made one already:
 * the bag {@link documentTerms} made for this very article when it was analysed (in a store, or on
 * another thread), kept with its analysis (`ArticleMaterial.terms`) in its order; so that reading
 * an article back does not make it again.
 */
export function useTerms(doc: Document, bag: Iterable<readonly [string, number]>): void {
  if (!bags.has(doc)) bags.set(doc, new Map(bag));
}

function bagOf(doc: Document, options: TermOptions): Map<string, number> {
  const counts = new Map<string, number>();
  // ECB+ and pasted articles often repeat the headline as the first line; count a sentence once.
  const seen = new Set<string>();
  let leadLeft = LEAD_SENTENCES;
  for (const s of doc.sentences) {
    const text = doc.body.slice(s.start, s.end);
    if (seen.has(text)) continue;
    seen.add(text);
    const lead = leadLeft > 0 ? options.leadWeight : 1;
    if (leadLeft > 0) leadLeft--;
    let first = true;
    for (const m of text.matchAll(TOKEN)) {
      const raw = m[0];
      const wasFirst = first;
      first = false;
      let weight = lead;
      let term: string;
      if (/^\d/.test(raw)) {
        // "2008", "6.1": years and figures set events apart; "3" alone is too common to.
        const n = raw.replace(/[,.]+$/, '');
        if (n.replace(/\D/g, '').length < 2) continue;
        term = `#${n.replace(/,/g, '')}`;
        weight *= options.numberWeight;
      } else {
        const lower = raw.toLowerCase().replace(/['’]s$/, '').replace(/['’]$/, '');
        if (lower.length < 2 || STOPWORDS.has(lower)) continue;
        term = stem(lower);
        if (!wasFirst && raw[0] !== raw[0].toLowerCase()) weight *= options.nameWeight;
      }
      counts.set(term, (counts.get(term) ?? 0) + weight);
    }
  }
  return counts;
}

/** A light suffix stripper: "attacks" → "attack", "parties" → "party", "killed" stays (tense is not topic). */
export function stem(w: string): string {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}
