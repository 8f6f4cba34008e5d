/**
 * The command line: the only module that touches `process`, reads paths from argv, and writes to
 * the console. Everything it calls is a pure stage or a loader that returns problems as data.
 */
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import yargs, { type Argv, type Options } from 'yargs';
import { exitCode, FAIL_ON, narrowToSources, type FailOn } from './gate.ts';
import type { Loaded } from './load/index.ts';
import { FORMAT_NAMES, isFormatName } from './report/names.ts';
import type { View } from './report/types.ts';
import type { StoreRunOptions } from './store/analyse.ts';
import type { ArticleResult } from './pipeline.ts';
import { applyReviews, DECISIONS, DEFAULT_REVIEW_FILE, emptyReviewFile, findingArticles, pruneEntries, readReviewFile, recordDecision, type StaleEntry, staleEntries } from './review/store.ts';
import { type Report, type ReviewDecisionKind, type ReviewFile, type Source, verdictRank } from './types.ts';
import { realTarget, unwritableReason, writeFileAtomic } from './util/atomic.ts';

// The loader, the stages, the formatters and the review server are imported when a command first
// needs them (`await import(...)` below), not here: with them come chrono, wink-nlp and its model,
// linkedom and the rest, and `--help` or a usage error would wait for all of it. What stays above is
// what the parser itself needs, and light.

/** Options the commands share (each command offers those it uses; see {@link COMMON}). */
interface Common {
  manifest?: string;
  published?: string;
  format?: string;
  output?: string;
  force?: boolean;
  review?: string;
  'fail-on'?: FailOn;
  color?: boolean;
  /** The cache folder; false for `--no-cache`. */
  cache?: string | false;
  jobs?: string;
}

/** A usage error: printed with a hint, exit code 2. */
class UsageError extends Error {}

/** The version in package.json, for `--version`. */
const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** `--fail-on` when not given, for `report` and `check`. */
const DEFAULT_FAIL_ON: FailOn = 'conflict';

/** Formats that carry findings only: for `facts` and `events` they would print an empty document. */
const FINDINGS_ONLY: readonly string[] = ['sarif', 'github', 'junit'];

/**
 * The options of the contract's "common to all", once. Each command shows in its `--help` only the
 * ones it uses; the others are still accepted (the contract promises them to every command) but
 * hidden, and a warning says they are ignored.
 */
const COMMON = {
  manifest: { type: 'string', describe: 'JSON file of per-file metadata (published, outlet, title, url)' },
  published: { type: 'string', describe: 'publication date (YYYY-MM-DD) for inputs that have none' },
  format: { type: 'string', describe: `output format: ${FORMAT_NAMES.join(', ')}` },
  output: { alias: 'o', type: 'string', describe: 'write the output to this file (atomically; through a link to its target) instead of stdout' },
  force: { type: 'boolean', describe: 'with --output: write even where the next run over these inputs would read the file as an article' },
  review: { type: 'string', describe: "review file of editors' decisions (default: crosscheck.review.json when present)" },
  'fail-on': { choices: FAIL_ON as FailOn[], describe: `least severe verdict that fails the run (exit 1); default ${DEFAULT_FAIL_ON}` },
  color: { type: 'boolean', describe: 'colour the table (default: only on a terminal)' },
  cache: {
    type: 'string',
    describe:
      'folder (or postgres:// URL) where analyses of articles are kept for the next run (default: $XDG_CACHE_HOME/crosscheck, else ~/.cache/crosscheck); --no-cache analyses every article afresh',
  },
  jobs: {
    type: 'string',
    describe: 'threads that analyse the articles (default: one per core); 1 runs in one thread. The output is the same for any number; inputs under 20 articles or 500,000 characters use one',
  },
} as const satisfies Record<keyof Common, Options>;

type CommonName = keyof typeof COMMON;

/** Options of `facts` and `events`: no findings, so no review file and no gate. */
// not a word list: option names of COMMON, checked by the compiler
const VIEW_OPTIONS: readonly CommonName[] = ['manifest', 'published', 'format', 'output', 'force', 'color', 'cache', 'jobs'];
/** Options of `review`: it prints no report. */
// not a word list: option names of COMMON, checked by the compiler
const REVIEW_OPTIONS: readonly CommonName[] = ['manifest', 'published', 'review', 'cache', 'jobs'];
/** Options of `index`: it prints a summary, and its store holds the analyses. */
const INDEX_OPTIONS: readonly CommonName[] = ['manifest', 'published', 'jobs'];

/** Adds the common options to a command: the `used` ones shown in its help, the rest hidden. */
function common<T>(y: Argv<T>, used: readonly CommonName[] = Object.keys(COMMON) as CommonName[]): Argv<T> {
  let out = y as Argv;
  for (const [name, o] of Object.entries(COMMON)) out = out.option(name, used.includes(name as CommonName) ? o : { ...o, hidden: true });
  return out as Argv<T>;
}

