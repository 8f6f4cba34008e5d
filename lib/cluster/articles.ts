/**
 * Main-event clustering of articles: each article goes to exactly one group, the real-world event
 * it mainly reports.
 *
 * Two levels, because articles about two different events of the same kind (two earthquakes in one
 * region years apart) share most of their vocabulary with each other and little with the rest:
 *
 * 1. **Topics** by content: TF-IDF over the whole corpus (names, numbers and the lead weigh more),
 *    candidate pairs from an inverted index over each article's top terms, average linkage at a
 *    low threshold.
 * 2. **Events** within each topic: the topic's articles are weighted again with TF-IDF computed
 *    inside the topic, so the words every article of the topic shares fall away and what tells
 *    the events apart — other names, other numbers, other places, the publication month and year,
 *    the years of events the text says happened — stands out; then average linkage again, at a
 *    threshold on these local vectors, with a separation test: two sizeable groups that each hold
 *    together far better than they hold to each other stay apart even above the threshold. Groups
 *    of any size take that test when what identifies their events differs: the values their leads
 *    state (a magnitude, a sum: {@link coreValues}) or the person most of their leads name as
 *    taking part (their principal: {@link participants}). Then the leftovers, groups of one or two
 *    short articles, join the one larger group that shares their principal or their values.
 *
 * Nothing compares every article with every other: topics come from an inverted index over each
 * article's heaviest terms, and within a topic (the block) pairs come from a sparse product over
 * the topic's own postings, so the work grows with the number of similar pairs and the squares of
 * topic sizes, not with the square of the corpus.
 *
 * Time is soft evidence only, by default: a hard cannot-link between articles whose main-event
 * days are far apart (`maxGapDays`) is available, but on ECB+ it split more true events (follow-up
 * reports weeks later, background dates read as the main one) than it separated.
 */
import { withoutPartOfDay } from '../calendar/intervals.ts';
import { daysFromCivil } from '../calendar/days.ts';
import type { Document, EventFact, Fact, RunWarning, TermCounts, TimeFact } from '../types.ts';
import { averageLinkage, candidatePairs, DEFAULT_BLOCKING, type BlockingOptions, type Pair } from './agglomerate.ts';
import { documentTerms, DEFAULT_TERM_OPTIONS, LEAD_SENTENCES, type TermOptions } from './terms.ts';
import { tfidf, topTerms, type Vector, type VectorMemo } from './vectors.ts';
import { pushAll } from '../util/lists.ts';
import { pushTo } from '../util/group.ts';
import { copySets } from './duplicates.ts';
import { noteLimit } from '../util/limits.ts';
import { family } from '../extract/person/identity.ts';
import { SPEAKER_VERBS } from '../text/attribution.ts';

/** One main event: the articles that report it. */
export interface ArticleGroup {
  /** Article ids, sorted. */
  articles: string[];
  /** The group's most distinctive terms (stemmed, lowercase; numbers as `#2008`), for labels. */
  terms: string[];
  /**
   * Earliest resolved main-event date of the group's articles (TIMEX day, month or year): the
   * earliest that at least two articles give, else the earliest any gives; null when none does.
   */
  start: string | null;
}

/**
 * A grouping {@link clusterArticles} made with its default options, and the limits it reached
 * (`noteLimit`), kept by a caller that groups the same articles again: `check`'s rounds group
 * the articles that joined so far, and the last round's articles are the report's.
 */
export interface ArticleGrouping {
  groups: ArticleMembers;
  warnings: RunWarning[];
}

/**
 * What {@link clusterArticles} made of each article, kept for a caller that groups the same
 * articles again and again as more join them (`check`'s rounds): each article's time evidence,
 * its bag with the time terms, its vector. Each part is taken only when what it was made from is
 * the same as last time (the same fact objects, bag, counts), so the grouping is what it would be
 * without; for one grouping it only costs.
 */
export interface ArticleMemo {
  /** Each article's time evidence, with the facts (in offset order) and weekday weight it was made from. */
  times: WeakMap<Document, { facts: readonly Fact[]; weekdayWeight: number; time: ArticleTime }>;
  /** Each time evidence's bag with its time terms, with the bag it was made from. */
  timed: WeakMap<ArticleTime, { bag: ReadonlyMap<string, number>; timed: Map<string, number> }>;
  /** Each bag's vector (`tfidf`). */
  vectors: VectorMemo;
}

/** An empty {@link ArticleMemo}. */
export function articleMemo(): ArticleMemo {
  return { times: new WeakMap(), timed: new WeakMap(), vectors: new WeakMap() };
}

