/**
 * The command line: the only module that touches `process`, reads paths from argv, and writes to
 * the console. Everything it calls is a pure stage or a loader that returns problems as data.
 */
import { resolve } from 'node:path';
import yargs, { type Argv } from 'yargs';
import { exitCode, FAIL_ON, type FailOn } from './gate.ts';
import { articleFiles, loadArticles, type Loaded } from './load/index.ts';
import { analyze } from './pipeline.ts';
import { formatters, type View } from './report/index.ts';
import { DEFAULT_REVIEW_FILE, readReviewFile } from './review/store.ts';
import { newToken, startReviewServer } from './server/index.ts';
import type { Report } from './types.ts';
import { writeFileAtomic } from './util/atomic.ts';

/** Options every command shares. */
interface Common {
  manifest?: string;
  published?: string;
  format?: string;
  output?: string;
  review?: string;
  'fail-on': FailOn;
  color?: boolean;
}

/** A usage error: printed with a hint, exit code 2. */
class UsageError extends Error {}

/** Runs crosscheck with the given arguments (without `node` and the script); sets `process.exitCode`. */
export async function main(args: string[]): Promise<void> {
  try {
    await parser(args).parseAsync();
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    process.stderr.write(`crosscheck: ${msg}\n`);
    process.exitCode = 2;
  }
}

function parser(args: string[]): Argv {
  return yargs(args)
    .scriptName('crosscheck')
    .usage('$0 <command> [options]\n\nLine up the same facts across news articles and tell conflicts from different events.')
    .option('manifest', { type: 'string', describe: 'JSON file of per-file metadata (published, outlet, title, url)', global: true })
    .option('published', { type: 'string', describe: 'publication date (YYYY-MM-DD) for inputs that have none', global: true })
    .option('format', { type: 'string', describe: `output format: ${Object.keys(formatters).join(', ')}`, global: true })
    .option('output', { alias: 'o', type: 'string', describe: 'write the output to this file (atomically) instead of stdout', global: true })
    .option('review', { type: 'string', describe: 'review file of editors\' decisions (default: crosscheck.review.json when present)', global: true })
    .option('fail-on', { choices: FAIL_ON as FailOn[], default: 'conflict' as FailOn, describe: 'least severe verdict that fails the run (exit 1)', global: true })
    .option('color', { type: 'boolean', describe: 'colour the table (default: only on a terminal)', global: true })
    .command(
      'report <paths..>',
      'findings across all the articles (the main job)',
      (y) => y.positional('paths', { type: 'string', array: true, demandOption: true, describe: 'article files or folders' }),
      (argv) => run('report', argv.paths as string[], argv as unknown as Common),
    )
    .command(
      'facts <paths..>',
      'every extracted fact with its evidence and how it was normalized',
      (y) => y.positional('paths', { type: 'string', array: true, demandOption: true }),
      (argv) => run('facts', argv.paths as string[], { ...(argv as unknown as Common), 'fail-on': 'none' }),
    )
    .command(
      'events <paths..>',
      'the real-world events found, and which articles report each',
      (y) => y.positional('paths', { type: 'string', array: true, demandOption: true }),
      (argv) => run('events', argv.paths as string[], { ...(argv as unknown as Common), 'fail-on': 'none' }),
    )
    .command(
      'check <new..>',
      'CI gate: only findings that involve the new sources',
      (y) =>
        y
          .positional('new', { type: 'string', array: true, demandOption: true, describe: 'the new article files or folders' })
          .option('against', { type: 'string', array: true, demandOption: true, describe: 'the corpus the new sources are checked against' }),
      (argv) => check(argv.new as string[], argv.against as string[], argv as unknown as Common),
    )
    .command(
      'review [paths..]',
      'editors\' review of findings: serves the review page on 127.0.0.1 and records decisions',
      (y) =>
        y
          .positional('paths', { type: 'string', array: true, default: [] })
          .option('port', { type: 'number', describe: 'port on 127.0.0.1 for the review page (default: a free one)' })
          .option('read-only', { type: 'boolean', default: false, describe: 'show decisions but record none' }),
      (argv) => serveReview(argv.paths as string[], argv as unknown as ServeOptions),
    )
    .demandCommand(1, 'Name a command: report, facts, events, check or review.')
    .strict()
    .help()
    .alias('h', 'help')
    .version(false)
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((msg, err) => {
      throw err ?? new UsageError(`${msg}\nRun 'crosscheck --help' for usage.`);
    });
}

