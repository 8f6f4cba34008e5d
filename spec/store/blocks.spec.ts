/** Blocking keys: what `check --against <index>` finds the indexed articles of a new one's events by. */
import { expect } from 'chai';
import { join } from 'node:path';
import { loadArticles } from '../../lib/load/index.ts';
import { analyseArticle, plan } from '../../lib/pipeline.ts';
import { blockingKeys, TERM_BLOCKS } from '../../lib/store/blocks.ts';
import { MANIFEST, SEEDS } from '../helpers.ts';

describe('store: blocking keys', function () {
  this.timeout(60000);
  const planned = plan(loadArticles([join(SEEDS, '000_26ba52da4331a6e7.txt'), join(SEEDS, '004_f06c583c02f324cf.txt')], { manifest: MANIFEST }));
  const results = planned.tasks.map((t) => analyseArticle(t));

  it('are the days of its times, its people and places folded, and its heaviest terms: sorted, each once', () => {
    for (const r of results) {
      if ('rule' in r) throw new Error(r.reason);
      const keys = blockingKeys(r.doc, r.facts);
      expect(keys).to.deep.equal([...new Set(keys)].sort());
      expect(keys.filter((k) => k.startsWith('term:'))).to.have.length(TERM_BLOCKS);
      expect(keys.some((k) => /^date:\d{4}-\d{2}-\d{2}$/.test(k))).to.equal(true);
      expect(keys.some((k) => k.startsWith('person:'))).to.equal(true);
      expect(keys.some((k) => k.startsWith('place:'))).to.equal(true);
      for (const k of keys.filter((x) => /^(person|place):/.test(x))) expect(k).to.equal(k.toLowerCase());
      // The same on every run.
      expect(blockingKeys(r.doc, r.facts)).to.deep.equal(keys);
    }
  });

  it('two articles of one event share keys', () => {
    const [a, b] = results.map((r) => ('rule' in r ? [] : blockingKeys(r.doc, r.facts)));
    expect(a.filter((k) => b.includes(k)).length).to.be.above(2);
  });
});
