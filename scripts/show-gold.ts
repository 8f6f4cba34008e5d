/**
 * What the tool read at each quote of the gold of real discrepancies: for every fact of the given
 * topics that has a discrepancy (optionally only of some kinds), each group's articles, their
 * quotes and the facts the tool extracted there (kind, text, value, counted noun, unit,
 * qualifier, event). For finding why a labelled discrepancy was missed.
 *
 *   npm run show:gold -- 19,23 [count,measure]
 *
 * Look at the tune half (odd topics) when choosing rules; the even topics score them.
 */
import { loadArticles } from '../lib/load/index.ts';
import { analyze } from '../lib/pipeline.ts';
import { DISCREPANCY, readGold } from './check-discrepancies.ts';
import { topicFiles } from './lib/ecbplus.ts';
import { ECB_DIR, needShared } from './lib/shared.ts';
if (!process.argv[2]) throw new Error('usage: npm run show:gold -- <topics, comma-separated> [kinds, comma-separated]');
needShared('show:gold', ECB_DIR);
const topics = new Set(process.argv[2].split(',').map(Number));
const kinds = process.argv[3] ? new Set(process.argv[3].split(',')) : null;
for (const topic of topics) {
  const loaded = loadArticles(topicFiles(topic));
  const { report } = analyze(loaded);
  const texts = new Map(loaded.articles.map((a) => [a.id, a.text]));
  for (const { fact } of readGold()) {
    if (!fact || fact.topic !== topic) continue;
    if (kinds && !kinds.has(fact.kind)) continue;
    if (!fact.pairs.some((p) => DISCREPANCY.has(p.label))) continue;
    console.log(`\n## ${topic} ${fact.kind} ${fact.fact}: ${fact.pairs.map((p) => `${p.groups.join('-')}:${p.label}`).join(' ')}`);
    for (const g of fact.groups) for (const a of g.articles) {
      const t = texts.get(a.file)!;
      const words = a.quote.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      const m = new RegExp(words.join('\\s+')).exec(t);
      if (!m) continue;
      const s = m.index, e = s + m[0].length;
      const fs = report.facts.filter((f) => f.article === a.file && f.start < e && s < f.end);
      const desc = fs.map((f) => f.kind === 'quantity' ? `Q[${f.text}|${f.value}|${f.counted}|${f.unit}|${f.qualifier}]@${f.event}` : f.kind === 'time' ? `T[${f.text}=${f.value}]@${f.event}` : `${f.kind[0].toUpperCase()}[${f.text}]@${f.event}`).join(' ');
      console.log(`  ${g.id} ${g.event.padEnd(8)} ${a.file} ${(loaded.articles.find((x) => x.id === a.file)!.published ?? '?')} "${a.quote}" → ${desc}`);
    }
  }
}