/** Warns about each option given that `command` does not use, rather than ignoring it silently. */
function warnIgnored(command: string, opts: Common, used: readonly CommonName[]): void {
  for (const name of Object.keys(COMMON) as CommonName[]) {
    if (!used.includes(name) && opts[name] !== undefined) {
      process.stderr.write(`crosscheck: warning: --${name} does not apply to '${command}' and is ignored\n`);
    }
  }
}

/** True once `main` watches stdout for a closed pipe (it may run more than once in one process). */
let pipeWatched = false;

/** Runs crosscheck with the given arguments (without `node` and the script); sets `process.exitCode`. */
export async function main(args: string[]): Promise<void> {
  // "crosscheck report … | head": the reader closed the pipe; what it did not read is not wanted,
  // and the exit code stays the run's (no stack trace of a write to a closed pipe).
  if (!pipeWatched) {
    pipeWatched = true;
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
      process.exit(process.exitCode ?? 0);
    });
  }
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
    .command(
      'report <paths..>',
      'findings across all the articles (the main job)',
      (y) => common(y.positional('paths', { type: 'string', array: true, demandOption: true, describe: 'article files or folders' })),
      (argv) => run('report', argv.paths as string[], argv as unknown as Common),
    )
    .command(
      'facts <paths..>',
      'every extracted fact with its evidence and how it was normalized',
      (y) => common(y.positional('paths', { type: 'string', array: true, demandOption: true, describe: 'article files or folders' }), VIEW_OPTIONS),
      (argv) => {
        warnIgnored('facts', argv as unknown as Common, VIEW_OPTIONS);
        return run('facts', argv.paths as string[], { ...(argv as unknown as Common), 'fail-on': 'none' });
      },
    )
    .command(
      'events <paths..>',
      'the real-world events found, and which articles report each',
      (y) => common(y.positional('paths', { type: 'string', array: true, demandOption: true, describe: 'article files or folders' }), VIEW_OPTIONS),
      (argv) => {
        warnIgnored('events', argv as unknown as Common, VIEW_OPTIONS);
        return run('events', argv.paths as string[], { ...(argv as unknown as Common), 'fail-on': 'none' });
      },
    )
    .command(
      'check <new..>',
      'CI gate: only findings that involve the new sources',
      (y) =>
        common(
          y
            .positional('new', { type: 'string', array: true, demandOption: true, describe: 'the new article files or folders' })
            .option('against', {
              type: 'string',
              array: true,
              demandOption: true,
              describe: 'the corpus the new sources are checked against: article files or folders, or an index made by `crosscheck index` (its folder or postgres:// URL)',
            })
            .option('candidates', {
              type: 'number',
              describe: `with --against <index>: how many indexed articles join the new ones at first, those sharing most names, dates and terms, and at most how many more in each round that completes the groups of the new ones (default ${MAX_JOINED}; 0: all)`,
            }),
        ),
      (argv) => check(argv.new as string[], argv.against as string[], argv as unknown as Common & { candidates?: number }),
    )
    .command(
      'index <paths..>',
      'analyse articles into an index (a folder or a PostgreSQL database), for `check --against <index>`',
      (y) =>
        common(
          y
            .positional('paths', { type: 'string', array: true, demandOption: true, describe: 'article files or folders' })
            .option('store', {
              type: 'string',
              default: DEFAULT_INDEX,
              describe: 'the index: a folder (created when missing), or a postgres://user@host/db URL (its tables created when missing)',
            }),
          INDEX_OPTIONS,
        ),
      (argv) => {
        warnIgnored('index', argv as unknown as Common, INDEX_OPTIONS);
        return indexArticles(argv.paths as string[], (argv as unknown as { store: string }).store, argv as unknown as Common);
      },
    )
    .command(
      'review [paths..]',
      "editors' review of findings: serves the review page on 127.0.0.1 and records decisions",
      (y) =>
        common(
          y
            .positional('paths', { type: 'string', array: true, default: [], describe: 'article files or folders' })
            .option('port', { type: 'number', describe: 'port on 127.0.0.1 for the review page (default: a free one)' })
            .option('read-only', { type: 'boolean', default: false, describe: 'show decisions but record none' })
            .option('decide', { type: 'string', describe: 'record a decision on this finding id (instead of serving the page)' })
            .option('as', { choices: DECISIONS as ReviewDecisionKind[], describe: 'the decision, with --decide' })
            .option('note', { type: 'string', describe: 'why, with --decide' })
            .option('reviewer', { type: 'string', describe: 'who decides, with --decide (default: $USER)' })
            .option('list', { type: 'boolean', describe: 'list the findings with their decisions, and stale entries' })
            .option('prune', {
              type: 'boolean',
              describe: 'list the entries whose findings are gone from these inputs (only those whose articles are all among them); with --yes, remove them',
            })
            .option('yes', { type: 'boolean', describe: 'with --prune: remove the entries it lists' }),
          REVIEW_OPTIONS,
        ),
      (argv) => {
        const o = argv as unknown as DecideOptions;
        warnIgnored('review', o, REVIEW_OPTIONS);
        if (o.yes && !o.prune) throw new UsageError('--yes goes with --prune');
        if (o.decide !== undefined || o.list || o.prune) return reviewFile(argv.paths as string[], o);
        if (o.as !== undefined) throw new UsageError('--as goes with --decide <finding id>');
        return serveReview(argv.paths as string[], argv as unknown as ServeOptions);
      },
    )
    .demandCommand(1, 'Name a command: report, facts, events, check, index or review.')
    .strict()
    .help()
    .alias('h', 'help')
    .version('version', 'print the version of crosscheck', VERSION)
    .alias('V', 'version')
    .wrap(Math.min(100, process.stdout.columns || 100))
    .exitProcess(false)
    .fail((msg, err) => {
      throw err ?? new UsageError(`${msg}\nRun 'crosscheck --help' for usage.`);
    });
}

