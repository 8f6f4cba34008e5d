/**
 * Pairs of main events whose current news would clash: claims of one type with a shared person
 * (or, for an earthquake that names no one, a shared place), one from each event, whose values
 * cannot both be true. Only events that share a participant are paired, never every pair; the
 * two-events rules (`lib/judge/rules/two-events*.ts`) judge each pair.
 */
import { pushTo } from '../util/group.ts';
import type { EventInfo } from '../types.ts';
import { MAX_ACCOUNTS } from './accounts.ts';
import type { Candidate } from './claims/index.ts';
import { compatible } from './compare.ts';
import type { PairBlock } from './rule.ts';
import { noteLimit } from '../util/limits.ts';

/** The pairs of main events among the claims (current, happened date claims) whose values clash. */
export function clashingEventPairs(list: readonly Candidate[], info: Map<string, EventInfo>): PairBlock[] {
  if (list.length === 0 || list[0].attribute !== 'date') return [];
  const out: PairBlock[] = [];
  const byEventId = new Map<string, Candidate[]>();
  // Events that name a participant: only events sharing one are compared, not every pair.
  const byPerson = new Map<string, Set<string>>();
  // The articles of each main event, as sets: a claim counts when its article reports the event.
  const reporters = new Map<string, Set<string>>();
  for (const [id, i] of info) if (i.main) reporters.set(id, new Set(i.event.articles));
  for (const c of list) {
    if (c.event === null || !reporters.get(c.event)?.has(c.article)) continue;
    pushTo(byEventId, c.event, c);
    // An earthquake names no one: the place it struck ties two reports of it together instead.
    for (const w of [...c.who, ...(c.place ? [`@${c.place}`] : [])]) {
      let s = byPerson.get(w);
      if (!s) byPerson.set(w, (s = new Set()));
      s.add(c.event);
    }
  }
  const num = (e: string): number => +e.slice(1);
  const pairs = new Set<string>();
  for (const events of byPerson.values()) {
    const sorted = [...events].sort((a, b) => num(a) - num(b)).slice(0, MAX_ACCOUNTS);
    if (events.size > MAX_ACCOUNTS) {
      noteLimit('limit/event-pairs', `${events.size} events share a participant in '${list[0].slot}'; only the first ${MAX_ACCOUNTS} by id were paired for clashing dates`);
    }
    for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) pairs.add(`${sorted[i]} ${sorted[j]}`);
  }
  for (const key of [...pairs].sort((x, y) => { const [a, b] = x.split(' ').map(num); const [c, d] = y.split(' ').map(num); return a - c || b - d; })) {
    const [ei, ej] = key.split(' ');
    const A = byEventId.get(ei)!;
    const B = byEventId.get(ej)!;
    // The type both events report, with a shared participant: "arrive" of one person.
    const matched: Array<[Candidate, Candidate]> = [];
    const together = (a: Candidate, b: Candidate): boolean => a.who.some((w) => b.who.includes(w)) || (a.place !== undefined && a.place === b.place);
    for (const a of A) for (const b of B) if (a.article !== b.article && a.type === b.type && together(a, b)) matched.push([a, b]);
    if (matched.length === 0) continue;
    if (matched.some(([a, b]) => compatible(a.cmp, b.cmp) !== false)) continue;
    const type = matched[0][0].type;
    const claims = [...A, ...B].filter((c) => c.type === type && matched.some((p) => p.includes(c)));
    const onePerArticle = [...new Map(claims.map((c) => [c.article, c])).values()];
    out.push({ events: [ei, ej], matched, claims: onePerArticle, info });
  }
  return out;
}
