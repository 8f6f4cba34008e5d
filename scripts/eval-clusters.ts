/**
 * Main-event clustering of articles, measured on the ECB+ dev corpus.
 *
 *   npm run eval:clusters                  # overall figures, held-out check, time taken
 *   npm run eval:clusters -- --verbose     # and per topic
 *   npm run eval:clusters -- --copies 4    # the corpus repeated with new ids (scaling check)
 *   npm run eval:clusters -- --digits 5    # figures to five digits
 *
 * Documents and facts are cached under the system temp folder, keyed by a hash of the sources
 * that make them (lib/ without lib/cluster, and data/), because extraction takes longer than
 * clustering and is not what is measured here.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cluster } from '../lib/cluster/index.ts';
import { clusterArticles, DEFAULT_ARTICLE_OPTIONS, type ArticleClusterOptions, type ArticleGroup } from '../lib/cluster/articles.ts';
import { extractFacts, numberFacts } from '../lib/extract/index.ts';
import { defaultExtractors } from '../lib/extract/registry.ts';
import { loadArticles } from '../lib/load/index.ts';
import { nameByContent } from '../lib/util/canonical.ts';
import { prepareAll } from '../lib/pipeline.ts';
import type { Document, Fact } from '../lib/types.ts';
import { adjustedRand, pairwise } from './metrics.ts';
import { needShared } from './lib/shared.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEV = join(ROOT, '..', 'shared', 'dev', 'ecbplus');

/** One labelled dev article. */
export interface Gold {
  topic: string;
  event: string;
}

/** The dev corpus: documents, their facts (ids unique per article), and gold labels by article id. */
export interface DevCorpus {
  docs: Document[];
  facts: Fact[];
  gold: Map<string, Gold>;
}

/** Every file under `dir` (sorted), for the cache key. */
function walk(dir: string, skip: (p: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (skip(p)) continue;
    if (statSync(p).isDirectory()) out.push(...walk(p, skip));
    else out.push(p);
  }
  return out;
}