/** Loads, analyses and prints one view; sets the exit code. */
function run(view: View, paths: string[], opts: Common, only?: (report: Report) => Report): void {
  const format = opts.format ?? 'table';
  if (!formatters[format]) throw new UsageError(`unknown --format '${format}'; use one of: ${Object.keys(formatters).join(', ')}`);
  if (paths.length === 0) throw new UsageError('name at least one article file or folder');
  const loaded = load(paths, opts);
  let report = analyze(loaded);
  if (only) report = only(report);
  emit(report, view, format, opts, loaded);
  process.exitCode = exitCode(report, opts['fail-on']);
}

/** `check`: the whole corpus is analysed, but only findings that involve a new source are kept. */
function check(newPaths: string[], against: string[], opts: Common): void {
  const fresh = new Set(articleFiles(newPaths).map((f) => resolve(f)));
  run('report', [...newPaths, ...against], opts, (report) => {
    const newIds = new Set(report.articles.filter((a) => fresh.has(resolve(a.path.replace(/#\d+$/, '')))).map((a) => a.id));
    return { ...report, findings: report.findings.filter((f) => f.claims.some((c) => newIds.has(c.article))) };
  });
}

function load(paths: string[], opts: Common): Loaded {
  try {
    return loadArticles(paths, { manifest: opts.manifest, published: opts.published });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

/** Prints problems to stderr, one line each, and the formatted report to stdout or `--output`. */
function emit(report: Report, view: View, format: string, opts: Common, loaded: Loaded): void {
  for (const p of report.problems) process.stderr.write(`crosscheck: error: ${p.path}: ${p.reason} [${p.rule}]\n`);
  const toFile = opts.output !== undefined;
  const color = opts.color ?? (!toFile && process.stdout.isTTY === true && !process.env.NO_COLOR);
  const texts = new Map(loaded.articles.map((a) => [a.id, a.text]));
  const text = formatters[format](report, { view, color, width: process.stdout.columns || 120, texts });
  if (toFile) writeFileAtomic(opts.output!, text);
  else process.stdout.write(text);
}

/** Options of `review` when it serves the page. */
interface ServeOptions extends Common {
  port?: number;
  'read-only': boolean;
}

/** Inputs of at least this many articles get progress lines on stderr while they are analysed. */
const PROGRESS_FROM = 20;

/**
 * `review <paths..>`: analyses the articles, then serves the review page on 127.0.0.1 until
 * Ctrl+C. The address with its per-run token goes to stdout; everything else to stderr.
 */
async function serveReview(paths: string[], opts: ServeOptions): Promise<void> {
  if (paths.length === 0) throw new UsageError('name the article files or folders to review');
  const port = opts.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, got '${opts.port}'`);
  const reviewPath = resolve(opts.review ?? DEFAULT_REVIEW_FILE);
  // A malformed review file is reported now, with its reason, rather than as errors in the page.
  await readReviewFile(reviewPath);
  const loaded = load(paths, opts);
  const report = analyze(loaded, { onProgress: progress(loaded.articles.length) });
  for (const p of report.problems) process.stderr.write(`crosscheck: error: ${p.path}: ${p.reason} [${p.rule}]\n`);
  let server;
  try {
    server = await startReviewServer({
      report,
      texts: new Map(loaded.articles.map((a) => [a.id, a.text])),
      reviewPath,
      token: newToken(),
      port,
      readOnly: opts['read-only'],
      log: (line) => process.stderr.write(`crosscheck: ${line}\n`),
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new UsageError(`port ${port} on 127.0.0.1 is already in use; pick another with --port, or leave it out for a free one`);
    }
    throw err;
  }
  process.stdout.write(`Review page: ${server.url}\n`);
  process.stderr.write(
    `crosscheck: ${report.findings.length} findings from ${report.articles.length} articles; ` +
      `${opts['read-only'] ? 'read-only, decisions are not recorded' : `decisions go to ${reviewPath}`}. Press Ctrl+C to stop.\n`,
  );
  const running = server;
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      running.close().then(done, done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** Progress on stderr for large inputs: a line that rewrites itself on a terminal, else every tenth. */
function progress(total: number): ((done: number, total: number) => void) | undefined {
  if (total < PROGRESS_FROM) return undefined;
  const tty = process.stderr.isTTY === true;
  let shown = 0;
  return (done) => {
    const tenth = Math.floor((done * 10) / total);
    if (tty) process.stderr.write(`\rcrosscheck: analysed ${done}/${total} articles${done === total ? '\n' : ''}`);
    else if (tenth > shown || done === total) {
      shown = tenth;
      process.stderr.write(`crosscheck: analysed ${done}/${total} articles\n`);
    }
  };
}
