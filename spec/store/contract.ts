/**
 * What every FactStore must do (lib/types.ts), as one mocha `describe` block any store's spec
 * runs: `storeContract('postgres', () => openPostgresStore(url), { corrupt, openElsewhere })`.
 *
 * `open` opens a store on one backend, the same each call (so two calls are two writers of one
 * index). The backend need not start empty: every case writes keys, paths and blocks of its own
 * (prefixed by the case) and looks only at those.
 */
import { expect } from 'chai';
import { join } from 'node:path';
import { loadArticles } from '../../lib/load/index.ts';
import { analyseArticle, plan } from '../../lib/pipeline.ts';
import type { FactStore, IndexedArticle, StoredResult } from '../../lib/types.ts';
import { SEEDS } from '../helpers.ts';

/** What a store's spec may add to the contract: backdoors and a second process. */
export interface ContractOptions {
  /** Damages the stored entry of `key` (its bytes, not through the store), so the next read must miss it. */
  corrupt?: (key: string) => Promise<void>;
  /** Opens a store on the same backend in another process (see ./store-process.ts). */
  openElsewhere?: () => Promise<FactStore>;
}

/** A small analysis of the hand-made kind: a problem, with text that is not ASCII. */
const problem = (key: string, note = ''): StoredResult => ({
  path: `in/${key}.txt`,
  rule: 'input/empty',
  reason: `Nothing to read in ${key}${note}: “quoted”, naïve, 漢字, 😀, a\u0000nul and a tab\t.`,
});

/** The JSON data a store gives back for `value`: what went in, as plain JSON. */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Code-unit order, as the interface means by "path order". */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Runs `work` with the stores `opens` gives, closing them all whatever happens. */
async function withStores<T>(opens: Array<() => Promise<FactStore>>, work: (stores: FactStore[]) => Promise<T>): Promise<T> {
  const stores: FactStore[] = [];
  try {
    for (const o of opens) stores.push(await o());
    return await work(stores);
  } finally {
    await Promise.all(stores.map((s) => s.close()));
  }
}