/** {@link articleTime}, taken from `memo` when it was made from the same facts and weight. */
function timeOf(doc: Document, facts: readonly Fact[], weekdayWeight: number, memo: ArticleMemo | undefined): ArticleTime {
  const kept = memo?.times.get(doc);
  if (kept && kept.weekdayWeight === weekdayWeight && kept.facts.length === facts.length && kept.facts.every((f, i) => f === facts[i])) return kept.time;
  const time = articleTime(doc, facts, weekdayWeight);
  memo?.times.set(doc, { facts, weekdayWeight, time });
  return time;
}

/** The knobs of {@link clusterArticles}; the defaults were chosen on the ECB+ dev topics. */
export interface ArticleClusterOptions {
  /** Average-linkage threshold (cosine of corpus TF-IDF vectors) for articles to share a topic. */
  topicThreshold: number;
  /** Average-linkage threshold (cosine of topic-local TF-IDF vectors) for articles to share an event. */
  eventThreshold: number;
  /**
   * Multiplier of the time terms (publication year and month, happened-event years) in the
   * topic-local vectors: within a topic, when an article was written is strong evidence of which
   * of two like events it reports, stronger than any one word.
   */
  timeWeight: number;
  /**
   * Weight of the weekday on which an article's first happened event took place ("fired on
   * Saturday"), as a time term (`@wd6`, scaled by `timeWeight` like the others). Undated articles
   * often give nothing else of their time; two like events rarely fall on one weekday. 0 turns it off.
   */
  weekdayWeight: number;
  /**
   * Two articles whose main-event days are further apart than this cannot share an event; null
   * for no such cannot-link (the default: on ECB+ the main-event day read from the text is too
   * often a background date, and the cannot-link split more true events than it separated).
   */
  maxGapDays: number | null;
  /**
   * Separation test within a topic: two groups of at least `separationMinArticles` articles each
   * (verbatim copies counted once) do not merge when their average cross similarity is below
   * `separationRatio` times the inner similarity of the looser of the two. Infinity turns it off.
   */
  separationMinArticles: number;
  /** See {@link ArticleClusterOptions.separationMinArticles}. */
  separationRatio: number;
  /**
   * Groups whose leads give differing identifying values of their event (a quake's magnitude, the
   * sum stolen: {@link coreValues}) take the separation test at any size, not only from
   * `separationMinArticles`, and so does a lone article whose value differs from a group's,
   * against the group's inner similarity; only where no dates put the two in the same days (two
   * magnitudes in reports of one week are a conflict to flag, not two quakes). On ECB+ two quakes
   * on one island three years apart, one group of them undated, merged without it (topic ARI 0 →
   * 0.75), and one-sentence reports of a $108 million theft joined a $2.6 million raid (0.46 → 0.63).
   * A leftover of the linkage (one or two articles) whose values are near one larger group's, and
   * no principal person's, joins that group ({@link joinLeftovers}): a note of "more than $160
   * million" stolen joined the heist of $108 million (0.63 → 0.70).
   */
  coreValues: boolean;
  /**
   * The person most of a group's leads name (its principal: {@link principal}) as evidence of its
   * event, twice. Two groups whose principals differ, and neither of which names the other's
   * principal anywhere, take the separation test at any size, as differing core values do (two
   * shootings of two deputies, told in one vocabulary). And after the linkage, a group of one or
   * two articles left apart joins the one larger group of its topic whose principal its leads name
   * (short reports share too few words to reach the threshold, but they name who it happened to).
   * On ECB+ the first held two shootings apart that merged at an event threshold of 0.05 (topic
   * ARI 0 → 1), the second brought two three-line injury reports to their event (0.84 → 1).
   */
  principals: boolean;
  /** Term weights of the content vectors. */
  terms: TermOptions;
  /** Blocking of both levels. */
  blocking: BlockingOptions;
}

/** Defaults chosen on the ECB+ dev set (see scripts/eval-clusters.ts for the held-out check). */
export const DEFAULT_ARTICLE_OPTIONS: ArticleClusterOptions = {
  topicThreshold: 0.05,
  eventThreshold: 0.06,
  timeWeight: 8,
  weekdayWeight: 0.3,
  maxGapDays: null,
  separationMinArticles: 7,
  separationRatio: 0.6,
  coreValues: true,
  principals: true,
  terms: DEFAULT_TERM_OPTIONS,
  blocking: DEFAULT_BLOCKING,
};

