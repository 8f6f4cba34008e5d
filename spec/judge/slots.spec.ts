/**
 * The value rules of slots by meaning (issue 14), as tables of claim rows: conflict, dispute,
 * update, scoped counts, compatible values and agreement — each with rows that must not decide it.
 */
import { expect } from 'chai';
import { judgeClaims } from '../../lib/judge/index.ts';
import { claimsOf, type Row, type Verdicts } from './table.ts';

type Table = Array<[string, Row[], Verdicts[]]>;

/**
 * The verdicts on the rows, each article also stating one more fact alike (the day of the event):
 * values are compared only between articles that agree on some other fact of the event. That
 * day's own finding (an agreement) is left out.
 */
function judged(rows: readonly Row[], corroborate = true): Verdicts[] {
  const articles = [...new Set(rows.map((r) => r.article))];
  const day: Row[] = corroborate ? articles.map((article) => ({ article, value: '2024-05-16', attribute: 'date', start: 90, end: 100 })) : [];
  return judgeClaims(claimsOf([...rows, ...day]), new Map())
    .filter((d) => d.claims[0].attribute !== 'date')
    .map((d) => ({ verdict: d.verdict, rule: d.rule }));
}

function table(cases: Table): void {
  for (const [name, rows, expected] of cases) it(name, () => expect(judged(rows)).to.deep.equal(expected));
}

/** A count of deaths in E1: a figure that only grows. */
const deaths = (article: string, value: string, extra: Partial<Row> = {}): Row => ({ article, value, attribute: 'number', meaning: 'deaths', growing: true, ...extra });
/** A magnitude in E1: a figure that does not grow. */
const magnitude = (article: string, value: string, extra: Partial<Row> = {}): Row => ({ article, value, attribute: 'number', meaning: 'magnitude', ...extra });
const police = { name: 'police', named: true };
const organisers = { name: 'organisers', named: true };
const officials = { name: 'officials', named: false };

describe('judge rule slot-conflict', () => {
  table([
    ['two magnitudes of one quake are a conflict', [magnitude('a', '5.9'), magnitude('b', '6.1')], [{ verdict: 'conflict', rule: 'slot-conflict' }]],
    ['one pair per two values: 5.9 twice against 6.1 once', [magnitude('a', '5.9'), magnitude('b', '5.9'), magnitude('c', '6.1')], [{ verdict: 'conflict', rule: 'slot-conflict' }]],
    ['three values, three pairs', [magnitude('a', '5.6'), magnitude('b', '5.9'), magnitude('c', '6.1')], [
      { verdict: 'conflict', rule: 'slot-conflict' }, { verdict: 'conflict', rule: 'slot-conflict' }, { verdict: 'conflict', rule: 'slot-conflict' },
    ]],
    ['deaths lower in one report with nothing to order them stay a conflict', [deaths('a', '10'), deaths('b', '8')], [{ verdict: 'conflict', rule: 'slot-conflict' }]],
    ['negative: a vague amount ("dozens") is no side of a conflict', [deaths('a', '12', { qualifier: 'dozens', vague: true, growing: false }), deaths('b', '200', { growing: false })], []],
    ['negative: values of two events are never compared', [magnitude('a', '5.9', { event: 'E1' }), magnitude('b', '6.1', { event: 'E2' })], []],
    ['negative: a value of no event is never compared', [magnitude('a', '5.9', { event: null }), magnitude('b', '6.1')], []],
    ['negative: one article giving both values is on neither side', [magnitude('a', '5.9'), magnitude('a', '6.1', { start: 40, end: 43 })], []],
  ]);
});

