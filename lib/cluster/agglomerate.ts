/**
 * Average-linkage agglomerative clustering over a sparse similarity graph, with blocking so that
 * the work grows with the number of similar pairs rather than the square of the documents.
 */
import { cosine, topTerms, type Vector } from './vectors.ts';
import { noteLimit } from '../util/limits.ts';

/** A pair of items and their similarity. */
export interface Pair {
  i: number;
  j: number;
  sim: number;
}

/** Blocking options. */
export interface BlockingOptions {
  /** Each item is indexed under its `k` heaviest terms. */
  k: number;
  /** A term shared by more items than this is not distinctive enough to block on. */
  maxPosting: number;
  /** Pairs below this similarity are dropped (they could never be merged). */
  minSim: number;
}

/** Defaults: 30 terms an item, postings up to 400, pairs from 0.05. */
export const DEFAULT_BLOCKING: BlockingOptions = { k: 30, maxPosting: 400, minSim: 0.05 };

/**
 * Candidate pairs: items that share at least one of their heaviest terms, with their cosine.
 * Sorted by (i, j) so the result does not depend on map iteration order.
 */
export function candidatePairs(vectors: readonly Vector[], options: BlockingOptions = DEFAULT_BLOCKING): Pair[] {
  const postings = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    for (const t of topTerms(v, options.k)) {
      const list = postings.get(t);
      if (list) list.push(i);
      else postings.set(t, [i]);
    }
  });
  const seen = new Set<number>();
  const pairs: Pair[] = [];
  const n = vectors.length;
  const skipped: Array<[string, number]> = [];
  for (const [t, list] of postings) {
    if (list.length > options.maxPosting) {
      skipped.push([t, list.length]);
      continue;
    }
    if (list.length < 2) continue;
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const i = list[a];
        const j = list[b];
        const key = i * n + j;
        if (seen.has(key)) continue;
        seen.add(key);
        const sim = cosine(vectors[i], vectors[j]);
        if (sim >= options.minSim) pairs.push({ i, j, sim });
      }
    }
  }
  if (skipped.length > 0) {
    skipped.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const named = skipped.slice(0, 10).map(([t, c]) => `'${t}' (${c})`).join(', ');
    noteLimit('limit/common-terms', `${skipped.length} terms among the heaviest of more than ${options.maxPosting} distinct texts paired no articles: ${named}${skipped.length > 10 ? ', …' : ''}`);
  }
  return pairs.sort((x, y) => x.i - y.i || x.j - y.j);
}

/**
 * Merges clusters while the average similarity between them is at least `threshold`. Pairs not in
 * the graph count as similarity 0. `canMerge` may veto a merge (for instance when the two groups'
 * dates are too far apart). `weights` gives how many items each item stands for (copies of one
 * text, `duplicates.ts`): an item of weight 3 counts as three items alike in every way, so that the
 * averages are those of the whole corpus. Returns clusters as sorted member lists, ordered by
 * first member.
 */
export function averageLinkage(
  n: number,
  pairs: readonly Pair[],
  threshold: number,
  canMerge: (a: readonly number[], b: readonly number[]) => boolean = () => true,
  weights?: ArrayLike<number>,
): number[][] {
  const members: (number[] | null)[] = Array.from({ length: n }, (_, i) => [i]);
  const size = Float64Array.from({ length: n }, (_, i) => weights?.[i] ?? 1);
  // sums[a] maps neighbour cluster → sum of pair similarities between the two clusters.
  const sums: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (const { i, j, sim } of pairs) {
    const s = weights ? sim * size[i] * size[j] : sim;
    sums[i].set(j, (sums[i].get(j) ?? 0) + s);
    sums[j].set(i, (sums[j].get(i) ?? 0) + s);
  }
  const heap = new MaxHeap();
  const version = new Array<number>(n).fill(0);
  const push = (a: number, b: number) => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const avg = sums[x].get(y)! / (size[x] * size[y]);
    if (avg >= threshold) heap.push({ avg, a: x, b: y, va: version[x], vb: version[y] });
  };
  for (let a = 0; a < n; a++) for (const b of sums[a].keys()) if (a < b) push(a, b);
  const vetoed = new Set<string>();
  while (heap.size > 0) {
    const top = heap.pop()!;
    const { a, b } = top;
    if (!members[a] || !members[b] || version[a] !== top.va || version[b] !== top.vb) continue;
    if (!canMerge(members[a]!, members[b]!)) {
      vetoed.add(`${a}:${b}`);
      continue;
    }
    // Merge b into a.
    members[a] = [...members[a]!, ...members[b]!].sort((x, y) => x - y);
    members[b] = null;
    size[a] += size[b];
    version[a]++;
    for (const [c, s] of sums[b]) {
      if (c === a) continue;
      sums[a].set(c, (sums[a].get(c) ?? 0) + s);
      sums[c].delete(b);
      sums[c].set(a, sums[a].get(c)!);
    }
    sums[a].delete(b);
    sums[b].clear();
    for (const c of sums[a].keys()) {
      if (!vetoed.has(a < c ? `${a}:${c}` : `${c}:${a}`)) push(a, c);
    }
  }
  return members.filter((m): m is number[] => m !== null).sort((x, y) => x[0] - y[0]);
}

interface Entry {
  avg: number;
  a: number;
  b: number;
  va: number;
  vb: number;
}

/** A binary max-heap on `avg`, ties broken by (a, b) so merges happen in a fixed order. */
class MaxHeap {
  private items: Entry[] = [];
  get size(): number {
    return this.items.length;
  }
  push(e: Entry): void {
    const h = this.items;
    h.push(e);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }
  pop(): Entry | undefined {
    const h = this.items;
    if (h.length === 0) return undefined;
    const top = h[0];
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l], h[m])) m = l;
        if (r < h.length && before(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
}

function before(x: Entry, y: Entry): boolean {
  return x.avg > y.avg || (x.avg === y.avg && (x.a < y.a || (x.a === y.a && x.b < y.b)));
}
