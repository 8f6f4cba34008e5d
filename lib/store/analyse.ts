/**
 * An analysis that reads what a {@link FactStore} already holds: the plan's tasks are keyed
 * (`key.ts`), the stored results fetched, only the others analysed (and stored), and the rest
 * assembled as always. The report is the same bytes as that of `pipeline.analyze`: a stored result
 * is the JSON of what `analyseArticle` returned, and nothing in it is lost by JSON (no Map, no
 * `undefined` field, no -0; `spec/store/cli.spec.ts` compares the outputs).
 */
import { settleLanguages, type Loaded } from '../load/index.ts';
import { analyseArticle, plan, type AnalysisPlan, type ArticleResult, type ArticleTask } from '../pipeline.ts';
import type { Article, FactStore, InputProblem, Language, StoredResult } from '../types.ts';
import { resultKey } from './key.ts';
import { useTerms } from '../cluster/terms.ts';
import { writeClaims, type Candidate } from '../judge/claims/index.ts';

/** Options of {@link analyseWithStore}. */
export interface StoreRunOptions {
  /** The code version the keys are made under (`codeVersion`). */
  code: string;
  /** As `AnalyzeOptions.onProgress`: each article done, and each step of one being analysed. */
  onProgress?: (done: number, total: number, stage?: string) => void;
  /**
   * Analyses the tasks the store does not hold, results in their order (the worker pool's
   * `analyseTasks`); default one by one in this thread. Given `onResult`, it hands each result
   * to it as it is done, in any order, and returns none.
   */
  analyse?: (
    tasks: readonly ArticleTask[],
    onProgress?: (done: number, total: number, stage?: string) => void,
    onResult?: (index: number, result: ArticleResult) => void,
  ) => Promise<ArticleResult[]>;
  /** What was read from the store already ({@link StorePlan.read}): not read again. */
  read?: StoreRead;
  /**
   * False: the results come back without their material (claims, bag of terms), once it is
   * stored; for `index`, which reads only documents and facts, and would otherwise hold the
   * claims of every article to its end (twice the memory on 6,000 articles).
   */
  material?: boolean;
  /**
   * Takes each result, with its key, in the tasks' order as soon as it is had; the run's
   * `results` then hold none. For `index`, which keeps a small record of each article and need not
   * hold every article's document and facts to its end.
   */
  take?: (index: number, result: ArticleResult, key: string) => void;
}

/** What {@link analyseWithStore} gives: the plan's results, in its order, and how they were had. */
export interface StoreRun {
  /** One result per task of the plan, in its order (none when `take` took them). */
  results: ArticleResult[];
  /** The key of each task. */
  keys: string[];
  /** How many results came from the store. */
  stored: number;
  /** Why the store could not be read or written, when it could not: the run went on without it. */
  warnings: string[];
}

/** Keys asked of a store, and the results it gave of them. */
export interface StoreRead {
  /** Every key asked (also when the read failed: it is not tried twice). */
  asked: Set<string>;
  /** The results present, by key. */
  found: Map<string, StoredResult>;
}

/** What {@link planWithStore} gives. */
export interface StorePlan {
  /** The plan of the loaded articles, every one with its language. */
  planned: AnalysisPlan;
  /** What was read of the store on the way: {@link analyseWithStore} need not read it again. */
  read: StoreRead;
  /** Why the store could not be read, when it could not. */
  warnings: string[];
}

/**
 * Plans the analysis of articles loaded with `deferLanguages`, reading the languages from the
 * store: an article analysed before is found there under its key, which holds no language (the
 * text decides it), and its stored analysis says its language. Only the others are detected.
 * The plan is made once as if every article were in a language analysed; when one proves not to
 * be, it is made again without it (names and site chrome are those of the analysed articles).
 */
