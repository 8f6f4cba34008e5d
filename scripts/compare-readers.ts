/**
 * Compares two independent readings of the gold of real discrepancies: the first reader's
 * data/gold/discrepancies/topic-NN.jsonl against the second reader's
 * data/gold/second-reader/topic-NN.jsonl, for the topics both have read.
 *
 *   npm run compare:readers [-- --topics 3,12,20,28] [--list]
 *
 * Facts are matched by the articles and quotes they share: in each article both facts quote, the
 * two quotes overlap when their spans in the article's text (white space folded) intersect. Two
 * facts match when their quotes overlap in at least half of the smaller fact's articles; matching
 * is one to one, best share first (then the same kind, then more shared articles).
 *
 * For matched facts it prints:
 *   - grouping: over the articles both facts quote, the pairs of articles put in one value group by
 *     both readers, by one only, or by neither;
 *   - pair labels: each pair of value groups of one reader is mapped onto a pair of the other by
 *     shared articles (both sides of the pair share an article, one to one, most shared articles
 *     first); a confusion table of labels on the mapped pairs, and Cohen's kappa on discrepancy
 *     (error | dispute | update) against not;
 *   - discrepancies (per pair of value groups) found by reader 1 only, reader 2 only, by both;
 *     "only" is split into: the other reader labelled the mapped pair otherwise, or has no such
 *     pair (unmatched fact or no mapped pair).
 * --list prints the matched and unmatched facts and the pairs on which the readers disagree.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DISCREPANCY, PAIR_LABELS, type GoldFact, type GoldGroup, type GoldPair } from './check-discrepancies.ts';
import { needShared } from './lib/shared.ts';

const ROOT = join(import.meta.dirname, '..');
const READER1 = join(ROOT, 'data', 'gold', 'discrepancies');
const READER2 = join(ROOT, 'data', 'gold', 'second-reader');
const ECB = join(ROOT, '..', 'shared', 'dev', 'ecbplus');

const arg = (name: string): string | undefined =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;
const TOPICS = (arg('--topics') ?? '3,12,20,28').split(',').map(Number);
const LIST = process.argv.includes('--list');

/** White space folded, as the checker folds it. */
const fold = (s: string): string => s.replace(/\s+/g, ' ').trim();
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The facts of one topic of one reader, read once (pairs are compared by identity). */
const factCache = new Map<string, GoldFact[]>();
function readTopic(dir: string, topic: number): GoldFact[] {
  const path = join(dir, `topic-${pad2(topic)}.jsonl`);
  if (!factCache.has(path)) factCache.set(path, existsSync(path) ? parseFacts(path) : []);
  return factCache.get(path)!;
}
function parseFacts(path: string): GoldFact[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GoldFact);
}

const texts = new Map<string, string>();
function textOf(file: string): string {
  if (!texts.has(file)) {
    const path = join(ECB, 'articles', `${file}.txt`);
    texts.set(file, existsSync(path) ? fold(readFileSync(path, 'utf8')) : '');
  }
  return texts.get(file)!;
}

/** Every [start, end) span at which the quote stands in the article. */
const spanCache = new Map<string, Array<[number, number]>>();
function spans(file: string, quote: string): Array<[number, number]> {
  const key = `${file}\u0000${quote}`;
  if (!spanCache.has(key)) {
    const text = textOf(file);
    const q = fold(quote);
    const out: Array<[number, number]> = [];
    if (q !== '') for (let i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + 1)) out.push([i, i + q.length]);
    spanCache.set(key, out);
  }
  return spanCache.get(key)!;
}

/** Whether two quotes of one article overlap in its text (or, if one is not found, are equal). */
function quotesOverlap(file: string, a: string, b: string): boolean {
  const sa = spans(file, a);
  const sb = spans(file, b);
  if (sa.length === 0 || sb.length === 0) return fold(a).toLowerCase() === fold(b).toLowerCase();
  return sa.some(([s1, e1]) => sb.some(([s2, e2]) => s1 < e2 && s2 < e1));
}

