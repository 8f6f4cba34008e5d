/**
 * The tool against the gold of real discrepancies (data/gold/discrepancies/, guidelines in
 * data/gold/DISCREPANCIES.md): each of the 33 dev topics is analysed as one corpus, and every
 * labelled pair of value groups is looked for among the findings.
 *
 *   npm run eval:discrepancies [-- --verbose] [--topics 1,3,5]
 *
 * A pair of groups is **found** when one finding has a claim overlapping the quote of an article of
 * each group (strict: the finding is a `conflict`; lenient: `conflict` or `unresolved`). Printed:
 * - recall of the discrepancies (pairs labelled error, dispute, update) by label and by fact kind;
 * - update handling: update pairs the tool calls a conflict (strict recall of an update pair asks for an
 *   `update` finding holding both values; of an error or a dispute, a `conflict`);
 * - conflict precision: the share of the tool's conflicts that hold both values of a labelled
 *   discrepancy, over all its conflicts and over those whose claims both touch a gold quote;
 * - agreements set in conflict: agreeing article pairs (same group) that a conflict sets against
 *   each other (their claims in it give different values), and compatible pairs that a conflict holds;
 * - the reason for each missed discrepancy: a value not extracted (no fact overlaps the quote),
 *   the two values in different events, in one event but never compared, or judged otherwise.
 *
 * Recall is also printed per half of the topics: rules and thresholds are chosen looking at the
 * odd topics (`tune`) only, and the even topics (`score`) say what they are worth on news they
 * were not chosen on. Report both, side by side.
 */
import { loadArticles } from '../lib/load/index.ts';
import { analyze } from '../lib/pipeline.ts';
import type { Fact, Finding, Report } from '../lib/types.ts';
import { DISCREPANCY, readGold, type GoldFact } from './check-discrepancies.ts';
import { ecbLabels, topicFiles } from './lib/ecbplus.ts';
import { ECB_DIR, needShared } from './lib/shared.ts';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.includes('--topics') ? new Set(args[args.indexOf('--topics') + 1].split(',').map(Number)) : null;

/** Where a quote stands in its article: the span the tool's claims must overlap. */
interface Spot {
  article: string;
  start: number;
  end: number;
}

