/**
 * Slot scoped: two groups give incompatible counts, but for different times: "46 were arrested
 * Wednesday night" against "one person has been arrested", "86 arrests over Saturday's protests".
 * A count of one night or one day is not the count of the whole event: `unresolved`, for an editor.
 * So are any two counts of an event that goes on for days (a riot, a strike, a fire): each may be
 * the count of another day, whether or not the sentence says which.
 */
import { isOngoing } from '../../mentions/index.ts';
import type { ValuePair } from '../groups.ts';
import type { Rule } from '../rule.ts';

/** The places of a side: each claim's place, or '' for none. */
const places = (side: ValuePair['a']): Set<string> => new Set(side.claims.map((c) => c.where ?? ''));

/** The scopes of a side: each claim's time, or '' for none. */
const scopes = (side: ValuePair['a']): Set<string> => new Set(side.claims.map((c) => c.scope ?? ''));

/** The slot-scoped rule, on a pair of value groups. */
export const slotScopedRule: Rule<ValuePair> = {
  id: 'slot-scoped',
  describe: 'Incompatible counts of one event given for different times ("arrested Wednesday night", "over four nights"): unresolved.',
  judge(pair) {
    if (pair.compatible) return [];
    const a = scopes(pair.a);
    const b = scopes(pair.b);
    const ongoing = (pair.block.info?.families ?? []).slice(0, 1).some(isOngoing);
    const pa = places(pair.a);
    const pb = places(pair.b);
    const otherPlace = !(pa.size === 1 && pb.size === 1 && [...pa][0] === [...pb][0]);
    if (!ongoing && !otherPlace && a.size === 1 && b.size === 1 && [...a][0] === [...b][0]) return [];
    return [{
      verdict: 'unresolved', rule: 'slot-scoped', claims: [...pair.a.claims, ...pair.b.claims], confidence: 0.4, groups: [pair.a, pair.b],
      why: ongoing
        ? 'the counts differ, but this event goes on for days: each may count another day or place'
        : otherPlace
          ? 'the counts differ, but they are given for different places (one town, the whole region)'
          : 'the counts differ, but they are given for different times (one night, one day, the whole event)',
    }];
  },
};
