/**
 * Two events, dated: the current news of two main events gives values of one type that would
 * clash (an arrival on Tuesday, an arrival on Thursday), and trusted dates set the events apart:
 * `different-events`, not a conflict.
 */
import type { PairBlock, Rule } from '../rule.ts';

/** The two-events rule. */
export const twoEventsRule: Rule<PairBlock> = {
  id: 'two-events',
  describe: 'The current news of two events gives clashing values of one type, and trusted dates set the events apart: different events.',
  judge({ matched, claims, events }) {
    if (!matched.every(([a, b]) => a.certain && b.certain)) return [];
    return [{ verdict: 'different-events', rule: 'two-events', claims, confidence: 0.8, events }];
  },
};