/** The quotes of a fact by article. */
function quotesByFile(f: GoldFact): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const g of f.groups) for (const a of g.articles) m.set(a.file, [...(m.get(a.file) ?? []), a.quote]);
  return m;
}

/** The articles in which two facts' quotes overlap. */
function sharedArticles(a: GoldFact, b: GoldFact): string[] {
  const qa = quotesByFile(a);
  const qb = quotesByFile(b);
  const out: string[] = [];
  for (const [file, qs] of qa) {
    const other = qb.get(file);
    if (other && qs.some((x) => other.some((y) => quotesOverlap(file, x, y)))) out.push(file);
  }
  return out;
}

interface FactMatch {
  topic: number;
  r1: GoldFact;
  r2: GoldFact;
  shared: string[];
}

function matchFacts(topic: number, f1: GoldFact[], f2: GoldFact[]): FactMatch[] {
  const cands: Array<FactMatch & { share: number; sameKind: number }> = [];
  for (const a of f1) {
    for (const b of f2) {
      const shared = sharedArticles(a, b);
      const smaller = Math.min(quotesByFile(a).size, quotesByFile(b).size);
      if (shared.length > 0 && shared.length * 2 >= smaller) {
        cands.push({ topic, r1: a, r2: b, shared, share: shared.length / smaller, sameKind: a.kind === b.kind ? 1 : 0 });
      }
    }
  }
  cands.sort((x, y) => y.share - x.share || y.sameKind - x.sameKind || y.shared.length - x.shared.length);
  const used1 = new Set<GoldFact>();
  const used2 = new Set<GoldFact>();
  const out: FactMatch[] = [];
  for (const c of cands) {
    if (used1.has(c.r1) || used2.has(c.r2)) continue;
    used1.add(c.r1);
    used2.add(c.r2);
    out.push({ topic: c.topic, r1: c.r1, r2: c.r2, shared: c.shared });
  }
  return out;
}

/** Article pairs (over the articles both facts quote) in one group by both, by one, by neither. */
function groupingAgreement(m: FactMatch): { both: number; only1: number; only2: number; neither: number } {
  const groupsOf = (f: GoldFact, file: string): Set<string> =>
    new Set(f.groups.filter((g) => g.articles.some((a) => a.file === file)).map((g) => g.id));
  const files = [...quotesByFile(m.r1).keys()].filter((f) => quotesByFile(m.r2).has(f)).sort();
  const together = (f: GoldFact, x: string, y: string): boolean => {
    const gx = groupsOf(f, x);
    return [...groupsOf(f, y)].some((g) => gx.has(g));
  };
  const r = { both: 0, only1: 0, only2: 0, neither: 0 };
  for (let i = 0; i < files.length; i++) {
    for (let j = i + 1; j < files.length; j++) {
      const t1 = together(m.r1, files[i], files[j]);
      const t2 = together(m.r2, files[i], files[j]);
      if (t1 && t2) r.both++;
      else if (t1) r.only1++;
      else if (t2) r.only2++;
      else r.neither++;
    }
  }
  return r;
}

interface PairMap {
  topic: number;
  fact1: GoldFact;
  fact2: GoldFact;
  p1: GoldPair;
  p2: GoldPair;
}

const filesOf = (g: GoldGroup): Set<string> => new Set(g.articles.map((a) => a.file));
const inter = (a: Set<string>, b: Set<string>): number => [...a].filter((x) => b.has(x)).length;

/** Whether two pairs of value groups (of two matched facts) share articles on both sides. */
function pairsTouch(f1: GoldFact, p1: GoldPair, f2: GoldFact, p2: GoldPair): boolean {
  const g = (f: GoldFact, id: string): Set<string> => filesOf(f.groups.find((x) => x.id === id) ?? { id, event: '', value: '', articles: [] });
  const [a, b] = p1.groups.map((id) => g(f1, id));
  const [c, d] = p2.groups.map((id) => g(f2, id));
  return (inter(a, c) > 0 && inter(b, d) > 0) || (inter(a, d) > 0 && inter(b, c) > 0);
}

