import { expect } from 'chai';
import { pageData, paragraphOf, wordDiff } from '../../lib/server/payload.ts';
import { fixtureReport } from '../support/review-fixture.ts';

describe('review page data', () => {
  describe('paragraphOf: the line around a span, clipped when long', () => {
    const text = 'First line.\nPutin landed on Thursday.\nLast line.';
    const cases: [string, number, number, string][] = [
      ['middle line', text.indexOf('Thursday'), text.indexOf('Thursday') + 8, 'Putin landed on Thursday.'],
      ['first line', 0, 5, 'First line.'],
      ['last line', text.indexOf('Last'), text.length, 'Last line.'],
      ['span over a line break', text.indexOf('line.'), text.indexOf('Putin') + 5, 'First line.\nPutin landed on Thursday.'],
    ];
    for (const [name, start, end, expected] of cases) {
      it(name, () => {
        const p = paragraphOf(text, start, end);
        expect(p.text).to.equal(expected);
        expect(text.slice(p.start, p.start + p.text.length)).to.equal(p.text);
        expect(p.clippedBefore || p.clippedAfter).to.equal(false);
      });
    }
    it('clips a long paragraph at word boundaries and keeps the span', () => {
      const long = `${'word '.repeat(400)}SPAN ${'word '.repeat(400)}`;
      const start = long.indexOf('SPAN');
      const p = paragraphOf(long, start, start + 4);
      expect(p.clippedBefore && p.clippedAfter).to.equal(true);
      expect(p.text.length).to.be.below(1500);
      expect(p.text.slice(start - p.start, start - p.start + 4)).to.equal('SPAN');
      expect(p.text.startsWith('word')).to.equal(true);
    });
  });

  describe('wordDiff: only where wordings are variants of one another', () => {
    const cases: [string, string, boolean][] = [
      ['landed in Beijing early on Thursday', 'landed in Beijing early on Wednesday', true],
      ['about 400 people', 'about 300 people', true],
      ['on Thursday', 'on Thursday', false],
      ['talks with his Chinese counterpart Xi Jinping on Wednesday', 'discussions over tea on Thursday evening', false],
    ];
    for (const [a, b, shown] of cases) {
      it(`${a} → ${b}: ${shown ? 'a diff' : 'none'}`, () => {
        const d = wordDiff(a, b);
        expect(d !== null).to.equal(shown);
        if (d) {
          expect(d.filter((p) => p.op !== 'added').map((p) => p.text).join('')).to.equal(a);
          expect(d.filter((p) => p.op !== 'removed').map((p) => p.text).join('')).to.equal(b);
        }
      });
    }
  });

  it('is deterministic and leaves the report untouched', () => {
    const { report, sources } = fixtureReport();
    const before = JSON.stringify(report);
    expect(JSON.stringify(pageData(report, sources, false))).to.equal(JSON.stringify(pageData(fixtureReport().report, sources, false)));
    expect(JSON.stringify(report)).to.equal(before);
  });

  it('a claim whose article text is not at hand has no paragraph, and the page still gets it', () => {
    const { report } = fixtureReport();
    const data = pageData(report, [], true);
    expect(data.findings.flatMap((f) => f.claims.map((c) => c.paragraph))).to.satisfy((ps: unknown[]) => ps.every((p) => p === null));
    expect(data.readOnly).to.equal(true);
  });
});
