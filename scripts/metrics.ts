/** Clustering and extraction metrics for the evaluation scripts. */

/** Pairwise precision, recall and F1 of a predicted clustering against gold labels. */
export function pairwise(pred: readonly string[], gold: readonly string[]): { precision: number; recall: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  // Counted through contingency cells rather than all pairs: O(n) instead of O(n²).
  const cell = new Map<string, number>();
  const predCount = new Map<string, number>();
  const goldCount = new Map<string, number>();
  pred.forEach((p, i) => {
    const g = gold[i];
    cell.set(`${p}\u0000${g}`, (cell.get(`${p}\u0000${g}`) ?? 0) + 1);
    predCount.set(p, (predCount.get(p) ?? 0) + 1);
    goldCount.set(g, (goldCount.get(g) ?? 0) + 1);
  });
  const c2 = (n: number) => (n * (n - 1)) / 2;
  for (const n of cell.values()) tp += c2(n);
  let predPairs = 0;
  for (const n of predCount.values()) predPairs += c2(n);
  let goldPairs = 0;
  for (const n of goldCount.values()) goldPairs += c2(n);
  fp = predPairs - tp;
  fn = goldPairs - tp;
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** The adjusted Rand index (Hubert & Arabie) of a predicted clustering against gold labels. */
export function adjustedRand(pred: readonly string[], gold: readonly string[]): number {
  const n = pred.length;
  const c2 = (x: number) => (x * (x - 1)) / 2;
  const cell = new Map<string, number>();
  const a = new Map<string, number>();
  const b = new Map<string, number>();
  pred.forEach((p, i) => {
    const key = `${p}\u0000${gold[i]}`;
    cell.set(key, (cell.get(key) ?? 0) + 1);
    a.set(p, (a.get(p) ?? 0) + 1);
    b.set(gold[i], (b.get(gold[i]) ?? 0) + 1);
  });
  let index = 0;
  for (const v of cell.values()) index += c2(v);
  let sa = 0;
  for (const v of a.values()) sa += c2(v);
  let sb = 0;
  for (const v of b.values()) sb += c2(v);
  const expected = (sa * sb) / c2(n);
  const max = (sa + sb) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}

/** Precision, recall and F1 from counts. */
export function prf(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
