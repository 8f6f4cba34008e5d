/**
 * The articles of a plan analysed on several cores: this thread and worker threads (`worker.ts`)
 * take the plan's tasks from one queue, in order of their index, and the results come back in the
 * plan's order, the same objects `analyseArticle` gives in process — so the report, built from
 * them by `assemble`, is the same bytes whatever the number of threads.
 *
 * This thread works too, one article at a time, and hands out the next tasks between two of its
 * articles: `--jobs 2` is this thread and one worker, so that two cores cost one extra start of
 * the pipeline (its modules and the sentence model, ~0.8 s of CPU and ~150 MB), not two.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { defaultExtractors } from '../extract/registry.ts';
import { analyseArticle, assemble, plan, type ArticleResult, type ArticleTask } from '../pipeline.ts';
import type { Loaded } from '../load/index.ts';
import type { Analysis } from '../types.ts';
import type { TasksMessage, WorkerMessage } from './messages.ts';

/** Options of {@link analyseTasks}. */
export interface AnalyseTasksOptions {
  /**
   * Threads that analyse articles, this one included: 1 analyses in this thread alone, with no
   * worker; default {@link defaultJobs}. Small inputs start no worker whatever it says; see
   * {@link workerCount}.
   */
  jobs?: number;
  /** Called as articles are done (`done` of `total`), and with `stage` as this thread's steps start; as `AnalyzeOptions.onProgress`. */
  onProgress?: (done: number, total: number, stage?: string) => void;
  /** Hears what went wrong with a worker (it could not start, or stopped); its articles are analysed in this thread. */
  onWarning?: (message: string) => void;
  /** Start the workers whatever the size of the input: for specs and measures. */
  always?: boolean;
  /**
   * Takes each result as it is done, in the order they finish: the returned array then holds
   * none, so that a caller that stores results as they come (`index` of thousands of articles)
   * need not hold them all at once.
   */
  onResult?: (index: number, result: ArticleResult) => void;
  /**
   * False: this thread analyses only what the workers cannot (all of it once none is left), so
   * that every article that can goes through a worker: for specs. Default true.
   */
  here?: boolean;
  /** The worker module; default `worker.ts` beside this one (`worker.js` in the build). For specs. */
  entry?: URL;
}

/** The number of threads of analysis when `--jobs` is not given: one per core the process may use. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Inputs of fewer articles start no worker: whatever their length, a worker would take few of them
 * off this thread before it is ready.
 */
export const WORKERS_FROM_ARTICLES = 20;

/**
 * Characters of text per worker started: one worker more only for every this many characters of
 * input. Measured (2026-12-05, the build, subsets of the ECB+ dev articles, a busy machine): a
 * worker is ready after ~0.8 s (its modules and the sentence model), and a run through one costs
 * more CPU than one thread — 1.4 s at 300,000 characters, 1.7 s at 600,000, 3 s at 1.4 million:
 * the start, the code each thread compiles afresh, the copies of tasks and results. One thread
 * analyses ~230,000 characters a second, so two threads with a free core break even at ~350,000
 * characters and gain from ~500,000 (~2.2 s of analysis); below, and on a busy machine, a loss.
 */
export const CHARS_PER_WORKER = 500_000;

/**
 * How many worker threads `jobs` threads of analysis start for these tasks: none for one job, for
 * fewer than {@link WORKERS_FROM_ARTICLES} articles, or under {@link CHARS_PER_WORKER} characters;
 * else up to `jobs - 1` (this thread is one), one per {@link CHARS_PER_WORKER} characters.
 * `always` skips the size rules.
 */
export function workerCount(tasks: readonly ArticleTask[], jobs: number, always = false): number {
  if (jobs <= 1 || tasks.length < 2) return 0;
  if (always) return Math.min(jobs - 1, tasks.length - 1);
  if (tasks.length < WORKERS_FROM_ARTICLES) return 0;
  let chars = 0;
  for (const t of tasks) chars += t.article.text.length;
  return Math.min(jobs - 1, Math.floor(chars / CHARS_PER_WORKER));
}

/** Tasks a worker holds at most, sent or under way: enough that it never waits for this thread, which hands them out only between two of its own articles. */
const IN_FLIGHT = 12;

/** Tasks per message at most; fewer near the end, so that the threads finish together. */
const CHUNK = 6;

/**
 * The V8 stack a worker gets, in MB: the main thread's (984 KB, V8's default) plus the 192 KB
 * Node keeps aside in a worker. An input deep enough to overflow the stack is then refused
 * (`input/too-complex`) in a worker as in this thread, rather than only with `--jobs 1`.
 */
const STACK_MB = (984 + 192) / 1024;

/** One worker thread and the tasks it holds. */
interface Helper {
  worker: Worker;
  /** True once it has loaded the pipeline. */
  ready: boolean;
  /** Indexes of the tasks sent to it and not answered yet. */
  pending: Set<number>;
  /** True once it has ended or is being ended. */
  gone: boolean;
  /** The error it stopped on, if any. */
  error?: Error;
}

/**
 * Analyses the tasks of a plan, on several threads when `jobs` and the input's size call for it
 * (see {@link workerCount}), and returns their results in the tasks' order, as
 * `tasks.map((t) => analyseArticle(t))` would. An article whose analysis fails is its own
 * problem, as in process; a worker that cannot start or stops loses nothing: its unanswered
 * articles are analysed in this thread, with a warning. Runs the default extractors.
 */
