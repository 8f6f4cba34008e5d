/**
 * Occasions inside one visit (issue 16, part 3), on short synthetic articles: informal talks on
 * Monday and official talks on Tuesday are two occasions, not one meeting with two dates; the same
 * talks on two days are still a conflict; "At the invitation of X, Y arrived" is Y's arrival.
 */
import { expect } from 'chai';
import type { EventFact, PersonFact } from '../../lib/types.ts';
import { dateVerdicts, page, run } from './stories.ts';

describe('occasions inside one visit', function () {
  this.timeout(30000);

  it('"informal talks on Monday evening" and "official talks on Tuesday" are two occasions: no date finding between them', () => {
    const r = run({
      'a.md': page('North Wire', '2031-06-10', 'Premier Ivo Dask arrived in Velmora on Monday for a three-day state visit. Dask and President Maren Holt held informal talks on Monday evening over dinner.'),
      'b.md': page('South Ledger', '2031-06-11', 'Premier Ivo Dask, on a three-day state visit to Velmora, held official talks with President Maren Holt on Tuesday.'),
    });
    expect(dateVerdicts(r)).to.deep.equal([]);
  });

  it('negative: "official talks on Monday" against "official talks on Wednesday" of one visit is a conflict', () => {
    const r = run({
      'a.md': page('North Wire', '2031-06-12', 'Premier Ivo Dask and President Maren Holt held official talks in Velmora on Monday during a three-day state visit.'),
      'b.md': page('South Ledger', '2031-06-12', 'Premier Ivo Dask and President Maren Holt held official talks in Velmora on Wednesday during a three-day state visit.'),
    });
    expect(dateVerdicts(r)).to.include('conflict');
  });

  it('"At the invitation of President Holt, Premier Dask arrived": the arrival is Dask\'s alone', () => {
    const r = run({ 'a.md': page('North Wire', '2031-06-10', 'At the invitation of President Maren Holt, Premier Ivo Dask arrived in Velmora on Monday for a state visit.') });
    const persons = new Map(r.facts.filter((f): f is PersonFact => f.kind === 'person').map((p) => [p.id, p.value]));
    const arrived = r.facts.find((f): f is EventFact => f.kind === 'event' && f.text === 'arrived')!;
    expect(arrived.who.map((id) => persons.get(id))).to.deep.equal(['Ivo Dask']);
  });
});