/** A hash of what extraction depends on: the cache is stale as soon as any of it changes. */
function sourceHash(dir: string): string {
  const h = createHash('sha256');
  const skip = (p: string) => p.startsWith(join(ROOT, 'lib', 'cluster')) || p.endsWith('stopwords.txt') || p.includes(`${join('data', 'gold')}`);
  for (const p of [...walk(join(ROOT, 'lib'), skip), ...walk(join(ROOT, 'data'), skip), ...walk(dir, () => false)]) {
    h.update(relative(ROOT, p)).update('\0').update(readFileSync(p)).update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

/** Loads, prepares and extracts the dev articles (from the cache when it is fresh). */
export function loadDev(options: { cache?: boolean; dir?: string } = {}): DevCorpus {
  const dir = options.dir ?? join(DEV, 'articles');
  const cacheFile = join(tmpdir(), `crosscheck-eval-clusters-${sourceHash(dir)}.json`);
  let docs: Document[];
  let facts: Fact[];
  // Clustered under names made from the texts, as the pipeline does (issue 17): no tie-break may
  // follow the file names. Scores are by file name again, through `names.real`.
  const names = nameByContent(loadArticles([dir]).articles);
  if (options.cache !== false && existsSync(cacheFile)) {
    ({ docs, facts } = JSON.parse(readFileSync(cacheFile, 'utf8')) as { docs: Document[]; facts: Fact[] });
  } else {
    docs = prepareAll(names.articles);
    // Per-article temporary ids (`time@12-20`) are unique within an article, which is all
    // clusterArticles needs; numbering is left to the pipeline.
    facts = docs.flatMap((d) => extractFacts(d, defaultExtractors));
    if (options.cache !== false) writeFileSync(cacheFile, JSON.stringify({ docs, facts }));
  }
  const gold = new Map<string, Gold>();
  const lines = readFileSync(join(DEV, 'labels.tsv'), 'utf8').split('\n').filter((l) => l.trim());
  const header = lines[0].split('\t');
  const col = (name: string) => header.indexOf(name);
  for (const line of lines.slice(1)) {
    const cells = line.split('\t');
    gold.set(cells[col('file')], { topic: cells[col('topic')], event: cells[col('event')] });
  }
  for (const [name, article] of names.real) if (gold.has(article.id)) gold.set(name, gold.get(article.id)!);
  return { docs, facts, gold };
}

/** Pairwise P/R/F1, ARI and cluster counts of groups against gold, over the given article ids. */
export function score(groups: readonly ArticleGroup[], gold: ReadonlyMap<string, Gold>, ids: readonly string[]) {
  const groupOf = new Map<string, number>();
  groups.forEach((g, i) => g.articles.forEach((a) => groupOf.set(a, i)));
  const pred = ids.map((id) => String(groupOf.get(id)));
  const truth = ids.map((id) => gold.get(id)!.event);
  return {
    ...pairwise(pred, truth),
    ari: adjustedRand(pred, truth),
    clusters: new Set(pred).size,
    events: new Set(truth).size,
  };
}

/** Digits of the figures printed: 3, or 5 with `--digits 5` (to see which side of 0.970 a figure lies). */
let digits = 3;
const f3 = (x: number) => x.toFixed(digits);

function main(): void {
  needShared('eval:clusters', DEV);
  const args = process.argv.slice(2);
  const flag = (name: string) => args.includes(`--${name}`);
  const opt = (name: string, dflt: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
  };
  const copies = Number(opt('copies', '1'));
  digits = Number(opt('digits', '3'));
  const tLoad = process.hrtime.bigint();
  const dev = loadDev({ cache: !flag('no-cache') });
  const loadSec = Number(process.hrtime.bigint() - tLoad) / 1e9;
  let { docs, facts } = dev;
  const gold = new Map(dev.gold);
  const ids = docs.map((d) => d.article.id).filter((id) => gold.has(id));
  if (ids.length !== docs.length) console.log(`warning: ${docs.length - ids.length} articles have no label and are left out of the scores`);
  if (copies > 1) {
    // New ids for each copy; an identical copy must land with its original.
    const copy = (id: string, c: number) => (c === 0 ? id : `${id}~c${c}`);
    const cdocs: Document[] = [];
    const cfacts: Fact[] = [];
    for (let c = 0; c < copies; c++) {
      for (const d of docs) cdocs.push({ ...d, article: { ...d.article, id: copy(d.article.id, c) } });
      for (const f of facts) cfacts.push({ ...f, article: copy(f.article, c) });
      if (c > 0) for (const id of ids) gold.set(copy(id, c), gold.get(id)!);
    }
    docs = cdocs;
    facts = cfacts;
  }
  const allIds = docs.map((d) => d.article.id).filter((id) => gold.has(id));

  const t0 = process.hrtime.bigint();
  const groups = clusterArticles(docs, facts);
  const sec = Number(process.hrtime.bigint() - t0) / 1e9;
  const s = score(groups, gold, allIds);
  console.log(`articles ${docs.length} (${copies} ${copies === 1 ? 'copy' : 'copies'}), facts ${facts.length}; load+extract ${loadSec.toFixed(1)} s, clustering ${sec.toFixed(2)} s`);
  console.log(`overall  P ${f3(s.precision)}  R ${f3(s.recall)}  F1 ${f3(s.f1)}  ARI ${f3(s.ari)}  clusters ${s.clusters} (true ${s.events})`);
  // What the report's main events are: clusterArticles, then split where news days lie apart
  // (lib/cluster/index.ts), scored the same way.
  {
    const t1 = process.hrtime.bigint();
    const numbered = numberFacts([...facts].sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start)));
    const { byArticle } = cluster(docs, numbered);
    const mains = new Map<string, string[]>();
    for (const [article, events] of byArticle) {
      const l = mains.get(events[0]);
      if (l) l.push(article);
      else mains.set(events[0], [article]);
    }
    const m = score([...mains.values()].map((articles) => ({ articles, terms: [], start: null })), gold, allIds);
    const msec = Number(process.hrtime.bigint() - t1) / 1e9;
    console.log(`report's main events (after the split by news day): P ${f3(m.precision)}  R ${f3(m.recall)}  F1 ${f3(m.f1)}  ARI ${f3(m.ari)}  clusters ${m.clusters} (${msec.toFixed(2)} s)`);
  }
  if (copies > 1) {
    const groupOf = new Map<string, number>();
    groups.forEach((g, i) => g.articles.forEach((a) => groupOf.set(a, i)));
    let apart = 0;
    for (const id of ids) for (let c = 1; c < copies; c++) if (groupOf.get(`${id}~c${c}`) !== groupOf.get(id)) apart++;
    console.log(`copies apart from their original: ${apart} of ${ids.length * (copies - 1)}`);
  }

  if (flag('verbose')) {
    const topics = [...new Set(ids.map((id) => gold.get(id)!.topic))].sort((a, b) => Number(a) - Number(b));
    console.log('\ntopic  articles  P      R      F1     ARI    clusters/true');
    for (const t of topics) {
      const tid = allIds.filter((id) => gold.get(id)!.topic === t);
      const st = score(groups, gold, tid);
      // Clusters that take in articles of this topic, and how many of them reach outside it.
      const touching = groups.filter((g) => g.articles.some((a) => gold.get(a)?.topic === t));
      const leaking = touching.filter((g) => g.articles.some((a) => gold.get(a)?.topic !== t)).length;
      console.log(`${t.padStart(5)}  ${String(tid.length).padStart(8)}  ${f3(st.precision)}  ${f3(st.recall)}  ${f3(st.f1)}  ${f3(st.ari)}  ${st.clusters}/${st.events}${leaking ? `  (${leaking} shared with other topics)` : ''}`);
    }
  }

  if (copies === 1 && !flag('no-cv')) heldOut(dev);
}

