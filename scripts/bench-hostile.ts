/**
 * Hostile-input benchmark (issue 17): each input that once aborted or stalled a run, made at
 * 100 KB, 400 KB and 1.6 MB, run through the CLI (`report --format json`) beside one good
 * article, with the seconds, the peak memory and what the run said about the input. Each size is
 * four times the one before, so a linear cost grows about 4× a step and a quadratic one 16×; the
 * ratio columns show which. Every run includes Node's start-up (the `start-up` row: the good
 * article alone), which flatters small sizes; the ratios are also given without it (each time
 * taken as at least 0.25 s).
 *
 *   npm run bench:hostile                          # every pattern at the three sizes
 *   npm run bench:hostile -- --only html           # patterns whose name holds "html"
 *   npm run bench:hostile -- --big                 # and a JSON collection of 63.6 MiB
 *   npm run bench:hostile -- --cli ../other/bin/crosscheck.js --timeout 120   # time another checkout
 *
 * Patterns `*-within` stay inside every limit, so that they measure the analysis itself rather
 * than how fast an input is refused.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : undefined);
const CLI = resolve(opt('cli') ?? join(ROOT, 'bin', 'crosscheck.js'));
const TIMEOUT_S = Number(opt('timeout') ?? 300);
const ONLY = opt('only');
const SIZES = [100_000, 400_000, 1_600_000];

/** `unit` repeated to exactly `n` characters. */
const repeatTo = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** A pattern: a file name and its content at about `n` bytes. */
interface Pattern {
  name: string;
  file: string;
  make: (n: number) => string;
}

/** `count` copies of a chain of `depth` nested `<div>`s around a paragraph, to about `n` bytes. */
function nestedDivs(n: number, depth: number): string {
  const chain = `${'<div>'.repeat(depth)}<p>Rescuers reached the village on Tuesday, officials said.</p>${'</div>'.repeat(depth)}\n`;
  return `<html><body>${chain.repeat(Math.max(1, Math.round(n / chain.length)))}</body></html>`;
}

/** Capitalised words: six that no lexicon knows, in turn. */
const CAPITALS = 'Alpha Bravo Charlie Delta Echo Foxtrot ';

const PATTERNS: Pattern[] = [
  // A JSON array of articles with empty text: 150,000 of them (1.8 MB) overflowed the stack.
  { name: 'json-empty-articles', file: 'empty.json', make: (n) => `[${Array(Math.floor((n - 2) / 12)).fill('{"text":""}').join(',')}]` },
  // Front matter of aliases, each repeating the one before nine times: "Invalid string length".
  {
    name: 'yaml-alias-bomb',
    file: 'bomb.md',
    make: (n) => {
      const lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
      for (let i = 1, size = 0; size < n; i++) {
        const line = `a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`;
        lines.push(line);
        size += line.length + 1;
      }
      return `---\n${lines.join('\n')}\ndate: *a${lines.length - 1}\n---\n\nA storm hit the coast on Tuesday.\n`;
    },
  },
  // One chain of nested <div>s as deep as the size allows: a stack overflow, or minutes of Readability.
  { name: 'html-nested-deep', file: 'deep.html', make: (n) => nestedDivs(n, Math.floor((n - 80) / 11)) },
  // Chains 150 deep, repeated: within the depth limits, so Readability reads them.
  { name: 'html-nested-within', file: 'nested.html', make: (n) => nestedDivs(n, 150) },
  // "on Tuesday" with no sentence end: a stack overflow at 1.6 MB.
  { name: 'on-tuesday', file: 'tuesday.txt', make: (n) => repeatTo('on Tuesday ', n) },
  // The same in sentences of 10,000 characters: within the sentence limit (not the facts one at 1.6 MB).
  { name: 'on-tuesday-within', file: 'tuesday-s.txt', make: (n) => repeatTo(`${repeatTo('on Tuesday ', 9_998).trimEnd()}.\n\n`, n) },
  // A run of capitalised words with no sentence end.
  { name: 'capitalised-run', file: 'caps.txt', make: (n) => repeatTo(CAPITALS, n) },
  // The same in sentences of 10,000 characters: every extractor reads every word.
  { name: 'capitalised-run-within', file: 'caps-s.txt', make: (n) => repeatTo(`${repeatTo(CAPITALS, 9_998).trimEnd()}.\n\n`, n) },
];

const GOOD = 'Two ships collided off the coast on Friday, the coast guard said.\n';

/** A module that prints the process's peak memory on exit, loaded into each run with --import. */
const work = mkdtempSync(join(tmpdir(), 'crosscheck-bench-hostile-'));
const probe = join(work, 'maxrss.mjs');
writeFileSync(probe, "process.on('exit', () => process.stderr.write(`\\nbench:maxrss ${process.resourceUsage().maxRSS}\\n`));\n");