/** The FactStore contract, as a describe block named after the store. */
export function storeContract(name: string, open: () => Promise<FactStore>, options: ContractOptions = {}): void {
  describe(`FactStore contract: ${name}`, function () {
    this.timeout(60000);
    let store: FactStore;
    /** One real analysis: the first seed article, as the pipeline gives it. */
    let real: StoredResult;

    before(() => {
      const loaded = loadArticles([join(SEEDS, '000_26ba52da4331a6e7.txt')]);
      real = asJson(analyseArticle(plan(loaded).tasks[0]));
      expect(real).to.have.property('facts');
    });
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    it('says where it lives', () => {
      expect(store.location).to.be.a('string').and.not.equal('');
    });

    it('gives back what was put: a real analysis and a problem, through another store on the backend', async () => {
      await store.putResults([
        { key: 'rt-real', result: real },
        { key: 'rt-problem', result: problem('rt-problem') },
      ]);
      const got = await store.getResults(['rt-real', 'rt-problem']);
      expect([...got.keys()].sort()).to.deep.equal(['rt-problem', 'rt-real']);
      expect(got.get('rt-real')).to.deep.equal(real);
      expect(got.get('rt-problem')).to.deep.equal(asJson(problem('rt-problem')));
      await withStores([open], async ([other]) => {
        expect((await other.getResults(['rt-real'])).get('rt-real')).to.deep.equal(real);
      });
    });

    it('reports keys never put as absent, and takes an empty list', async () => {
      await store.putResults([{ key: 'miss-present', result: problem('miss-present') }]);
      const got = await store.getResults(['miss-absent', 'miss-present', 'miss-other']);
      expect([...got.keys()]).to.deep.equal(['miss-present']);
      expect((await store.getResults([])).size).to.equal(0);
      await store.putResults([]);
    });

    it('keeps the first analysis of a key: a second put of it changes nothing', async () => {
      await store.putResults([{ key: 'first', result: problem('first', ' (first)') }]);
      await store.putResults([{ key: 'first', result: problem('first', ' (second)') }]);
      await withStores([open], async ([other]) => {
        await other.putResults([{ key: 'first', result: problem('first', ' (third)') }]);
      });
      expect((await store.getResults(['first'])).get('first')).to.deep.equal(asJson(problem('first', ' (first)')));
    });

    it('reports a corrupted entry missing, never returns it, and takes it again from the next put', async function () {
      if (!options.corrupt) return this.skip();
      await store.putResults([
        { key: 'bad', result: problem('bad', ' (before)') },
        { key: 'bad-neighbour', result: problem('bad-neighbour') },
      ]);
      await options.corrupt('bad');
      const got = await store.getResults(['bad', 'bad-neighbour']);
      expect([...got.keys()], 'the corrupted key is missing, its neighbour is not').to.deep.equal(['bad-neighbour']);
      // Rebuilt as a caller would: put again after the miss.
      await store.putResults([{ key: 'bad', result: problem('bad', ' (rebuilt)') }]);
      expect((await store.getResults(['bad'])).get('bad')).to.deep.equal(asJson(problem('bad', ' (rebuilt)')));
    });

    it('replaces an article by its path: key and blocks, and the old blocks no longer find it', async () => {
      await store.putArticles([{ path: 'rep/a.txt', key: 'rep-k1', blocks: ['rep:old', 'rep:both'] }]);
      await store.putArticles([{ path: 'rep/a.txt', key: 'rep-k2', blocks: ['rep:new', 'rep:both'] }]);
      const mine = (await store.articles()).filter((a) => a.path.startsWith('rep/'));
      expect(mine).to.deep.equal([{ path: 'rep/a.txt', key: 'rep-k2', blocks: ['rep:new', 'rep:both'] }]);
      expect(await store.candidates(['rep:old'], 10)).to.deep.equal([]);
      expect(await store.candidates(['rep:new', 'rep:old'], 10)).to.deep.equal(['rep-k2']);
    });

    it('lists the articles in path order, each with its blocks in the order given', async () => {
      // Upper case before lower, '-' before '/', accented after ASCII: code-unit order, not a locale's.
      const paths = ['ord/b.txt', 'ord/B.txt', 'ord/a/z.txt', 'ord/a-z.txt', 'ord/é.txt', 'ord/a.txt', 'ord/10.txt', 'ord/9.txt'];
      const rows: IndexedArticle[] = paths.map((path, i) => ({ path, key: `ord-${i}`, blocks: [`ord:z${i}`, 'ord:shared', `ord:a${i}`] }));
      await store.putArticles(rows);
      const mine = (await store.articles()).filter((a) => a.path.startsWith('ord/'));
      expect(mine.map((a) => a.path)).to.deep.equal([...paths].sort(cmp));
      expect(mine.find((a) => a.path === 'ord/é.txt')).to.deep.equal(rows[4]);
      const all = (await store.articles()).map((a) => a.path);
      expect(all, 'the whole index is in path order too').to.deep.equal([...all].sort(cmp));
    });

    it('ranks candidates by blocks shared, then by key, within the limit', async () => {
      await store.putArticles([
        { path: 'cand/1', key: 'cand-c', blocks: ['cand:x'] },
        { path: 'cand/2', key: 'cand-a', blocks: ['cand:x', 'cand:y', 'cand:z'] },
        { path: 'cand/3', key: 'cand-b', blocks: ['cand:y', 'cand:x'] },
        { path: 'cand/4', key: 'cand-e', blocks: ['cand:z', 'cand:other'] },
        { path: 'cand/5', key: 'cand-d', blocks: ['cand:other'] },
        // A second path of one analysis: the key is one candidate, its blocks pooled.
        { path: 'cand/6', key: 'cand-c', blocks: ['cand:x', 'cand:nothing'] },
      ]);
      expect(await store.candidates(['cand:x', 'cand:y', 'cand:z'], 10)).to.deep.equal(['cand-a', 'cand-b', 'cand-c', 'cand-e']);
      expect(await store.candidates(['cand:x', 'cand:y', 'cand:z'], 2)).to.deep.equal(['cand-a', 'cand-b']);
      expect(await store.candidates(['cand:x', 'cand:y', 'cand:z'], Infinity)).to.have.length(4);
      expect(await store.candidates(['cand:x'], 0)).to.deep.equal([]);
      // Ties (one block each) by key.
      expect(await store.candidates(['cand:z'], 10)).to.deep.equal(['cand-a', 'cand-e']);
      // A block asked twice counts once.
      expect(await store.candidates(['cand:z', 'cand:z', 'cand:other'], 10)).to.deep.equal(['cand-e', 'cand-a', 'cand-d']);
      expect(await store.candidates(['cand:none'], 10)).to.deep.equal([]);
      expect(await store.candidates([], 10)).to.deep.equal([]);
    });

    /**
     * Two writers at once: `a` and `b` put 120 results each, 60 keys shared with different
     * analyses, and overlapping articles, all concurrently. Afterwards every key holds one whole
     * analysis of one writer, both see the same, and every article is whole (key and blocks of
     * one writer).
     */
    async function twoWriters(a: FactStore, b: FactStore, tag: string): Promise<void> {
      const entries = (writer: string, from: number): Array<{ key: string; result: StoredResult }> =>
        Array.from({ length: 120 }, (_, i) => {
          const key = `${tag}-${String(from + i).padStart(3, '0')}`;
          // Every tenth a real analysis, cut differently by each writer, so the two values differ.
          const result: StoredResult = i % 10 === 0 && 'facts' in real ? { ...real, facts: real.facts.slice(writer === 'A' ? 1 : 2) } : problem(key, ` by ${writer}`);
          return { key, result };
        });
      const fromA = entries('A', 0);
      const fromB = entries('B', 60);
      const articles = (writer: string, from: number): IndexedArticle[] =>
        Array.from({ length: 40 }, (_, i) => ({ path: `${tag}/${from + i}`, key: `${tag}-${writer}-${from + i}`, blocks: [`${tag}:${writer}`, `${tag}:${from + i}`] }));
      // In batches, so the writes interleave rather than run one whole call after the other.
      const write = async (s: FactStore, e: typeof fromA, rows: IndexedArticle[]): Promise<void> => {
        for (let k = 0; k * 20 < e.length; k++) {
          await Promise.all([s.putResults(e.slice(k * 20, k * 20 + 20)), s.putArticles(rows.slice(k * 7, k * 7 + 7))]);
        }
        await s.putArticles(rows);
      };
      await Promise.all([write(a, fromA, articles('A', 0)), write(b, fromB.slice().reverse(), articles('B', 20))]);

      const keys = [...new Set([...fromA, ...fromB].map((e) => e.key))].sort();
      expect(keys).to.have.length(180);
      const [seenA, seenB] = await Promise.all([a.getResults(keys), b.getResults(keys)]);
      expect(seenA.size, 'every key written is present').to.equal(180);
      for (const key of keys) {
        const options = [fromA, fromB].flatMap((list) => list.filter((e) => e.key === key).map((e) => asJson(e.result)));
        expect(options.some((o) => JSON.stringify(o) === JSON.stringify(seenA.get(key))), `${key} holds one writer's whole analysis`).to.equal(true);
        expect(seenB.get(key), `${key} reads the same from both`).to.deep.equal(seenA.get(key));
      }
      const rows = (await b.articles()).filter((r) => r.path.startsWith(`${tag}/`));
      expect(rows.map((r) => r.path)).to.deep.equal(Array.from({ length: 60 }, (_, i) => `${tag}/${i}`).sort(cmp));
      for (const r of rows) {
        const writer = r.key.split('-')[1];
        expect(r.blocks, `${r.path} is one writer's whole row`).to.deep.equal([`${tag}:${writer}`, `${tag}:${r.path.split('/')[1]}`]);
      }
      const found = await a.candidates([`${tag}:A`, `${tag}:B`], 1000);
      expect([...found].sort()).to.deep.equal([...new Set(rows.map((r) => r.key))].sort());
    }

    it('takes two writers at once on one backend: overlapping keys and paths, nothing lost or mixed', async () => {
      await withStores([open, open], ([a, b]) => twoWriters(a, b, 'two'));
    });

    it('takes two writers at once in two processes', async function () {
      if (!options.openElsewhere) return this.skip();
      await withStores([open, options.openElsewhere], ([a, b]) => twoWriters(a, b, 'proc'));
    });

    it('keeps what was written after it is closed', async () => {
      await store.putResults([{ key: 'kept', result: problem('kept') }]);
      await store.putArticles([{ path: 'kept/a', key: 'kept', blocks: ['kept:a'] }]);
      await store.close();
      store = await open();
      expect((await store.getResults(['kept'])).get('kept')).to.deep.equal(asJson(problem('kept')));
      expect(await store.candidates(['kept:a'], 5)).to.deep.equal(['kept']);
    });
  });
}
