/**
 * Benchmark: articles/second, MB/s and peak memory of the whole pipeline (load → report) on the
 * ECB+ dev articles, repeated to scale the corpus (3 copies unless told); then issue 18's measure:
 * a cold `crosscheck report` of the same files (a new process through bin/crosscheck.js, with an
 * empty cache of its own, then again warm, reading what the cold run kept; each timed from
 * its start to its exit, the table on stdout discarded) against one bare pass of wink-nlp and
 * chrono over them (scripts/bare-pass.ts), and the ratio of the two — how fast `report` runs
 * next to what any reader of the text would run anyway.
 *
 *   npm run bench                         # 3 × 772 articles
 *   npm run bench -- --copies 4           # 4 × 772 articles
 *   npm run bench -- --copies 1 --dir ../shared/dev/ecbplus/articles
 *   npm run bench -- --stages             # and the seconds of each stage, run one by one
 *   npm run bench -- --repeat 3           # the cold report and the bare pass three times each, alternating
 *   npm run bench -- --no-cold            # only the in-process pipeline
 *   npm run bench -- --cold-only          # only the cold report and the bare pass
 *   npm run bench -- --cli ../other/bin/crosscheck.js   # the cold report of another checkout
 *   npm run bench -- --jobs 1             # the cold report with `--jobs 1` (default: the CLI's, one thread per core)
 *   npm run bench -- --scale 1,2,4,8      # the stages at each size, each in a process of its own,
 *                                         # and each stage's growth exponent between sizes
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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
if (args.includes('--scale')) {
  scale(opt('scale', '1,2,4').split(',').map(Number));
  process.exit(0);
}
const copies = Number(opt('copies', '3'));
const repeat = Number(opt('repeat', '1'));
// Passed to the cold report as it is; the in-process run is one thread (analyze) whatever it says.
const jobs = opt('jobs', '');

// Write the scaled corpus to disk, so that reading files is part of what is measured. Each copy
// after the first ends with a line of its own: the same texts again would be a corpus of exact
// duplicates, which a run could recognise and skip.
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-bench-'));
const files = readdirSync(source).filter((f) => f.endsWith('.txt')).sort();
let bytes = 0;
for (let c = 0; c < copies; c++) {
  for (const f of files) {
    let text = readFileSync(join(source, f), 'utf8');
    // The line names the copy in letters ("desk ab"), not a number: "copy 2" and "copy 3" after the
    // same words are one statement with two values, a conflict in every article, which real wire
    // copies (a credit line, a byline) do not make.
    if (c > 0) text = `${text}${text.endsWith('\n') ? '' : '\n'}Filed through desk ${deskName(c)}.\n`;
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `c${c}_${f}`), text);
  }
}
const articles = files.length * copies;

if (args.includes('--cold-only')) {
  coldAgainstBare();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

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
  const stages = { prepareSeconds: r(prepareSeconds), extractSeconds: r(extractSeconds), mentionSeconds: r(mentionSeconds), eventSeconds: r(eventSeconds), judgeSeconds: r(judgeSeconds) };
  console.log(JSON.stringify(stages, null, 2));
  // One line for `--scale` to read back.
  if (args.includes('--emit')) console.log(`@bench ${JSON.stringify({ ...row, ...stages })}`);
}

if (!args.includes('--no-cold')) coldAgainstBare();
rmSync(dir, { recursive: true, force: true });

/**
 * Issue 18's growth measure: the pipeline and its stages at each size (copies of the corpus), each
 * size in a process of its own so that peak memory is its own, then the exponent of each stage
 * between successive sizes — log(t2 / t1) / log(n2 / n1): 1 grows linearly, 2 with the square —
 * and from the first size to the last.
 */