/** Largest topic whose articles are all compared with each other (500,000 pairs). */
const MAX_TOPIC_PAIRWISE = 1000;

/**
 * Every pair of the vectors with a positive cosine, sorted by (i, j). Computed as a sparse
 * product through postings (term → vectors holding it, with weights), which touches only pairs
 * that share a term; pairs that share none have cosine 0, which average linkage assumes anyway.
 */
function allPairs(vs: readonly Vector[]): Pair[] {
  const postings = new Map<string, { ids: number[]; ws: number[] }>();
  vs.forEach((v, i) => {
    for (const [t, w] of v) {
      const p = postings.get(t);
      if (p) {
        p.ids.push(i);
        p.ws.push(w);
      } else postings.set(t, { ids: [i], ws: [w] });
    }
  });
  const out: Pair[] = [];
  const acc = new Float64Array(vs.length);
  for (let i = 0; i < vs.length; i++) {
    // Vectors iterate their terms in sorted order, and postings hold ids ascending, so every sum
    // is made in the same order on every run.
    for (const [t, w] of vs[i]) {
      const { ids, ws } = postings.get(t)!;
      for (let k = ids.length - 1; k >= 0 && ids[k] > i; k--) acc[ids[k]] += w * ws[k];
    }
    for (let j = i + 1; j < vs.length; j++) {
      if (acc[j] > 0) out.push({ i, j, sim: acc[j] });
      acc[j] = 0;
    }
  }
  return out;
}

/**
 * Average similarity of a group's pairs, each member weighing as the copies it stands for; pairs
 * of copies of one text are left out (they are alike by being copies, not by telling one event).
 */
function inner(g: readonly number[], sim: Float64Array, m: number, w: readonly number[]): number {
  let sum = 0;
  let n = 0;
  for (let x = 0; x < g.length; x++) {
    for (let y = x + 1; y < g.length; y++) {
      const k = w[g[x]] * w[g[y]];
      sum += sim[g[x] * m + g[y]] * k;
      n += k;
    }
  }
  return n === 0 ? 0 : sum / n;
}

/** How many terms describe a group. */
const GROUP_TERMS = 8;

/** What the clustering knows about one article's time. */
export interface ArticleTime {
  /** Pseudo-terms (`@y2013`, `@m2013-05`) with their weights, added to the article's bag. */
  terms: Map<string, number>;
  /** The article's main-event date (TIMEX), or null when nothing gives one. */
  main: string | null;
  /**
   * Values that identify one real-world event, stated in the lead: measure → values
   * (`magnitude` → `5.6`). Two like events seldom share them; see {@link coreValues}.
   */
  core: Map<string, number[]>;
  /** Family names of the people the lead names as taking part, and of all the text names: {@link participants}. */
  people: { lead: string[]; all: Set<string> };
}

/**
 * Groups articles by the real-world event each mainly reports; every article is in exactly one
 * group. The result does not depend on the order of `docs` or `facts`: articles are sorted by id
 * first, facts by offset, and every tie is broken by index in that order. Groups come sorted by
 * their first article id. `corpus`: the term counts of a larger corpus the documents are part of
 * (see {@link tfidf}); the topics' own split into events needs none, it is local to each topic.
 */
export function clusterArticles(docs: readonly Document[], facts: readonly Fact[], options: ArticleClusterOptions = DEFAULT_ARTICLE_OPTIONS, corpus?: TermCounts, memo?: ArticleMemo): ArticleGroup[] {
  return groupArticles(docs, facts, options, corpus, memo).describe();
}

/** The groups of {@link clusterArticles} by their members alone, and a way to describe them. */
export interface ArticleMembers {
  /** Each group's article ids, sorted; the groups in no particular order. */
  members: string[][];
  /** The groups as {@link clusterArticles} gives them: made on first call, then the same. */
  describe(): ArticleGroup[];
}

/**
 * {@link clusterArticles}, but for the description of each group (its terms and date), made only
 * when asked for: `check`'s rounds ask who is grouped with whom, and only the last round's groups
 * become events.
 */
