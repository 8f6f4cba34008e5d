/**
 * Dispute: different named sources give different figures for one fact of one event ("police said
 * 20,000 marched", "organisers put the crowd at 100,000"). A `conflict` of its own rule, whose
 * message names the sources: the fact-checker asks which source is right, not which outlet erred.
 */
import type { ValuePair } from '../groups.ts';
import type { Rule } from '../rule.ts';
import type { Candidate } from '../claims/index.ts';
import { sourceKey } from '../../text/source.ts';

/** The comparison key of a claim's source, or null when the text names none. */
const keyOf = (c: Candidate): string | null => (c.source?.named ? sourceKey(c.source.name) : null);

/** The dispute rule, on a pair of value groups. */
export const disputeRule: Rule<ValuePair> = {
  id: 'dispute',
  describe: 'Different named sources ("police said", "according to the ministry") give incompatible figures for one fact of one event.',
  judge(pair) {
    if (pair.compatible) return [];
    const ka = pair.a.claims.map(keyOf);
    const kb = pair.b.claims.map(keyOf);
    if (ka.includes(null) || kb.includes(null)) return [];
    if (ka.some((k) => kb.includes(k))) return [];
    return [{ verdict: 'conflict', rule: 'dispute', claims: [...pair.a.claims, ...pair.b.claims], confidence: 0.6, groups: [pair.a, pair.b] }];
  },
};