function scale(sizes: number[]): void {
  const script = fileURLToPath(import.meta.url);
  const rows: Record<string, number>[] = [];
  const pass = ['--dir', source];
  for (const c of sizes) {
    const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    const r = spawnSync(process.execPath, ['--import', 'tsx', script, ...pass, '--copies', String(c), '--stages', '--no-cold', '--emit'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const line = r.stdout.split('\n').find((l) => l.startsWith('@bench '));
    if (r.status !== 0 || !line) {
      process.stderr.write(`bench: ×${c} exited ${r.status}:\n${r.stderr}`);
      process.exit(1);
    }
    const row = JSON.parse(line.slice('@bench '.length)) as Record<string, number>;
    row.copies = c;
    rows.push(row);
    console.log(`×${c}: ${JSON.stringify(row)} (load average ${load})`);
  }
  const stages = ['prepareSeconds', 'extractSeconds', 'mentionSeconds', 'eventSeconds', 'judgeSeconds', 'analyzeSeconds', 'totalSeconds', 'peakRssMB'];
  const table: Record<string, Record<string, number | string>> = {};
  for (const s of stages) {
    const line: Record<string, number | string> = {};
    rows.forEach((row, i) => {
      line[`×${row.copies}`] = row[s];
      if (i === 0) return;
      const prev = rows[i - 1];
      // Below a tenth of a second the clock's noise is the figure: no exponent.
      const e = prev[s] >= 0.1 && row[s] > 0 ? Math.log(row[s] / prev[s]) / Math.log(row.copies / prev.copies) : NaN;
      line[`exp ${prev.copies}→${row.copies}`] = Number.isFinite(e) ? +e.toFixed(2) : '-';
    });
    // Over the whole range as well: one doubling's exponent swings with the machine's load from
    // run to run (a 20 % slower ×4 reads as 0.26 more on one step and 0.26 less on the next).
    if (rows.length > 2) {
      const [a, b] = [rows[0], rows[rows.length - 1]];
      const e = a[s] >= 0.1 && b[s] > 0 ? Math.log(b[s] / a[s]) / Math.log(b.copies / a.copies) : NaN;
      line[`exp ${a.copies}→${b.copies}`] = Number.isFinite(e) ? +e.toFixed(2) : '-';
    }
    table[s] = line;
  }
  console.table(table);
}

/**
 * Issue 18's measure, each run a new process: `report` as users start it, and the bare pass of
 * wink-nlp and chrono, alternating when repeated so that both meet the same load on the machine.
 * The ratio is the bare pass's seconds over the report's: 0.2 means `report` runs at a fifth of the
 * speed of the bare pass.
 */
function coldAgainstBare(): void {
  const bin = resolve(opt('cli', join(root, 'bin', 'crosscheck.js')));
  const reportSeconds: number[] = [];
  const bareSeconds: number[] = [];
  let bare: Record<string, number> = {};
  const warmSeconds: number[] = [];
  // The cache of this bench alone: cold runs start from an empty one, warm runs read what the cold run kept.
  const cacheRoot = mkdtempSync(join(tmpdir(), 'crosscheck-bench-cache-'));
  const timed = (cache: string): number => {
    const t = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [bin, 'report', dir, '--format', 'json', '--fail-on', 'none', '--cache', cache, ...(jobs ? ['--jobs', jobs] : [])], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const seconds = Number(process.hrtime.bigint() - t) / 1e9;
    // A stale or missing build runs through tsx: a cold start that users of `npm ci` never see.
    if (r.status !== 0 || r.stderr.includes('crosscheck: note:')) {
      process.stderr.write(`bench: the report ${r.status !== 0 ? `exited ${r.status}` : 'did not run the build'}:\n${r.stderr}run 'npm run build' first\n`);
      process.exit(1);
    }
    return seconds;
  };
  for (let i = 0; i < repeat; i++) {
    const cache = join(cacheRoot, `run${i}`);
    reportSeconds.push(timed(cache));
    warmSeconds.push(timed(cache));
    const b = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'bare-pass.ts'), dir], { cwd: root, encoding: 'utf8' });
    if (b.status !== 0) {
      process.stderr.write(`bench: the bare pass exited ${b.status}:\n${b.stderr}`);
      process.exit(1);
    }
    bare = JSON.parse(b.stdout) as Record<string, number>;
    bareSeconds.push(bare.seconds);
  }
  const r2 = (x: number) => +x.toFixed(2);
  rmSync(cacheRoot, { recursive: true, force: true });
  const ratios = reportSeconds.map((s, i) => +(bareSeconds[i] / s).toFixed(3));
  const warmRatios = warmSeconds.map((s, i) => +(bareSeconds[i] / s).toFixed(3));
  console.log(
    JSON.stringify(
      {
        articles,
        jobs: jobs || 'default',
        coldReportSeconds: reportSeconds.map(r2),
        barePassSeconds: bareSeconds.map(r2),
        speedOfBarePass: ratios,
        warmReportSeconds: warmSeconds.map(r2),
        warmSpeedOfBarePass: warmRatios,
        barePass: { sentences: bare.sentences, tokens: bare.tokens, entities: bare.entities, dates: bare.dates },
      },
      null,
      2,
    ),
  );
}

/** "b", "c", … "z", "ba", …: a name for copy `c` with no digit in it. */
function deskName(c: number): string {
  let name = '';
  for (let n = c; n > 0; n = Math.floor(n / 26)) name = String.fromCharCode(97 + (n % 26)) + name;
  return name;
}
