/**
 * Proves that a reshaping of the code changed no output: records what the CLI prints (stdout,
 * stderr and exit code) for a fixed set of runs, then compares a later tree's runs with the record,
 * byte for byte.
 *
 *   npm run same-output -- --save DIR     record the current code's outputs in DIR
 *   npm run same-output -- --check DIR    run again and compare with DIR; exit 1 on any difference
 *   options: --only SUBSTRING (cases whose name holds it), --no-mutations, --jobs N (cases run at
 *   once), --cli-args "ARGS" (added to every run of the CLI, e.g. "--jobs 2": the same record
 *   then proves an option changes no byte)
 *
 *   CROSSCHECK_WORKERS_ALWAYS=1 npm run same-output -- --check DIR --cli-args "--jobs 2"
 *   runs every case through the analysis workers, the small ones too.
 *
 * The runs: every command (report, facts, events) in every format on the seeds, with and without
 * the manifest; `check` of one seed against the others; a folder of mixed inputs (HTML, Markdown
 * with front matter, JSONL, an empty and a binary file) made here from the seeds; each of the 33
 * dev topics of ../shared/dev/ecbplus as one corpus and the whole dev set (`report --format json`);
 * and the mutation evaluation's counts with a digest of every finding of its runs.
 *
 * Why the CLI and not `analyze()`: the bytes a user gets pass through loading, the formatters and
 * the CLI's own wiring (the html format's sentences, --output), which a reshaping also touches.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const SHARED = join(ROOT, '..', 'shared');
const ECB = join(SHARED, 'dev', 'ecbplus');
const FORMATS = ['table', 'json', 'markdown', 'html', 'sarif', 'github', 'junit'];

/** One recorded run: a name (the record's file name) and the CLI's arguments, or a script's. */
interface Case {
  name: string;
  argv: string[];
  /** Lines of stdout that vary from run to run (timings), dropped before comparing. */
  volatile?: RegExp;
}

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const save = opt('--save');
const check = opt('--check');
const only = opt('--only');
const jobs = Number(opt('--jobs') ?? 2);
// Words of --cli-args, appended to every run of the CLI (not to the scripts' runs).
const cliArgs = (opt('--cli-args') ?? '').split(/\s+/).filter(Boolean);
if ((save === undefined) === (check === undefined)) {
  process.stderr.write('usage: npm run same-output -- (--save DIR | --check DIR) [--only SUBSTRING] [--no-mutations] [--jobs N] [--cli-args "ARGS"]\n');
  process.exit(2);
}

const cli = (...argv: string[]): string[] => [join(ROOT, 'bin', 'crosscheck.js'), ...argv, ...cliArgs];

function cases(): Case[] {
  const out: Case[] = [];
  const seeds = 'data/seeds';
  const manifest = ['--manifest', 'data/seeds/manifest.json'];
  for (const [tag, extra] of [['seeds', manifest], ['seeds-nomanifest', []]] as const) {
    for (const command of ['report', 'facts', 'events']) {
      for (const format of FORMATS) out.push({ name: `${tag}.${command}.${format}`, argv: cli(command, seeds, ...extra, '--format', format, '--fail-on', 'none') });
    }
    for (const format of ['table', 'json', 'sarif']) {
      out.push({
        name: `${tag}.check.${format}`,
        argv: cli('check', 'data/seeds/004_f06c583c02f324cf.txt', '--against', seeds, ...extra, '--format', format),
      });
    }
    out.push({ name: `${tag}.report.fail-unresolved`, argv: cli('report', seeds, ...extra, '--format', 'github', '--fail-on', 'unresolved') });
  }
  const mixed = mixedInputs();
  for (const format of FORMATS) out.push({ name: `mixed.report.${format}`, argv: cli('report', mixed, '--format', format, '--fail-on', 'none') });
  out.push({ name: 'mixed.facts.json', argv: cli('facts', mixed, '--format', 'json') });
  if (existsSync(join(ECB, 'labels.tsv'))) {
    const byTopic = new Map<string, string[]>();
    for (const line of readFileSync(join(ECB, 'labels.tsv'), 'utf8').split('\n').slice(1)) {
      const [file, , topic] = line.split('\t');
      if (!file || !topic) continue;
      const path = join(ECB, 'articles', `${file}.txt`);
      if (!byTopic.has(topic)) byTopic.set(topic, []);
      byTopic.get(topic)!.push(path);
    }
    for (const [topic, files] of [...byTopic].sort((a, b) => Number(a[0]) - Number(b[0]))) {
      out.push({ name: `topic-${topic.padStart(2, '0')}.report.json`, argv: cli('report', ...files.sort(), '--format', 'json', '--fail-on', 'none') });
    }
    out.push({ name: 'ecbplus-all.report.json', argv: cli('report', join(ECB, 'articles'), '--format', 'json', '--fail-on', 'none') });
    if (!args.includes('--no-mutations')) {
      out.push({
        name: 'mutations.txt',
        argv: ['--import', 'tsx', join(ROOT, 'scripts', 'eval-mutations.ts'), '--digest'],
        volatile: /^articles: \d+ \(\d+ unreadable\), [\d.]+ s$/m,
      });
    }
  } else {
    process.stderr.write(`same-output: ${ECB} not found; the dev topics and mutations are not compared\n`);
  }
  return out.filter((c) => only === undefined || c.name.includes(only));
}