/** What `check` narrows a report to: the findings with a claim from a new source. */
interface Narrow {
  /** Whether an analysed article (a source, or an article as loaded) is one of the new ones, by its file. */
  keeps: (article: { file: string }) => boolean;
  /** The index (folder or PostgreSQL URL) whose articles the new ones are checked against, when `--against` names one. */
  index?: string;
  /** Resolved paths of the new files: an indexed article at one of them is an older version, left out. */
  fresh?: ReadonlySet<string>;
  /** How many indexed articles join the new ones (`--candidates`; Infinity for all). */
  candidates?: number;
}

/** `--candidates` when not given: `MAX_CANDIDATES` of lib/store/subset.ts (not imported here, to keep `--help` light). */
const MAX_JOINED = 100;

/** The folder `index` writes when no `--store` is given: hidden, so no run over `.` reads it as articles. */
const DEFAULT_INDEX = '.crosscheck-index';

/** Loads, analyses and prints one view, with the editors' decisions applied; sets the exit code. */
async function run(view: View, paths: string[], opts: Common, narrow?: Narrow): Promise<void> {
  const format = opts.format ?? 'table';
  if (!isFormatName(format)) throw new UsageError(`unknown --format '${format}'; use one of: ${FORMAT_NAMES.join(', ')}`);
  if (view !== 'report' && FINDINGS_ONLY.includes(format)) {
    const fits = FORMAT_NAMES.filter((f) => !FINDINGS_ONLY.includes(f));
    throw new UsageError(`--format ${format} does not apply to '${view}': it carries findings only, and '${view}' has none; use one of: ${fits.join(', ')}`);
  }
  if (paths.length === 0) throw new UsageError('name at least one article file or folder');
  const jobs = jobsOf(opts);
  // A bad --output is said now, not after a long analysis: a missing folder, a folder, no permission.
  if (opts.output !== undefined) await checkOutput(opts.output, paths, opts);
  // A malformed review file stops the run before the analysis, naming the file and the reason.
  const reviews = view === 'report' ? await reviewsOf(opts) : emptyReviewFile();
  const loaded = await load(paths, opts, true);
  const analysis = await analyseLoaded(loaded, opts, jobs, progressBar(loaded.articles.length), narrow);
  let report = applyReviews(analysis.report, reviews);
  let focus: ReadonlySet<string> | undefined;
  if (narrow) {
    const ids = new Set(analysis.sources.filter(narrow.keeps).map((s) => s.id));
    focus = ids;
    report = narrowToSources(report, ids);
  }
  await emit(report, view, format, opts, analysis.sources, focus);
  process.exitCode = exitCode(report, opts['fail-on'] ?? DEFAULT_FAIL_ON);
}

/**
 * Refuses an `--output` that cannot be written (exit 2, before any analysis); one that is the
 * manifest or the review file of this run; and one that the next run over the same inputs would
 * read as an article — a report in the article folder — unless `--force`. Report formats other
 * than the article endings (`.sarif`, `.xml`) are never read.
 */