export function groupArticles(docs: readonly Document[], facts: readonly Fact[], options: ArticleClusterOptions = DEFAULT_ARTICLE_OPTIONS, corpus?: TermCounts, memo?: ArticleMemo): ArticleMembers {
  const sorted = [...docs].sort((a, b) => cmp(a.article.id, b.article.id));
  if (sorted.length === 0) return { members: [], describe: () => [] };
  const factsOf = new Map<string, Fact[]>();
  for (const f of facts) {
    const list = factsOf.get(f.article);
    if (list) list.push(f);
    else factsOf.set(f.article, [f]);
  }
  // Facts may arrive in any order; offset order makes "the first dated event" well defined.
  for (const list of factsOf.values()) list.sort((a, b) => a.start - b.start || a.end - b.end || cmp(a.kind, b.kind) || cmp(a.id, b.id));

  const times = sorted.map((d) => timeOf(d, factsOf.get(d.article.id) ?? [], options.weekdayWeight, memo));
  const bags = sorted.map((d) => documentTerms(d, options.terms));
  // Topics are found by content alone: across a whole corpus a shared publication month says
  // nothing (a football report and a council vote of one day would look alike). Time terms join
  // the bags only for the split of a topic into events, where they are strong evidence. With
  // `corpus` (the counts of an index these articles were picked from) terms weigh as over the
  // whole corpus: among one topic's articles alone its own words would weigh little.
  const { vectors } = tfidf(bags, corpus, memo?.vectors);
  const timed = bags.map((b, i) => {
    const kept = memo?.timed.get(times[i]);
    if (kept?.bag === b) return kept.timed;
    const bag = new Map(b);
    for (const [t, w] of times[i].terms) bag.set(t, (bag.get(t) ?? 0) + w);
    memo?.timed.set(times[i], { bag: b, timed: bag });
    return bag;
  });
  // The first article of a set of copies (verbatim, or but for a last line: `duplicates.ts`)
  // stands for the set: only it is compared, weighing as many articles as the set holds, and the
  // copies follow it into its event. A corpus of many copies costs what its distinct texts cost.
  const source = copySets(sorted);
  const reps: number[] = [];
  const weight = new Float64Array(sorted.length);
  for (let i = 0; i < sorted.length; i++) {
    if (source[i] === i) reps.push(i);
    weight[source[i]]++;
  }
  const copiesOf = new Map<number, number[]>();
  for (let i = 0; i < sorted.length; i++) if (source[i] !== i) pushTo(copiesOf, source[i], i);

  // Level 1: topics, by content over the whole corpus (the vectors' statistics count every copy).
  const repWeights = reps.map((i) => weight[i]);
  const topics = averageLinkage(reps.length, candidatePairs(reps.map((i) => vectors[i]), options.blocking), options.topicThreshold, undefined, repWeights).map((t) => t.map((k) => reps[k]));

  // Level 2: events within each topic, by what sets its articles apart from each other.
  const events: number[][] = [];
  for (const topic of topics) pushAll(events, splitTopic(topic, timed, weight, times, options));

  // Each set's copies join the event of the article that stood for them.
  const withCopies = (members: readonly number[]): number[] => {
    const all = [...members];
    for (const i of members) pushAll(all, copiesOf.get(i) ?? []);
    return all.sort((a, b) => a - b);
  };
  const all = events.map(withCopies);
  let described: ArticleGroup[] | null = null;
  return {
    members: all.map((m) => m.map((i) => sorted[i].article.id).sort(cmp)),
    describe: () => (described ??= all.map((members) => describe(members, sorted, vectors, times)).sort((a, b) => cmp(a.articles[0], b.articles[0]))),
  };
}

/**
 * Splits one topic into events; returns member lists (indices into the sorted documents). The
 * members are the first articles of their sets of copies, `weight` how many articles each stands for.
 */
