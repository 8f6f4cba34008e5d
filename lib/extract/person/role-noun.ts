/**
 * "the Peruvian leader", "the Kenyan president", "Peru's president": a role with a nationality
 * and no name, joined to the one person the article named with that nationality and a role it can
 * stand for. Declined when no one or more than one fits, and for "a Peruvian official" (indefinite),
 * or an organisation instead of a nationality ("the agency's chief").
 */
import { sameRole } from '../../text/names.ts';
import type { PersonContext } from './context.ts';
import type { Identity, People } from './identity.ts';
import type { Mention } from './mentions.ts';
import { roleBefore } from './role.ts';
import { joined } from '../../text/name-words.ts';

/** True when a person with role `held` can be called by `called` ("leader" for a president). */
function fits(ctx: PersonContext, called: string, held: string | null): boolean {
  if (held === null) return false;
  if (sameRole(called, held)) return true;
  return called === 'leader' && ctx.titles.leaders.has(held);
}

/** Role-noun mentions in one sentence, outside the ranges `taken`. */
export function findRoleNouns(ctx: PersonContext, people: People, taken: ReadonlyArray<[number, number]>): Mention[] {
  const ws = ctx.words;
  const out: Mention[] = [];
  const takenWords = new Set<number>();
  for (const [a, b] of taken) for (let k = a; k <= b; k++) takenWords.add(k);
  const isTaken = (a: number, b: number) => {
    for (let k = a; k <= b; k++) if (takenWords.has(k)) return true;
    return false;
  };
  for (let end = 1; end < ws.length; end++) {
    const hit = roleBefore(ctx, end);
    if (!hit || hit.role === null || hit.nationality === null || hit.abbreviated) continue;
    // A name right after makes it a title ("Peruvian President Anna Novak"): the title parser's.
    const next = ws[end + 1];
    if (next && joined(ws[end], next) && next.cap) continue;
    // "Peru's new defense minister, Tomas Berg": the name that follows is the mention.
    if (next && /^,\s+$/.test(next.gap) && isTaken(end + 1, end + 1)) continue;
    const first = hit.from;
    const opener = ws[first - 1]?.base.toLowerCase();
    // "the Peruvian leader" is definite; "Peru's president" is too; "a Peruvian official" is not.
    const possessive = ws[first].poss || (first > 0 && ws[first - 1].poss);
    if (opener !== 'the' && !possessive && !ws[first].poss) continue;
    if (isTaken(first, end)) continue;
    const role = hit.role;
    const nationals = people.ofNationality(hit.nationality);
    let candidates = nationals.filter((p: Identity) => fits(ctx, role, p.role));
    // "his Kenyan counterpart Li Wei ... the Kenyan president": a leader's counterpart holds
    // the like office, when everyone else of that nationality has another role.
    if (candidates.length === 0 && ctx.titles.leaders.has(role)) {
      const unroled = nationals.filter((p) => p.role === null);
      candidates = unroled.length === 1 && unroled[0].relation === 'counterpart' ? unroled : [];
    }
    if (candidates.length !== 1) continue;
    // The span starts at the nationality word: "Peruvian leader", "Peru's president".
    const start = ws[first].poss || ctx.gaz.demonym(ws[first].base) ? first : Math.max(0, first - 1);
    out.push({ first: start, last: end, role, nationality: hit.nationality, rule: 'person/role-noun', value: candidates[0].name });
  }
  return out;
}
