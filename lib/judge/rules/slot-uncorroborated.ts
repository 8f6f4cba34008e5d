/**
 * Slot uncorroborated: the sources give values of one meaning that exclude each other, but the
 * articles giving them agree on no other fact of the event (no count, age, day or place alike):
 * one event misreported, or two occasions the grouping joined? One `unresolved` finding for the slot.
 */
import type { ValueBlock } from '../groups.ts';
import type { Rule } from '../rule.ts';

/** The slot-uncorroborated rule, on a whole value block none of whose corroborated parts decided. */
export const slotUncorroboratedRule: Rule<ValueBlock> = {
  id: 'slot-uncorroborated',
  describe: 'Values of one meaning exclude each other, but the articles agree on no other fact of the event: unresolved, one event or two.',
  judge(block) {
    if (!block.apart) return [];
    return [{
      verdict: 'unresolved', rule: 'slot-uncorroborated', claims: [...block.claims], confidence: 0.3, groups: block.groups,
      why: 'the values differ, but the articles giving them agree on no other fact of the event: it may be two occasions',
    }];
  },
};