export async function planWithStore(loaded: Loaded, store: FactStore | null, code: string): Promise<StorePlan> {
  const warnings: string[] = [];
  const read: StoreRead = { asked: new Set(), found: new Map() };
  if (store && loaded.undetected && loaded.undetected.length > 0) {
    const first = plan(loaded);
    const keys = first.tasks.map((t) => resultKey(t, code));
    for (const k of keys) read.asked.add(k);
    try {
      read.found = await store.getResults(keys);
    } catch (err) {
      warnings.push(`the cache ${store.location} could not be read (${message(err)}); every article is analysed`);
    }
    const known = new Map<Article, Language>();
    for (const [i, task] of first.tasks.entries()) {
      const hit = read.found.get(keys[i]);
      const language = hit && !('rule' in hit) ? hit.doc.article.language : undefined;
      const article = first.names.real.get(task.article.id);
      if (language && article) known.set(article, language);
    }
    settleLanguages(loaded, (a) => known.get(a));
    // Every article in a language analysed: the first plan was the plan, but for the languages
    // its articles (copies of the loaded ones, made before) lack. Planning again would cost what
    // learning the site chrome costs.
    if (loaded.articles.every((a) => a.language?.analysed !== false)) {
      for (const task of first.tasks) task.article.language = first.names.real.get(task.article.id)!.language;
      return { planned: first, read, warnings };
    }
  } else settleLanguages(loaded);
  return { planned: plan(loaded), read, warnings };
}

/** Results written to the store in batches of this many: a store takes them a batch at a time. */
const BATCH = 25;

/**
 * The results of the plan's tasks: from `store` when it holds them, else analysed and stored.
 * With no store every article is analysed. A store that fails (a full disk, a lost server) costs
 * a warning, not the run.
 */
export async function analyseWithStore(planned: AnalysisPlan, store: FactStore | null, options: StoreRunOptions): Promise<StoreRun> {
  const { tasks } = planned;
  const total = tasks.length;
  const keys = tasks.map((t) => resultKey(t, options.code));
  const warnings: string[] = [];
  const found = new Map<string, StoredResult>();
  // Keys asked already (by planWithStore): their results, or their absence, are known.
  const before = options.read;
  for (const key of keys) {
    const hit = before?.found.get(key);
    if (hit !== undefined) found.set(key, hit);
  }
  const ask = keys.filter((k) => !before?.asked.has(k));
  if (store && ask.length > 0) {
    try {
      for (const [k, v] of await store.getResults(ask)) found.set(k, v);
    } catch (err) {
      warnings.push(`the cache ${store.location} could not be read (${message(err)}); every article is analysed`);
    }
  }
  const results: ArticleResult[] = [];
  const lean = (r: ArticleResult): ArticleResult => {
    if (options.material !== false || 'rule' in r || !r.material) return r;
    // The bag its analysis made (on another thread, or read back) is the document's, before the
    // material goes: `index` records the terms of every article, and would make them again.
    useTerms(r.doc, r.material.terms);
    const { material: _kept, ...rest } = r;
    return rest;
  };
  const give = (i: number, r: ArticleResult): void => {
    if (options.take) options.take(i, r, keys[i]);
    else results.push(r);
  };
  let pending: { key: string; result: StoredResult }[] = [];
  let writable = store !== null;
  // Batches are written one after another, each as it fills, while the analysis goes on.
  let writing = Promise.resolve();
  const flush = () => {
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    writing = writing.then(async () => {
      if (!writable) return;
      try {
        await store!.putResults(batch);
      } catch (err) {
        writable = false;
        warnings.push(`the cache ${store!.location} could not be written (${message(err)}); the results are not kept`);
      }
    });
  };
  // The misses go to the analyser together (so that several threads share them). Results are
  // taken in the tasks' order as soon as each is there, the hits read back in place, and stored
  // in batches in that order: the store gets the same batches whatever the number of threads, and
  // a run that keeps no material (`index`) holds a result's material only until its batch is
  // written, not every article's to the end.
  const missing: number[] = [];
  for (let i = 0; i < total; i++) if (!found.has(keys[i])) missing.push(i);
  const stored = total - missing.length;
  const analyse = options.analyse ?? inThisThread;
  const arrived = new Map<number, ArticleResult>();
  let next = 0;
  const advance = () => {
    while (next < total) {
      const i = next;
      const hit = found.get(keys[i]);
      if (hit !== undefined) {
        give(i, lean(revive(hit, tasks[i].path, options.code)));
        next++;
        continue;
      }
      const result = arrived.get(i);
      if (result === undefined) return;
      arrived.delete(i);
      give(i, lean(result));
      const kept = keepable(result, options.code);
      if (kept) pending.push({ key: keys[i], result: kept });
      if (pending.length >= BATCH) flush();
      next++;
    }
  };
  const returned = await analyse(
    // With a store, each result carries the material the store keeps with it.
    missing.map((i) => (store ? { ...tasks[i], material: true } : tasks[i])),
    (done, _n, stage) => options.onProgress?.(stored + done, total, stage),
    (j, result) => {
      arrived.set(missing[j], result);
      advance();
    },
  );
  // An analyser that returns its results rather than handing them over gives them here.
  returned.forEach((result, j) => {
    if (result !== undefined && missing[j] >= next && !arrived.has(missing[j])) arrived.set(missing[j], result);
  });
  advance();
  if (next < total) throw new Error(`analyseWithStore: ${total - next} of ${total} results never came`);
  flush();
  await writing;
  options.onProgress?.(total, total);
  return { results, keys, stored, warnings };
}

