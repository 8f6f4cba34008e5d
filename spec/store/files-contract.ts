/**
 * What every {@link FactStore} promises, as one reusable suite: `storeContract('files', make)`
 * runs it against a fresh store from `make` in each test. Keys are 64 hex digits, as
 * `lib/store/key.ts` makes them.
 */
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import type { Document, FactStore, IndexedArticle, PersonFact, StoredResult, TimeFact } from '../../lib/types.ts';

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

/** An indexed article. */
export function row(path: string, key: string, blocks: string[], id?: string): IndexedArticle {
  return id === undefined ? { path, key, blocks } : { path, key, blocks, id };
}

/**
 * The contract suite of a {@link FactStore}. `make` gives a fresh, empty store for each test;
 * each is closed after its test.
 */
export function storeContract(name: string, make: () => Promise<FactStore>): void {
  describe(`FactStore contract: ${name}`, function () {
    this.timeout(60000);
    let store: FactStore;
    beforeEach(async () => {
      store = await make();
    });
    afterEach(async () => {
      await store.close();
    });

    it('names where it lives', () => {
      expect(store.location).to.be.a('string').and.not.equal('');
    });

    it('gives nothing for keys never stored', async () => {
      const got = await store.getResults([keyOf('a'), keyOf('b')]);
      expect(got.size).to.equal(0);
    });

    it('gives back what was put, equal in every field and in the order of its fields', async () => {
      const a = sampleResult(1);
      const problem: StoredResult = { path: '', rule: 'input/too-many-facts', reason: 'gives 100,001 facts, over the limit' };
      await store.putResults([
        { key: keyOf('a'), result: a },
        { key: keyOf('p'), result: problem },
      ]);
      const got = await store.getResults([keyOf('a'), keyOf('p'), keyOf('absent')]);
      expect([...got.keys()].sort()).to.deep.equal([keyOf('a'), keyOf('p')].sort());
      expect(got.get(keyOf('a'))).to.deep.equal(a);
      // Same bytes when printed: the order of the fields survives.
      expect(JSON.stringify(got.get(keyOf('a')))).to.equal(JSON.stringify(a));
      expect(JSON.stringify(got.get(keyOf('p')))).to.equal(JSON.stringify(problem));
    });

    it('leaves a key already present as it is', async () => {
      await store.putResults([{ key: keyOf('a'), result: sampleResult(1) }]);
      await store.putResults([{ key: keyOf('a'), result: sampleResult(2) }]);
      expect((await store.getResults([keyOf('a')])).get(keyOf('a'))).to.deep.equal(sampleResult(1));
    });

    it('lists the indexed articles in path order, a path put again replacing its record', async () => {
      await store.putArticles([row('b.txt', keyOf('b'), ['term:x']), row('a.txt', keyOf('a'), ['term:y'], 'A')]);
      await store.putArticles([row('b.txt', keyOf('b2'), ['term:z'])]);
      expect(await store.articles()).to.deep.equal([row('a.txt', keyOf('a'), ['term:y'], 'A'), row('b.txt', keyOf('b2'), ['term:z'])]);
    });

    it('finds candidates by shared blocks, most shared first, then by key, at most the limit', async () => {
      const [k1, k2, k3, k4] = ['1', '2', '3', '4'].map(keyOf);
      await store.putArticles([
        row('one.txt', k1, ['date:2024-05-16', 'person:jane doe', 'term:visit']),
        row('two.txt', k2, ['date:2024-05-16']),
        row('three.txt', k3, ['term:visit', 'date:2024-05-16']),
        row('four.txt', k4, ['place:lima']),
      ]);
      // one.txt shares 3 blocks, three.txt 2, two.txt 1, four.txt none.
      expect(await store.candidates(['date:2024-05-16', 'person:jane doe', 'term:visit'], 10)).to.deep.equal([k1, k3, k2]);
      expect(await store.candidates(['date:2024-05-16', 'person:jane doe', 'term:visit'], 2)).to.deep.equal([k1, k3]);
      expect(await store.candidates(['place:tokyo'], 10)).to.deep.equal([]);
      // Equal counts: by key.
      expect(await store.candidates(['date:2024-05-16'], 10)).to.deep.equal([k1, k2, k3].sort());
    });

    it('keeps every write of two writers at once, each entry whole', async () => {
      const entries = Array.from({ length: 20 }, (_, i) => ({ key: keyOf(`w${i}`), result: sampleResult(i) }));
      const rows = Array.from({ length: 20 }, (_, i) => row(`w${String(i).padStart(2, '0')}.txt`, keyOf(`w${i}`), [`term:w${i}`]));
      await Promise.all([
        store.putResults(entries),
        store.putResults(entries.slice().reverse()),
        store.putArticles(rows.slice(0, 12)),
        store.putArticles(rows.slice(8)),
      ]);
      const got = await store.getResults(entries.map((e) => e.key));
      expect(got.size).to.equal(20);
      for (const e of entries) expect(got.get(e.key)).to.deep.equal(e.result);
      expect(await store.articles()).to.deep.equal(rows);
    });
  });
}
