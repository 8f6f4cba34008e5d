/** Sparse TF-IDF vectors and their cosine similarity. */
import type { TermCounts } from '../types.ts';

/** A unit-length sparse vector: term → weight, terms sorted for deterministic iteration. */
export type Vector = Map<string, number>;

/**
 * TF-IDF over the documents given: sublinear term frequency (1 + ln tf) times smoothed inverse
 * document frequency ln((1 + N) / (1 + df)) + 1, scaled to unit length. N and df are those of the
 * documents, or of `corpus` when given: a corpus the documents are a part of, counted elsewhere
 * (an index), so that a part is weighed as the whole would weigh it.
 */
export function tfidf(docs: readonly ReadonlyMap<string, number>[], corpus?: TermCounts, memo?: VectorMemo): { vectors: Vector[]; df: Map<string, number> } {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of d.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  let n = docs.length;
  if (corpus) {
    // Never fewer than the documents show: counts of a corpus that lacks some of them stay sane.
    n = Math.max(n, corpus.articles);
    for (const t of df.keys()) df.set(t, Math.max(df.get(t)!, corpus.df.get(t) ?? 0));
  }
  const vectors = docs.map((d) => {
    const kept = memo?.get(d);
    if (kept && kept.n === n && sameCounts(d, df, kept.df)) return kept.vector;
    const v: [string, number][] = [];
    let norm = 0;
    for (const [t, tf] of d) {
      const w = (1 + Math.log(tf)) * (Math.log((1 + n) / (1 + df.get(t)!)) + 1);
      v.push([t, w]);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    v.sort((a, b) => (a[0] < b[0] ? -1 : 1));
    const vector = new Map(v.map(([t, w]) => [t, w / norm]));
    memo?.set(d, { n, df: Float64Array.from(d.keys(), (t) => df.get(t)!), vector });
    return vector;
  });
  return { vectors, df };
}

/**
 * Vectors made before, by document bag, with the counts they were made from: a caller weighing
 * the same documents again (among more of them) takes a vector whose counts did not change.
 */
export type VectorMemo = WeakMap<ReadonlyMap<string, number>, { n: number; df: Float64Array; vector: Vector }>;

/** True when the counts of the bag's terms (in its order) are those kept. */
function sameCounts(bag: ReadonlyMap<string, number>, df: ReadonlyMap<string, number>, kept: Float64Array): boolean {
  if (kept.length !== bag.size) return false;
  let i = 0;
  for (const t of bag.keys()) if (df.get(t) !== kept[i++]) return false;
  return true;
}

/** Cosine of two unit vectors: the dot product, iterating the smaller. */
export function cosine(a: Vector, b: Vector): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let s = 0;
  for (const [t, w] of small) {
    const x = big.get(t);
    if (x !== undefined) s += w * x;
  }
  return s;
}

/** The `k` heaviest terms of a vector, ties by term. */
export function topTerms(v: Vector, k: number): string[] {
  return [...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, k).map(([t]) => t);
}