/** Maps the pairs of value groups of two matched facts onto each other by shared articles. */
function mapPairs(m: FactMatch): PairMap[] {
  const g1 = new Map(m.r1.groups.map((g) => [g.id, filesOf(g)]));
  const g2 = new Map(m.r2.groups.map((g) => [g.id, filesOf(g)]));
  const cands: Array<{ p1: GoldPair; p2: GoldPair; score: number }> = [];
  for (const p1 of m.r1.pairs) {
    const [a, b] = p1.groups.map((id) => g1.get(id) ?? new Set<string>());
    for (const p2 of m.r2.pairs) {
      const [c, d] = p2.groups.map((id) => g2.get(id) ?? new Set<string>());
      const straight = inter(a, c) > 0 && inter(b, d) > 0 ? inter(a, c) + inter(b, d) : 0;
      const crossed = inter(a, d) > 0 && inter(b, c) > 0 ? inter(a, d) + inter(b, c) : 0;
      const score = Math.max(straight, crossed);
      if (score > 0) cands.push({ p1, p2, score });
    }
  }
  cands.sort((x, y) => y.score - x.score);
  const used1 = new Set<GoldPair>();
  const used2 = new Set<GoldPair>();
  const out: PairMap[] = [];
  for (const c of cands) {
    if (used1.has(c.p1) || used2.has(c.p2)) continue;
    used1.add(c.p1);
    used2.add(c.p2);
    out.push({ topic: m.topic, fact1: m.r1, fact2: m.r2, p1: c.p1, p2: c.p2 });
  }
  return out;
}

/** Cohen's kappa of two binary ratings. */
function kappa(pairs: Array<[boolean, boolean]>): number {
  const n = pairs.length;
  if (n === 0) return NaN;
  const agree = pairs.filter(([a, b]) => a === b).length / n;
  const p1 = pairs.filter(([a]) => a).length / n;
  const p2 = pairs.filter(([, b]) => b).length / n;
  const chance = p1 * p2 + (1 - p1) * (1 - p2);
  return chance === 1 ? 1 : (agree - chance) / (1 - chance);
}

const isDisc = (p: GoldPair): boolean => DISCREPANCY.has(p.label);
const groupValue = (f: GoldFact, id: string): string => f.groups.find((g) => g.id === id)?.value ?? id;
const pairText = (f: GoldFact, p: GoldPair): string =>
  `${groupValue(f, p.groups[0])} | ${groupValue(f, p.groups[1])}`;

