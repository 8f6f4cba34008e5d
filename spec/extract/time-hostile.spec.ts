import { expect } from 'chai';
import { extractTimes } from '../../lib/extract/time/index.ts';
import { expectLinear } from '../support/linear.ts';

/** A string of exactly `n` characters made by repeating `unit`. */
const repeat = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const MB = 1_000_000;

/** Runs the extractor once on the whole body (no sentences given: one line = one sentence). */
function count(body: string): number {
  return extractTimes({ article: 'h', body, sentences: [], published: '2024-05-16' }).length;
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
    ['spaced clock times with zones', '10: 04 PM ET, (GMT+05: 00) '],
    ['vague lengths of time', 'a few minutes hours after '],
    ['weekdays counted back', 'two Sundays two Sundays ago '],
    ['plurals after "the"', 'the years the years that '],
    ['postponements and deadlines', 'postponed the vote to until Monday set Friday as the '],
    ['base-form past verbs', 'a quake hit the town in May '],
    ['clock times looking back for their verb', 'It was shot on Monday.\nIt was hit at 6 pm.\n'],
  ];

  for (const [name, unit] of cases) {
    it(`1 MB of ${name} in linear time`, () => {
      // Four times the text may take about four times as long, never sixteen.
      expectLinear(name, (n) => repeat(unit, n), count, { size: MB / 4 });
    });
  }

  it('1 MB of "May May May" is no date at all, and "in May" over and over is one per month name', () => {
    expect(count(repeat('May ', MB))).to.equal(0);
    expect(count(repeat('in May ', 70_000))).to.equal(10_000);
  });

  it('1 MB of weekdays in clauses in linear time', () => {
    expect(count(repeat('arrived on Tuesday ', MB))).to.be.greaterThan(50_000);
    expectLinear('weekdays in clauses', (n) => repeat('arrived on Tuesday ', n), count, { size: MB / 4 });
  });
});
