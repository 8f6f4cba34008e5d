/**
 * Slot scattered: the sources of one event give so many values of one meaning that exclude each
 * other ({@link SCATTERED} or more: "injured" counts of several players, ages of several people of one
 * name) that the slot is several facts under one name, not one fact misreported. One `unresolved`
 * finding for the whole slot instead of a conflict per pair of values.
 */
import { distinctValues, type ValueBlock } from '../groups.ts';
import type { Rule } from '../rule.ts';

/** Values that exclude each other from which a slot reads as several facts. */
export const SCATTERED = 4;

/** Values of one slot beyond which they are not paired at all: the slot is several facts. */
export const MAX_GROUPS = 60;

/** The slot-scattered rule, on a whole value block, before its pairs are judged. */
export const slotScatteredRule: Rule<ValueBlock> = {
  id: 'slot-scattered',
  describe: 'One event gives four or more values of one meaning that exclude each other: several facts under one name, unresolved.',
  judge(block) {
    // More values than can be paired one with another (a huge corpus, a hostile page): scattered.
    const many = block.groups.length > MAX_GROUPS;
    const n = many ? block.groups.length : distinctValues(block, SCATTERED);
    if (n < SCATTERED) return [];
    return [{
      verdict: 'unresolved', rule: 'slot-scattered', claims: [...block.claims], confidence: 0.3, groups: block.groups,
      why: `the sources give ${n} or more values that exclude each other: more likely several facts under one name than one fact misreported`,
    }];
  },
};
