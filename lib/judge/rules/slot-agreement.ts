/**
 * Slot agreement: two or more sources give compatible values for one fact of one event by meaning
 * ("10 dead", "killed 10 people"): no two of its values exclude each other.
 */
import { valuePairs, type ValueBlock } from '../groups.ts';
import type { Rule } from '../rule.ts';

/** The slot-agreement rule, on a whole value block. */
export const slotAgreementRule: Rule<ValueBlock> = {
  id: 'slot-agreement',
  describe: 'Two or more sources give compatible values for one fact of one event, read by meaning.',
  judge(block) {
    if (new Set(block.claims.map((c) => c.article)).size < 2) return [];
    if (valuePairs(block).some((p) => !p.compatible)) return [];
    return [{ verdict: 'agreement', rule: 'slot-agreement', claims: [...block.claims], confidence: 0.8, groups: block.groups }];
  },
};