/**
 * The tasks analysed one by one in this thread, each step heard by `onProgress`; given
 * `onResult`, each result goes to it, and the thread yields between articles so that the batches
 * it fills are written meanwhile.
 */
async function inThisThread(
  tasks: readonly ArticleTask[],
  onProgress?: (done: number, total: number, stage?: string) => void,
  onResult?: (index: number, result: ArticleResult) => void,
): Promise<ArticleResult[]> {
  const results: ArticleResult[] = [];
  for (const [i, task] of tasks.entries()) {
    const result = analyseArticle(task, undefined, (what) => onProgress?.(i, tasks.length, `${what}: ${task.path}`));
    onProgress?.(i + 1, tasks.length);
    if (!onResult) {
      results.push(result);
      continue;
    }
    onResult(i, result);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return results;
}

/**
 * What of a result is stored: the document, facts and material as they are, the material marked
 * as made by the code of version `code` and its claims as JSON text; a problem without its path (the same text under another
 * name is refused alike), and none for a crash or a stack overflow, which may not repeat (another
 * version of Node, another stack size).
 */
export function keepable(result: ArticleResult, code: string): StoredResult | null {
  if (!('rule' in result)) {
    const m = result.material;
    if (!m) return result;
    // The claims as JSON text: what JSON alone would lose of them (Infinity) kept.
    const claims = typeof m.claims.claims === 'string' ? m.claims.claims : writeClaims(m.claims.claims as Candidate[]);
    return { ...result, material: { ...m, code, claims: { ...m.claims, claims } } };
  }
  if (result.rule === 'input/failed' || result.rule === 'input/too-complex') return null;
  if (result.path !== '' && result.reason.includes(result.path)) return null;
  return { ...result, path: '' };
}

/**
 * A stored result for the task at `path`, read by the code of version `code`: a problem gets its
 * path back; material that other code made (an index older than the tool: its entries are read by
 * the key its records name) is left out, for the stages to make again. The document's bag of
 * terms is the material's, not made again.
 */
export function revive(result: StoredResult, path: string, code: string): ArticleResult {
  if ('rule' in result) return { ...result, path } satisfies InputProblem;
  const { material, ...rest } = result;
  if (material?.code !== code || !Array.isArray(material.terms)) return rest;
  useTerms(result.doc, material.terms);
  return result;
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
