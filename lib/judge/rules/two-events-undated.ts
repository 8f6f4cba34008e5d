/**
 * Two events, undated: the current news of two main events would clash, but neither trusted dates
 * nor weekdays set the events apart; only the wording does. `unresolved`, saying so.
 */
import type { PairBlock, Rule } from '../rule.ts';

/** The two-events-undated rule: the last of the two-events rules, it decides every pair left. */
export const twoEventsUndatedRule: Rule<PairBlock> = {
  id: 'two-events-undated',
  describe: 'The current news of two events would clash, but no date separates them: it cannot be told whether this is one event.',
  judge({ claims, events }) {
    return [{ verdict: 'unresolved', rule: 'two-events-undated', claims, confidence: 0.4, events }];
  },
};