/** The span of a quote in an article's text, runs of white space matching any white space. */
function locate(text: string, quote: string): { start: number; end: number } | null {
  const words = quote.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const m = new RegExp(words.join('\\s+')).exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** Findings that hold a claim at each of two spots. */
function holding(findings: readonly Finding[], x: Spot, y: Spot): Finding[] {
  const at = (f: Finding, s: Spot): boolean => f.claims.some((c) => c.article === s.article && overlaps(c, s));
  return findings.filter((f) => at(f, x) && at(f, y));
}

/**
 * Conflicts that set two spots against each other: the finding's claims at the two spots give
 * different values (two articles on one side of a conflict agree with each other).
 */
function opposing(findings: readonly Finding[], x: Spot, y: Spot): Finding[] {
  const at = (f: Finding, s: Spot): Set<string> => new Set(f.claims.filter((c) => c.article === s.article && overlaps(c, s)).map((c) => c.value ?? ''));
  return holding(findings, x, y).filter((f) => {
    const vx = at(f, x);
    return [...at(f, y)].some((v) => !vx.has(v));
  });
}

type Reason = 'not extracted' | 'different events' | 'never compared' | 'judged unresolved' | 'judged agreement' | 'judged different-events';

/** Why no conflict holds two spots: the best reason over the tool's facts and findings. */
function missReason(report: Report, x: Spot, y: Spot): Reason {
  const held = holding(report.findings, x, y);
  if (held.some((f) => f.verdict === 'unresolved')) return 'judged unresolved';
  if (held.some((f) => f.verdict === 'different-events')) return 'judged different-events';
  if (held.some((f) => f.verdict === 'agreement')) return 'judged agreement';
  const factsAt = (s: Spot): Fact[] => report.facts.filter((f) => f.article === s.article && f.kind !== 'event' && overlaps(f, s));
  const fx = factsAt(x);
  const fy = factsAt(y);
  if (fx.length === 0 || fy.length === 0) return 'not extracted';
  const ex = new Set(fx.map((f) => f.event));
  return fy.some((f) => ex.has(f.event)) ? 'never compared' : 'different events';
}

/** The kinds of fact the tool read at a quote: "quantity people|", "time", "person". */
function slotsAt(report: Report, s: Spot): string {
  const keys = report.facts
    .filter((f) => f.article === s.article && f.kind !== 'event' && overlaps(f, s))
    .map((f) => (f.kind === 'quantity' ? `quantity ${f.counted ?? ''}|${f.unit ?? ''}` : f.kind));
  return [...new Set(keys)].sort().join(', ');
}

const neverCompared = new Map<string, number>();

interface Tally {
  pairs: number;
  strict: number;
  lenient: number;
}
const tally = (): Tally => ({ pairs: 0, strict: 0, lenient: 0 });

const byTopic = new Map<number, GoldFact[]>();
needShared('eval:discrepancies', ECB_DIR);
for (const { fact } of readGold()) if (fact && (only === null || only.has(fact.topic))) (byTopic.get(fact.topic) ?? byTopic.set(fact.topic, []).get(fact.topic)!).push(fact);

const labels = ecbLabels();
const byLabel = new Map<string, Tally>();
const byKind = new Map<string, Tally>();
/** The half of the topics a topic belongs to: odd topics to choose rules on, even ones to score them. */
const half = (topic: number): 'tune' | 'score' => (topic % 2 === 1 ? 'tune' : 'score');
const reasons = new Map<string, number>();
let updatesAsConflict = 0;
let updates = 0;
let conflicts = 0;
/** The tool's conflicts by the rule that decided them, and how many hold a labelled discrepancy. */
const byRule = new Map<string, { all: number; true: number }>();
/** The same by half of the topics. */
const byHalf = new Map<string, { all: number; true: number }>();
let conflictsTrue = 0;
let conflictsOnGold = 0;
let agreeing = 0;
let agreeingInConflict = 0;
let compatiblePairs = 0;
let differentPairs = 0;
let differentInConflict = 0;
let compatibleInConflict = 0;
const t0 = performance.now();

for (const [topic, facts] of [...byTopic].sort((a, b) => a[0] - b[0])) {
  const files = topicFiles(topic, labels);
  const loaded = loadArticles(files);
  const { report } = analyze(loaded);
  const texts = new Map(loaded.articles.map((a) => [a.id, a.text]));
  const spotOf = (file: string, quote: string): Spot | null => {
    const text = texts.get(file);
    const at = text === undefined ? null : locate(text, quote);
    return at ? { article: file, ...at } : null;
  };
  const topicConflicts = report.findings.filter((f) => f.verdict === 'conflict');
  const trueConflicts = new Set<Finding>();
  const goldSpots: Spot[] = [];
  for (const fact of facts) {
    const groups = new Map(fact.groups.map((g) => [g.id, g.articles.map((a) => spotOf(a.file, a.quote)).filter((s): s is Spot => s !== null)]));
    for (const spots of groups.values()) goldSpots.push(...spots);
    // Agreements: article pairs within one group.
    for (const spots of groups.values()) {
      for (let i = 0; i < spots.length; i++) {
        for (let j = i + 1; j < spots.length; j++) {
          if (spots[i].article === spots[j].article) continue;
          agreeing++;
          if (opposing(topicConflicts, spots[i], spots[j]).length > 0) agreeingInConflict++;
        }
      }
    }
    for (const p of fact.pairs) {
      const A = groups.get(p.groups[0]) ?? [];
      const B = groups.get(p.groups[1]) ?? [];
      const pairs: Array<[Spot, Spot]> = [];
      for (const a of A) for (const b of B) if (a.article !== b.article) pairs.push([a, b]);
      const held = pairs.flatMap(([a, b]) => holding(report.findings, a, b));
      // An update is found as an update (issue 14), an error or a dispute as a conflict.
      const want = p.label === 'update' ? 'update' : 'conflict';
      const strict = held.some((f) => f.verdict === want);
      const lenient = held.some((f) => f.verdict === want || f.verdict === 'conflict' || f.verdict === 'unresolved');
      const asConflict = held.some((f) => f.verdict === 'conflict');
      if (p.label === 'different-events') {
        differentPairs++;
        if (asConflict) differentInConflict++;
      }
      if (p.label === 'compatible') {
        compatiblePairs++;
        if (asConflict) compatibleInConflict++;
      }
      if (p.label === 'update') {
        updates++;
        if (asConflict) updatesAsConflict++;
      }
      if (!DISCREPANCY.has(p.label)) continue;
      if (p.label !== 'update') for (const f of held) if (f.verdict === 'conflict') trueConflicts.add(f);
      for (const [map, key] of [[byLabel, p.label], [byKind, fact.kind], [byLabel, 'all'], [byLabel, `all (${half(topic)} half)`]] as const) {
        const t = map.get(key) ?? map.set(key, tally()).get(key)!;
        t.pairs++;
        if (strict) t.strict++;
        if (lenient) t.lenient++;
      }
      if (!strict) {
        // The best reason over the article pairs: the one closest to a conflict.
        const order: Reason[] = ['judged unresolved', 'judged agreement', 'judged different-events', 'never compared', 'different events', 'not extracted'];
        const rs = pairs.map(([a, b]) => missReason(report, a, b));
        const reason = pairs.length === 0 ? 'not extracted' : order.find((r) => rs.includes(r))!;
        reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        if (reason === 'never compared') {
          // What the tool read at the two quotes: the slots a design of slots by meaning must join.
          const [a, b] = pairs[rs.indexOf(reason)];
          const key = [slotsAt(report, a), slotsAt(report, b)].sort().join('  ~  ');
          neverCompared.set(key, (neverCompared.get(key) ?? 0) + 1);
        }
        if (verbose) process.stdout.write(`MISS topic ${topic} [${fact.kind}] ${fact.fact} ${p.label} (${p.groups.join('-')}): ${reason}\n`);
      }
    }
  }
  conflicts += topicConflicts.length;
  const h = byHalf.get(half(topic)) ?? byHalf.set(half(topic), { all: 0, true: 0 }).get(half(topic))!;
  h.all += topicConflicts.length;
  h.true += trueConflicts.size;
  for (const f of topicConflicts) {
    const t = byRule.get(f.rule) ?? byRule.set(f.rule, { all: 0, true: 0 }).get(f.rule)!;
    t.all++;
    if (trueConflicts.has(f)) t.true++;
  }
  conflictsTrue += trueConflicts.size;
  conflictsOnGold += topicConflicts.filter((f) => goldSpots.some((s) => f.claims.some((c) => c.article === s.article && overlaps(c, s)))).length;
  if (verbose) for (const f of topicConflicts) if (!trueConflicts.has(f)) process.stdout.write(`CONFLICT NOT IN GOLD topic ${topic}: ${f.message.slice(0, 200)}\n`);
}

const pct = (n: number, d: number): string => (d === 0 ? '  -  ' : (n / d).toFixed(3));
const row = (name: string, t: Tally): string => `${name.padEnd(18)} ${String(t.pairs).padStart(6)}  ${pct(t.strict, t.pairs)}  ${pct(t.lenient, t.pairs)}`;
process.stdout.write(`topics: ${byTopic.size}, ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
process.stdout.write('discrepancies      pairs   strict  lenient (recall by pair of value groups)\n');
for (const k of ['error', 'dispute', 'update', 'all', 'all (tune half)', 'all (score half)']) if (byLabel.has(k)) process.stdout.write(`${row(k, byLabel.get(k)!)}\n`);
process.stdout.write('by fact kind\n');
for (const [k, t] of [...byKind].sort((a, b) => b[1].pairs - a[1].pairs)) process.stdout.write(`${row(k, t)}\n`);
process.stdout.write(`update pairs called a conflict: ${updatesAsConflict} of ${updates}\n`);
process.stdout.write(`conflict precision: ${pct(conflictsTrue, conflicts)} (${conflictsTrue} of ${conflicts} conflicts hold a labelled discrepancy); ${pct(conflictsTrue, conflictsOnGold)} of the ${conflictsOnGold} that touch a gold quote\n`);
process.stdout.write(`conflict precision by half: ${[...byHalf].sort().reverse().map(([k, t]) => `${k} ${pct(t.true, t.all)} (${t.true} of ${t.all})`).join(', ')}\n`);
process.stdout.write(`conflicts by rule: ${[...byRule].sort((a, b) => b[1].all - a[1].all).map(([r, t]) => `${r} ${t.true}/${t.all}`).join(', ')}\n`);
process.stdout.write(`agreeing article pairs set in conflict: ${agreeingInConflict} of ${agreeing} (${pct(agreeingInConflict, agreeing)}); compatible pairs set in conflict: ${compatibleInConflict} of ${compatiblePairs}; different-events pairs set in conflict: ${differentInConflict} of ${differentPairs}\n`);
process.stdout.write(`why discrepancies were missed: ${[...reasons].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ')}\n`);
process.stdout.write('never compared, by what the tool read at the two quotes (most frequent):\n');
for (const [k, n] of [...neverCompared].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, verbose ? 100 : 12)) process.stdout.write(`  ${String(n).padStart(3)}  ${k}\n`);
