/**
 * One event, no clash: two or more sources compatible on one event agree — a coarser and a finer
 * value ("in May" and "May 16"), a forecast that came true, "more than 40" and 42, rounded numbers.
 */
import type { EventBlock, Rule } from '../rule.ts';

/** The one-event agreement rule. */
export const oneEventAgreementRule: Rule<EventBlock> = {
  id: 'one-event-agreement',
  describe: 'Two or more sources give compatible values for one event (a coarser and a finer value, a rounded number).',
  judge({ clash, agree }) {
    if (clash.length > 0 || agree.size < 2) return [];
    const claims = [...agree.values()];
    return [{ verdict: 'agreement', rule: 'one-event-agreement', claims, confidence: claims.every((c) => c.certain) ? 0.8 : 0.5 }];
  },
};