describe('judge rule slot-agreement (compatible is no conflict)', () => {
  table([
    ['"about 6.0" holds 6.1', [magnitude('a', '6.0', { qualifier: 'about' }), magnitude('b', '6.1')], [{ verdict: 'agreement', rule: 'slot-agreement' }]],
    ['"more than 40" holds 42', [deaths('a', '40', { qualifier: 'more than', growing: false }), deaths('b', '42', { growing: false })], [{ verdict: 'agreement', rule: 'slot-agreement' }]],
    ['"10" and "at least 10" agree', [deaths('a', '10'), deaths('b', '10', { qualifier: 'at least' })], [{ verdict: 'agreement', rule: 'slot-agreement' }]],
    ['a rounded large count holds the exact one', [deaths('a', '240000', { growing: false }), deaths('b', '240400', { growing: false })], [{ verdict: 'agreement', rule: 'slot-agreement' }]],
    ['negative: one source alone is no agreement', [magnitude('a', '6.1')], []],
  ]);
});

describe('judge rule update', () => {
  table([
    ['a higher toll in a later report is an update', [deaths('a', '3', { asOf: '2024-05-13' }), deaths('b', '10', { asOf: '2024-05-14' })], [{ verdict: 'update', rule: 'update' }]],
    ['a higher toll given as a revision ("rose to") is an update', [deaths('a', '3'), deaths('b', '10', { revision: 'rose to' })], [{ verdict: 'update', rule: 'update' }]],
    ['negative: "at least three" and 10 with nothing to order them are compatible', [deaths('a', '3', { qualifier: 'at least' }), deaths('b', '10')], [{ verdict: 'agreement', rule: 'slot-agreement' }]],
    ['negative: a count of one night and a later count of four nights are no update', [deaths('a', '46', { asOf: '2024-05-13', scope: '2024-05-12' }), deaths('b', '50', { asOf: '2024-05-16', scope: 'P4D', span: true })], [{ verdict: 'unresolved', rule: 'slot-scoped' }]],
    ['negative: a lower figure later without a revision stays a conflict', [deaths('a', '10', { asOf: '2024-05-13' }), deaths('b', '3', { asOf: '2024-05-14' })], [{ verdict: 'conflict', rule: 'slot-conflict' }]],
    ['negative: a figure that does not grow is never an update', [magnitude('a', '5.9', { asOf: '2024-05-13' }), magnitude('b', '6.1', { asOf: '2024-05-14' })], [{ verdict: 'conflict', rule: 'slot-conflict' }]],
    ['negative: "at least 3" and "at least 10" of a non-growing count are compatible', [deaths('a', '3', { qualifier: 'at least', growing: false }), deaths('b', '10', { qualifier: 'at least', growing: false })], [{ verdict: 'agreement', rule: 'slot-agreement' }]],
  ]);
});

describe('judge rule dispute', () => {
  table([
    ['police and organisers give other crowd sizes: a dispute', [deaths('a', '20000', { source: police, growing: false }), deaths('b', '100000', { source: organisers, growing: false })], [{ verdict: 'conflict', rule: 'dispute' }]],
    ['negative: one source named, the other not: a plain conflict', [deaths('a', '20000', { source: police, growing: false }), deaths('b', '100000', { growing: false })], [{ verdict: 'conflict', rule: 'slot-conflict' }]],
    ['negative: a vague source ("officials") names no one', [deaths('a', '20000', { source: police, growing: false }), deaths('b', '100000', { source: officials, growing: false })], [{ verdict: 'conflict', rule: 'slot-conflict' }]],
    ['negative: the same source giving two figures is a conflict, not a dispute', [deaths('a', '20000', { source: police, growing: false }), deaths('b', '30000', { source: { name: 'the police', named: true }, growing: false })], [{ verdict: 'conflict', rule: 'slot-conflict' }]],
  ]);
});