function splitTopic(members: readonly number[], bags: readonly Map<string, number>[], weight: Float64Array, times: readonly ArticleTime[], options: ArticleClusterOptions): number[][] {
  // Two sources are too few to split: the only split would be two lone articles, and no term can
  // be shared by some but not all of them, which is what the split looks at.
  if (members.length < 3) return [[...members]];
  const local = localVectors(members, bags, options.timeWeight);
  // The topic is the block: within it every pair is compared, because a pair left out would count
  // as similarity 0 and pull the averages down (on ECB+ the inverted index over local top terms
  // lost 0.08 ARI that way). Only a topic too large for that falls back to the inverted index.
  if (members.length > MAX_TOPIC_PAIRWISE) {
    noteLimit('limit/topic', `a topic of ${members.length} distinct texts: its articles were paired through their heaviest terms only, not each with each`);
  }
  const pairs = members.length <= MAX_TOPIC_PAIRWISE ? allPairs(local) : candidatePairs(local, { ...options.blocking, maxPosting: Infinity, minSim: 0 });
  const gap = options.maxGapDays;
  const m = members.length;
  const w = members.map((i) => weight[i]);
  // Pair similarities by position in the topic, for the separation test below.
  const sim = new Float64Array(m * m);
  for (const p of pairs) sim[p.i * m + p.j] = sim[p.j * m + p.i] = p.sim;
  const canMerge = (a: readonly number[], b: readonly number[]): boolean => {
    if (gap !== null && timeConflict([...a, ...b].map((i) => times[members[i]]), gap)) return false;
    // Two groups that each hold together far better than they hold to each other are two events,
    // however similar they are in absolute terms (two trials of one kind, told in one vocabulary).
    // Only groups of some size are tested: average linkage builds small groups from the most alike
    // pairs, so their inner similarity is biased high and would veto every later merge. Copies of
    // one text count once there: a story reprinted seven times is one source.
    // Groups that each state an identifying value of their event, and never one the other could
    // give ("a 5.6 magnitude earthquake", "magnitude of 5.9"), are tested at any size: the differing
    // values are the evidence the size would otherwise have to give. So is a lone article against
    // a group ("$102 million" stolen, where the group's reports say "$2.6 million"), measured
    // against the group's inner similarity alone: a report of the same quake that gives another
    // agency's magnitude is as alike to the group as its members are to each other, and joins it
    // (the differing value is then a conflict to flag, not another event).
    const small = a.length < options.separationMinArticles || b.length < options.separationMinArticles;
    if (small) {
      if (!(options.coreValues || options.principals) || (a.length === 1 && b.length === 1)) return true;
      const lone = a.length === 1 || b.length === 1;
      const ta = a.map((i) => times[members[i]]);
      const tb = b.map((i) => times[members[i]]);
      // Reports dated to the same days that give two magnitudes are one quake told two ways: a
      // conflict for the judge to flag, not two events. Values tell events apart only where the
      // dates do not join them (one side undated, or its days far from the other's).
      // (The values first: most groups state none, and the days are compared pair by pair.)
      const differ = (options.coreValues && coreDisagree(ta, tb, lone ? 1 : CORE_MIN)) || (options.principals && principalsDisagree(ta, tb));
      if (!differ || sameDays(ta, tb)) return true;
    }
    let across = 0;
    let n = 0;
    for (const x of a) {
      for (const y of b) {
        across += sim[x * m + y] * w[x] * w[y];
        n += w[x] * w[y];
      }
    }
    across /= n;
    // A lone article has no inner similarity of its own (no pair): the group's is the measure.
    const innerOf = (g: readonly number[]) => (g.length === 1 ? Infinity : inner(g, sim, m, w));
    return across >= options.separationRatio * Math.min(innerOf(a), innerOf(b));
  };
  const groups = averageLinkage(members.length, pairs, options.eventThreshold, canMerge, w);
  const placed = options.principals || options.coreValues ? joinLeftovers(groups, members, times, options.principals, options.coreValues) : groups;
  return placed.map((g) => g.map((i) => members[i]));
}

/** Groups of at most this many articles are the leftovers {@link joinLeftovers} places. */
const LEFTOVER = 2;

/**
 * Places the leftovers of a topic's linkage: a group of one or two articles joins the one larger
 * group whose principal person is its own (for one article, the first person its lead names),
 * unless their core values say two events; failing that (with `coreValues`), the one larger group
 * whose identifying values are near its own. No group or several: it stays apart, as nothing
 * decides between them ("Teixeira" is the principal of two teams' offers to him).
 */
function joinLeftovers(groups: readonly number[][], members: readonly number[], times: readonly ArticleTime[], principals: boolean, coreValues: boolean): number[][] {
  const ts = (g: readonly number[]) => g.map((i) => times[members[i]]);
  const large = groups.filter((g) => g.length > LEFTOVER).map((g) => {
    const t = ts(g);
    return { g, t, principal: principals ? principal(t) : null, joined: [] as number[] };
  });
  const out: number[][] = [];
  for (const g of groups) {
    if (g.length > LEFTOVER) continue;
    const t = ts(g);
    const own = !principals ? null : g.length === 1 ? (t[0].people.lead[0] ?? null) : principal(t);
    let hits = own === null ? [] : large.filter((l) => l.principal === own && !(coreValues && coreDisagree(t, l.t, 1) && !sameDays(t, l.t)));
    // No principal to go by: the sum or magnitude its lead states, when one group's is near it
    // ("more than $160 million" stolen, and the heist whose reports say $108 million and €85
    // million), and no dates set the two apart.
    if (hits.length === 0 && coreValues) hits = large.filter((l) => coreAgree(t, l.t) && !daysApart(t, l.t));
    if (hits.length === 1) pushAll(hits[0].joined, g);
    else out.push([...g]);
  }
  for (const l of large) out.push([...l.g, ...l.joined].sort((x, y) => x - y));
  return out.sort((x, y) => x[0] - y[0]);
}

