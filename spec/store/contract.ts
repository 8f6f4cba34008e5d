/**
 * What every FactStore must do (lib/types.ts), as one mocha `describe` block any store's spec
 * runs: `storeContract('postgres', () => openPostgresStore(url), { corrupt, openElsewhere })`. The
 * memory and file stores run it in `npm test`, the PostgreSQL store under `npm run test:pg`.
 *
 * `open` opens a store on one backend, the same each call (so two calls are two writers of one
 * index). The backend need not start empty: every case writes keys, paths and blocks of its own
 * (keys made by {@link keyOf} from seeds prefixed by the case, paths and blocks prefixed by it)
 * and looks only at those. Keys are 64 hex digits, as `lib/store/key.ts` makes them.
 */
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { loadArticles } from '../../lib/load/index.ts';
import { analyseArticle, plan } from '../../lib/pipeline.ts';
import type { Document, FactStore, IndexedArticle, PersonFact, StoredResult, TimeFact } from '../../lib/types.ts';
import { SEEDS } from '../helpers.ts';

/** A key as the tool makes them: 64 hex digits. */
export function keyOf(seed: string): string {
  return createHash('sha256').update(seed).digest('hex');
}

/** A small analysed article, with the fields JSON could lose if a store mishandled them: nulls, optional fields, non-ASCII text, offsets. */
export function sampleResult(n = 1): StoredResult {
  const text = `Jane Doe arrived in Tokyo on Tuesday — the ${n}th visit. “Quoted”, she said. \u00e9\u{1F600}`;
  const name = `^${keyOf(text).slice(0, 16)}`;
  const doc: Document = {
    article: {
      id: name,
      path: name,
      file: name,
      format: 'txt',
      text,
      title: null,
      outlet: 'Wire',
      url: null,
      published: '2024-05-16',
      publishedFrom: 'metadata',
      publishedWhy: 'manifest',
      preMasked: [],
      language: { code: 'eng', name: 'English', analysed: true, why: 'English scores 1.00' },
    },
    body: text,
    masks: [{ start: 0, end: 0, rule: 'boilerplate/none' }],
    sentences: [{ start: 0, end: text.length, index: 0, paragraph: 0, heading: false }],
  };
  const person: PersonFact = { id: 'p1', article: name, text: 'Jane Doe', start: 0, end: 8, sentence: 0, extractor: 'person/names', event: null, kind: 'person', value: 'Jane Doe', role: null };
  const time: TimeFact = {
    id: 't1',
    article: name,
    text: 'on Tuesday',
    start: 29,
    end: 39,
    sentence: 0,
    extractor: 'time/chrono',
    event: null,
    kind: 'time',
    value: '2024-05-14',
    timex: 'DATE',
    stated: { weekday: 2 },
    implied: { year: 2024, month: 5, day: 14 },
    anchor: { kind: 'published', date: '2024-05-16' },
    rule: 'weekday',
    chain: 'weekday → last',
    earliest: true,
  };
  return { doc, facts: [person, time] };
}

/** An indexed article; `terms` when given. */
export function row(path: string, key: string, blocks: string[], id?: string, terms?: string[]): IndexedArticle {
  const r: IndexedArticle = id === undefined ? { path, key, blocks } : { path, key, blocks, id };
  if (terms !== undefined) r.terms = terms;
  return r;
}

/** Term → count of `counts.df`, sorted, for comparing. */
const dfOf = (counts: { df: Map<string, number> }): Array<[string, number]> => [...counts.df].sort((a, b) => cmp(a[0], b[0]));

/** What a store's spec may add to the contract: backdoors and a second process. */
export interface ContractOptions {
  /** Damages the stored entry of `key` (its bytes, not through the store), so the next read must miss it. */
  corrupt?: (key: string) => Promise<void>;
  /** Opens a store on the same backend in another process (see ./store-process.ts). */
  openElsewhere?: () => Promise<FactStore>;
}

/** A small analysis of the hand-made kind: a problem, with text that is not ASCII, a NUL and a tab. */
const problem = (key: string, note = ''): StoredResult => ({
  path: `in/${key.slice(0, 8)}.txt`,
  rule: 'input/empty',
  reason: `Nothing to read in ${key.slice(0, 8)}${note}: “quoted”, naïve, 漢字, 😀, a\u0000nul and a tab\t.`,
});

