/**
 * Issue 18: no quadratic term and no silent caps. Copies of one text are compared once and still
 * land in one event; a first name shared by hundreds of people is still searched for misspellings;
 * a limit that remains is reported as a warning.
 */
import { expect } from 'chai';
import { clusterArticles } from '../../lib/cluster/articles.ts';
import { copySets } from '../../lib/cluster/duplicates.ts';
import { extractFacts, numberFacts } from '../../lib/extract/index.ts';
import { defaultExtractors } from '../../lib/extract/registry.ts';
import { makeArticle } from '../../lib/load/article.ts';
import { prepare } from '../../lib/pipeline.ts';
import { noteLimit, watchLimits } from '../../lib/util/limits.ts';
import { claimsOf, judgeRows, type Row } from '../judge/table.ts';
import { compareAccounts } from '../../lib/judge/accounts.ts';

const doc = (id: string, text: string) => prepare(makeArticle(`${id}.txt`, `${id}.txt`, 'txt', text, { published: '2023-03-10' }));

const QUAKE = 'Earthquake of magnitude 5.9 strikes Qeshm island, killing 7\nAn earthquake of magnitude 5.9 struck Qeshm island in southern Iran on Thursday, killing seven people and injuring 45, the state news agency said.\nThe quake destroyed 300 homes in the villages of Tonban and Kusheh. Rescue teams from Bandar Abbas reached the island by ferry.';
const VOTE = 'Council approves new budget for the harbour district\nThe city council voted 31 to 12 on Tuesday to approve a budget of 40 million for the harbour district, the mayor said.\nThe plan pays for new piers, a ferry terminal and the repair of the old customs house, which closed in 2019.';

describe('copies of one text (lib/cluster/duplicates.ts)', () => {
  it('finds verbatim copies and copies that differ by a last line, not texts that differ more', () => {
    const docs = [
      doc('a', QUAKE),
      doc('b', `${QUAKE}\nThis is copy 2 of the article.`),
      doc('c', `${QUAKE}\nThis is copy 3 of the article.`),
      doc('d', QUAKE),
      doc('e', VOTE),
      doc('f', QUAKE.replace('seven people', 'nine people')),
    ];
    expect(copySets(docs)).to.deep.equal([0, 0, 0, 0, 4, 5]);
  });

  it('a short text is no copy of another because they share all but a last line', () => {
    expect(copySets([doc('a', 'Quake hits\nSeven dead.'), doc('b', 'Quake hits\nNine dead.')])).to.deep.equal([0, 1]);
  });

  it('copies follow the article that stands for them into its event', () => {
    const texts: Array<[string, string]> = [['q1', QUAKE], ['q2', `${QUAKE}\nThis is copy 2 of the article.`], ['v1', VOTE], ['v2', `${VOTE}\nThis is copy 2 of the article.`], ['q3', QUAKE]];
    const docs = texts.map(([id, t]) => doc(id, t));
    const facts = numberFacts(docs.flatMap((d) => extractFacts(d, defaultExtractors)));
    expect(clusterArticles(docs, facts).map((g) => g.articles)).to.deep.equal([['q1', 'q2', 'q3'], ['v1', 'v2']]);
  });
});

describe('name-spelling beyond a few hundred names of one first word', () => {
  it('still finds the one misspelt name among 400 that share "John"', () => {
    const rows: Row[] = [];
    // Last names at least three letters apart from each other: none is a misspelling of another.
    const letters = (k: number): string => String.fromCharCode(97 + k).repeat(3);
    for (let i = 0; i < 400; i++) rows.push({ article: `a${i % 7}`, value: `John Zo${letters(i % 26)}lm${letters(Math.floor(i / 26))}`, attribute: 'name', type: 'name', block: 'name', start: i * 20, end: i * 20 + 10 });
    rows.push({ article: 'b', value: 'John Rait', attribute: 'name', type: 'name', block: 'name' }, { article: 'c', value: 'John Raite', attribute: 'name', type: 'name', block: 'name' });
    const drafts = judgeRows(rows).filter((d) => d.rule === 'name-spelling');
    expect(drafts).to.deep.equal([{ verdict: 'conflict', rule: 'name-spelling' }]);
  });
});

describe('limits reached are warnings (lib/util/limits.ts)', () => {
  it('collects the notes of the run it watches, once each, in order of rule and message', () => {
    const { value, warnings } = watchLimits(() => {
      noteLimit('limit/b', 'two');
      noteLimit('limit/a', 'one');
      noteLimit('limit/b', 'two');
      return 42;
    });
    expect(value).to.equal(42);
    expect(warnings).to.deep.equal([{ rule: 'limit/a', message: 'one' }, { rule: 'limit/b', message: 'two' }]);
  });

  it('names the event and slot whose accounts were not all compared', () => {
    // 90 articles, each a date of its own: 90 distinct accounts of one arrival.
    const rows: Row[] = Array.from({ length: 90 }, (_, i) => ({ article: `a${String(i).padStart(2, '0')}`, value: `2024-0${1 + (i % 9)}-${String(1 + Math.floor(i / 9)).padStart(2, '0')}` }));
    const { warnings } = watchLimits(() => compareAccounts(claimsOf(rows), new Map()));
    expect(warnings.map((w) => w.rule)).to.deep.equal(['limit/accounts']);
    expect(warnings[0].message).to.match(/^event E1, slot '.*': 90 distinct accounts; only the first 80/);
  });

  it('drops notes when no run is watched', () => {
    noteLimit('limit/a', 'nobody listens');
    expect(watchLimits(() => 0).warnings).to.deep.equal([]);
  });
});
