/**
 * One event: when some article's values of one event are all incompatible with another's (see
 * `lib/judge/accounts.ts`), a `conflict` — unless a softening applies (`lib/judge/softenings.ts`:
 * a value not resolved or trusted, a loose alignment, an event spread over weeks, a hedged
 * account, an event that goes on for days, a week the tool guessed, roles or places in other
 * words), then `unresolved`, with the first softening's reason.
 */
import type { Rule, EventBlock } from '../rule.ts';
import { softening } from '../softenings.ts';

/** The one-event rule. */
export const oneEventRule: Rule<EventBlock> = {
  id: 'one-event',
  describe: 'The sources report one event with incompatible values: a conflict when every value is resolved and trusted and no softening applies, else unresolved.',
  judge(block) {
    const { clash, agree } = block;
    if (clash.length === 0) return [];
    const soft = softening(block);
    const others = [...agree.values()].filter((c) => !clash.some((x) => x.article === c.article));
    if (soft === undefined) return [{ verdict: 'conflict', rule: 'one-event', claims: [...clash, ...others], confidence: 0.7 }];
    return [{ verdict: 'unresolved', rule: 'one-event', softening: soft.id, claims: [...clash, ...others], confidence: 0.4, ...(soft.reason === null ? {} : { why: soft.reason }) }];
  },
};
