/**
 * Benchmark: articles/second, MB/s and peak memory of the whole pipeline (load → report) on the
 * ECB+ dev articles, repeated with new ids to scale the corpus.
 *
 *   npm run bench -- --copies 4          # 4 × 772 articles
 *   npm run bench -- --copies 1 --dir ../shared/dev/ecbplus/articles
 *   npm run bench -- --copies 4 --stages # and the seconds of each stage, run one by one
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArticles } from '../lib/load/index.ts';
import { cluster } from '../lib/cluster/index.ts';
import { extractFacts, numberFacts } from '../lib/extract/index.ts';
import { defaultExtractors } from '../lib/extract/registry.ts';
import { judge } from '../lib/judge/index.ts';
import { mentions } from '../lib/mentions/index.ts';
import { analyze, prepare } from '../lib/pipeline.ts';
import { formatJson } from '../lib/report/json.ts';
import { needShared } from './lib/shared.ts';

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
const root = fileURLToPath(new URL('..', import.meta.url));
const source = opt('dir', join(root, '..', 'shared', 'dev', 'ecbplus', 'articles'));
needShared('bench', source);
const copies = Number(opt('copies', '1'));

// Write the scaled corpus to disk, so that reading files is part of what is measured.
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-'));
const files = readdirSync(source).filter((f) => f.endsWith('.txt')).sort();
let bytes = 0;
for (let c = 0; c < copies; c++) {
  for (const f of files) {
    const text = readFileSync(join(source, f));
    bytes += text.length;
    writeFileSync(join(dir, `c${c}_${f}`), text);
  }
}
const articles = files.length * copies;

let peak = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);
const t0 = process.hrtime.bigint();
const loaded = loadArticles([dir]);
const t1 = process.hrtime.bigint();
const { report, sources } = analyze(loaded, { onProgress: () => { peak = Math.max(peak, process.memoryUsage().rss); } });
const t2 = process.hrtime.bigint();
const json = formatJson(report, { view: 'report', color: false, width: 100, sources });
const t3 = process.hrtime.bigint();
clearInterval(sampler);
peak = Math.max(peak, process.memoryUsage().rss, process.resourceUsage().maxRSS * 1024);
rmSync(dir, { recursive: true, force: true });

const sec = (a: bigint, b: bigint) => Number(b - a) / 1e9;
const total = sec(t0, t3);
const mb = bytes / (1024 * 1024);
const row = {
  articles,
  megabytes: +mb.toFixed(2),
  facts: report.facts.length,
  events: report.events.length,
  findings: report.findings.length,
  problems: report.problems.length,
  loadSeconds: +sec(t0, t1).toFixed(2),
  analyzeSeconds: +sec(t1, t2).toFixed(2),
  formatSeconds: +sec(t2, t3).toFixed(2),
  totalSeconds: +total.toFixed(2),
  articlesPerSecond: +(articles / total).toFixed(1),
  mbPerSecond: +(mb / total).toFixed(3),
  peakRssMB: Math.round(peak / (1024 * 1024)),
  jsonBytes: json.length,
  node: process.version,
};
console.log(JSON.stringify(row, null, 2));

if (args.includes('--stages')) {
  // The stages of `analyze` (lib/pipeline.ts) one by one, on the same articles, to see which grows.
  const clock = () => Number(process.hrtime.bigint()) / 1e9;
  const articlesInOrder = [...loaded.articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let t = clock();
  const docs = articlesInOrder.map(prepare);
  const prepareSeconds = clock() - t;
  t = clock();
  const facts = numberFacts(docs.flatMap((d) => extractFacts(d, defaultExtractors)));
  const extractSeconds = clock() - t;
  t = clock();
  // Found once and given to both readers, as analyze() does.
  const found = mentions(docs, facts);
  const mentionSeconds = clock() - t;
  t = clock();
  const events = cluster(docs, facts, found);
  const eventSeconds = clock() - t;
  t = clock();
  judge(docs, facts.map((f) => ({ ...f, event: events.factEvent.get(f.id) ?? null })), events, found);
  const judgeSeconds = clock() - t;
  const r = (x: number) => +x.toFixed(2);
  console.log(JSON.stringify({ prepareSeconds: r(prepareSeconds), extractSeconds: r(extractSeconds), mentionSeconds: r(mentionSeconds), eventSeconds: r(eventSeconds), judgeSeconds: r(judgeSeconds) }, null, 2));
}