/**
 * A folder of inputs of every kind the loader reads, made from the seeds' texts, at a fixed path
 * so that the paths printed are the same in the record and in the check. Several checks may run
 * at once (one per work tree): a file is written only when its bytes differ, by rename, and the
 * folder is never emptied, so one run never reads another's half-written file.
 */
function mixedInputs(): string {
  const dir = join(tmpdir(), 'crosscheck-same-output-mixed');
  mkdirSync(dir, { recursive: true });
  const writeIfChanged = (path: string, data: string | Buffer): void => {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    if (existsSync(path) && readFileSync(path).equals(bytes)) return;
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
  };
  const seed = (n: string): string => readFileSync(join(ROOT, 'data', 'seeds', readdirSync(join(ROOT, 'data', 'seeds')).find((f) => f.startsWith(n))!), 'utf8');
  const paragraphs = (t: string): string => t.split(/\n+/).filter(Boolean).map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n');
  writeIfChanged(
    join(dir, 'a-page.html'),
    `<!doctype html><html><head><title>Page</title><meta property="article:published_time" content="2023-10-17T08:00:00Z"></head>` +
      `<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav><article><h1>Arrival</h1>${paragraphs(seed('000'))}</article>` +
      `<footer>Share this article</footer></body></html>\n`,
  );
  writeIfChanged(join(dir, 'b-note.md'), `---\ntitle: A note\ndate: 2024-05-16\noutlet: Desk\n---\n\n${seed('001')}`);
  writeIfChanged(join(dir, 'c-wire.jsonl'), `${JSON.stringify({ id: 'wire-1', text: seed('003'), published: '2024-05-17', outlet: 'Wire' })}\n${JSON.stringify({ id: 'wire-2', text: seed('002') })}\n`);
  writeIfChanged(join(dir, 'd-empty.txt'), '');
  writeIfChanged(join(dir, 'e-binary.txt'), Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7]));
  writeIfChanged(join(dir, 'f-plain.txt'), seed('004'));
  return dir;
}

interface Result {
  stdout: string;
  stderr: string;
  code: number | null;
}

function runCase(c: Case): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, c.argv, { cwd: ROOT, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      let stdout = Buffer.concat(out).toString('utf8');
      if (c.volatile) stdout = stdout.replace(c.volatile, '<volatile line>');
      resolve({ stdout, stderr: Buffer.concat(err).toString('utf8'), code });
    });
  });
}

/** The first line where two texts differ, with a little context, for the report of a difference. */
function firstDifference(a: string, b: string): string {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return `line ${i + 1}:\n    recorded: ${(la[i] ?? '<none>').slice(0, 300)}\n    now:      ${(lb[i] ?? '<none>').slice(0, 300)}`;
  }
  return 'same lines, different bytes';
}

async function main(): Promise<void> {
  const all = cases();
  const dir = (save ?? check)!;
  if (save) mkdirSync(dir, { recursive: true });
  let next = 0;
  let differ = 0;
  let missing = 0;
  const t0 = performance.now();
  const worker = async (): Promise<void> => {
    while (next < all.length) {
      const c = all[next++];
      const r = await runCase(c);
      const files: [string, string][] = [
        [`${c.name}.out`, r.stdout],
        [`${c.name}.err`, r.stderr],
        [`${c.name}.code`, `${r.code}\n`],
      ];
      if (save) {
        for (const [f, text] of files) writeFileSync(join(dir, f), text);
        process.stdout.write(`saved ${c.name} (exit ${r.code}, ${r.stdout.length} chars)\n`);
        continue;
      }
      const diffs: string[] = [];
      for (const [f, text] of files) {
        const path = join(dir, f);
        if (!existsSync(path)) {
          missing++;
          diffs.push(`${f}: not in the record`);
          continue;
        }
        const was = readFileSync(path, 'utf8');
        if (was !== text) diffs.push(`${f} differs at ${firstDifference(was, text)}`);
      }
      if (diffs.length > 0) {
        differ++;
        process.stdout.write(`DIFFERENT ${c.name}\n  ${diffs.join('\n  ')}\n`);
      } else process.stdout.write(`same ${c.name}\n`);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, jobs) }, worker));
  const secs = ((performance.now() - t0) / 1000).toFixed(0);
  if (save) process.stdout.write(`recorded ${all.length} runs in ${dir} (${secs} s)\n`);
  else {
    process.stdout.write(`${all.length - differ} of ${all.length} runs byte-identical, ${differ} different${missing ? `, ${missing} files missing from the record` : ''} (${secs} s)\n`);
    process.exitCode = differ > 0 ? 1 : 0;
  }
}

await main();
