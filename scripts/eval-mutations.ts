/**
 * The mutation test over the dev articles (issue "Events and verdicts").
 *
 * For every article A of ../shared/dev/ecbplus/articles, and each kind of change (one weekday,
 * number or date, chosen by scripts/lib/mutate.ts from the text alone):
 *   - {A, A'} with A' = A changed once must give exactly one conflict more than {A, copy of A},
 *     and its claims must point at the changed span of A' and at the original span of A;
 *   - {A, copy of A} must give no conflict at all (a false alarm otherwise).
 * Prints recall per kind (hits / articles that have such a change) and false alarms.
 *
 *   npm run eval:mutations [-- --limit N] [--verbose] [--digest]
 *
 * `--digest` also prints a SHA-256 over every finding of every run, in order: the same code and
 * inputs give the same digest, so scripts/same-output.ts uses it to show that a reshaping of the
 * code changed no verdict, message, offset or id anywhere in the evaluation.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadArticles } from '../lib/load/index.ts';
import { analyze } from '../lib/pipeline.ts';
import type { Article, Finding } from '../lib/types.ts';
import { mutations, type MutationKind } from './lib/mutate.ts';
import { needShared } from './lib/shared.ts';

const args = process.argv.slice(2);
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity;
const verbose = args.includes('--verbose');
const digest = args.includes('--digest') ? createHash('sha256') : null;
const dir = join(import.meta.dirname, '..', '..', 'shared', 'dev', 'ecbplus', 'articles');
needShared('eval:mutations', dir);

const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, limit);
const loaded = loadArticles(files.map((f) => join(dir, f)));
const kinds: MutationKind[] = ['weekday', 'number', 'date'];
const stats = Object.fromEntries(kinds.map((k) => [k, { tried: 0, hit: 0, extra: 0, missed: 0 }])) as Record<MutationKind, { tried: number; hit: number; extra: number; missed: number }>;
let falseAlarms = 0;
let falseAlarmArticles = 0;
const t0 = performance.now();

const conflicts = (fs: readonly Finding[]): Finding[] => fs.filter((f) => f.verdict === 'conflict');
const run = (articles: Article[]): Finding[] => {
  const findings = analyze({ articles, problems: [] }).report.findings;
  digest?.update(JSON.stringify(findings)).update('\n');
  return findings;
};

for (const a of loaded.articles) {
  const copy: Article = { ...a, id: `${a.id}~copy`, path: `${a.path}~copy` };
  const same = conflicts(run([a, copy]));
  // A conflict between an article and its own copy, or within the article, is a false alarm.
  if (same.length > 0) {
    falseAlarms += same.length;
    falseAlarmArticles++;
    if (verbose) for (const f of same) console.log(`FALSE ALARM ${a.id}: ${f.message}`);
  }
  const ms = mutations(a.text);
  for (const kind of kinds) {
    const m = ms[kind];
    if (!m) continue;
    stats[kind].tried++;
    const changed: Article = { ...a, id: `${a.id}~${kind}`, path: `${a.path}~${kind}`, text: m.text };
    const found = conflicts(run([a, changed]));
    const hits = found.filter(
      (f) => f.claims.some((c) => c.article === changed.id && c.start < m.newEnd && c.end > m.newStart) && f.claims.some((c) => c.article === a.id && c.start < m.end && c.end > m.start),
    );
    const extra = found.length - same.length;
    if (hits.length >= 1 && extra === 1) stats[kind].hit++;
    else if (hits.length >= 1) stats[kind].extra++;
    else stats[kind].missed++;
    if (verbose && !(hits.length >= 1 && extra === 1)) {
      const at = a.text.slice(Math.max(0, m.start - 50), m.end + 30).replace(/\s+/g, ' ');
      console.log(`${hits.length ? 'EXTRA' : 'MISS'} ${kind} ${a.id}: ${JSON.stringify(m.before)} → ${JSON.stringify(m.after)} in "...${at}..." (${found.length - same.length} new conflicts)`);
    }
  }
}

const secs = (performance.now() - t0) / 1000;
console.log(`articles: ${loaded.articles.length} (${loaded.problems.length} unreadable), ${secs.toFixed(1)} s`);
console.log('kind      changes  exactly-one-hit  recall  hit+extra  missed');
let tried = 0;
let hit = 0;
for (const k of kinds) {
  const s = stats[k];
  tried += s.tried;
  hit += s.hit;
  console.log(`${k.padEnd(9)} ${String(s.tried).padStart(7)}  ${String(s.hit).padStart(15)}  ${(s.hit / Math.max(1, s.tried)).toFixed(3)}  ${String(s.extra).padStart(9)}  ${String(s.missed).padStart(6)}`);
}
console.log(`all       ${String(tried).padStart(7)}  ${String(hit).padStart(15)}  ${(hit / Math.max(1, tried)).toFixed(3)}`);
console.log(`false alarms on identical copies: ${falseAlarms} conflicts in ${falseAlarmArticles} of ${loaded.articles.length} articles`);
if (digest) console.log(`digest of all findings: ${digest.digest('hex')}`);
