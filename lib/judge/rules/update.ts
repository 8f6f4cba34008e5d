/**
 * Update: a figure that grows as reports come in ("killed at least three" in the first report, "the
 * death toll rose to 10" later) is no error: each value held when it was given. For a meaning whose
 * figure only grows (deaths, injured, arrested: `growing-counts.txt`), two values are an `update`
 * when the higher is later by the times the values held (`asOf`), or carries revision words ("rose
 * to"), neither a total over a span ("over four nights"). A lower figure later,
 * or two figures with nothing to order them, stays a conflict; "at least three" and 10 are
 * compatible, no finding.
 */
import type { ValuePair } from '../groups.ts';
import type { Rule } from '../rule.ts';
import type { Candidate } from '../claims/index.ts';
import { minOf } from '../../util/lists.ts';

/** The update rule, on a pair of value groups. */
export const updateRule: Rule<ValuePair> = {
  id: 'update',
  describe: 'A figure that only grows (deaths, injured, arrested) is higher in a later report, or revised ("rose to"): an update, listed in time order.',
  judge(pair) {
    const order = updateOrder(pair);
    if (order === null) return [];
    const [early, late] = order;
    return [{ verdict: 'update', rule: 'update', claims: [...early.claims, ...late.claims], confidence: 0.6, groups: [early, late], timeline: true }];
  },
};

/** How many times over a figure may grow between reports and still read as one figure revised. */
export const MAX_GROWTH = 20;

const low = (cs: readonly Candidate[]): number => minOf(cs.map((c) => (c.cmp.kind === 'number' ? c.cmp.range.value : NaN)));
const asOfs = (cs: readonly Candidate[]): string[] => cs.map((c) => c.asOf).filter((x): x is string => x !== undefined).sort();

/** The two sides, earlier value first, when the pair reads as an update; else null. */
export function updateOrder(pair: ValuePair): [ValuePair['a'], ValuePair['a']] | null {
  const { a, b } = pair;
  if (!a.claims[0].growing) return null;
  // "46 were arrested Wednesday night" and "over 50 arrests over four nights": a count over a span
  // is a total of other counts, not one figure revised (the slot-scoped rule says so).
  if ([...a.claims, ...b.claims].some((c) => c.span)) return null;
  const va = low(a.claims);
  const vb = low(b.claims);
  if (!(va !== vb) || Number.isNaN(va) || Number.isNaN(vb)) return null;
  const [lower, higher] = va < vb ? [a, b] : [b, a];
  // A toll revised from 3 to 10 grows; 10 against "more than 31,000" is another disaster's figure.
  if (Math.max(va, vb) > MAX_GROWTH * Math.max(1, Math.min(va, vb))) return null;
  const tl = asOfs(lower.claims);
  const th = asOfs(higher.claims);
  const known = tl.length === lower.claims.length && th.length === higher.claims.length;
  // The times say which came first: the higher figure must be the later one.
  if (known && th[0] > tl[tl.length - 1]) return [lower, higher];
  if (known && tl[0] > th[th.length - 1]) return null;
  return higher.claims.some((c) => c.revision !== undefined) ? [lower, higher] : null;
}