/**
 * The honesty check: each parameter setting of a small grid clusters the odd topics' articles and
 * the even topics' articles as two separate corpora; the setting best on one half is scored on
 * the other. No label of the scored half is used to choose its parameters.
 */
function heldOut(dev: DevCorpus): void {
  const grid = parameterGrid();
  const d = DEFAULT_ARTICLE_OPTIONS;
  const defaults = grid.findIndex((o) => o.topicThreshold === d.topicThreshold && o.eventThreshold === d.eventThreshold && o.timeWeight === d.timeWeight && o.separationMinArticles === d.separationMinArticles && o.weekdayWeight === d.weekdayWeight);
  const half = (parity: number) => {
    const keep = new Set(dev.docs.map((d) => d.article.id).filter((id) => Number(dev.gold.get(id)?.topic) % 2 === parity));
    return {
      docs: dev.docs.filter((d) => keep.has(d.article.id)),
      facts: dev.facts.filter((f) => keep.has(f.article)),
      ids: [...keep],
    };
  };
  const halves = [half(1), half(0)];
  const aris = grid.map((o) => halves.map((h) => score(clusterArticles(h.docs, h.facts, o), dev.gold, h.ids).ari));
  const best = (k: number) => {
    let b = 0;
    // Ties go to the earlier setting of the grid: the choice is deterministic.
    aris.forEach((a, i) => {
      if (a[k] > aris[b][k]) b = i;
    });
    return b;
  };
  const bOdd = best(0);
  const bEven = best(1);
  const describe = (o: ArticleClusterOptions) =>
    `topic ${o.topicThreshold}, event ${o.eventThreshold}, time ×${o.timeWeight}, weekday ${o.weekdayWeight}, separation ${o.separationMinArticles === Infinity ? 'off' : `≥${o.separationMinArticles}`}`;
  console.log(`\nheld-out (grid of ${grid.length} settings; each half clustered as its own corpus)`);
  if (defaults >= 0) console.log(`  defaults (${describe(d)}): odd ARI ${f3(aris[defaults][0])}  even ARI ${f3(aris[defaults][1])}`);
  console.log(`  chosen on odd  (${describe(grid[bOdd])}): odd ARI ${f3(aris[bOdd][0])} → even ARI ${f3(aris[bOdd][1])}`);
  console.log(`  chosen on even (${describe(grid[bEven])}): even ARI ${f3(aris[bEven][1])} → odd ARI ${f3(aris[bEven][0])}`);
  console.log(`  held-out mean ARI ${f3((aris[bOdd][1] + aris[bEven][0]) / 2)}`);
}

/**
 * The settings the held-out check chooses among: every combination of the knobs that matter
 * (topic linkage, event linkage, weight of time in a topic, size for the separation test, which
 * Infinity turns off, weight of the main event's weekday, which 0 turns off), the defaults among them.
 */
function parameterGrid(): ArticleClusterOptions[] {
  const d = DEFAULT_ARTICLE_OPTIONS;
  const grid: ArticleClusterOptions[] = [];
  for (const topicThreshold of [0.03, 0.05, 0.08]) {
    for (const eventThreshold of [0.05, 0.06, 0.07, 0.08, 0.09]) {
      for (const timeWeight of [3, 5, 8]) {
        for (const separationMinArticles of [Infinity, 5, 7, 10]) {
          for (const weekdayWeight of [0, 0.3]) grid.push({ ...d, topicThreshold, eventThreshold, timeWeight, separationMinArticles, weekdayWeight });
        }
      }
    }
  }
  return grid;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