function main(): void {
  needShared('compare:readers', ECB);
  const lines: string[] = [];
  const out = (s = ''): void => {
    lines.push(s);
  };
  const totals = { f1: 0, f2: 0, matched: 0, grouping: { both: 0, only1: 0, only2: 0, neither: 0 } };
  const allMaps: PairMap[] = [];
  const disc = { both: 0, r1Relabelled: 0, r1Unpaired: 0, r2Relabelled: 0, r2Unpaired: 0, r1: 0, r2: 0 };
  const loose = { r1: 0, r2: 0 };
  const listing: string[] = [];
  const perTopic: string[] = [];

  for (const topic of TOPICS) {
    const f1 = readTopic(READER1, topic);
    const f2 = readTopic(READER2, topic);
    const matches = matchFacts(topic, f1, f2);
    totals.f1 += f1.length;
    totals.f2 += f2.length;
    totals.matched += matches.length;
    const mapped1 = new Set<GoldPair>();
    const mapped2 = new Set<GoldPair>();
    let tDisc1 = 0;
    let tDisc2 = 0;
    let tBoth = 0;
    for (const m of matches) {
      const g = groupingAgreement(m);
      for (const k of ['both', 'only1', 'only2', 'neither'] as const) totals.grouping[k] += g[k];
      for (const p of m.r1.pairs) if (isDisc(p) && m.r2.pairs.some((q) => isDisc(q) && pairsTouch(m.r1, p, m.r2, q))) loose.r1++;
      for (const q of m.r2.pairs) if (isDisc(q) && m.r1.pairs.some((p) => isDisc(p) && pairsTouch(m.r1, p, m.r2, q))) loose.r2++;
      const maps = mapPairs(m);
      allMaps.push(...maps);
      for (const pm of maps) {
        mapped1.add(pm.p1);
        mapped2.add(pm.p2);
      }
      if (LIST) listing.push(`  topic ${topic}: "${m.r1.fact}" = "${m.r2.fact}" (${m.shared.length} articles share quotes)`);
    }
    const matched1 = new Set(matches.map((m) => m.r1));
    const matched2 = new Set(matches.map((m) => m.r2));
    if (LIST) {
      for (const f of f1) if (!matched1.has(f)) listing.push(`  topic ${topic}: reader 1 only: "${f.fact}"`);
      for (const f of f2) if (!matched2.has(f)) listing.push(`  topic ${topic}: reader 2 only: "${f.fact}"`);
    }
    for (const pm of allMaps.filter((x) => x.topic === topic)) {
      const a = isDisc(pm.p1);
      const b = isDisc(pm.p2);
      if (a && b) tBoth++;
      else if (a) disc.r1Relabelled++;
      else if (b) disc.r2Relabelled++;
    }
    for (const f of f1) for (const p of f.pairs) if (isDisc(p)) {
      tDisc1++;
      if (!mapped1.has(p)) disc.r1Unpaired++;
    }
    for (const f of f2) for (const p of f.pairs) if (isDisc(p)) {
      tDisc2++;
      if (!mapped2.has(p)) disc.r2Unpaired++;
    }
    disc.both += tBoth;
    disc.r1 += tDisc1;
    disc.r2 += tDisc2;
    perTopic.push(
      `  topic ${pad2(topic)}: facts ${f1.length} / ${f2.length}, matched ${matches.length}; ` +
        `discrepancies ${tDisc1} / ${tDisc2}, by both ${tBoth}`,
    );
  }

  out(`Readers compared on topics ${TOPICS.join(', ')} (reader 1: data/gold/discrepancies, reader 2: data/gold/second-reader)`);
  out();
  out(`Facts: reader 1 ${totals.f1}, reader 2 ${totals.f2}; matched ${totals.matched} ` +
    `(${pct(totals.matched, totals.f1)} of reader 1's, ${pct(totals.matched, totals.f2)} of reader 2's)`);
  for (const t of perTopic) out(t);
  out();
  const g = totals.grouping;
  const gTot = g.both + g.only1 + g.only2 + g.neither;
  out(`Grouping (matched facts, pairs of articles both quote): ${gTot} article pairs`);
  out(`  same group by both ${g.both}, by reader 1 only ${g.only1}, by reader 2 only ${g.only2}, apart by both ${g.neither}`);
  out(`  agreement ${pct(g.both + g.neither, gTot)}; of the pairs either put together, both did ${pct(g.both, g.both + g.only1 + g.only2)}`);
  out();
  const nPairs1 = sum(TOPICS.map((t) => sum(readTopic(READER1, t).map((f) => f.pairs.length))));
  const nPairs2 = sum(TOPICS.map((t) => sum(readTopic(READER2, t).map((f) => f.pairs.length))));
  out(`Pair labels: reader 1 ${nPairs1} pairs of value groups, reader 2 ${nPairs2}; mapped onto each other ${allMaps.length}`);
  const labels = PAIR_LABELS as readonly string[];
  const width = Math.max(...labels.map((l) => l.length)) + 2;
  out(`  rows reader 1, columns reader 2`);
  out(`  ${''.padEnd(width)}${labels.map((l) => l.padStart(width)).join('')}${'total'.padStart(8)}`);
  for (const r of labels) {
    const row = labels.map((c) => allMaps.filter((m) => m.p1.label === r && m.p2.label === c).length);
    out(`  ${r.padEnd(width)}${row.map((n) => String(n).padStart(width)).join('')}${String(sum(row)).padStart(8)}`);
  }
  const colTotals = labels.map((c) => allMaps.filter((m) => m.p2.label === c).length);
  out(`  ${'total'.padEnd(width)}${colTotals.map((n) => String(n).padStart(width)).join('')}${String(allMaps.length).padStart(8)}`);
  const same = allMaps.filter((m) => m.p1.label === m.p2.label).length;
  out(`  same label ${same} of ${allMaps.length} (${pct(same, allMaps.length)})`);
  const bin: Array<[boolean, boolean]> = allMaps.map((m) => [isDisc(m.p1), isDisc(m.p2)]);
  const k = kappa(bin);
  out(`  discrepancy (error|dispute|update) vs not: agree ${bin.filter(([a, b]) => a === b).length} of ${bin.length}, ` +
    `Cohen's kappa ${Number.isNaN(k) ? 'n/a' : k.toFixed(3)}`);
  const scored = allMaps.filter((m) => m.p1.label !== 'unclear' && m.p2.label !== 'unclear');
  const kb: Array<[boolean, boolean]> = scored.map((m) => [isDisc(m.p1), isDisc(m.p2)]);
  const k2 = kappa(kb);
  out(`  the same without pairs either reader called unclear: ${kb.length} pairs, kappa ${Number.isNaN(k2) ? 'n/a' : k2.toFixed(3)}`);
  out();
  out(`Discrepancies (pairs of value groups labelled error|dispute|update): reader 1 ${disc.r1}, reader 2 ${disc.r2}`);
  out(`  found by both ${disc.both}`);
  out(`  reader 1 only ${disc.r1 - disc.both} (reader 2 labelled the mapped pair otherwise ${disc.r1Relabelled}, no mapped pair ${disc.r1Unpaired})`);
  out(`  reader 2 only ${disc.r2 - disc.both} (reader 1 labelled the mapped pair otherwise ${disc.r2Relabelled}, no mapped pair ${disc.r2Unpaired})`);
  out(`  not one to one (a pair counts as found by the other reader if any of the other's discrepancy pairs shares articles on both sides):`);
  out(`    reader 1's found by reader 2 too ${loose.r1} of ${disc.r1}; reader 2's found by reader 1 too ${loose.r2} of ${disc.r2}`);

  if (LIST) {
    out();
    out('Facts:');
    for (const l of listing) out(l);
    out();
    out('Mapped pairs with different labels (reader 1 -> reader 2):');
    for (const m of allMaps.filter((x) => x.p1.label !== x.p2.label)) {
      out(`  topic ${m.topic} "${m.fact1.fact}": [${pairText(m.fact1, m.p1)}] ${m.p1.label} -> [${pairText(m.fact2, m.p2)}] ${m.p2.label}`);
    }
    out();
    out('Discrepancies with no mapped pair:');
    const mappedAll1 = new Set(allMaps.map((m) => m.p1));
    const mappedAll2 = new Set(allMaps.map((m) => m.p2));
    for (const t of TOPICS) {
      for (const f of readTopic(READER1, t)) for (const p of f.pairs) if (isDisc(p) && !mappedAll1.has(p)) {
        out(`  reader 1, topic ${t} "${f.fact}": [${pairText(f, p)}] ${p.label}`);
      }
    }
    for (const t of TOPICS) {
      for (const f of readTopic(READER2, t)) for (const p of f.pairs) if (isDisc(p) && !mappedAll2.has(p)) {
        out(`  reader 2, topic ${t} "${f.fact}": [${pairText(f, p)}] ${p.label}`);
      }
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

function sum(xs: number[]): number {
  return xs.reduce((s, x) => s + x, 0);
}
function pct(a: number, b: number): string {
  return b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) main();
