/**
 * The tool's conflicts and updates on the dev set against the post-hoc audit of
 * data/gold/audit/labels.jsonl (a reader's right / wrong / unclear for every such finding at the
 * audited commit; see data/gold/audit/README.md). Findings are matched by topic and id, the id
 * they have or the one they had before ids were made of contents (issue 17; `report.formerIds`):
 * a finding whose claims changed since the audit has another id and is counted as not audited.
 *
 *   npm run eval:audit
 *
 * Printed per rule and per half of the topics (odd: the half rules are chosen on; even: the half
 * they are scored on): right, wrong, unclear, not audited, and audited precision (right over right
 * + wrong). The audit read both halves, so fixes made after it were seen on both: say so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadArticles } from '../lib/load/index.ts';
import { analyze } from '../lib/pipeline.ts';
import { ecbLabels, ecbTopics, topicFiles } from './lib/ecbplus.ts';
import { ECB_DIR, needShared } from './lib/shared.ts';

const ROOT = join(import.meta.dirname, '..');
needShared('eval:audit', ECB_DIR);

interface Label {
  topic: number;
  id: string;
  label: 'right' | 'wrong' | 'unclear';
}
const audited = new Map<string, Label['label']>();
for (const line of readFileSync(join(ROOT, 'data', 'gold', 'audit', 'labels.jsonl'), 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const l = JSON.parse(line) as Label;
  audited.set(`${l.topic}\u0000${l.id}`, l.label);
}

const rows = ecbLabels();
const topics = ecbTopics(rows);
type Tally = Record<'right' | 'wrong' | 'unclear' | 'new', number>;
const tallies = new Map<string, Tally>();
const add = (key: string, what: keyof Tally): void => {
  const t = tallies.get(key) ?? tallies.set(key, { right: 0, wrong: 0, unclear: 0, new: 0 }).get(key)!;
  t[what]++;
};
for (const topic of topics) {
  const { report } = analyze(loadArticles(topicFiles(topic, rows)));
  const half = topic % 2 === 1 ? 'tune' : 'score';
  for (const f of report.findings) {
    if (f.verdict !== 'conflict' && f.verdict !== 'update') continue;
    // Ids are made of contents since issue 17; the audit was recorded under the ids of before,
    // which the report keeps beside each finding (`formerIds`) for the review file.
    const former = report.formerIds?.get(f.id)?.id;
    const what = audited.get(`${topic}\u0000${f.id}`) ?? (former === undefined ? undefined : audited.get(`${topic}\u0000${former}`)) ?? 'new';
    for (const key of [`${f.verdict} ${f.rule}`, `${f.verdict} (all)`, `${f.verdict} (${half} half)`]) add(key, what);
  }
}
const p = (t: Tally): string => (t.right + t.wrong === 0 ? '  -  ' : (t.right / (t.right + t.wrong)).toFixed(3));
process.stdout.write('findings                              right  wrong  unclear  not audited  audited precision\n');
for (const [k, t] of [...tallies].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  process.stdout.write(`${k.padEnd(36)} ${String(t.right).padStart(6)} ${String(t.wrong).padStart(6)} ${String(t.unclear).padStart(8)} ${String(t.new).padStart(12)}  ${p(t)}\n`);
}