describe('judge: values compared only between articles that agree on another fact', () => {
  it('two magnitudes of articles that agree on nothing else are unresolved, not a conflict', () => {
    expect(judged([magnitude('a', '5.9'), magnitude('b', '6.1')], false)).to.deep.equal([{ verdict: 'unresolved', rule: 'slot-uncorroborated' }]);
  });
  it('agreeing on the day of the event makes them a conflict', () => {
    expect(judged([magnitude('a', '5.9'), magnitude('b', '6.1')])).to.deep.equal([{ verdict: 'conflict', rule: 'slot-conflict' }]);
  });
  it('agreeing on another count of the event does too', () => {
    const rows = [magnitude('a', '5.9'), magnitude('b', '6.1'), deaths('a', '10'), deaths('b', '10')];
    expect(judged(rows, false)).to.deep.equal([{ verdict: 'agreement', rule: 'slot-agreement' }, { verdict: 'conflict', rule: 'slot-conflict' }]);
  });
  it('agreeing only on the slot in question is no corroboration of another value', () => {
    const rows = [magnitude('a', '5.9'), magnitude('b', '5.9', { start: 30, end: 33 }), magnitude('b', '6.1'), magnitude('c', '6.1')];
    expect(judged(rows, false)).to.deep.equal([{ verdict: 'unresolved', rule: 'slot-uncorroborated' }]);
  });
});

describe('judge rule slot-scattered', () => {
  table([
    ['four values that exclude each other are several facts: one unresolved finding', [magnitude('a', '4'), magnitude('b', '5'), magnitude('c', '6'), magnitude('d', '7')], [{ verdict: 'unresolved', rule: 'slot-scattered' }]],
    ['negative: three values stay pairs of conflicts', [magnitude('a', '5'), magnitude('b', '6'), magnitude('c', '7')], [
      { verdict: 'conflict', rule: 'slot-conflict' }, { verdict: 'conflict', rule: 'slot-conflict' }, { verdict: 'conflict', rule: 'slot-conflict' },
    ]],
    ['negative: compatible values count once ("about 6.0" with 6.1)', [magnitude('a', '5.5'), magnitude('b', '6.0', { qualifier: 'about' }), magnitude('c', '6.1'), magnitude('d', '7.5')], [
      { verdict: 'conflict', rule: 'slot-conflict' }, { verdict: 'conflict', rule: 'slot-conflict' }, { verdict: 'conflict', rule: 'slot-conflict' }, { verdict: 'conflict', rule: 'slot-conflict' },
    ]],
  ]);
});

describe('judge rule slot-scoped', () => {
  table([
    ['a count of one night against the count of the event: unresolved', [deaths('a', '46', { scope: 'Wednesday night', meaning: 'arrested' }), deaths('b', '1', { meaning: 'arrested' })], [{ verdict: 'unresolved', rule: 'slot-scoped' }]],
    ['a count of one town against a count with no place: unresolved', [deaths('a', '12', { where: 'Athens', meaning: 'injured' }), deaths('b', '70', { meaning: 'injured' })], [{ verdict: 'unresolved', rule: 'slot-scoped' }]],
    ['negative: two counts of one town stay a conflict', [deaths('a', '12', { where: 'Athens', meaning: 'injured' }), deaths('b', '20', { where: 'Athens', meaning: 'injured' })], [{ verdict: 'conflict', rule: 'slot-conflict' }]],
    ['negative: both given for the same night stay a conflict', [deaths('a', '46', { scope: '2013-03-13', meaning: 'arrested' }), deaths('b', '40', { scope: '2013-03-13', meaning: 'arrested' })], [{ verdict: 'conflict', rule: 'slot-conflict' }]],
  ]);
});

describe('judge: slots by meaning stay linear on pages of many values', () => {
  it('judges 6,000 death counts of two articles as one scattered slot, without pairing them all', () => {
    const rows: Row[] = [];
    for (let i = 1; i <= 3000; i++) {
      rows.push(deaths('a', String(i * 3), { start: i * 10, end: i * 10 + 4 }));
      rows.push(deaths('b', String(i * 3 + 1), { start: i * 10, end: i * 10 + 4 }));
    }
    const t0 = Date.now();
    const out = judged(rows);
    expect(out).to.deep.equal([{ verdict: 'unresolved', rule: 'slot-scattered' }]);
    // Not a timing assertion of speed, only of not hanging: pairing all would take minutes.
    expect(Date.now() - t0).to.be.below(20000);
  });
});
