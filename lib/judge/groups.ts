/**
 * Value groups: the claims of one slot by meaning (one event, one meaning: deaths, magnitude,
 * villages) grouped by the value they give, then compared group by group. "killed 10", "a toll of
 * 10" and "10 dead" are one group; "at least 10" another, compatible with it; "3" a third, which is
 * not. Each two groups that differ is one pair for the value rules (`lib/judge/rules/update.ts`,
 * `dispute.ts`, `slot-conflict.ts`), so a finding names the odd value and the sources of each side.
 */
import { groupBy } from '../util/group.ts';
import type { EventInfo } from '../types.ts';
import type { Candidate } from './claims/index.ts';
import { compatible } from './compare.ts';
import { noteLimit } from '../util/limits.ts';

/** The claims of one slot that give one value, with the articles that give it. */
export interface ValueGroupOf {
  /** The value as the sources give it: "at least 10", "5.9 magnitude". */
  shown: string;
  claims: Candidate[];
  /** The articles giving the value, in id order. */
  articles: string[];
}

/** One event's claims of one meaning, grouped by value. */
export interface ValueBlock {
  meaning: string;
  event: string;
  claims: readonly Candidate[];
  /** Most sources first, then by value. */
  groups: ValueGroupOf[];
  info?: EventInfo;
  /**
   * Set by the judge: true when two of its values exclude each other and no agreement on another
   * fact ties any article of one to any of the other (`corroborated`).
   */
  apart?: boolean;
}

/** Two groups of one block that give different values, each side only the articles not in the other. */
export interface ValuePair {
  block: ValueBlock;
  a: ValueGroupOf;
  b: ValueGroupOf;
  /** True when both values can be true at once ("at least 3" and 10). */
  compatible: boolean;
}

/** The claims of one meaning in one event, grouped by the value they give. */
export function valueBlock(meaning: string, event: string, claims: readonly Candidate[], info?: EventInfo): ValueBlock {
  const by = groupBy(claims, (c) => c.shown.toLowerCase());
  const groups = [...by].map(([, cs]) => ({ shown: cs[0].shown, claims: cs, articles: [...new Set(cs.map((c) => c.article))].sort() }));
  groups.sort((x, y) => y.articles.length - x.articles.length || (x.shown < y.shown ? -1 : x.shown > y.shown ? 1 : 0));
  return { meaning, event, claims, groups, info };
}

/**
 * The pairs of groups of a block whose sides differ by at least one article each: an article
 * giving both values (" rose from 3 to 10") is on neither side of that pair.
 */
export function valuePairs(block: ValueBlock): ValuePair[] {
  const out: ValuePair[] = [];
  const { groups } = block;
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const inB = new Set(groups[j].articles);
      const inA = new Set(groups[i].articles);
      const a = side(groups[i], (x) => !inB.has(x));
      const b = side(groups[j], (x) => !inA.has(x));
      if (a === null || b === null) continue;
      out.push({ block, a, b, compatible: compatible(a.claims[0].cmp, b.claims[0].cmp) !== false });
    }
  }
  return out;
}

/** The part of a group whose articles pass, or null when none does. */
function side(g: ValueGroupOf, keep: (article: string) => boolean): ValueGroupOf | null {
  const articles = g.articles.filter(keep);
  if (articles.length === 0) return null;
  const set = new Set(articles);
  return { shown: g.shown, claims: g.claims.filter((c) => set.has(c.article)), articles };
}

/**
 * How many values of a block cannot be told apart as one: groups put together greedily when
 * compatible ("about 100" with 95), then counted. A fact misreported is one or two odd values; a
 * slot with many values that exclude each other is several facts under one name.
 */
export function distinctValues(block: ValueBlock, enough = Infinity): number {
  const kept: ValueGroupOf[] = [];
  for (const g of block.groups) {
    if (!kept.some((k) => compatible(k.claims[0].cmp, g.claims[0].cmp) !== false)) kept.push(g);
    // Counting stops where the answer is known: the work stays linear on a page of many values.
    if (kept.length >= enough) break;
  }
  return kept.length;
}

/**
 * Which articles of each event agree on some value: `event → block → agreement`. Two outlets are
 * known to report one occasion when they agree on one of its facts (a count, an age, the day, the
 * place); only then is their difference on another fact a conflict rather than a sign of two
 * occasions the grouping joined.
 */
export type Corroboration = Map<string, Map<string, Agreement>>;

