/**
 * What an article's analysis makes for the later stages (`ArticleMaterial`: claims, bag of terms)
 * as a store keeps it: read back as made, and read only when the code that made it is the code
 * reading it (`revive`); material of other code is left for the stages to make again.
 */
import { expect } from 'chai';
import { join } from 'node:path';
import { documentTerms } from '../../lib/cluster/terms.ts';
import { loadArticles } from '../../lib/load/index.ts';
import { analyseArticle, plan } from '../../lib/pipeline.ts';
import { keepable, revive } from '../../lib/store/analyse.ts';
import type { StoredResult } from '../../lib/types.ts';
import { MANIFEST, SEEDS } from '../helpers.ts';

/** A seed analysed, as a store keeps it under `code` and a reader parses it. */
function stored(code: string): Extract<StoredResult, { doc: unknown }> {
  const [task] = plan(loadArticles([join(SEEDS, '004_f06c583c02f324cf.txt')], { manifest: MANIFEST })).tasks;
  const kept = keepable(analyseArticle({ ...task, material: true }), code);
  if (kept === null || 'rule' in kept) throw new Error('the seed was refused');
  return JSON.parse(JSON.stringify(kept)) as Extract<StoredResult, { doc: unknown }>;
}

describe('store: the material kept with an analysis', () => {
  it('is made when a store is to keep it, not otherwise', () => {
    const [task] = plan(loadArticles([join(SEEDS, '004_f06c583c02f324cf.txt')], { manifest: MANIFEST })).tasks;
    const bare = analyseArticle(task);
    expect('rule' in bare ? null : bare.material).to.equal(undefined);
    const made = analyseArticle({ ...task, material: true });
    expect('rule' in made ? null : typeof made.material?.claims.claims).to.equal('string');
  });

  it('is marked with the code that made it, and its bag is the one the grouping would make', () => {
    const entry = stored('v1');
    expect(entry.material?.code).to.equal('v1');
    // Made afresh from the document read back (a new object: nothing remembered of it).
    const fresh = documentTerms(JSON.parse(JSON.stringify(entry.doc)));
    expect(entry.material!.terms).to.deep.equal([...fresh]);
    expect(fresh.size).to.be.above(10);
  });

  it("is read by the code that made it: the bag is taken as kept, not made again", () => {
    const entry = stored('v1');
    // A bag no analysis gives: taken, it shows.
    entry.material!.terms = [['kept', 42]];
    const back = revive(entry, 'a.txt', 'v1');
    expect('rule' in back ? null : back.material?.code).to.equal('v1');
    expect([...documentTerms(entry.doc)]).to.deep.equal([['kept', 42]]);
  });

  it("made by other code, it is left out and made again", () => {
    const entry = stored('older');
    entry.material!.terms = [['kept', 42]];
    const back = revive(entry, 'a.txt', 'v1');
    expect('rule' in back ? null : back.material).to.equal(undefined);
    expect(documentTerms(entry.doc).has('kept')).to.equal(false);
    expect(documentTerms(entry.doc).size).to.be.above(10);
  });
});
