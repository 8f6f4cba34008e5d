/** Names of articles made from their contents (issue 17): independent of ids and input order, and the way back. */
import { expect } from 'chai';
import { nameByContent, showRealIds } from '../../lib/util/canonical.ts';
import type { Article } from '../../lib/types.ts';

const article = (id: string, text: string, published: string | null = '2024-05-16'): Article => ({
  id, path: `in/${id}.txt`, file: `in/${id}.txt`, format: 'txt', text, title: null, outlet: null, url: null, published, publishedFrom: published ? 'metadata' : 'unknown', publishedWhy: null, preMasked: [],
});

describe('nameByContent', () => {
  const a = article('a', 'The minister arrived on Tuesday.');
  const b = article('b', 'The minister landed on Thursday.');

  it('names each article by its text, whatever its id or place among the inputs', () => {
    const one = nameByContent([a, b]);
    const other = nameByContent([article('z', b.text), article('y', a.text)]);
    expect(other.articles.map((x) => [x.id, x.text])).to.deep.equal(one.articles.map((x) => [x.id, x.text]));
    expect(one.articles.every((x) => /^\^[0-9a-f]{16}$/.test(x.id) && x.path === x.id && x.file === x.id)).to.equal(true);
    expect(one.articles.map((x) => one.real.get(x.id)!.id).sort()).to.deep.equal(['a', 'b']);
  });

  it('tells copies of one text apart by their metadata before their ids', () => {
    const early = article('z', a.text, '2024-05-01');
    const late = article('a2', a.text, '2024-05-20');
    const names = nameByContent([late, early]);
    expect(names.articles.map((x) => x.id.slice(17))).to.deep.equal(['', '.2']);
    expect(names.articles.map((x) => names.real.get(x.id)!.id)).to.deep.equal(['z', 'a2']);
  });
});

describe('showRealIds', () => {
  const names = nameByContent([article('004_x', 'One text.'), article('001_y', 'Another text.')]);
  const [n1, n2] = names.articles.map((x) => x.id);
  const real = (n: string) => names.real.get(n)!.id;

  it('puts the real ids back in id fields and in the words of messages, keys in their order', () => {
    const shown = showRealIds({ id: 'f1', article: n1, articles: [n2, n1], message: `Tuesday in ${n1} against Thursday in ${n2}.` }, names);
    expect(shown).to.deep.equal({ id: 'f1', article: real(n1), articles: [real(n2), real(n1)], message: `Tuesday in ${real(n1)} against Thursday in ${real(n2)}.` });
    expect(Object.keys(shown)).to.deep.equal(['id', 'article', 'articles', 'message']);
  });

  it('leaves a number after a name, and strings that name no article, as they are', () => {
    expect(showRealIds(`in ${n1}.5 and ^0123456789abcdef and 2^10`, names)).to.equal(`in ${real(n1)}.5 and ^0123456789abcdef and 2^10`);
  });
});