/**
 * The agreement on one block, as groups rather than pairs of articles, so that it grows with the
 * values given, not with the square of the articles that give them (k copies of a wire story give
 * one value k times): `cliques` are the articles giving one same value (each two of them agree),
 * `links` the pairs of cliques whose values are compatible (each article of one agrees with each
 * other article of the other).
 */
export interface Agreement {
  cliques: string[][];
  links: [number, number][];
}

/** Values of one block of one event compared pair by pair at most for corroboration. */
export const MAX_PAIRWISE = 400;

/** The corroboration of claims: counts and other numbers, days and places that two articles give alike. */
export function corroboration(claims: readonly Candidate[]): Corroboration {
  const out: Corroboration = new Map();
  // Counts, ages and other numbers, days (not coarser: "in 2008" fits anything that year) and places.
  const usable = claims.filter((c) => c.event !== null && !c.loose && (c.cmp.kind === 'number' || (c.cmp.kind === 'interval' && c.cmp.interval.grain === 'day') || c.cmp.kind === 'place'));
  const byBlock = groupBy(usable, (c) => `${c.event}\u0000${c.block}`);
  for (const list of byBlock.values()) {
    const event = list[0].event!;
    const blocks = out.get(event) ?? out.set(event, new Map()).get(event)!;
    const agreement = blocks.get(list[0].block) ?? blocks.set(list[0].block, { cliques: [], links: [] }).get(list[0].block)!;
    // One claim per article and value: the pairs grow with the values given, not with repeats.
    const reps = [...groupBy(list, (c) => `${c.article}\u0000${c.shown}`).values()].map((cs) => cs[0]);
    // Beyond a few hundred values (a huge corpus, a hostile page), only values given in the same
    // words link two articles: the pairs stay linear in the values, not quadratic.
    const sets = reps.length <= MAX_PAIRWISE ? [reps] : [...groupBy(reps, (c) => c.shown).values()].filter((g) => g.length <= MAX_PAIRWISE);
    if (reps.length > MAX_PAIRWISE) {
      noteLimit('limit/corroboration', `event ${event}, '${list[0].slot}': ${reps.length} values; only values given in the same words were checked for agreement between articles`);
    }
    for (const set of sets) {
      // Claims of one comparable value agree with each other whatever their articles: one clique.
      // Two cliques are compared once, by one claim each; a place agrees only with the same place.
      const same = [...groupBy(set, (c) => (c.cmp.kind === 'place' ? `place\u0000${c.value}` : JSON.stringify(c.cmp))).values()];
      const first = agreement.cliques.length;
      for (const g of same) agreement.cliques.push([...new Set(g.map((c) => c.article))]);
      for (let i = 0; i < same.length; i++) {
        for (let j = i + 1; j < same.length; j++) {
          const [a, b] = [same[i][0], same[j][0]];
          if (a.cmp.kind !== 'place' && b.cmp.kind !== 'place' && compatible(a.cmp, b.cmp) === true) agreement.links.push([first + i, first + j]);
        }
      }
    }
  }
  return out;
}

/**
 * The articles of a block in groups that corroborate each other on some other slot (see
 * {@link Corroboration}), each group of two or more, in order of their first article.
 */
export function corroborated(block: ValueBlock, by: Corroboration): string[][] {
  const articles = [...new Set(block.claims.map((c) => c.article))].sort();
  const own = block.claims[0].block;
  const parent = new Map(articles.map((a) => [a, a]));
  const root = (a: string): string => {
    let r = a;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(a, r);
    return r;
  };
  const join = (a: string, b: string): void => {
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent.set(rb, ra);
  };
  // Two articles of this block corroborate each other when they agree on another block of the event.
  for (const [other, agreement] of by.get(block.event) ?? new Map<string, Agreement>()) {
    if (other === own) continue;
    const inBlock = agreement.cliques.map((c) => c.filter((a) => parent.has(a)));
    for (const members of inBlock) for (let i = 1; i < members.length; i++) join(members[0], members[i]);
    for (const [i, j] of agreement.links) {
      const [x, y] = [inBlock[i], inBlock[j]];
      // One article alone on both sides agrees with no other article.
      if (x.length === 0 || y.length === 0 || (x.length === 1 && y.length === 1 && x[0] === y[0])) continue;
      join(x[0], y[0]);
    }
  }
  const comps = groupBy(articles, root);
  return [...comps.values()].filter((c) => c.length > 1);
}
