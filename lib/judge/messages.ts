/**
 * One sentence per finding: what each source says, and why the verdict follows, with the date
 * chain where time decided it ("'on Tuesday' (Tuesday + published 2023-10-17 → 2023-10-17)").
 */
import { groupBy } from '../util/group.ts';
import { WEEKDAY_NAMES } from '../extract/time/words.ts';
import { isoDate, parseIsoDate } from '../calendar/days.ts';
import type { EventInfo } from '../types.ts';
import type { Candidate } from './claims/index.ts';
import type { ValueGroupOf } from './groups.ts';
import type { Draft } from './rule.ts';
import { lazyPackage } from '../util/packages.ts';

// Loaded at the first word diff only (see util/packages.ts).
const diff = lazyPackage<typeof import('diff')>('diff');

/** "004 'arrived in Lyon on Tuesday' → 2023-10-17 (Tuesday + published 2023-10-17 → 2023-10-17)". */
function says(c: Candidate): string {
  const value = c.value ?? 'unresolved';
  const why = c.why && c.why !== value && c.attribute !== 'quote' ? ` (${c.why})` : '';
  return `${named(c)} '${oneLine(c.text)}' → ${value}${why}`;
}

/**
 * The claims grouped by value, each value once with the chain of its first claim:
 * "2024-05-16 in 001, 003 ('landed ... early on Thursday': Thursday + published 2024-05-16 → 2024-05-16)".
 */
function byValue(claims: readonly Candidate[]): string {
  return [...groupBy(claims, (c) => `${c.value ?? c.shown}${c.earliest ? ' or later' : ''}`)].map(([value, cs]) => {
    const first = cs[0];
    const why = first.why && first.why !== value ? `: ${first.why}` : '';
    return `${value} in ${cs.map(named).join(', ')} ('${oneLine(first.text)}'${why})`;
  }).join(' and ');
}

const oneLine = (s: string): string => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 120 ? `${t.slice(0, 117)}...` : t;
};

/** Words that set one event apart from another: its terms the other lacks. */
function occasion(a: EventInfo | undefined, b: EventInfo | undefined): string {
  if (!a) return '';
  const other = new Set(b?.terms ?? []);
  const own = a.terms.filter((t) => !other.has(t) && !t.startsWith('#')).slice(0, 3);
  return own.join(', ');
}

/** "E1 (2023-10-17..2023-10-18; forum, belt, road)". */
function eventName(id: string, info: EventInfo | undefined, other: EventInfo | undefined): string {
  if (!info) return id;
  const { start, end } = info.event;
  const when = start === null ? 'undated' : end && end !== start ? `${start}..${end}` : start;
  const words = occasion(info, other);
  return `${id} (${when}${words ? `; ${words}` : ''})`;
}

/** A word diff of two quotations: "[-said-] [+stated+]". */
export function wordDiff(a: string, b: string): string {
  return diff().diffWords(a, b)
    .map((p) => (p.added ? `[+${p.value}+]` : p.removed ? `[-${p.value}-]` : p.value))
    .join('');
}

/**
 * The slot a finding is about, whichever claim comes first (issue 17): the slot of the person most
 * of its claims name ("went to Lima" of Ruiz, "a three-day trip" of Ruiz and Okafor: Ruiz's travel;
 * "visited Peru" of no one and "when Okafor visited": Okafor's), then the slot most claims give, then the
 * longest, then the first in code-unit order.
 */