/** One run of the CLI on the file and the good article. */
interface Run {
  seconds: number;
  /** Peak resident memory in MB, or null when the run was killed. */
  mb: number | null;
  /** Exit code, or null when killed at the timeout. */
  code: number | null;
  /** What stderr said about the input: its rule, or the first words of an engine error. */
  said: string;
}

function runOn(files: Record<string, string | Buffer>): Run {
  const dir = mkdtempSync(join(work, 'case-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(probe).href, CLI, 'report', dir, '--format', 'json', '--fail-on', 'none'], {
    encoding: 'utf8',
    timeout: TIMEOUT_S * 1000,
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  rmSync(dir, { recursive: true, force: true });
  const rss = /bench:maxrss (\d+)/.exec(r.stderr ?? '');
  const lines = (r.stderr ?? '').split('\n').filter((l) => l && !l.startsWith('bench:'));
  const rules = [...new Set(lines.map((l) => /\[([a-z-]+\/[a-z-]+)\]$/.exec(l)?.[1]).filter((x): x is string => !!x))];
  const said = r.status === null ? `killed after ${TIMEOUT_S} s` : rules.length > 0 ? rules.join(' ') : lines.length > 0 ? lines[0].slice(0, 60) : r.status === 0 ? 'read' : `exit ${r.status}`;
  return { seconds, mb: rss ? Math.round(Number(rss[1]) / 1024) : null, code: r.status, said };
}

const fmt = (s: number): string => (s >= 100 ? s.toFixed(0) : s.toFixed(2));
const ratio = (a: number, b: number): string => (a > 0 ? `${(b / a).toFixed(1)}×` : '-');

// Start-up: the quickest of three runs after one that warms the disk cache.
runOn({ 'good.txt': GOOD });
const startup = [0, 1, 2].map(() => runOn({ 'good.txt': GOOD })).reduce((a, b) => (b.seconds < a.seconds ? b : a));
const rows: string[] = [];
rows.push(`CLI: ${CLI}`);
rows.push(`start-up (the good article alone): ${fmt(startup.seconds)} s, ${startup.mb} MB`);
rows.push('');
rows.push('| pattern | 100 KB | 400 KB | 1.6 MB | 100 → 400 KB | 400 KB → 1.6 MB | the same without start-up | peak MB at 1.6 MB | the run says |');
rows.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- |');
process.stdout.write(`${rows.join('\n')}\n`);

for (const p of PATTERNS) {
  if (ONLY !== undefined && !p.name.includes(ONLY)) continue;
  const runs = SIZES.map((n) => runOn({ 'good.txt': GOOD, [p.file]: p.make(n) }));
  const [a, b, c] = runs;
  // Without start-up, each time taken as at least a quarter second: below that, the spread between
  // two start-ups (a tenth of a second or more on a busy machine) would pass for growth.
  const bare = runs.map((r) => Math.max(0.25, r.seconds - startup.seconds));
  const secs = runs.map((r) => (r.code === null ? `>${TIMEOUT_S} s` : `${fmt(r.seconds)} s`));
  const step = (x: number, y: number, rx: Run, ry: Run): string => (rx.code === null || ry.code === null ? '-' : ratio(x, y));
  const line = `| ${p.name} | ${secs.join(' | ')} | ${step(a.seconds, b.seconds, a, b)} | ${step(b.seconds, c.seconds, b, c)} | ${step(bare[0], bare[1], a, b)}, ${step(bare[1], bare[2], b, c)} | ${c.mb ?? '-'} | ${[...new Set(runs.map((r) => r.said))].join('; ')} |`;
  process.stdout.write(`${line}\n`);
}

if (args.includes('--big')) {
  // A JSON collection just under the 64 MiB limit, of the seed articles again and again.
  const seeds = readdirSync(join(ROOT, 'data', 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(ROOT, 'data', 'seeds', f), 'utf8'));
  const limit = 64 * 1024 * 1024 - 512 * 1024;
  const parts: string[] = [];
  let size = 2;
  for (let i = 0; ; i++) {
    const part = JSON.stringify({ id: `a${i}`, text: seeds[i % seeds.length], published: '2024-05-16' });
    if (size + Buffer.byteLength(part) + 1 > limit) break;
    parts.push(part);
    size += Buffer.byteLength(part) + 1;
  }
  const body = Buffer.from(`[${parts.join(',')}]`);
  const r = runOn({ 'good.txt': GOOD, 'collection.json': body });
  process.stdout.write(`\njson-collection of ${(body.length / 1024 / 1024).toFixed(1)} MiB (${parts.length} articles): ${r.code === null ? `>${TIMEOUT_S}` : fmt(r.seconds)} s, peak ${r.mb ?? '-'} MB; ${r.said}\n`);
}

rmSync(work, { recursive: true, force: true });
