/**
 * Languages read from the cache (lib/store/analyse.ts `planWithStore`): a run that finds an
 * article's analysis in the cache takes its language from there instead of detecting it again,
 * and gives the plan, the languages and the warnings (in their places) that loading gives.
 */
import { expect } from 'chai';
import { join } from 'node:path';
import { loadArticles, settleLanguages } from '../../lib/load/index.ts';
import { analyseArticle, plan } from '../../lib/pipeline.ts';
import { planWithStore } from '../../lib/store/analyse.ts';
import { resultKey } from '../../lib/store/key.ts';
import type { Language } from '../../lib/types.ts';
import { ROOT } from '../helpers.ts';
import { memoryBackend, openMemoryStore } from './memory-store.ts';

const PAGES = join(ROOT, 'spec', 'fixtures', 'languages');
const CODE = 'spec code';
const bare = (l: { articles: Array<{ id: string; language?: Language }> }) => l.articles.map((a) => [a.id, a.language?.code, a.language?.analysed]);

describe('store: languages from the cache', () => {
  it('settles deferred languages as loading detects them, the warnings in their places', () => {
    const now = loadArticles([PAGES]);
    const later = loadArticles([PAGES], { deferLanguages: true });
    expect(later.articles.every((a) => a.language === undefined)).to.equal(true);
    expect(later.undetected).to.have.length(now.articles.length);
    settleLanguages(later);
    expect(later.articles).to.deep.equal(now.articles);
    expect(later.warnings).to.deep.equal(now.warnings);
    expect(later.undetected).to.equal(undefined);
  });

  it('plans as loading does, with an empty cache and a filled one; a filled one gives the languages it holds', async () => {
    const now = loadArticles([PAGES]);
    const want = plan(now);
    const backend = memoryBackend();
    const store = openMemoryStore(backend);
    // Empty: every language detected, the plan that of an ordinary load.
    const empty = await planWithStore(loadArticles([PAGES], { deferLanguages: true }), store, CODE);
    expect(empty.planned).to.deep.equal(want);
    expect(empty.warnings).to.deep.equal([]);
    // Filled with the analyses of the plan's tasks, under their keys (which hold no language), one
    // with a language of its own: only a read from the cache can give that one.
    const marked: Language = { code: 'eng', name: 'English', analysed: true, why: 'read from the cache' };
    const entries = want.tasks.map((task, i) => {
      const result = analyseArticle(task);
      if ('rule' in result) throw new Error(result.reason);
      const doc = i === 0 ? { ...result.doc, article: { ...result.doc.article, language: marked } } : result.doc;
      return { key: resultKey(task, CODE), result: { ...result, doc } };
    });
    await store.putResults(entries);
    const loaded = loadArticles([PAGES], { deferLanguages: true });
    const filled = await planWithStore(loaded, store, CODE);
    expect(bare(loaded)).to.deep.equal(bare(now).map((row, i) => (now.articles[i] === want.names.real.get(want.tasks[0].article.id) ? [row[0], 'eng', true] : row)));
    expect(filled.planned.tasks[0].article.language).to.deep.equal(marked);
    expect(filled.planned.tasks.slice(1)).to.deep.equal(want.tasks.slice(1));
    // The keys read are not asked again; the articles not analysed (the other languages) were never tasks.
    expect([...filled.read.found.keys()].sort()).to.deep.equal(entries.map((e) => e.key).sort());
    expect(loaded.warnings).to.deep.equal(now.warnings);
    expect(filled.planned.unread.map((a) => a.id)).to.deep.equal(want.unread.map((a) => a.id));
  });
});