export function slotOf(claims: readonly Candidate[]): string {
  const score = new Map<string, [number, number]>();
  for (const c of claims) {
    const [, n] = score.get(c.slot) ?? [0, 0];
    // The people the slot names: "travel of Anna Novak: date" names the principal of its claim.
    const named = c.who.filter((w) => c.slot.includes(` of ${w}`));
    const naming = named.length === 0 ? 0 : claims.filter((x) => x.who.some((w) => named.includes(w))).length;
    score.set(c.slot, [naming, n + 1]);
  }
  const best = [...score].sort(([a, [pa, na]], [b, [pb, nb]]) => pb - pa || nb - na || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  return best[0][0];
}

/**
 * " The times are one moment in two zones: 2024-05-13 23:15 UTC." when claims give clock times
 * with zones whose written values differ; else nothing.
 */
function oneInstant(claims: readonly Candidate[]): string {
  const instants = claims.map((c) => (c.cmp.kind === 'interval' ? c.cmp.instant : undefined));
  if (instants.some((i) => i === undefined) || new Set(claims.map((c) => c.value)).size < 2) return '';
  const at = instants[0] as number;
  const hh = String(Math.floor((((at % 1440) + 1440) % 1440) / 60)).padStart(2, '0');
  const mm = String((((at % 1440) + 1440) % 1440) % 60).padStart(2, '0');
  return ` The times are one moment in two zones: ${isoDate(Math.floor(at / 1440))} ${hh}:${mm} UTC.`;
}

/**
 * " They say the same words, 'on Thursday'; …" when claims of other values were counted from
 * their publication dates in the same words (the judge lets the words agree); else nothing.
 */
function sameWords(claims: readonly Candidate[]): string {
  if (new Set(claims.map((c) => c.value)).size < 2 || !claims.every((c) => c.anchored)) return '';
  const words = new Set(claims.map((c) => c.text.toLowerCase()));
  if (words.size !== 1) return '';
  return ` They say the same words, '${oneLine(claims[0].text)}'; the dates differ only by the publication dates they were counted from.`;
}

/** The one-sentence explanation of a finding. */
export function describe(d: Draft, claims: readonly Candidate[], info: Map<string, EventInfo>): string {
  const list = claims.map(says).join('; ');
  const slot = slotOf(claims);
  switch (d.rule) {
    case 'weekday-mismatch': {
      const m = d.mismatch!;
      // Both readings: by its date, and by its weekday (the nearest day of that name)
      const shift = ((m.statedWeekday - m.actualWeekday + 10) % 7) - 3;
      const day = m.fact.value ? parseIsoDate(m.fact.value.slice(0, 10)) : null;
      const other = day === null ? '' : `; read by its weekday, the nearest ${WEEKDAY_NAMES[m.statedWeekday]} is ${isoDate(day + shift)}`;
      return `${claims[0].article} '${oneLine(claims[0].text)}' names ${WEEKDAY_NAMES[m.statedWeekday]}, but ${m.fact.value} is a ${WEEKDAY_NAMES[m.actualWeekday]}${other}${m.yearImplied ? ' (the year is implied, not stated)' : ''}.`;
    }
    case 'same-statement': {
      const q = claims[0].attribute === 'quote' ? ` Words: ${wordDiff(claims[0].value ?? '', claims[1].value ?? '')}.` : '';
      return `Conflict on ${slot}: the same statement gives different values: ${list}.${q}`;
    }
    case 'one-event-agreement': {
      const ev = claims[0].event;
      const where = ev ? ` of ${eventName(ev, info.get(ev), undefined)}` : '';
      return `${claims.length} sources agree on ${slot}${where}: ${byValue(claims)}.${oneInstant(claims)}${sameWords(claims)}`;
    }
    case 'one-event': {
      const ev = claims[0].event;
      const where = ev ? ` of ${eventName(ev, info.get(ev), undefined)}` : '';
      if (d.verdict === 'unresolved') return unresolved(d, claims, slot, where, list);
      const q = claims[0].attribute === 'quote' ? ` Words: ${wordDiff(claims[0].value ?? '', claims[1].value ?? '')}.` : '';
      return `Conflict on ${slot}${where}: the sources report one event with incompatible values: ${list}.${q}`;
    }
    case 'slot-conflict':
    case 'slot-scoped':
    case 'slot-scattered':
    case 'slot-uncorroborated':
    case 'name-spelling':
    case 'dispute':
    case 'update':
    case 'slot-agreement':
      return valueMessage(d, claims, info);
    case 'two-events':
    case 'two-events-weekday': {
      const [a, b] = d.events!;
      const A = info.get(a);
      const B = info.get(b);
      const inOrder = [...claims].sort((x, y) => +(x.event ?? 'E0').slice(1) - +(y.event ?? 'E0').slice(1));
      const apart = d.rule === 'two-events' ? ', which their dates set apart' : `: ${d.why}`;
      return `Different events, not a conflict: ${byValue(inOrder)} belong to ${eventName(a, A, B)} and ${eventName(b, B, A)}${apart}.`;
    }
    case 'two-events-undated': {
      const [a, b] = d.events!;
      return `Unresolved: ${byValue(claims)}. The articles read as reports of different occasions (${eventName(a, info.get(a), info.get(b))} and ${eventName(b, info.get(b), info.get(a))}), but no date in the text separates them; it cannot be told whether this is one event.`;
    }
  }
}

/**
 * "Unresolved travel of X: date of E1 (...): <why>: <claims>. An editor should check." — the why
 * of the softening that applied, else said by attribute.
 */
function unresolved(d: Draft, claims: readonly Candidate[], slot: string, where: string, list: string): string {
  const why = d.why ?? (claims[0].attribute === 'role'
    ? 'the roles differ in words; they may be synonyms or a change of office'
    : claims[0].attribute === 'place'
    ? 'the places differ; one event can span several places, or these are two occasions'
    : claims[0].attribute === 'number' || claims[0].attribute === 'age'
    ? 'the numbers differ, but so do the sentences around them: they may count different things'
    : claims[0].attribute === 'quote'
    ? `the quotations differ in words, but may be two excerpts or two renderings of one remark (words: ${wordDiff(claims[0].value ?? '', claims[1].value ?? '')})`
    : 'the values differ, but at least one is not resolved to a date the text fixes (no publication date, or one inferred)');
  return `Unresolved ${slot}${where}: ${why}: ${list}. An editor should check.`;
}

/** "Reuters (a0446df6e06)" when the outlet or title is known, else the article id. */
function named(c: Candidate): string {
  return c.outlet ? `${c.outlet} (${c.article})` : c.article;
}

/** "3 sources", "1 source". */
const sources = (n: number): string => `${n} source${n === 1 ? '' : 's'}`;

/** "10 in a1, a2 ('killing 10 people')": one value group, its articles and its first words. */
function groupSays(g: ValueGroupOf): string {
  const first = g.claims[0];
  const who = first.source ? `, ${first.source.name} said` : '';
  const revised = first.revision ? `, '${first.revision}'` : '';
  const articles = g.articles.map((a) => named(g.claims.find((c) => c.article === a)!));
  return `${g.shown} in ${articles.join(', ')} ('${oneLine(first.text)}'${who}${revised})`;
}

/**
 * The value rules' messages: one short sentence a fact-checker reads first (the values, how many
 * sources give each, who said which), then the evidence of each group.
 */
function valueMessage(d: Draft, claims: readonly Candidate[], info: Map<string, EventInfo>): string {
  const groups = d.groups ?? [];
  const slot = slotOf(claims);
  const ev = claims[0].event;
  const where = ev ? ` (${eventName(ev, info.get(ev), undefined)})` : '';
  const evidence = groups.map(groupSays).join('; ');
  if (d.rule === 'slot-agreement') return `${sources(new Set(claims.map((c) => c.article)).size)} agree on ${slot}${where}: ${evidence}.`;
  if (d.rule === 'slot-scattered' || d.rule === 'slot-uncorroborated') return `Unresolved ${slot}${where}: ${d.why}. ${evidence}. An editor should check.`;
  const [a, b] = groups;
  if (d.rule === 'name-spelling') return `Conflict on a name${where}: ${sources(a.articles.length)} spell it ${a.shown}, ${sources(b.articles.length)} ${b.shown}; one spelling is wrong. ${evidence}.`;
  if (d.rule === 'update') {
    const steps = groups.map((g) => {
      const t = g.claims.map((c) => c.asOf).filter((x): x is string => x !== undefined).sort()[0];
      return `${g.shown}${t ? ` (${t})` : ''}`;
    });
    const how = groups.every((g) => g.claims.every((c) => c.asOf !== undefined))
      ? 'the later report gives the higher figure'
      : groups[1].claims.some((c) => c.revision)
      ? 'the higher figure is given as a revision'
      : 'the lower figure is only a lower bound ("at least"), an earlier count';
    return `Update of ${slot}${where}: ${steps.join(' → ')}; ${how}. ${evidence}.`;
  }
  if (d.rule === 'dispute') {
    return `Dispute on ${slot}${where}: ${a.claims[0].source!.name} said ${a.shown}, ${b.claims[0].source!.name} said ${b.shown}. ${evidence}.`;
  }
  if (d.rule === 'slot-scoped') return `Unresolved ${slot}${where}: ${sources(a.articles.length)} give ${a.shown}, ${sources(b.articles.length)} ${b.shown}; ${d.why}. ${evidence}. An editor should check.`;
  return `Conflict on ${slot}${where}: ${sources(a.articles.length)} give ${a.shown}, ${sources(b.articles.length)} ${b.shown}; both cannot be true of one event. ${evidence}.`;
}
