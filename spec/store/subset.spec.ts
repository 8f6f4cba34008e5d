/**
 * `check --against <index>` below the command line (lib/store/subset.ts): the new articles join
 * the candidates with the term counts of the whole corpus, so that grouping few articles weighs
 * terms as the report of the whole folder does; an index made without terms falls back to a
 * sample and says how many articles lack them.
 */
import { expect } from 'chai';
import { join } from 'node:path';
import { bagTerms } from '../../lib/store/blocks.ts';
import { loadArticles } from '../../lib/load/index.ts';
import { analyseArticle, assemble, plan } from '../../lib/pipeline.ts';
import { indexRow, withCandidates } from '../../lib/store/subset.ts';
import type { IndexedArticle } from '../../lib/types.ts';
import { MANIFEST, SEEDS } from '../helpers.ts';
import { keyOf } from './contract.ts';
import { memoryBackend, openMemoryStore } from './memory-store.ts';

const FRESH = '004_f06c583c02f324cf';
/** The code version the results are stored under. */
const CODE = 'spec';

/** The seeds analysed, and a memory index of them (`terms`: whether the records keep their terms). */
async function seedIndex(terms: boolean) {
  const all = plan(loadArticles([SEEDS], { manifest: MANIFEST }));
  const results = all.tasks.map((t) => analyseArticle(t));
  const store = openMemoryStore(memoryBackend());
  const keys = all.tasks.map((t) => keyOf(t.article.text));
  await store.putResults(results.map((result, i) => ({ key: keys[i], result })));
  const rows: IndexedArticle[] = all.tasks.map((t, i) => {
    const real = all.names.real.get(t.article.id)!;
    const { terms: _t, ...row } = indexRow(real.path, real.id, keys[i], results[i]);
    return terms ? indexRow(real.path, real.id, keys[i], results[i]) : row;
  });
  await store.putArticles(rows);
  const fresh = plan(loadArticles([join(SEEDS, `${FRESH}.txt`)], { manifest: MANIFEST }));
  const freshResults = fresh.tasks.map((t) => analyseArticle(t));
  return { all, results, store, fresh, freshResults };
}

describe('store: the subset of an index a check joins', () => {
  it('counts terms over the index and the new article, the new one in place of its older version, and groups as the whole folder', async () => {
    const { all, results, store, fresh, freshResults } = await seedIndex(true);
    const subset = await withCandidates(fresh, freshResults, store, { code: CODE, limit: 1, skip: (row) => row.path.endsWith(`${FRESH}.txt`) });
    expect(subset.termless).to.equal(0);
    const corpus = subset.corpus!;
    // The folder's five articles: four indexed, the fifth the new one (its indexed copy left out).
    expect(corpus.articles).to.equal(5);
    const df = new Map<string, number>();
    for (const r of results) if (!('rule' in r)) for (const t of bagTerms(r.doc)) df.set(t, (df.get(t) ?? 0) + 1);
    for (const [t, n] of corpus.df) expect(n, t).to.equal(df.get(t));
    // The rounds bring the rest of the story, whatever the first candidate: the events of the new
    // article are those of the report of the folder.
    const whole = assemble(all, results).report;
    const part = assemble(subset.plan, subset.results, { corpus }).report;
    const mine = (r: typeof whole) => r.events.filter((e) => e.articles.includes(FRESH)).map((e) => e.articles.join(' '));
    expect(mine(part)).to.deep.equal(mine(whole));
  });

  it('with an index made without terms: no counts, a sample to the limit, and how many lack them', async () => {
    const { store, fresh, freshResults } = await seedIndex(false);
    const subset = await withCandidates(fresh, freshResults, store, { code: CODE, limit: 3, skip: (row) => row.path.endsWith(`${FRESH}.txt`) });
    expect(subset.corpus).to.equal(null);
    // The four other seeds: the older version of the new one does not count.
    expect(subset.termless).to.equal(4);
    expect(subset.joined).to.have.length(3);
  });
});