/** The JSON data a store gives back for `value`: what went in, as plain JSON. */
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Code-unit order, as the interface means by "path order" and "by key". */
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

    it('gives back what was put, equal in every field and in the order of its fields: a real analysis, a sample, a problem; also through another store', async () => {
      const [kReal, kSample, kProblem] = ['rt-real', 'rt-sample', 'rt-problem'].map(keyOf);
      const sample = sampleResult(1);
      await store.putResults([
        { key: kReal, result: real },
        { key: kSample, result: sample },
        { key: kProblem, result: problem(kProblem) },
      ]);
      const got = await store.getResults([kReal, kSample, kProblem, keyOf('rt-absent')]);
      expect([...got.keys()].sort()).to.deep.equal([kReal, kSample, kProblem].sort());
      expect(got.get(kReal)).to.deep.equal(real);
      expect(got.get(kSample)).to.deep.equal(sample);
      expect(got.get(kProblem)).to.deep.equal(asJson(problem(kProblem)));
      // Same bytes when printed: the order of the fields survives (reports print what is read back).
      expect(JSON.stringify(got.get(kReal))).to.equal(JSON.stringify(real));
      expect(JSON.stringify(got.get(kSample))).to.equal(JSON.stringify(sample));
      expect(JSON.stringify(got.get(kProblem))).to.equal(JSON.stringify(problem(kProblem)));
      await withStores([open], async ([other]) => {
        const again = await other.getResults([kReal, kSample]);
        expect(JSON.stringify(again.get(kReal))).to.equal(JSON.stringify(real));
        expect(JSON.stringify(again.get(kSample))).to.equal(JSON.stringify(sample));
      });
    });

    it('reports keys never put as absent, and takes empty lists', async () => {
      const [present, absent, other] = ['miss-present', 'miss-absent', 'miss-other'].map(keyOf);
      expect((await store.getResults([absent, other])).size).to.equal(0);
      await store.putResults([{ key: present, result: problem(present) }]);
      const got = await store.getResults([absent, present, other]);
      expect([...got.keys()]).to.deep.equal([present]);
      expect((await store.getResults([])).size).to.equal(0);
      await store.putResults([]);
      await store.putArticles([]);
    });

    it('keeps the first analysis of a key: a second put of it changes nothing, from this store or another', async () => {
      const key = keyOf('first');
      await store.putResults([{ key, result: problem(key, ' (first)') }]);
      await store.putResults([{ key, result: problem(key, ' (second)') }]);
      await withStores([open], async ([other]) => {
        await other.putResults([{ key, result: problem(key, ' (third)') }]);
      });
      expect((await store.getResults([key])).get(key)).to.deep.equal(asJson(problem(key, ' (first)')));
    });

    it('reports a corrupted entry missing, never returns it, and takes it again from the next put', async function () {
      if (!options.corrupt) return this.skip();
      const [bad, neighbour] = ['bad', 'bad-neighbour'].map(keyOf);
      await store.putResults([
        { key: bad, result: problem(bad, ' (before)') },
        { key: neighbour, result: problem(neighbour) },
      ]);
      await options.corrupt(bad);
      const got = await store.getResults([bad, neighbour]);
      expect([...got.keys()], 'the corrupted key is missing, its neighbour is not').to.deep.equal([neighbour]);
      // Rebuilt as a caller would: put again after the miss.
      await store.putResults([{ key: bad, result: problem(bad, ' (rebuilt)') }]);
      expect((await store.getResults([bad])).get(bad)).to.deep.equal(asJson(problem(bad, ' (rebuilt)')));
    });

    it('replaces an article by its path, whole: key, blocks and id; the old blocks no longer find it', async () => {
      const [k1, k2, k3] = ['rep-1', 'rep-2', 'rep-3'].map(keyOf);
      await store.putArticles([row('rep/a.txt', k1, ['rep:old', 'rep:both'], 'A-old'), row('rep/b.txt', k3, ['rep:b'], 'B')]);
      await store.putArticles([row('rep/a.txt', k2, ['rep:new', 'rep:both'], 'A')]);
      let mine = (await store.articles()).filter((a) => a.path.startsWith('rep/'));
      expect(mine).to.deep.equal([row('rep/a.txt', k2, ['rep:new', 'rep:both'], 'A'), row('rep/b.txt', k3, ['rep:b'], 'B')]);
      expect(await store.candidates(['rep:old'], 10)).to.deep.equal([]);
      expect(await store.candidates(['rep:new', 'rep:old'], 10)).to.deep.equal([k2]);
      // A row put without an id comes back without one, even where the path had one.
      await store.putArticles([row('rep/b.txt', k3, ['rep:b'])]);
      mine = (await store.articles()).filter((a) => a.path === 'rep/b.txt');
      expect(mine).to.deep.equal([row('rep/b.txt', k3, ['rep:b'])]);
      expect(mine[0]).not.to.have.property('id');
    });

    it('lists the articles in path order, each with its blocks in the order given and its id', async () => {
      // Upper case before lower, '-' before '/', accented after ASCII: code-unit order, not a locale's.
      const paths = ['ord/b.txt', 'ord/B.txt', 'ord/a/z.txt', 'ord/a-z.txt', 'ord/é.txt', 'ord/a.txt', 'ord/10.txt', 'ord/9.txt'];
      const rows: IndexedArticle[] = paths.map((path, i) => row(path, keyOf(`ord-${i}`), [`ord:z${i}`, 'ord:shared', `ord:a${i}`], i % 2 === 0 ? `id-${i}` : undefined));
      await store.putArticles(rows);
      const mine = (await store.articles()).filter((a) => a.path.startsWith('ord/'));
      expect(mine.map((a) => a.path)).to.deep.equal([...paths].sort(cmp));
      expect(mine).to.deep.equal([...rows].sort((a, b) => cmp(a.path, b.path)));
      const all = (await store.articles()).map((a) => a.path);
      expect(all, 'the whole index is in path order too').to.deep.equal([...all].sort(cmp));
    });

    it('ranks candidates by blocks shared, then by key, within the limit', async () => {
      const [ka, kb, kc, kd, ke] = ['cand-a', 'cand-b', 'cand-c', 'cand-d', 'cand-e'].map(keyOf);
      await store.putArticles([
        row('cand/1', kc, ['cand:x']),
        row('cand/2', ka, ['cand:x', 'cand:y', 'cand:z']),
        row('cand/3', kb, ['cand:y', 'cand:x']),
        row('cand/4', ke, ['cand:z', 'cand:other']),
        row('cand/5', kd, ['cand:other']),
      ]);
      const xyz = ['cand:x', 'cand:y', 'cand:z'];
      expect(await store.candidates(xyz, 10)).to.deep.equal([ka, kb, ...[kc, ke].sort(cmp)]);
      expect(await store.candidates(xyz, 2)).to.deep.equal([ka, kb]);
      expect(await store.candidates(xyz, Infinity)).to.have.length(4);
      expect(await store.candidates(['cand:x'], 0)).to.deep.equal([]);
      // Ties (one block each) by key.
      expect(await store.candidates(['cand:z'], 10)).to.deep.equal([ka, ke].sort(cmp));
      expect(await store.candidates(['cand:x'], 10)).to.deep.equal([ka, kb, kc].sort(cmp));
      // A block asked twice counts once.
      expect(await store.candidates(['cand:z', 'cand:z', 'cand:other'], 10)).to.deep.equal([ke, ...[ka, kd].sort(cmp)]);
      expect(await store.candidates(['cand:none'], 10)).to.deep.equal([]);
      expect(await store.candidates([], 10)).to.deep.equal([]);
    });

    it('counts a key under two paths once, with the blocks of both pooled', async () => {
      // `pooled` is the greater key: were the paths' blocks not pooled (say the better path
      // counted alone), it would tie with `single` at one block and come second, by key.
      const [single, pooled] = [keyOf('pool-1'), keyOf('pool-2')].sort(cmp);
      await store.putArticles([row('pool/1', pooled, ['pool:x', 'pool:x2']), row('pool/2', pooled, ['pool:y']), row('pool/3', single, ['pool:x'])]);
      expect(await store.candidates(['pool:x', 'pool:y'], 10)).to.deep.equal([pooled, single]);
      expect(await store.candidates(['pool:x', 'pool:y'], 1)).to.deep.equal([pooled]);
      // A block both paths carry counts once: a tie with `single`, by key.
      await store.putArticles([row('pool/2', pooled, ['pool:x'])]);
      expect(await store.candidates(['pool:x', 'pool:y'], 10)).to.deep.equal([single, pooled]);
      expect(await store.candidates(['pool:x', 'pool:x2'], 10)).to.deep.equal([pooled, single]);
    });

    it('counts terms over the articles with terms: by path, a replaced article with its new terms, a refused one not, `except` left out', async () => {
      const k = (n: number) => keyOf(`tc-${n}`);
      const paths = ['tc/a.txt', 'tc/b.txt', 'tc/c.txt', 'tc/d.txt', 'tc/e.txt'];
      await store.putArticles([
        row(paths[0], k(1), ['tc:a'], 'a', ['tc~fire', 'tc~town']),
        // Two paths of one key count twice: each is an article of the corpus, as two files are.
        row(paths[1], k(1), ['tc:a'], 'b', ['tc~fire', 'tc~town']),
        row(paths[2], k(2), ['tc:c'], 'c', ['tc~fire', 'tc~flood']),
        // Refused at analysis: no terms, counted nowhere.
        row(paths[3], k(3), [], 'd'),
        // Indexed by an older crosscheck: blocks but no terms, counted as such.
        row(paths[4], k(5), ['tc:e'], 'e'),
      ]);
      const asked = ['tc~fire', 'tc~flood', 'tc~town', 'tc~never'];
      const others = await store.termCounts(asked, paths);
      expect(dfOf(others), 'no other case uses these terms').to.deep.equal([]);
      let all = await store.termCounts(asked);
      expect(all.articles - others.articles).to.equal(3);
      expect(all.termless - others.termless).to.equal(1);
      expect(dfOf(all)).to.deep.equal([['tc~fire', 3], ['tc~flood', 1], ['tc~town', 2]]);
      // The articles come back without their terms.
      expect((await store.articles()).filter((a) => a.path.startsWith('tc/')).map((a) => Object.keys(a).sort().join(','))).to.deep.equal(Array(5).fill('blocks,id,key,path'));
      // Only the terms asked come back.
      expect(dfOf(await store.termCounts(['tc~flood']))).to.deep.equal([['tc~flood', 1]]);
      expect(dfOf(await store.termCounts([]))).to.deep.equal([]);
      // Replaced by path: the old terms no longer count.
      await store.putArticles([row(paths[2], k(4), ['tc:c'], 'c', ['tc~town'])]);
      all = await store.termCounts(asked);
      expect(all.articles - others.articles).to.equal(3);
      expect(dfOf(all)).to.deep.equal([['tc~fire', 2], ['tc~town', 3]]);
      // Leaving out a path leaves out its terms and the article.
      const less = await store.termCounts(asked, [paths[0], paths[4], 'tc/absent.txt']);
      expect(less.articles - others.articles).to.equal(2);
      expect(less.termless - others.termless).to.equal(0);
      expect(dfOf(less)).to.deep.equal([['tc~fire', 1], ['tc~town', 2]]);
      // A term put again under another path of the same store counts at once: nothing stale is read.
      await store.putArticles([row('tc/f.txt', k(6), ['tc:f'], 'f', ['tc~flood'])]);
      expect(dfOf(await store.termCounts(['tc~flood']))).to.deep.equal([['tc~flood', 1]]);
      await store.putArticles([row('tc/f.txt', k(6), ['tc:f'], 'f', ['tc~flood', 'tc~fire'])]);
      expect(dfOf(await store.termCounts(['tc~flood', 'tc~fire']))).to.deep.equal([['tc~fire', 3], ['tc~flood', 1]]);
    });

    it('keeps every write of concurrent calls on one store, each entry whole', async () => {
      const entries = Array.from({ length: 20 }, (_, i) => ({ key: keyOf(`conc-${i}`), result: sampleResult(i) }));
      const rows = Array.from({ length: 20 }, (_, i) => row(`conc/${String(i).padStart(2, '0')}.txt`, keyOf(`conc-${i}`), [`conc:${i}`], `c${i}`));
      await Promise.all([store.putResults(entries), store.putResults(entries.slice().reverse()), store.putArticles(rows.slice(0, 12)), store.putArticles(rows.slice(8))]);
      const got = await store.getResults(entries.map((e) => e.key));
      expect(got.size).to.equal(20);
      for (const e of entries) expect(got.get(e.key)).to.deep.equal(e.result);
      expect((await store.articles()).filter((a) => a.path.startsWith('conc/'))).to.deep.equal(rows);
    });

    /**
     * Two writers at once: `a` and `b` put 120 results each, 60 keys shared with different
     * analyses, and overlapping articles, all concurrently. Afterwards every key holds one whole
     * analysis of one writer, both see the same, and every article is whole (key, blocks and id
     * of one writer).
     */
    async function twoWriters(a: FactStore, b: FactStore, tag: string): Promise<void> {
      const entries = (writer: string, from: number): Array<{ key: string; result: StoredResult }> =>
        Array.from({ length: 120 }, (_, i) => {
          const key = keyOf(`${tag}-${from + i}`);
          // Every tenth a real analysis, cut differently by each writer, so the two values differ.
          const result: StoredResult = i % 10 === 0 && 'facts' in real ? { ...real, facts: real.facts.slice(writer === 'A' ? 1 : 2) } : problem(key, ` by ${writer}`);
          return { key, result };
        });
      const fromA = entries('A', 0);
      const fromB = entries('B', 60);
      const termsOf = (writer: string, n: number | string): string[] => [`${tag}~all`, `${tag}~${writer}`, `${tag}~${n}`];
      const articles = (writer: string, from: number): IndexedArticle[] =>
        Array.from({ length: 40 }, (_, i) => row(`${tag}/${from + i}`, keyOf(`${tag}-${writer}-${from + i}`), [`${tag}:${writer}`, `${tag}:${from + i}`], `${writer}${from + i}`, termsOf(writer, from + i)));
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
        const n = r.path.split('/')[1];
        const writer = r.blocks[0]?.slice(tag.length + 1);
        expect(['A', 'B'], r.path).to.include(writer);
        // Without its terms: articles() leaves them out.
        expect(r, `${r.path} is one writer's whole row`).to.deep.equal(row(r.path, keyOf(`${tag}-${writer}-${n}`), [`${tag}:${writer}`, `${tag}:${n}`], `${writer}${n}`));
      }
      const found = await a.candidates([`${tag}:A`, `${tag}:B`], 1000);
      expect([...found].sort()).to.deep.equal([...new Set(rows.map((r) => r.key))].sort());
      // The term counts are those of the rows as they ended, from either store: the 20 paths both
      // wrote count once, with the terms of the writer whose row stayed.
      const asked = [`${tag}~all`, `${tag}~A`, `${tag}~B`, `${tag}~5`, `${tag}~25`, `${tag}~55`];
      const won = (w: string) => rows.filter((r) => r.blocks[0] === `${tag}:${w}`).length;
      const want: Array<[string, number]> = [
        [`${tag}~25`, 1],
        [`${tag}~5`, 1],
        [`${tag}~55`, 1],
        [`${tag}~A`, won('A')],
        [`${tag}~B`, won('B')],
        [`${tag}~all`, 60],
      ];
      const mine = rows.map((r) => r.path);
      for (const s of [a, b]) {
        const [all, others] = await Promise.all([s.termCounts(asked), s.termCounts(asked, mine)]);
        expect(dfOf(all).filter(([, n]) => n > 0)).to.deep.equal(want.filter(([, n]) => n > 0));
        expect(all.articles - others.articles, 'articles with terms').to.equal(60);
        expect(dfOf(others)).to.deep.equal([]);
      }
    }

    it('takes two writers at once on one backend: overlapping keys and paths, nothing lost or mixed', async () => {
      await withStores([open, open], ([a, b]) => twoWriters(a, b, 'two'));
    });

    it('takes two writers at once in two processes', async function () {
      if (!options.openElsewhere) return this.skip();
      await withStores([open, options.openElsewhere], ([a, b]) => twoWriters(a, b, 'proc'));
    });

    it('keeps what was written after it is closed', async () => {
      const key = keyOf('kept');
      await store.putResults([{ key, result: problem(key) }]);
      await store.putArticles([row('kept/a', key, ['kept:a'], 'kept')]);
      await store.close();
      store = await open();
      expect((await store.getResults([key])).get(key)).to.deep.equal(asJson(problem(key)));
      expect(await store.candidates(['kept:a'], 5)).to.deep.equal([key]);
      expect((await store.articles()).filter((a) => a.path.startsWith('kept/'))).to.deep.equal([row('kept/a', key, ['kept:a'], 'kept')]);
    });
  });
}
