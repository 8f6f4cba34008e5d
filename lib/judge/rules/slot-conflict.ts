/**
 * Slot conflict: two groups of sources give incompatible values for one fact of one event, read by
 * meaning ("killed 10" against "the death toll stands at 12"), and neither an update nor a dispute
 * explains it: a `conflict`, with the odd value singled out. A vague amount ("dozens", "hundreds")
 * is no side of one.
 */
import type { ValuePair } from '../groups.ts';
import type { Rule } from '../rule.ts';

/** The slot-conflict rule, on a pair of value groups. */
export const slotConflictRule: Rule<ValuePair> = {
  id: 'slot-conflict',
  describe: 'Sources give incompatible values for one fact of one event, the same slot by meaning ("killed 10", "the toll stands at 12").',
  judge(pair) {
    if (pair.compatible) return [];
    // "dozens of arrests" against "more than 200": an order of magnitude is no figure to contradict.
    if ([...pair.a.claims, ...pair.b.claims].some((c) => c.vague)) return [];
    return [{ verdict: 'conflict', rule: 'slot-conflict', claims: [...pair.a.claims, ...pair.b.claims], confidence: 0.7, groups: [pair.a, pair.b] }];
  },
};
