/**
 * Issue 17 on real news: each of the 33 ECB+ dev topics analysed twice, once under its file names
 * and once with the articles renamed so that their names sort the other way round (and handed to
 * the pipeline in that reversed order). With the article ids mapped back, the two reports must be
 * the same: events, facts and findings, finding ids included.
 *
 *   npm run order-check               every topic; exit 1 when any differs
 *   npm run order-check -- --topic 3  one topic, with the first difference shown
 */
import { loadArticles, type Loaded } from '../lib/load/index.ts';
import { analyze } from '../lib/pipeline.ts';
import type { Report } from '../lib/types.ts';
import { ecbLabels, ecbTopics, topicFiles } from './lib/ecbplus.ts';
import { ECB_DIR, needShared } from './lib/shared.ts';

needShared('order-check', ECB_DIR);

const args = process.argv.slice(2);
const only = args.includes('--topic') ? Number(args[args.indexOf('--topic') + 1]) : null;

/** The articles under new names `r0001`… given so that the last by file name sorts first; new → old. */
function reversedNames(loaded: Loaded): { loaded: Loaded; back: Map<string, string> } {
  const n = loaded.articles.length;
  const back = new Map<string, string>();
  const articles = loaded.articles.map((a, i) => {
    const id = `r${String(n - i).padStart(4, '0')}`;
    back.set(id, a.id);
    return { ...a, id, path: `${id}.txt`, file: `${id}.txt` };
  });
  return { loaded: { ...loaded, articles: articles.reverse() }, back };
}

/** What must not change with the names: events, facts, findings, with ids mapped back and sets of articles sorted. */
function comparable(report: Report, back: ReadonlyMap<string, string>): string {
  const doc = JSON.parse(JSON.stringify({ events: report.events, facts: report.facts, findings: report.findings }, (_k, v: unknown) =>
    typeof v === 'string' ? v.replace(/\br\d{4}\b/g, (m) => back.get(m) ?? m) : v,
  )) as { events: { articles: string[] }[]; findings: { groups?: { articles: string[] }[]; timeline?: { articles: string[] }[] }[] };
  for (const e of doc.events) e.articles.sort();
  for (const f of doc.findings) for (const g of [...(f.groups ?? []), ...(f.timeline ?? [])]) g.articles.sort();
  return JSON.stringify(doc);
}

/**
 * The substance of the findings alone, for a tree whose ids were made of file names: each finding's
 * verdict, slot and claims (article, span, value) in no order, without ids, messages or fact numbers.
 */
function substance(report: Report, back: ReadonlyMap<string, string>): string {
  const name = (a: string) => back.get(a) ?? a;
  return JSON.stringify(report.findings.map((f) => [f.verdict, f.slot, ...f.claims.map((c) => `${name(c.article)} ${c.start}-${c.end} ${c.value}`).sort()].join(' | ')).sort());
}

const labels = ecbLabels();
let substantive = 0;
let differing = 0;
let findings = 0;
const started = Date.now();
for (const topic of ecbTopics(labels)) {
  if (only !== null && topic !== only) continue;
  const loaded = loadArticles(topicFiles(topic, labels));
  const a = analyze(loaded).report;
  const renamed = reversedNames(loaded);
  const b = analyze(renamed.loaded).report;
  const x = comparable(a, new Map());
  const y = comparable(b, renamed.back);
  findings += a.findings.length;
  const count = (r: Report) => r.findings.length;
  if (x === y) {
    console.log(`topic ${String(topic).padStart(2)}: same (${count(a)} findings)`);
    continue;
  }
  differing++;
  const sameSubstance = substance(a, new Map()) === substance(b, renamed.back);
  if (!sameSubstance) substantive++;
  const ids = (r: Report) => new Set(r.findings.map((f) => f.id));
  const ia = ids(a);
  const ib = ids(b);
  const onlyA = [...ia].filter((id) => !ib.has(id)).length;
  const onlyB = [...ib].filter((id) => !ia.has(id)).length;
  let at = 0;
  while (at < x.length && x[at] === y[at]) at++;
  console.log(`topic ${String(topic).padStart(2)}: DIFFERS — ${count(a)} findings by file name, ${count(b)} renamed; ids only in the first ${onlyA}, only in the second ${onlyB}; ${sameSubstance ? 'same' : 'other'} verdicts, slots and claims`);
  if (only !== null) console.log(`  first difference:\n  ${x.slice(Math.max(0, at - 200), at + 200)}\n  ${y.slice(Math.max(0, at - 200), at + 200)}`);
}
console.log(`\n${differing} of ${only === null ? ecbTopics(labels).length : 1} topics differ under reversed names, ${substantive} of them in verdicts, slots or claims (${findings} findings by file name; ${((Date.now() - started) / 1000).toFixed(0)} s)`);
process.exitCode = differing > 0 ? 1 : 0;