async function checkOutput(output: string, paths: readonly string[], opts: Common): Promise<void> {
  const why = unwritableReason(output);
  if (why) throw new UsageError(`--output ${output}: ${why}`);
  const real = (p: string): string => {
    try {
      return realTarget(p);
    } catch (err) {
      throw new UsageError(`--output ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const target = real(output);
  // '-o crosscheck.review.json' would put a report where the editors' decisions are.
  if (opts.manifest !== undefined && real(opts.manifest) === target) throw new UsageError(`--output ${output}: is the --manifest of this run; write the report elsewhere`);
  if (real(reviewPathOf(opts)) === target) throw new UsageError(`--output ${output}: is the review file of this run; write the report elsewhere`);
  if (opts.force === true) return;
  const { inputReading } = await import('./load/index.ts');
  const input = inputReading(paths, target);
  if (input !== null) {
    const where = real(input) === target ? 'is one of the inputs' : `is inside the input folder '${input}'`;
    throw new UsageError(`--output ${output}: ${where}, so the next run over it would read the report as an article; write it elsewhere (or use an ending such as .sarif or .out), or give --force`);
  }
}

/**
 * `check`: the whole corpus is analysed, but only findings that involve a new source are kept.
 * When `--against` names an index (`crosscheck index`), only the new articles are analysed and
 * the indexed articles that share blocking keys with them are read from it.
 */
async function check(newPaths: string[], against: string[], opts: Common & { candidates?: number }): Promise<void> {
  const { articleFiles } = await import('./load/index.ts');
  const fresh = new Set(articleFiles(newPaths).map((f) => resolve(f)));
  const keeps = (article: { file: string }) => fresh.has(resolve(article.file));
  const { isFileStore } = await import('./store/files.ts');
  const { isPostgresUrl } = await import('./store/open.ts');
  const indexes = against.filter((a) => isPostgresUrl(a) || isFileStore(a));
  const n = opts.candidates;
  if (n !== undefined && !(Number.isInteger(n) && n >= 0)) throw new UsageError(`--candidates must be a whole number (0 for the whole index), got '${n}'`);
  if (indexes.length === 0) {
    if (n !== undefined) process.stderr.write(`crosscheck: warning: --candidates applies only to --against <index> and is ignored\n`);
    return run('report', [...newPaths, ...against], opts, { keeps });
  }
  if (against.length > 1) throw new UsageError(`--against ${indexes[0]} is an index: name it alone, not with other indexes, files or folders`);
  return run('report', newPaths, opts, { keeps, index: indexes[0], fresh, candidates: n === undefined ? MAX_JOINED : n === 0 ? Infinity : n });
}

/**
 * Plans, analyses (reading and filling the cache unless `--no-cache`) and assembles. With an
 * index to check against, the indexed articles that may report the events of the loaded ones
 * join them before the assembly.
 */
async function analyseLoaded(loaded: Loaded, opts: Common, jobs: number | undefined, onProgress: ((done: number, total: number, stage?: string) => void) | undefined, narrow?: Narrow) {
  const { assemble } = await import('./pipeline.ts');
  const { analyseWithStore } = await import('./store/analyse.ts');
  const { codeVersion } = await import('./store/key.ts');
  const { settleLanguages } = await import('./load/index.ts');
  const code = codeVersion(runtimeVersion());
  // The index is opened first: a server that cannot be reached is told before any article is analysed.
  let index;
  try {
    index = narrow?.index ? await openIndex(narrow.index) : null;
  } catch (err) {
    settleLanguages(loaded);
    printLoadWarnings(loaded);
    throw err;
  }
  try {
    const { planned, read, warnings, cache } = await planLoaded(loaded, opts, code);
    let run;
    try {
      run = await analyseWithStore(planned, cache, { code, onProgress, analyse: await threads(jobs), read });
    } finally {
      await cache?.close();
    }
    for (const w of [...warnings, ...run.warnings]) process.stderr.write(`crosscheck: warning: ${w}\n`);
    const focus = narrow?.keeps;
    if (!index) return assemble(planned, run.results, { onProgress, focus });
    const { withCandidates } = await import('./store/subset.ts');
    const fresh = narrow?.fresh ?? new Set<string>();
    const subset = await withCandidates(planned, run.results, index, { code, limit: narrow?.candidates, skip: (row) => fresh.has(resolve(row.path.replace(/#\d+$/, ''))) });
    if (subset.unreadable.length > 0) {
      const n = subset.unreadable.length;
      process.stderr.write(
        `crosscheck: warning: ${index.location}: the analyses of ${n} indexed article${n === 1 ? ' is' : 's are'} missing or damaged (${subset.unreadable.slice(0, 3).join(', ')}${n > 3 ? ', …' : ''}); they take no part. Run 'crosscheck index' over them again.\n`,
      );
    }
    if (subset.termless > 0) {
      const n = subset.termless;
      process.stderr.write(
        `crosscheck: warning: ${index.location}: ${n} indexed article${n === 1 ? ' was' : 's were'} indexed by an older crosscheck, without ${n === 1 ? 'its' : 'their'} terms; the events are grouped among the candidates alone and may differ from those of the whole index. Run 'crosscheck index' over them again.\n`,
      );
    }
    return assemble(subset.plan, subset.results, { onProgress, focus, corpus: subset.corpus ?? undefined, grouping: subset.grouping ?? undefined });
  } finally {
    await index?.close();
  }
}

/** The index `--against` names (a folder or a PostgreSQL URL); one that cannot be opened is a usage error. */
async function openIndex(location: string) {
  const { openStore } = await import('./store/open.ts');
  try {
    return await openStore(location);
  } catch (err) {
    throw new UsageError(`--against ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** What besides lib/ and data/ decides an analysis: the Node and ICU versions (see `codeVersion`). */
function runtimeVersion(): string {
  return `node ${process.versions.node} icu ${process.versions.icu ?? 'none'} unicode ${process.versions.unicode ?? 'none'}`;
}

/**
 * The cache of this run: `--cache <dir or postgres:// URL>`, else `$XDG_CACHE_HOME/crosscheck`, else
 * `~/.cache/crosscheck`; none with `--no-cache`. A folder named with `--cache` that cannot be used
 * is a usage error; the default one costs a warning and the run goes on without a cache.
 */
async function openCache(opts: Common) {
  if (opts.cache === false) return null;
  if (opts.cache === '') throw new UsageError('--cache needs a folder: --cache <dir> (or --no-cache)');
  const { openStore } = await import('./store/open.ts');
  const dir = opts.cache ?? defaultCacheDir();
  if (dir === null) return null;
  try {
    return await openStore(dir);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    if (opts.cache !== undefined) throw new UsageError(`--cache ${msg}`);
    process.stderr.write(`crosscheck: warning: the cache ${msg}; analysing without it (choose one with --cache <dir>, or --no-cache)\n`);
    return null;
  }
}

/** `$XDG_CACHE_HOME/crosscheck`, else `~/.cache/crosscheck`; null when there is no home either. */
function defaultCacheDir(): string | null {
  const xdg = process.env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'crosscheck');
  let home: string;
  try {
    home = homedir();
  } catch {
    return null;
  }
  return home ? join(home, '.cache', 'crosscheck') : null;
}

/**
 * `index <paths..> --store <dir or postgres:// URL>`: analyses the articles (reading what the store already holds)
 * and records each with its key and blocking keys; prints a summary. Problems go to stderr, exit 2.
 */
async function indexArticles(paths: string[], storeDir: string, opts: Common): Promise<void> {
  if (paths.length === 0) throw new UsageError('name at least one article file or folder');
  if (!storeDir) throw new UsageError('--store needs a folder or a postgres:// URL');
  const loaded = await load(paths, opts);
  const { plan } = await import('./pipeline.ts');
  const { analyseWithStore } = await import('./store/analyse.ts');
  const { codeVersion } = await import('./store/key.ts');
  const { openStore } = await import('./store/open.ts');
  const { indexRow } = await import('./store/subset.ts');
  let store;
  try {
    store = await openStore(storeDir);
  } catch (err) {
    throw new UsageError(`--store ${err instanceof Error ? err.message : String(err)}`);
  }
  try {
    const planned = plan(loaded);
    const problems = loaded.problems.slice();
    // Each article's record is made as its result comes, and the result let go: an index of
    // thousands of articles holds their records, not their documents and facts.
    const rows: ReturnType<typeof indexRow>[] = [];
    const take = (i: number, result: ArticleResult, key: string) => {
      const task = planned.tasks[i];
      const real = planned.names.real.get(task.article.id) ?? task.article;
      rows.push(indexRow(real.path, real.id, key, result));
      if ('rule' in result) problems.push(result);
    };
    const run = await analyseWithStore(planned, store, { code: codeVersion(runtimeVersion()), onProgress: progressBar(loaded.articles.length), analyse: await threads(jobsOf(opts)), material: false, take });
    for (const w of run.warnings) process.stderr.write(`crosscheck: warning: ${w}\n`);
    await store.putArticles(rows);
    // Read once now: a folder store then keeps the summary of its records (lib/store/files.ts),
    // which the first `check --against` would otherwise make.
    await store.termCounts([]);
    for (const p of problems) process.stderr.write(`crosscheck: error: ${p.path}: ${p.reason} [${p.rule}]\n`);
    const analysed = rows.length - run.stored;
    process.stdout.write(`Indexed ${rows.length} article${rows.length === 1 ? '' : 's'} in ${store.location} (${analysed} analysed, ${run.stored} already there).\n`);
    process.exitCode = problems.length > 0 ? 2 : 0;
  } finally {
    await store.close();
  }
}

/** The review file `--review` names, or `crosscheck.review.json` in the working directory. */
function reviewPathOf(opts: Common): string {
  return resolve(opts.review ?? DEFAULT_REVIEW_FILE);
}

async function reviewsOf(opts: Common): Promise<ReviewFile> {
  try {
    return await readReviewFile(reviewPathOf(opts));
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
}

/** Options of `review` when it works on the review file instead of serving the page. */
interface DecideOptions extends Common {
  decide?: string;
  as?: ReviewDecisionKind;
  note?: string;
  reviewer?: string;
  list?: boolean;
  prune?: boolean;
  yes?: boolean;
}

/**
 * `review <paths..> --decide <id> --as <decision>`, `--list` and `--prune`: the findings of the
 * paths are computed afresh, so a decision records the evidence the editor is looking at now.
 */
async function reviewFile(paths: string[], opts: DecideOptions): Promise<void> {
  const actions = [opts.decide !== undefined, opts.list === true, opts.prune === true].filter(Boolean).length;
  if (actions > 1) throw new UsageError('use one of --decide, --list and --prune at a time');
  if (paths.length === 0) throw new UsageError('name the article files or folders whose findings you review, e.g. crosscheck review data/seeds --list');
  if (opts.decide !== undefined && opts.as === undefined) throw new UsageError(`say which decision with --as: ${DECISIONS.join(', ')}`);
  if (opts.decide === undefined && opts.as !== undefined) throw new UsageError('--as goes with --decide <finding id>');
  const jobs = jobsOf(opts);
  const reviewPath = reviewPathOf(opts);
  const reviews = await reviewsOf(opts);
  const loaded = await load(paths, opts, true);
  const report = applyReviews((await analyseLoaded(loaded, opts, jobs, progressBar(loaded.articles.length))).report, reviews);
  for (const p of report.problems) process.stderr.write(`crosscheck: error: ${p.path}: ${p.reason} [${p.rule}]\n`);
  const bad = report.problems.length > 0 ? 2 : 0;

  if (opts.decide !== undefined) {
    const id = opts.decide;
    // A unique prefix is accepted, as with git commits: ids are read off a report and typed.
    const exact = report.findings.find((f) => f.id === id);
    const byPrefix = id.length >= 4 ? report.findings.filter((f) => f.id.startsWith(id)) : [];
    const finding = exact ?? (byPrefix.length === 1 ? byPrefix[0] : undefined);
    if (!finding) {
      const why = byPrefix.length > 1 ? `matches ${byPrefix.length} findings (${byPrefix.map((f) => f.id).join(', ')}); give more of it` : `is not among the ${report.findings.length} findings of these inputs`;
      throw new UsageError(`unknown finding id '${id}': it ${why}. List them with: crosscheck review ${paths.join(' ')} --list`);
    }
    await recordDecision(reviewPath, finding.id, {
      decision: opts.as!,
      note: opts.note ?? null,
      reviewer: opts.reviewer ?? process.env.USER ?? process.env.USERNAME ?? null,
      at: new Date().toISOString(),
      evidence: finding.evidence,
      slot: finding.slot,
      articles: findingArticles(finding),
    }, report);
    process.stdout.write(`${finding.id} (${finding.verdict}: ${finding.slot}) is now ${opts.as}; recorded in ${reviewPath}\n`);
    process.exitCode = bad;
    return;
  }

  if (opts.prune) {
    // A dry run unless --yes: a prune over the wrong inputs would delete decisions just recorded.
    const { removed, kept } = await pruneEntries(reviewPath, report, { dryRun: opts.yes !== true });
    if (removed.length === 0) process.stdout.write(`No entries in ${reviewPath} whose findings are gone from these inputs.\n`);
    else {
      const n = `${removed.length} entr${removed.length === 1 ? 'y' : 'ies'}`;
      process.stdout.write(opts.yes ? `Removed ${n} from ${reviewPath}, their findings gone from these inputs:\n` : `Would remove ${n} from ${reviewPath}, their findings gone from these inputs:\n`);
      for (const s of removed) process.stdout.write(staleLine(s));
      if (!opts.yes) process.stdout.write(`Nothing was changed; run again with --yes to remove ${removed.length === 1 ? 'it' : 'them'}.\n`);
    }
    writeKept(kept);
    process.exitCode = bad;
    return;
  }

  const lines = sortForList(report).map((f) => `${f.id}  ${f.verdict.padEnd(16)}  ${reviewState(f)}  ${f.slot}`);
  process.stdout.write(lines.length ? `${lines.join('\n')}\n` : 'No findings.\n');
  const stale = staleEntries(report, reviews);
  const gone = stale.filter((s) => s.why === 'gone');
  if (gone.length > 0) {
    process.stdout.write(`\nStale entries in ${reviewPath} (their findings are gone from these inputs; see them go with --prune):\n`);
    for (const s of gone) process.stdout.write(staleLine(s));
  }
  writeKept(stale.filter((s) => s.why !== 'gone'));
  process.exitCode = bad;
}

/** "  c0ffee01  not-a-conflict  arrival: date": one stale entry. */
function staleLine({ id, entry }: StaleEntry): string {
  return `  ${id}  ${entry.decision}${entry.slot ? `  ${entry.slot}` : ''}\n`;
}

/** The entries matching no finding that `--prune` keeps, and why: their articles were not all given, or are not recorded. */
function writeKept(kept: readonly StaleEntry[]): void {
  const outside = kept.filter((s) => s.why === 'outside-inputs');
  const unknown = kept.filter((s) => s.why === 'unknown');
  if (outside.length > 0) {
    process.stdout.write(`\nKept: ${outside.length} entr${outside.length === 1 ? 'y' : 'ies'} about articles not among these inputs:\n`);
    for (const s of outside) process.stdout.write(`${staleLine(s).trimEnd()}  (not given: ${s.missing.join(', ')})\n`);
  }
  if (unknown.length > 0) {
    process.stdout.write(`\nKept: ${unknown.length} entr${unknown.length === 1 ? 'y' : 'ies'} recorded without their articles (by an older crosscheck), so never pruned; delete by hand if their findings are gone:\n`);
    for (const s of unknown) process.stdout.write(staleLine(s));
  }
}

/** Findings for `--list`: the ones that fail the gate first, as a to-do list reads. */
function sortForList(report: Report): Report['findings'] {
  return [...report.findings].sort((a, b) => verdictRank(a.verdict) - verdictRank(b.verdict) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function reviewState(f: Report['findings'][number]): string {
  if (!f.review) return 'unreviewed'.padEnd(28);
  return `${f.review.decision}${f.review.changed ? ' (changed)' : ''}`.padEnd(28);
}

/** `--jobs`: a whole number of at least 1, or undefined for the default (one thread per core). */
function jobsOf(opts: Common): number | undefined {
  if (opts.jobs === undefined) return undefined;
  const given = String(opts.jobs).trim();
  if (!/^\d{1,6}$/.test(given) || Number(given) < 1) throw new UsageError(`--jobs must be a whole number of at least 1 (1: one thread), got '${opts.jobs}'`);
  return Number(given);
}

/**
 * The analyser of the articles a store does not hold: `jobs` threads (see lib/workers/pool.ts;
 * the same bytes for any number), printing what went wrong with a worker as a warning (its
 * articles were analysed here).
 */
async function threads(jobs: number | undefined): Promise<NonNullable<StoreRunOptions['analyse']>> {
  const { analyseTasks } = await import('./workers/pool.ts');
  // CROSSCHECK_WORKERS_ALWAYS=1 starts the workers for inputs of any size, so that specs and
  // same-output can prove small inputs give the same bytes through them too.
  const always = process.env.CROSSCHECK_WORKERS_ALWAYS === '1';
  const onWarning = (message: string) => process.stderr.write(`crosscheck: warning: ${message}\n`);
  return (tasks, onProgress, onResult) => analyseTasks(tasks, { jobs, always, onProgress, onWarning, onResult });
}

/** Loads the articles and prints the loader's warnings (they change no exit code). */
async function load(paths: string[], opts: Common, deferLanguages = false): Promise<Loaded> {
  const { loadArticles } = await import('./load/index.ts');
  let loaded: Loaded;
  try {
    loaded = loadArticles(paths, { manifest: opts.manifest, published: opts.published, deferLanguages });
  } catch (err) {
    throw new UsageError(err instanceof Error ? err.message : String(err));
  }
  if (!deferLanguages) printLoadWarnings(loaded);
  return loaded;
}

/** The warnings of loading, one line each on stderr. */
function printLoadWarnings(loaded: Loaded): void {
  for (const w of loaded.warnings ?? []) process.stderr.write(`crosscheck: warning: ${w.path}: ${w.reason} [${w.rule}]\n`);
}

/**
 * Plans the analysis of articles loaded with their languages deferred: each is read from the
 * cache when it holds the article's analysis, else detected; then the warnings of loading are
 * printed (those of languages among them, in their places). Also when the cache cannot be opened.
 */
async function planLoaded(loaded: Loaded, opts: Common, code: string) {
  const { planWithStore } = await import('./store/analyse.ts');
  let cache;
  try {
    cache = await openCache(opts);
  } catch (err) {
    const { settleLanguages } = await import('./load/index.ts');
    settleLanguages(loaded);
    printLoadWarnings(loaded);
    throw err;
  }
  const made = await planWithStore(loaded, cache, code);
  printLoadWarnings(loaded);
  return { ...made, cache };
}

/** Prints problems to stderr, one line each, and the formatted report to stdout or `--output`. */
async function emit(report: Report, view: View, format: string, opts: Common, sources: readonly Source[], focus?: ReadonlySet<string>): Promise<void> {
  const { formatters } = await import('./report/index.ts');
  for (const p of report.problems) process.stderr.write(`crosscheck: error: ${p.path}: ${p.reason} [${p.rule}]\n`);
  // Limits reached: what was not compared, said in every format; the exit code is the findings'.
  for (const w of report.warnings ?? []) process.stderr.write(`crosscheck: warning: ${w.message} [${w.rule}]\n`);
  const toFile = opts.output !== undefined;
  const color = opts.color ?? (!toFile && process.stdout.isTTY === true && !process.env.NO_COLOR);
  const text = formatters[format](report, { view, color, width: process.stdout.columns || 120, sources, failOn: opts['fail-on'] ?? DEFAULT_FAIL_ON, focus });
  if (!toFile) {
    process.stdout.write(text);
    return;
  }
  try {
    writeFileAtomic(opts.output!, text);
  } catch (err) {
    // Said plainly (the message names the user's path), exit 2; the report went nowhere.
    throw new UsageError(`--output ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Options of `review` when it serves the page. */
interface ServeOptions extends Common {
  port?: number;
  'read-only': boolean;
}

/**
 * A progress bar on stderr for `report`, `check` and the review-file commands: only on a
 * terminal (CI logs and pipes stay clean), for inputs of many articles from the start and for
 * fewer once the run has taken {@link SLOW_MS} (one large file), with the step under way
 * ("extracting its facts: big.txt", "grouping events"), redrawn at most ten times a second. The
 * line is cleared when the analysis ends.
 */
function progressBar(total: number): ((done: number, total: number, stage?: string) => void) | undefined {
  if (process.stderr.isTTY !== true) return undefined;
  const width = 30;
  const started = Date.now();
  // CROSSCHECK_PROGRESS_AFTER (ms) moves the wait for few articles, so that a spec needs no slow input.
  const after = Number(process.env.CROSSCHECK_PROGRESS_AFTER ?? SLOW_MS);
  let last = 0;
  let drawn = false;
  return (done, _total, stage) => {
    const now = Date.now();
    if (total < PROGRESS_FROM && now - started < after) return;
    if (done === total && stage === undefined) {
      if (drawn) process.stderr.write('\r\u001b[K');
      drawn = false;
      return;
    }
    // Many articles are drawn ten times a second; the steps of few, and those after the last article, each.
    if (total >= PROGRESS_FROM && done < total && now - last < 100) return;
    last = now;
    drawn = true;
    const filled = Math.round((done / total) * width);
    const line = `crosscheck: [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} articles${stage ? `, ${stage}` : ''}`;
    process.stderr.write(`\r${line.slice(0, Math.max(20, (process.stderr.columns || 100) - 1))}\u001b[K`);
  };
}

/** Inputs of at least this many articles get progress lines on stderr while they are analysed. */
const PROGRESS_FROM = 20;

/** Runs of fewer articles get progress lines once they have taken this long (ms). */
const SLOW_MS = 2000;

/**
 * `review <paths..>`: analyses the articles, then serves the review page on 127.0.0.1 until
 * Ctrl+C. The address with its per-run token goes to stdout; everything else to stderr.
 */
async function serveReview(paths: string[], opts: ServeOptions): Promise<void> {
  if (paths.length === 0) throw new UsageError('name the article files or folders to review');
  const port = opts.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a whole number from 0 to 65535, got '${opts.port}'`);
  const jobs = jobsOf(opts);
  const reviewPath = resolve(opts.review ?? DEFAULT_REVIEW_FILE);
  // A malformed review file is reported now, with its reason, rather than as errors in the page.
  await readReviewFile(reviewPath);
  const loaded = await load(paths, opts, true);
  const { report, sources } = await analyseLoaded(loaded, opts, jobs, progress(loaded.articles.length));
  for (const p of report.problems) process.stderr.write(`crosscheck: error: ${p.path}: ${p.reason} [${p.rule}]\n`);
  const { newToken, startReviewServer } = await import('./server/index.ts');
  let server;
  try {
    server = await startReviewServer({
      report,
      sources,
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
function progress(total: number): ((done: number, total: number, stage?: string) => void) | undefined {
  if (total < PROGRESS_FROM) return undefined;
  const tty = process.stderr.isTTY === true;
  let shown = 0;
  let ended = false;
  return (done, _total, stage) => {
    // This counts articles: the steps within one, and the call that ends the analysis after the last, are not shown.
    if (stage !== undefined || ended) return;
    ended = done === total;
    const tenth = Math.floor((done * 10) / total);
    if (tty) process.stderr.write(`\rcrosscheck: analysed ${done}/${total} articles${done === total ? '\n' : ''}`);
    else if (tenth > shown || done === total) {
      shown = tenth;
      process.stderr.write(`crosscheck: analysed ${done}/${total} articles\n`);
    }
  };
}