export async function analyseTasks(tasks: readonly ArticleTask[], options: AnalyseTasksOptions = {}): Promise<ArticleResult[]> {
  const jobs = options.jobs ?? defaultJobs();
  if (!Number.isInteger(jobs) || jobs < 1) throw new RangeError(`jobs must be a whole number of at least 1, got ${jobs}`);
  const total = tasks.length;
  const results = new Array<ArticleResult>(total);
  let done = 0;
  const finish = (index: number, result: ArticleResult): void => {
    if (options.onResult) options.onResult(index, result);
    else results[index] = result;
    done++;
    options.onProgress?.(done, total);
  };
  const here = (index: number): ArticleResult => {
    const task = tasks[index];
    return analyseArticle(task, defaultExtractors, (what) => options.onProgress?.(done, total, `${what}: ${task.path}`));
  };

  const count = workerCount(tasks, jobs, options.always === true);
  if (count === 0) {
    for (let i = 0; i < total; i++) finish(i, here(i));
    return results;
  }

  let next = 0;
  // Tasks for this thread alone: those of a worker that stopped, and results that could not be sent.
  const mine: number[] = [];
  let wake: (() => void) | null = null;
  const signal = (): void => {
    const w = wake;
    wake = null;
    w?.();
  };
  const warn = (message: string): void => options.onWarning?.(message);

  const feed = (h: Helper): void => {
    while (h.ready && !h.gone && h.pending.size < IN_FLIGHT && next < total) {
      // Smaller messages near the end, so that no thread is left with a long queue while others wait.
      const size = Math.max(1, Math.min(CHUNK, IN_FLIGHT - h.pending.size, Math.ceil((total - next) / ((count + 1) * 2))));
      const indexes: number[] = [];
      for (let k = 0; k < size && next < total; k++) indexes.push(next++);
      for (const i of indexes) h.pending.add(i);
      const message: TasksMessage = { type: 'tasks', indexes, tasks: indexes.map((i) => tasks[i]) };
      h.worker.postMessage(message);
    }
  };

  const entry = options.entry ?? new URL(import.meta.url.endsWith('.ts') ? './worker.ts' : './worker.js', import.meta.url);
  const helpers: Helper[] = [];
  for (let k = 0; k < count; k++) {
    const h: Helper = { worker: startWorker(entry), ready: false, pending: new Set(), gone: false };
    helpers.push(h);
    h.worker.on('message', (m: WorkerMessage) => {
      if (h.gone) return;
      if (m.type === 'ready') {
        h.ready = true;
        feed(h);
      } else if (m.type === 'result') {
        if (!h.pending.delete(m.index)) return;
        finish(m.index, m.result);
        feed(h);
      } else {
        h.pending.delete(m.index);
        mine.push(m.index);
        warn(`the result for ${tasks[m.index].path} could not be passed back from a worker (${m.error}); it is analysed in the main thread`);
        feed(h);
      }
      signal();
    });
    h.worker.on('error', (err) => {
      h.error = err;
    });
    h.worker.on('exit', (code) => {
      if (h.gone) return;
      h.gone = true;
      const why = h.error ? `${h.error.name}: ${h.error.message}` : `exit code ${code}`;
      if (!h.ready) warn(`an analysis worker could not start (${why}); its share is analysed in the main thread`);
      else warn(`an analysis worker stopped (${why}); its ${h.pending.size} unfinished articles are analysed in the main thread`);
      for (const i of h.pending) mine.push(i);
      h.pending.clear();
      signal();
    });
  }

  try {
    while (done < total) {
      const takes = options.here !== false || helpers.every((h) => h.gone);
      const i = mine.length > 0 ? mine.pop() : takes && next < total ? next++ : undefined;
      if (i === undefined) {
        // Every task is taken (or left to the workers) and some are in workers: wait for their results, or their end.
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
      finish(i, here(i));
      // Lets the workers' messages in between two articles: their results, and their call for more.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  } finally {
    const ending: Promise<number>[] = [];
    for (const h of helpers) {
      if (h.gone) continue;
      h.gone = true;
      ending.push(h.worker.terminate());
    }
    await Promise.all(ending);
  }
  return results;
}

/**
 * Starts a worker thread on `entry`. The build's JavaScript runs as it is; a TypeScript module
 * (the sources, under tsx in specs and when the build is stale) needs tsx's loader registered in
 * the worker first, which Node 20 does not do for the worker's own first module when given
 * `--import tsx`, hence the two steps of a small bootstrap.
 */
function startWorker(entry: URL): Worker {
  const resourceLimits = { stackSizeMb: STACK_MB };
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { resourceLimits });
  const tsx = tsxApi();
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(boot, { eval: true, resourceLimits });
}

/**
 * The URL of tsx's ES module API (`tsx/esm/api`), whose `register` works in a worker: its CommonJS
 * twin, and a bare `import 'tsx'`, do not register the loader there on Node 20. Found through
 * tsx's package.json by require, because mocha loads specs through tsx's CommonJS side, where
 * import.meta has no resolve.
 */
function tsxApi(): string {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(join(dirname(manifest), exports['./esm/api'].import.default)).href;
}

/**
 * `analyze` on several cores: plans, analyses the tasks with {@link analyseTasks}, assembles. The
 * same analysis, byte for byte, for any `jobs`.
 */
export async function analyzeParallel(loaded: Loaded, options: AnalyseTasksOptions = {}): Promise<Analysis> {
  const planned = plan(loaded);
  const results = await analyseTasks(planned.tasks, options);
  return assemble(planned, results, options);
}
