/**
 * `analyseWithStore` takes each result as it is had, in the tasks' order: batches are written
 * while the analysis goes on (a run stopped halfway keeps what it wrote), and with `take` the run
 * holds no results of its own (`index` keeps a small record of each article, not its facts).
 */
import { expect } from 'chai';
import { join } from 'node:path';
import { loadArticles } from '../../lib/load/index.ts';
import { analyseArticle, plan, type ArticleResult, type ArticleTask } from '../../lib/pipeline.ts';
import { analyseWithStore } from '../../lib/store/analyse.ts';
import type { FactStore, StoredResult } from '../../lib/types.ts';
import { SEEDS } from '../helpers.ts';

/** A store in memory that counts what it was given, and when. */
function memoryStore(log: string[]): FactStore {
  const entries = new Map<string, StoredResult>();
  return {
    location: 'memory',
    getResults: async (keys) => new Map(keys.filter((k) => entries.has(k)).map((k) => [k, entries.get(k)!])),
    putResults: async (batch) => {
      log.push(`put ${batch.length}`);
      for (const e of batch) entries.set(e.key, e.result);
    },
    putArticles: async () => {},
    articles: async () => [],
    candidates: async () => [],
    termCounts: async () => ({ articles: 0, counts: new Map() }) as never,
    close: async () => {},
  } as FactStore;
}

/** The seeds copied 12 times over under new names: 60 articles, more than one batch. */
function manyTasks(): readonly ArticleTask[] {
  const planned = plan(loadArticles([SEEDS]));
  const tasks: ArticleTask[] = [];
  for (let copy = 0; copy < 12; copy++) for (const t of planned.tasks) tasks.push({ ...t, path: join('copy', String(copy), t.path), article: { ...t.article, text: `${t.article.text}\nCopy ${copy}.` } });
  return tasks;
}

describe('store: results taken as they come', () => {
  it('writes batches while the analysis goes on, and gives the results in the tasks\' order', async () => {
    const tasks = manyTasks();
    const planned = { ...plan(loadArticles([SEEDS])), tasks: tasks as ArticleTask[] };
    const log: string[] = [];
    // An analyser that says when each article is analysed, handing each result over as it is done.
    const analyse = async (ts: readonly ArticleTask[], _p?: unknown, onResult?: (i: number, r: ArticleResult) => void) => {
      for (const [i, t] of ts.entries()) {
        log.push('analysed');
        onResult!(i, analyseArticle(t));
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      return [];
    };
    const taken: number[] = [];
    const run = await analyseWithStore(planned, memoryStore(log), { code: 'v1', analyse, material: false, take: (i) => taken.push(i) });
    expect(run.results).to.have.length(0);
    expect(taken).to.deep.equal(tasks.map((_t, i) => i));
    // The first batch is written before the last article is analysed.
    expect(log.indexOf('put 25')).to.be.within(0, log.lastIndexOf('analysed'));
    expect(log.filter((l) => l.startsWith('put')).map((l) => Number(l.slice(4))).reduce((a, b) => a + b, 0)).to.equal(tasks.length);
  });

  it('without `take`, returns every result in the tasks\' order, also from an analyser that returns them', async () => {
    const tasks = manyTasks().slice(0, 7);
    const planned = { ...plan(loadArticles([SEEDS])), tasks: tasks as ArticleTask[] };
    const analyse = async (ts: readonly ArticleTask[]) => ts.map((t) => analyseArticle(t));
    const run = await analyseWithStore(planned, memoryStore([]), { code: 'v1', analyse });
    expect(run.results.map((r) => ('rule' in r ? r.path : r.doc.article.text))).to.deep.equal(tasks.map((t) => t.article.text));
  });
});
