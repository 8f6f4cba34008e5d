/**
 * Finding the article's people again wherever it names them: full forms anywhere, headlines
 * included ("Anna Novak To Meet Li Wei"), and short forms standing alone ("Novak said",
 * "Mr Li", "President Novak", "Li’s policies"). A role written next to the mention is read with it.
 */
import type { Found, PersonContext } from './context.ts';
import type { People } from './identity.ts';
import { isOrdinaryWord, isRoleWord } from './name.ts';
import { roleAfter, roleBefore } from './role.ts';
import { joined } from '../../text/name-words.ts';

/** A mention: a found name and the person it names. */
export interface Mention extends Found {
  /** The canonical name of the person. */
  value: string;
}

/** The role next to words `first..last`: a title before them or an apposition after them. */
export function roleAround(ctx: PersonContext, first: number, last: number): { role: string | null; nationality: string | null } {
  const ws = ctx.words;
  if (first > 0 && /^\.?[ \u00a0]{1,2}$/.test(ws[first].gap) && !ws[first - 1].poss) {
    const hit = roleBefore(ctx, first - 1);
    if (hit && (hit.abbreviated || ws[first].gap.charAt(0) !== '.')) return { role: hit.role, nationality: hit.nationality };
  }
  if (last + 1 < ws.length && !ws[last].poss && /^,\s+$/.test(ws[last + 1].gap)) {
    const hit = roleAfter(ctx, last + 1);
    if (hit) return { role: hit.role, nationality: hit.nationality };
  }
  return { role: null, nationality: null };
}

/** Mentions of known people in one sentence, outside the ranges `taken` (word index pairs). */
export function findMentions(ctx: PersonContext, people: People, taken: ReadonlyArray<[number, number]>): Mention[] {
  const ws = ctx.words;
  const heading = ctx.sentence.heading;
  const out: Mention[] = [];
  const takenWords = new Set<number>();
  for (const [a, b] of taken) for (let k = a; k <= b; k++) takenWords.add(k);
  const isTaken = (k: number) => takenWords.has(k);
  for (let i = 0; i < ws.length; i++) {
    if (!ws[i].cap || isTaken(i)) continue;
    // The longest full form first: "George W. Bush" before "Bush".
    let hit: { last: number; value: string } | null = null;
    // The joined words from i, as forms are keyed: inner words as written, the last without "’s".
    const parts: string[] = [ws[i].text];
    let reach = i;
    while (reach + 1 < ws.length && reach - i + 1 < people.maxFormWords && joined(ws[reach], ws[reach + 1]) && !isTaken(reach + 1)) {
      reach++;
      parts.push(ws[reach].text);
    }
    for (let last = reach; last > i && !hit; last--) {
      const key = [...parts.slice(0, last - i), ws[last].base].join(' ');
      const who = people.form(key);
      if (who) hit = { last, value: who.name };
    }
    if (!hit) {
      const who = people.short(ws[i].base);
      if (!who) continue;
      const prev = ws[i - 1];
      const next = ws[i + 1];
      // "Jackson Hole", "Bush Administration", "Laura Bush": inside another capitalised name. A title
      // before it is no such name ("President Novak", "Mr Li"); in a headline every word is capitalised.
      const capBefore = prev !== undefined && joined(prev, ws[i]) && prev.cap && !isRoleWord(ctx, prev) && !prev.initial;
      const capAfter = next !== undefined && joined(ws[i], next) && next.cap;
      if (!heading && (capBefore || capAfter)) continue;
      // "Brown bears ...": a sentence-initial ordinary word.
      if (ws[i].initial && isOrdinaryWord(ws[i].base)) continue;
      hit = { last: i, value: who.name };
    }
    const { role, nationality } = roleAround(ctx, i, hit.last);
    out.push({ first: i, last: hit.last, role, nationality, rule: 'person/mention', value: hit.value });
    i = hit.last;
  }
  return out;
}
