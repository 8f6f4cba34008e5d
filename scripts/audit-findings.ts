/**
 * Post-hoc precision audit: every finding the tool reports with verdict `conflict` or `update` on the
 * dev set, with its claims and their context, one JSON line each, for a reader to label
 * (data/gold/audit/labels.jsonl, summary in data/gold/audit/README.md).
 *
 *   node --import tsx scripts/audit-findings.ts [--topics 1,3,5] > data/gold/audit/findings.jsonl
 *
 * Each topic is analysed as one corpus, loaded exactly as scripts/eval-discrepancies.ts does:
 * the topic's files from labels.tsv, sorted, `loadArticles(files)` then `analyze(loaded)`.
 */
import { loadArticles } from '../lib/load/index.ts';
import { analyze } from '../lib/pipeline.ts';
import { ecbLabels, ecbTopics, topicFiles } from './lib/ecbplus.ts';
import { ECB_DIR, needShared } from './lib/shared.ts';

const args = process.argv.slice(2);
const only = args.includes('--topics') ? new Set(args[args.indexOf('--topics') + 1].split(',').map(Number)) : null;
/** Characters of context either side of a claim. */
const CONTEXT = 150;
needShared('audit-findings', ECB_DIR);

const labels = ecbLabels();
const eventOf = new Map(labels.map((l) => [l.file, l.event]));
const topics = ecbTopics(labels).filter((t) => only === null || only.has(t));
const flat = (s: string): string => s.replace(/\s+/g, ' ');

for (const topic of topics) {
  const files = topicFiles(topic, labels);
  const loaded = loadArticles(files);
  const { report } = analyze(loaded);
  const texts = new Map(loaded.articles.map((a) => [a.id, a.text]));
  for (const f of report.findings) {
    if (f.verdict !== 'conflict' && f.verdict !== 'update') continue;
    const claims = f.claims.map((c) => {
      const text = texts.get(c.article) ?? '';
      return {
        article: c.article,
        goldEvent: eventOf.get(c.article) ?? null,
        value: c.value,
        text: c.text,
        start: c.start,
        end: c.end,
        source: c.source ?? null,
        asOf: c.asOf ?? null,
        before: flat(text.slice(Math.max(0, c.start - CONTEXT), c.start)),
        after: flat(text.slice(c.end, c.end + CONTEXT)),
      };
    });
    const line = { topic, id: f.id, rule: f.rule, verdict: f.verdict, slot: f.slot, message: f.message, confidence: f.confidence, claims };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
}