/**
 * Vectors of a topic's articles with TF-IDF computed inside the topic, ln(m / df) unsmoothed: a
 * term in every article of the topic weighs nothing, and a term in only one is left out too (it
 * cannot pull two articles together, it only dilutes the rest), so what remains is what sets
 * sub-groups of the topic apart. Time terms (`@…`) are scaled by `timeWeight`.
 */
function localVectors(members: readonly number[], bags: readonly Map<string, number>[], timeWeight: number): Vector[] {
  // The members are one article per set of copies (one wire story run by several outlets): each
  // text counted once, so that a term of one story does not look shared because it was reprinted.
  const m = members.length;
  const df = new Map<string, number>();
  for (const i of members) for (const t of bags[i].keys()) df.set(t, (df.get(t) ?? 0) + 1);
  return members.map((i) => {
    const v: [string, number][] = [];
    let norm = 0;
    for (const [t, tf] of bags[i]) {
      const n = df.get(t)!;
      if (n < 2 || n >= m) continue;
      const w = (1 + Math.log(tf)) * Math.log(m / n) * (t.startsWith('@') ? timeWeight : 1);
      v.push([t, w]);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    v.sort((x, y) => cmp(x[0], y[0]));
    return new Map(v.map(([t, w]) => [t, w / norm]));
  });
}

/** How many days apart two main-event dates may be and still be one news cycle, for {@link sameDays}. */
const SAME_DAYS = 7;

/** True when both groups have day-level main-event dates and none of one is within {@link SAME_DAYS} of the other's. */
function daysApart(a: readonly ArticleTime[], b: readonly ArticleTime[]): boolean {
  const dated = (ts: readonly ArticleTime[]) => ts.some((t) => t.main !== null && t.main.length === 10);
  return dated(a) && dated(b) && !sameDays(a, b);
}

/** True when some article of each group has a day-level main-event date within {@link SAME_DAYS} of the other's. */
function sameDays(a: readonly ArticleTime[], b: readonly ArticleTime[]): boolean {
  const days = (ts: readonly ArticleTime[]) => ts.flatMap((t) => (t.main !== null && t.main.length === 10 ? [dayNumber(t.main)] : []));
  const db = days(b);
  return days(a).some((x) => db.some((y) => Math.abs(x - y) <= SAME_DAYS));
}

/** True when two of the articles have day-level main-event dates more than `maxGapDays` apart. */
function timeConflict(times: readonly ArticleTime[], maxGapDays: number): boolean {
  let lo = Infinity;
  let hi = -Infinity;
  for (const { main } of times) {
    if (main === null || main.length !== 10) continue;
    const n = dayNumber(main);
    lo = Math.min(lo, n);
    hi = Math.max(hi, n);
  }
  return hi - lo > maxGapDays;
}

/** Days since 1970-01-01 of an ISO date, without `Date` (no time zone can shift it). */
function dayNumber(iso: string): number {
  return daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** A resolved calendar value: year, month or day. */
const DATE_VALUE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * The time evidence of one article: its publication year and month (when a date line or metadata
 * gave it, or it was inferred from the text's own dates), the years of events the text says
 * happened, and the weekday the text states for the first of them that has one. The main-event
 * date is the first day-level date of a happened event, else the publication date when it was
 * stated rather than inferred.
 */
export function articleTime(doc: Document, facts: readonly Fact[], weekdayWeight: number): ArticleTime {
  const terms = new Map<string, number>();
  const add = (t: string, w: number) => terms.set(t, (terms.get(t) ?? 0) + w);
  const published = doc.article.publishedFrom === 'unknown' ? null : doc.article.published;
  if (published) {
    add(`@y${published.slice(0, 4)}`, 1);
    add(`@m${published.slice(0, 7)}`, 1);
  }
  const byId = new Map<string, Fact>();
  for (const f of facts) byId.set(f.id, f);
  let main: string | null = null;
  let weekday = false;
  for (const f of facts) {
    if (f.kind !== 'event') continue;
    const e = f as EventFact;
    if (e.status !== 'happened' || !e.when) continue;
    const t = byId.get(e.when) as TimeFact | undefined;
    // "the coach was fired on Saturday": the first stated weekday only, as the main event's
    // likeliest; later ones are more often background ("had lost on Friday").
    if (!weekday && weekdayWeight > 0 && t?.kind === 'time' && t.stated.weekday !== undefined) {
      add(`@wd${t.stated.weekday}`, weekdayWeight);
      weekday = true;
    }
    // A day may carry TIMEX3's part of the day ("2024-05-16TNI": Thursday night); it is still that day.
    const value = t?.kind === 'time' && t.value !== null ? withoutPartOfDay(t.value) : null;
    if (!t || t.kind !== 'time' || t.timex !== 'DATE' || value === null || !DATE_VALUE.test(value)) continue;
    // Half weight: a happened event may be background ("he was first arrested in 2006").
    add(`@y${value.slice(0, 4)}`, 0.5);
    if (main === null && value.length === 10) main = value;
  }
  if (main === null && published && doc.article.publishedFrom !== 'inferred') main = published;
  return { terms, main, core: coreValues(doc, facts), people: participants(doc, facts) };
}

/**
 * The values of an article's lead that identify its event rather than describe its course: the
 * strength of a quake ("a 5.6 magnitude earthquake") and the sum at stake ("an estimated $102
 * million in jewelry"). Tolls and counts are left out on purpose: they are revised as a story goes
 * on ("death toll rises to 10"), so two reports of one event differ in them; so are clock times in
 * a lead, which on news pages are mostly the page's own ("Last Updated: … 02:24 GMT").
 */
export function coreValues(doc: Document, facts: readonly Fact[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const leadEnd = doc.sentences[Math.min(LEAD_SENTENCES, doc.sentences.length) - 1]?.end ?? 0;
  for (const f of facts) {
    if (f.start >= leadEnd || f.kind !== 'quantity' || f.conversion || f.unit === null) continue;
    // ISO 4217 codes are what the quantity extractor gives money as ("$2.6 million" → USD).
    const measure = f.unit === 'magnitude' ? 'magnitude' : /^[A-Z]{3}$/.test(f.unit) ? 'money' : null;
    const value = Number(f.value);
    if (measure === null || !(value > 0)) continue;
    pushTo(out, measure, value);
  }
  return out;
}

/**
 * True when the name at `start`–`end` is a source, not a participant: a verb of saying right after
 * it ("Hamid Darvish said") or right before it ("said Hamid Darvish"), or "according to" before it.
 * The slices are short and fixed, so the patterns stay linear whatever the text.
 */
function speaks(text: string, start: number, end: number): boolean {
  const after = /^\s+([A-Za-z]+)/.exec(text.slice(end, end + 24))?.[1];
  const before = /([A-Za-z]+)\s+([A-Za-z]+),?\s+$/.exec(text.slice(Math.max(0, start - 24), start));
  return (after !== undefined && SPEAKER_VERBS.has(after.toLowerCase())) || (before !== null && (SPEAKER_VERBS.has(before[2].toLowerCase()) || `${before[1]} ${before[2]}`.toLowerCase() === 'according to'));
}

/**
 * The family names of the people an article names (lowercase, "Jerry Ortiz" → `ortiz`): those its
 * lead names as taking part, in order of first mention, and all it names anywhere. Family names,
 * because later mentions and other outlets drop the given name. Left out of the lead's: a source
 * ("governor Hamid Darvish said", "according to Ali Saberi"), whom outlets choose each their own
 * of for one event; and left out of both, a name of one word, often a misread title or team.
 */
export function participants(doc: Document, facts: readonly Fact[]): { lead: string[]; all: Set<string> } {
  const leadEnd = doc.sentences[Math.min(LEAD_SENTENCES, doc.sentences.length) - 1]?.end ?? 0;
  const text = doc.article.text;
  const lead: string[] = [];
  const all = new Set<string>();
  for (const f of facts) {
    if (f.kind !== 'person') continue;
    const words = f.value.split(' ');
    if (words.length < 2) continue;
    const name = family(words).toLowerCase();
    all.add(name);
    if (f.start < leadEnd && !lead.includes(name) && !speaks(text, f.start, f.end)) lead.push(name);
  }
  return { lead, all };
}

/**
 * The person most of a group's leads name, when at least half of them and two or more do (ties to
 * the first in code-unit order); else null. A lone article has none here (one lead is no majority);
 * {@link joinLeftovers} takes the first participant its lead names instead.
 */
function principal(ts: readonly ArticleTime[]): string | null {
  if (ts.length < 2) return null;
  const count = new Map<string, number>();
  for (const t of ts) for (const p of t.people.lead) count.set(p, (count.get(p) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [p, c] of [...count].sort((x, y) => cmp(x[0], y[0]))) if (c > n) [best, n] = [p, c];
  return best !== null && 2 * n >= ts.length ? best : null;
}

/**
 * True when both groups have a principal and neither group names the other's anywhere: reports
 * of one event that lead with different people (the victim, the suspect) still name both.
 */
function principalsDisagree(a: readonly ArticleTime[], b: readonly ArticleTime[]): boolean {
  const pa = principal(a);
  const pb = principal(b);
  if (pa === null || pb === null || pa === pb) return false;
  return !b.some((t) => t.people.all.has(pa)) && !a.some((t) => t.people.all.has(pb));
}

/**
 * When two values of one measure can be one event's: a quake's strength as given by two agencies
 * differs by a tenth or two ("5.9", "6.1"), which is the same event; a sum differs by its currency
 * and by estimates (€85 million, $108 million, $137 million for one theft), but not by a factor of four.
 */
const SAME_EVENT: Record<string, (a: number, b: number) => boolean> = {
  magnitude: (a, b) => Math.abs(a - b) < 0.25,
  money: (a, b) => Math.max(a, b) <= 4 * Math.min(a, b),
};

/**
 * True when two groups give an identifying value of their event and their usual values cannot be
 * one event's: each has at least `min` articles stating the measure, and the medians of
 * the articles' first values are not near ({@link SAME_EVENT}). The median, not any value: one
 * article of a group may be about an aftershock or give another agency's figure.
 */
function coreDisagree(a: readonly ArticleTime[], b: readonly ArticleTime[], min: number = CORE_MIN): boolean {
  for (const [m, near] of Object.entries(SAME_EVENT)) {
    const x = firstValues(a, m);
    const y = firstValues(b, m);
    if (x.length < min || y.length < min) continue;
    if (!near(median(x), median(y))) return true;
  }
  return false;
}

/**
 * True when a leftover states a measure a group states too (in at least {@link CORE_MIN} of its
 * articles), and every measure both state is near: one event's values, for {@link joinLeftovers}.
 */
function coreAgree(a: readonly ArticleTime[], b: readonly ArticleTime[]): boolean {
  let shared = false;
  for (const [m, near] of Object.entries(SAME_EVENT)) {
    const x = firstValues(a, m);
    const y = firstValues(b, m);
    if (x.length === 0 || y.length < CORE_MIN) continue;
    if (!near(median(x), median(y))) return false;
    shared = true;
  }
  return shared;
}

/** The first value of measure `m` in each article's lead that states one. */
function firstValues(ts: readonly ArticleTime[], m: string): number[] {
  const out: number[] = [];
  for (const t of ts) {
    const v = t.core.get(m);
    if (v) out.push(v[0]);
  }
  return out;
}

/** The median of a non-empty list (the lower middle of an even count: a stated value, not a mean). */
function median(xs: readonly number[]): number {
  const s = [...xs].sort((p, q) => p - q);
  return s[(s.length - 1) >> 1];
}

/** How many articles of each group must state a measure for {@link coreDisagree} to weigh it. */
const CORE_MIN = 2;

/** A group's ids, distinctive terms (from its summed corpus vectors) and earliest agreed main-event date. */
function describe(members: readonly number[], docs: readonly Document[], vectors: readonly Vector[], times: readonly ArticleTime[]): ArticleGroup {
  const sum = new Map<string, number>();
  for (const i of members) for (const [t, w] of vectors[i]) sum.set(t, (sum.get(t) ?? 0) + w);
  // Time pseudo-terms are evidence, not words a label could show.
  for (const t of [...sum.keys()]) if (t.startsWith('@')) sum.delete(t);
  // The earliest date that two of the group's articles agree on: one article's background date
  // ("born December 11, 1922") must not date the whole group. With no agreement, the earliest.
  const count = new Map<string, number>();
  for (const i of members) {
    const d = times[i].main;
    if (d !== null) count.set(d, (count.get(d) ?? 0) + 1);
  }
  const dates = [...count.keys()].sort(cmp);
  const start = dates.find((d) => count.get(d)! >= 2) ?? dates[0] ?? null;
  return { articles: members.map((i) => docs[i].article.id).sort(cmp), terms: topTerms(sum, GROUP_TERMS), start };
}

/** Code-unit order, the same on every machine and locale. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
