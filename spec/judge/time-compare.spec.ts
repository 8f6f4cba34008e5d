/**
 * Comparing times as the judge does: intervals narrowed by their TIMEX3 mod ("early March" holds
 * March 3, not March 20), clock times with zones as instants ("0915 GMT" is "4:15 p.m." in a place
 * seven hours ahead), and a stated month and day before a weekday ("Tuesday, April 9" is not
 * "Tuesday, May 9").
 */
import { expect } from 'chai';
import { timeInterval } from '../../lib/calendar/intervals.ts';
import { instantOf } from '../../lib/text/zones.ts';
import { compatible } from '../../lib/judge/compare.ts';
import type { Comparable } from '../../lib/judge/claims/index.ts';
import type { TimeFact, TimexMod } from '../../lib/types.ts';

const interval = (value: string, mod?: TimexMod, endValue?: string): Comparable => {
  const f = { value, timex: 'DATE', ...(mod ? { mod } : {}), ...(endValue ? { endValue } : {}) } as Pick<TimeFact, 'value' | 'endValue' | 'timex' | 'mod'>;
  return { kind: 'interval', interval: timeInterval(f)! };
};

describe('judge: time intervals from TIMEX3 mods', () => {
  const rows: Array<[string, Comparable, Comparable, boolean | null]> = [
    ['"early March" holds March 3', interval('2024-03', 'START'), interval('2024-03-03'), true],
    ['"early March" does not hold March 20', interval('2024-03', 'START'), interval('2024-03-20'), false],
    ['"late March" holds March 28', interval('2024-03', 'END'), interval('2024-03-28'), true],
    ['"mid-2023" holds June 2023', interval('2023', 'MID'), interval('2023-06'), true],
    ['"early 2009" does not hold October 2009', interval('2009', 'START'), interval('2009-10'), false],
    ['"the early 1990s" holds 1992', interval('199', 'START'), interval('1992'), true],
    ['"the third quarter of 2023" holds August 2023', interval('2023-Q3'), interval('2023-08-15'), true],
    ['"the third quarter of 2023" does not hold November 2023', interval('2023-Q3'), interval('2023-11'), false],
    ['"the 19th century" holds 1848', interval('18'), interval('1848'), true],
    ['"Friday night" is its day', interval('2024-05-10TNI'), interval('2024-05-10'), true],
    ['an APPROX day keeps its day: not the next', interval('2024-05-07', 'APPROX'), interval('2024-05-08'), false],
  ];
  for (const [name, a, b, want] of rows) it(name, () => expect(compatible(a, b)).to.equal(want));
});

describe('judge: clock times with zones are instants', () => {
  const at = (value: string, zone: string | null = null, day = value.slice(0, 10)): Comparable => ({
    kind: 'interval', interval: timeInterval({ value: day, timex: 'DATE' })!, instant: instantOf(value, zone) ?? undefined,
  });
  it('"23:15 GMT Monday" and "6:15 a.m. Tuesday" in Jakarta (UTC+7) are one moment', () => {
    expect(compatible(at('2024-05-13T23:15Z'), at('2024-05-14T06:15', 'Asia/Jakarta'))).to.equal(true);
  });
  it('"23:15 GMT Monday" and "6:15 a.m. Tuesday" without a zone: the days differ', () => {
    expect(compatible(at('2024-05-13T23:15Z'), { kind: 'interval', interval: timeInterval({ value: '2024-05-14', timex: 'DATE' })! })).to.equal(false);
  });
  it('"10 a.m. Beijing time" and "02:00 GMT" are one moment', () => {
    expect(instantOf('2024-05-16T10:00+08:00')).to.equal(instantOf('2024-05-16T02:00Z'));
  });
  it('"8 p.m. ET" in January is 01:00 GMT the next day', () => {
    expect(instantOf('2024-01-16T20:00-05:00')).to.equal(instantOf('2024-01-17T01:00Z'));
  });
  it('a local time in New York in July is four hours behind GMT', () => {
    expect(instantOf('2024-07-04T12:00', 'America/New_York')).to.equal(instantOf('2024-07-04T16:00Z'));
  });
  it('a value without a clock time or zone has no instant', () => {
    expect(instantOf('2024-07-04')).to.equal(null);
    expect(instantOf('2024-07-04T12:00')).to.equal(null);
  });
});

describe('judge: a stated month and day before a weekday', () => {
  it('"Tuesday, April 9" (stated) against "Tuesday, May 9" (resolved): not the same date', () => {
    expect(compatible({ kind: 'stated', weekday: 2, month: 4, day: 9 }, interval('2023-05-09'))).to.equal(false);
  });
  it('"Tuesday" alone against a Tuesday: the same weekday', () => {
    expect(compatible({ kind: 'stated', weekday: 2 }, interval('2023-05-09'))).to.equal(true);
  });
});
