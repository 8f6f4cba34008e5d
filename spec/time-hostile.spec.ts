import { expect } from 'chai';
import { extractTimes } from '../lib/extract/time/index.ts';

/** A string of exactly `n` characters made by repeating `unit`. */
const repeat = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const MB = 1_000_000;

/** Runs the extractor once on the whole body (no sentences given: one line = one sentence). */
function timed(body: string): { ms: number; count: number } {
  const t0 = performance.now();
  const count = extractTimes({ article: 'h', body, sentences: [], published: '2024-05-16' }).length;
  return { ms: performance.now() - t0, count };
}

describe('time: hostile input stays linear', function () {
  this.timeout(120_000);

  const cases: Array<[name: string, unit: string]> = [
    ['digits and spaces', '1234567890 '],
    ['one long number', '9'],
    ['"May May May"', 'May '],
    ['dashes between digits', '1-1-'],
    ['digit groups', '1,000,'],
    ['clock-like digits', '12:30 '],
  ];

  for (const [name, unit] of cases) {
    it(`1 MB of ${name}`, () => {
      const small = timed(repeat(unit, MB / 4));
      const big = timed(repeat(unit, MB));
      // Four times the text may take about four times as long, never sixteen.
      expect(big.ms, `${small.ms.toFixed(0)} ms for 250 kB, ${big.ms.toFixed(0)} ms for 1 MB`).to.be.below(Math.max(8 * small.ms, 500) + 2000);
      expect(big.ms).to.be.below(30_000);
    });
  }

  it('1 MB of "May May May" is no date at all, and "in May" over and over is one per month name', () => {
    expect(timed(repeat('May ', MB)).count).to.equal(0);
    expect(timed(repeat('in May ', 70_000)).count).to.equal(10_000);
  });

  it('1 MB of weekdays in clauses', () => {
    const { ms, count } = timed(repeat('arrived on Tuesday ', MB));
    expect(count).to.be.greaterThan(50_000);
    expect(ms).to.be.below(30_000);
  });
});
