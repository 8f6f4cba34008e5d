/**
 * Issue 18's measure of `check --against <index>`: whether checking one new article against an
 * index groups and judges it as `report` over the whole folder does, and what one check costs.
 *
 * Builds the ECB+ dev articles × copies (each copy after the first ending with a line of its own,
 * as scripts/bench.ts does), holds out the first copy of the first article of ten topics, indexes
 * the rest (`crosscheck index`), runs `report` over the whole folder, then `check <held-out>
 * --against <index>` for each held-out article under /usr/bin/time -v, and compares: the events
 * of the held-out article (each as its set of articles) and the findings that involve it (each as
 * rule, verdict, slot and claims: article, offsets and value; ids and messages name events by
 * number and terms, which differ between two runs over other articles).
 *
 *   node --import tsx scripts/bench-check.ts [--copies 8] [--candidates 200] [--work DIR] [--keep] [--cli PATH]
 *
 * `--work DIR` reuses the corpus, index and report of an earlier run with `--keep` (the index is
 * rebuilt when `--reindex` is given: after a change of what the index stores). Run `npm run build`
 * first: the CLI runs from dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ECB_ARTICLES, ECB_DIR, needShared } from './lib/shared.ts';

needShared('bench-check', ECB_ARTICLES);
const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
const root = fileURLToPath(new URL('..', import.meta.url));
// `--cli <path>`: another checkout's bin/crosscheck.js (one built before a change, to compare).
const bin = opt('cli', join(root, 'bin', 'crosscheck.js'));
const copies = Number(opt('copies', '8'));
const candidates = opt('candidates', '');
const work = opt('work', '') || mkdtempSync(join(tmpdir(), 'crosscheck-bench-check-'));
const full = join(work, 'full');
const rest = join(work, 'rest');
const store = join(work, 'index');

interface Json {
  articles: { id: string; path: string; events: string[] }[];
  events: { id: string; articles: string[] }[];
  findings: { rule: string; verdict: string; slot?: string; claims?: { article: string; start: number; end: number; value: unknown }[] }[];
}

/** Runs the CLI; stdout, the exit code, and seconds and peak RSS (MB) from /usr/bin/time -v. */
function cli(argv: string[]): { out: string; status: number | null; seconds: number; cpu: number; rssMB: number } {
  const r = spawnSync('/usr/bin/time', ['-v', process.execPath, bin, ...argv], { cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(r.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
  // CPU seconds (user and system) say more than the wall clock on a machine shared with other work.
  const cpu = ['User', 'System'].reduce((sum, what) => sum + Number(new RegExp(`${what} time \\(seconds\\): ([\\d.]+)`).exec(r.stderr)?.[1] ?? NaN), 0);
  if (r.status !== 0 && r.status !== 1) process.stderr.write(`bench-check: ${argv.join(' ')} exited ${r.status}:\n${r.stderr}`);
  const seconds = wall ? Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]) : NaN;
  return { out: r.stdout, status: r.status, seconds, cpu, rssMB: rss ? Math.round(Number(rss[1]) / 1024) : NaN };
}

// The held-out articles: the first file of ten topics spread over the dev set.
const labels = readFileSync(join(ECB_DIR, 'labels.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const byTopic = new Map<string, string[]>();
for (const [file, , topic] of labels) byTopic.set(topic, [...(byTopic.get(topic) ?? []), `${file}.txt`]);
const topics = [...byTopic.keys()].sort((a, b) => Number(a) - Number(b));
const held = Array.from({ length: 10 }, (_, i) => topics[Math.floor((i * topics.length) / 10)]).map((t) => `c0_${byTopic.get(t)!.sort()[0]}`);

if (!existsSync(full) || args.includes('--reindex')) {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(full, { recursive: true });
  mkdirSync(rest, { recursive: true });
  const files = readdirSync(ECB_ARTICLES).filter((f) => f.endsWith('.txt')).sort();
  for (let c = 0; c < copies; c++) {
    for (const f of files) {
      let text = readFileSync(join(ECB_ARTICLES, f), 'utf8');
      if (c > 0) text = `${text}${text.endsWith('\n') ? '' : '\n'}Filed through desk ${deskName(c)}.\n`;
      writeFileSync(join(full, `c${c}_${f}`), text);
      if (!held.includes(`c${c}_${f}`)) writeFileSync(join(rest, `c${c}_${f}`), text);
    }
  }
  const ix = cli(['index', rest, '--store', store]);
  process.stdout.write(`indexed ${readdirSync(rest).length} articles in ${ix.seconds.toFixed(1)} s, peak ${ix.rssMB} MB\n`);
  // The store is also the cache: the report reads the indexed articles' analyses from it.
  const rep = cli(['report', full, '--format', 'json', '--fail-on', 'none', '--cache', store]);
  writeFileSync(join(work, 'report.json'), rep.out);
  process.stdout.write(`report over ${readdirSync(full).length} articles in ${rep.seconds.toFixed(1)} s, peak ${rep.rssMB} MB\n`);
}
const whole = JSON.parse(readFileSync(join(work, 'report.json'), 'utf8')) as Json;

/** The events of the article of `file` (sets of article ids) and its findings, comparable between runs. */
function view(r: Json, file: string): { events: string[]; findings: string[] } {
  const id = r.articles.find((a) => a.path.endsWith(`/${file}`))!.id;
  const events = new Map(r.events.map((e) => [e.id, [...e.articles].sort().join(' ')]));
  const mine = r.articles.find((a) => a.id === id)!.events.map((e) => events.get(e)!);
  const findings = r.findings
    .filter((f) => (f.claims ?? []).some((c) => c.article === id))
    .map((f) => JSON.stringify([f.rule, f.verdict, f.slot ?? null, (f.claims ?? []).map((c) => [c.article, c.start, c.end, c.value])]))
    .sort();
  return { events: mine.sort(), findings };
}

let agreeEvents = 0;
let agreeFindings = 0;
const times: number[] = [];
const cpus: number[] = [];
const rss: number[] = [];
for (const file of held) {
  const argv = ['check', join(full, file), '--against', store, '--format', 'json', '--fail-on', 'none', '--no-cache', ...(candidates ? ['--candidates', candidates] : [])];
  const r = cli(argv);
  times.push(r.seconds);
  cpus.push(r.cpu);
  rss.push(r.rssMB);
  const got = view(JSON.parse(r.out) as Json, file);
  const want = view(whole, file);
  const e = JSON.stringify(got.events) === JSON.stringify(want.events);
  const f = JSON.stringify(got.findings) === JSON.stringify(want.findings);
  if (e) agreeEvents++;
  if (f) agreeFindings++;
  const sizes = (v: { events: string[] }) => v.events.map((x) => x.split(' ').length).join('+');
  process.stdout.write(
    `${file}: ${r.seconds.toFixed(2)} s (CPU ${r.cpu.toFixed(2)} s), ${r.rssMB} MB; events ${e ? 'agree' : `differ (check ${sizes(got)}, report ${sizes(want)})`}; findings ${f ? 'agree' : `differ (check ${got.findings.length}, report ${want.findings.length})`}\n`,
  );
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
process.stdout.write(
  `×${copies}, candidates ${candidates || 'default'}: events agree ${agreeEvents}/${held.length}, findings agree ${agreeFindings}/${held.length}; check median ${median(times).toFixed(2)} s (max ${Math.max(...times).toFixed(2)}; CPU median ${median(cpus).toFixed(2)} s), peak RSS median ${median(rss)} MB (max ${Math.max(...rss)})\n`,
);
if (!args.includes('--keep')) rmSync(work, { recursive: true, force: true });
else process.stdout.write(`kept ${work}\n`);

/** "b", "c", … "z", "ba", …: a name for copy `c` with no digit in it (as scripts/bench.ts names them). */
function deskName(c: number): string {
  let name = '';
  for (let n = c; n > 0; n = Math.floor(n / 26)) name = String.fromCharCode(97 + (n % 26)) + name;
  return name;
}
