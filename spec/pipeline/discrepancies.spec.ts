/**
 * Real discrepancies end to end (issue 14), on short synthetic articles written for the purpose
 * (spec/fixtures/discrepancies/, not copied from any dev set): a toll that grows between reports
 * is an update in time order; two magnitudes of one quake are a conflict; two named sources with
 * two arrest counts are a dispute; one name spelled two ways is a conflict; "about 200" and 210
 * agree; a count of an older flood or storm is no claim of the news.
 */
import { expect } from 'chai';
import { join } from 'node:path';
import { loadArticles } from '../../lib/load/index.ts';
import { analyze } from '../../lib/pipeline.ts';
import type { Finding, Report } from '../../lib/types.ts';
import { ROOT, tempTree } from '../helpers.ts';

const FIXTURES = join(ROOT, 'spec', 'fixtures', 'discrepancies');
const run = (story: string): Report => analyze(loadArticles([join(FIXTURES, story)])).report;
const by = (r: Report, rule: string): Finding[] => r.findings.filter((f) => f.rule === `judge/${rule}`);

describe('discrepancies end to end: a quake whose toll grows', function () {
  this.timeout(30000);
  let r: Report;
  before(() => {
    r = run('quake');
  });

  it('calls the growing toll an update, earlier value first, with the time each held', () => {
    const [u] = by(r, 'update');
    expect(u, 'an update').to.exist;
    expect(u.verdict).to.equal('update');
    expect(u.timeline).to.deep.equal([
      { value: 'at least 3', asOf: '2031-03-03', articles: ['a1'] },
      { value: '11', asOf: '2031-03-04', articles: ['a2', 'a3'] },
    ]);
    expect(u.message).to.match(/^Update of deaths .*: at least 3 \(2031-03-03\) → 11 \(2031-03-04\)/);
  });

  it('gives each count its source and the time it held', () => {
    const [u] = by(r, 'update');
    const a1 = u.claims.find((c) => c.article === 'a1')!;
    const a3 = u.claims.find((c) => c.article === 'a3')!;
    expect([a1.source, a1.asOf]).to.deep.equal(['officials', '2031-03-03']);
    expect([a3.source, a3.asOf]).to.deep.equal(['the regional health ministry', '2031-03-04']);
  });

  it('flags the odd magnitude as a conflict, naming the outlets and singling out the odd value', () => {
    const [c] = by(r, 'slot-conflict');
    expect(c.verdict).to.equal('conflict');
    expect(c.slot).to.equal('magnitude');
    expect(c.groups).to.deep.equal([
      { value: '6.2 magnitude', articles: ['a1', 'a2'] },
      { value: '6.8 magnitude', articles: ['a3'] },
    ]);
    expect(c.message).to.match(/^Conflict on magnitude .*: 2 sources give 6\.2 magnitude, 1 source 6\.8 magnitude;/);
    expect(c.message).to.include('North Wire (a3)');
  });

  it('finds no other conflict: the 2019 storm is not this quake, and "said on Tuesday" dates the saying', () => {
    expect(r.findings.filter((f) => f.verdict === 'conflict').map((f) => f.rule)).to.deep.equal(['judge/slot-conflict']);
    expect(r.findings.some((f) => f.claims.some((c) => c.value === '40'))).to.equal(false);
  });
});

describe('discrepancies end to end: a march with two arrest counts', function () {
  this.timeout(30000);
  let r: Report;
  before(() => {
    r = run('protest');
  });

  it('calls two named sources with two figures a dispute', () => {
    const [d] = by(r, 'dispute');
    expect(d.verdict).to.equal('conflict');
    expect(d.claims.map((c) => [c.article, c.value, c.source])).to.deep.equal([['b1', '40', 'Police'], ['b2', '90', 'Organisers']]);
    expect(d.message).to.match(/^Dispute on arrested .*: Police said 40, Organisers said 90\./);
  });

  it('flags one name spelled two ways', () => {
    const [n] = by(r, 'name-spelling');
    expect(n.verdict).to.equal('conflict');
    expect(n.claims.map((c) => c.value).sort()).to.deep.equal(['Anna Kowalcyk', 'Anna Kowalczyk']);
  });
});

describe('discrepancies end to end: a flood with compatible counts', function () {
  this.timeout(30000);
  it('"about 200" and 210 evacuated agree, and the 2009 flood is no claim', () => {
    const r = run('flood');
    expect(r.findings.map((f) => [f.verdict, f.rule])).to.deep.equal([['agreement', 'judge/slot-agreement']]);
    expect(r.findings[0].groups!.map((g) => g.value).sort()).to.deep.equal(['210', 'about 200']);
  });
});

describe('discrepancies end to end: a total over nights is no conflict with one night', function () {
  this.timeout(30000);
  it('"over 50 arrests over four nights" against "five people were arrested" days earlier is no update and no conflict, not a conflict', () => {
    const day = 'after the police shooting of a teenager in Eastbrook on Saturday night, and the mayor called for calm.';
    const tree = tempTree({
      'n1.md': `---\npublished: 2031-05-20\n---\nProtests went on in Eastbrook, and over 50 arrests have been made over four nights of protest ${day}\n`,
      'n2.md': `---\npublished: 2031-05-17\n---\nProtests went on in Eastbrook, and five people were arrested at the vigil ${day}\n`,
    });
    try {
      const r = analyze(loadArticles([tree.dir])).report;
      const arrests = r.findings.filter((f) => f.slot === 'arrested');
      expect(arrests.map((f) => f.verdict)).to.not.include('conflict');
      expect(arrests.map((f) => f.verdict)).to.not.include('update');
    } finally {
      tree.cleanup();
    }
  });
});

describe('discrepancies end to end: the time a figure held, when the text states it', function () {
  this.timeout(30000);
  it('"as of Monday" and "by Wednesday" date the values of an update, before the publication date', () => {
    const story = 'in the landslide that buried the hillside village of Terrano after days of heavy rain. Rescuers searched 12 houses.';
    const tree = tempTree({
      's1.md': `---\npublished: 2031-07-10\n---\nAs of Monday, 3 people had been killed ${story}\n`,
      's2.md': `---\npublished: 2031-07-10\n---\nBy Wednesday, 9 people had been killed ${story}\n`,
    });
    try {
      const r = analyze(loadArticles([tree.dir])).report;
      const [u] = r.findings.filter((f) => f.rule === 'judge/update');
      expect(u, 'an update').to.exist;
      expect(u.timeline).to.deep.equal([
        { value: '3', asOf: '2031-07-07', articles: ['s1'] },
        { value: '9', asOf: '2031-07-09', articles: ['s2'] },
      ]);
    } finally {
      tree.cleanup();
    }
  });
});
