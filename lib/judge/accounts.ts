/**
 * One event's claims of one block, compared account by account. Articles that make the same
 * claims in the same words (reprints, copies) are one account: each account is compared with each
 * other once, and what it finds holds for all its articles. The result says which claims clash and
 * which agree; the one-event rules (`lib/judge/rules/one-event*.ts`) decide the verdict.
 */
import { groupBy } from '../util/group.ts';
import type { EventInfo } from '../types.ts';
import { aligned } from './align.ts';
import type { Candidate } from './claims/index.ts';
import { compatible } from './compare.ts';
import type { EventBlock } from './rule.ts';
import { noteLimit } from '../util/limits.ts';

/** Distinct accounts of one event compared pair by pair at most; beyond, the first by article id. */
export const MAX_ACCOUNTS = 80;

/** One event's claims compared account by account; null when fewer than two articles make one. */
export function compareAccounts(group: readonly Candidate[], memo: Map<string, number>, info?: EventInfo): EventBlock | null {
  const of = groupBy(group, (c) => c.article);
  if (of.size < 2) return null;
  const signature = (cs: readonly Candidate[]): string => cs.map((c) => `${c.type}\u0001${c.value}\u0001${c.text}\u0001${c.context}`).sort().join('\u0002');
  const accounts = groupBy([...of.keys()].sort(), (article) => signature(of.get(article)!));
  const reps = [...accounts.values()].slice(0, MAX_ACCOUNTS);
  if (accounts.size > MAX_ACCOUNTS) {
    noteLimit('limit/accounts', `event ${group[0].event ?? '?'}, slot '${group[0].slot}': ${accounts.size} distinct accounts; only the first ${MAX_ACCOUNTS} by article id were compared with each other`);
  }
  const agree = new Map<string, Candidate>();
  const clash: Candidate[] = [];
  const pairs: Array<[Candidate, Candidate]> = [];
  // The claim of an article matching a representative's claim (same type, value and words).
  const twin = (article: string, c: Candidate): Candidate => of.get(article)!.find((x) => x.type === c.type && x.value === c.value && x.text === c.text) ?? c;
  const agreeAll = (members: readonly string[], c: Candidate): void => {
    for (const m of members) if (!agree.has(m)) agree.set(m, twin(m, c));
  };
  for (const members of reps) if (members.length > 1) agreeAll(members, of.get(members[0])![0]);
  for (let i = 0; i < reps.length; i++) {
    for (let j = i + 1; j < reps.length; j++) {
      const A = of.get(reps[i][0])!;
      const B = of.get(reps[j][0])!;
      let compat: [Candidate, Candidate] | null = null;
      let conflict: [Candidate, Candidate] | null = null;
      for (const a of A) {
        for (const b of B) {
          if (!aligned(a, b, memo)) continue;
          // "killed Friday" in both, counted from two publication dates: the sources say the same
          // words; where the dates they count from differ, that is its own finding.
          const v = a.anchored && b.anchored && a.text === b.text ? true : compatible(a.cmp, b.cmp);
          if (v === true && compat === null) compat = [a, b];
          // Only claims of one type can clash: a visit spans days, an arrival is one of them.
          if (v === false && a.type === b.type && conflict === null) conflict = [a, b];
        }
      }
      if (compat) {
        agreeAll(reps[i], compat[0]);
        agreeAll(reps[j], compat[1]);
      } else if (conflict) {
        pairs.push(conflict);
        for (const [members, c] of [[reps[i], conflict[0]], [reps[j], conflict[1]]] as const) {
          for (const m of members) {
            const t = twin(m, c);
            if (!clash.includes(t)) clash.push(t);
          }
        }
      }
    }
  }
  return { clash, pairs, agree, info, memo };
}
