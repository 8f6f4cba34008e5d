/**
 * The interval a quantity claims (issue 14, part 3): `numberRange` with ranges and the bounds
 * written after a number, and `compatibleAcrossUnits`, which compares values in two units at the
 * precision each is written. Rows that must agree and rows that must not.
 */
import { expect } from 'chai';
import { compatibleAcrossUnits, inBase, numberRange, numbersCompatible, precisionHalf, type UnitQuantity } from '../../lib/judge/values.ts';

const range = (value: string, qualifier: string | null = null, high?: string) => numberRange({ value, qualifier, ...(high !== undefined ? { high } : {}) })!;
const q = (value: string, unit: string | null, qualifier: string | null = null, high?: string): UnitQuantity => ({ value, unit, qualifier, ...(high !== undefined ? { high } : {}) });

describe('values: the interval of a quantity', () => {
  /** [what, value, qualifier, high, low bound, high bound]. */
  const cases: [string, string, string | null, string | undefined, number, number][] = [
    ['a range', '200', 'between', '400', 200, 400],
    ['a range of sums', '140000000', 'between', '150000000', 140000000, 150000000],
    ['"40 or fewer" (at most)', '40', 'at most', undefined, 0, 40],
    ['"50 or more" (at least)', '50', 'at least', undefined, 50, Infinity],
    ['"40 or so" (about)', '40', 'about', undefined, 36, 44],
    ['a zero', '0', null, undefined, 0, 0],
    // Unchanged for the callers that were there before.
    ['a bare number', '42', null, undefined, 42, 42],
    ['"up to 40"', '40', 'up to', undefined, 0, 40],
    ['a round large number (to its last non-zero digit)', '240000000000', null, undefined, 235000000000, 245000000000],
    ['a round number, at most 2.5% either way', '7000', null, undefined, 6825, 7175],
  ];
  for (const [what, value, qualifier, high, lo, hi] of cases) {
    it(`${what}: ${qualifier ?? ''} ${value}${high ? `..${high}` : ''} → [${lo}, ${hi}]`, () => {
      const r = range(value, qualifier, high);
      expect([r.low, r.high]).to.deep.equal([lo, hi]);
    });
  }

  /** [a, b, compatible]. */
  const pairs: [string, ReturnType<typeof range>, ReturnType<typeof range>, boolean][] = [
    ['300 is within 200..400', range('300'), range('200', 'between', '400'), true],
    ['450 is not within 200..400', range('450'), range('200', 'between', '400'), false],
    ['200..400 and 350..500 overlap', range('200', 'between', '400'), range('350', 'between', '500'), true],
    ['200..400 and 500..600 do not', range('200', 'between', '400'), range('500', 'between', '600'), false],
    ['0 is not "12 people"', range('0'), range('12'), false],
    ['0 is within "up to 12"', range('0'), range('12', 'up to'), true],
    ['"50 or more" covers 60', range('50', 'at least'), range('60'), true],
    ['"40 or fewer" does not cover 45', range('40', 'at most'), range('45'), false],
  ];
  for (const [what, a, b, want] of pairs) {
    it(`${what} → ${want}`, () => expect(numbersCompatible(a, b)).to.equal(want));
  }
});

describe('values: across units, at the precision written', () => {
  it('reads the factor table: 12 miles in metres, 5 lb in kilograms; none for currencies and degrees', () => {
    expect(inBase(12, 'mi')).to.deep.equal({ value: 19312.128, base: 'm' });
    expect(inBase(5, 'lb')!.value).to.be.closeTo(2.268, 0.001);
    expect(inBase(5, 'USD')).to.equal(null);
    expect(inBase(5, '°C')).to.equal(null);
  });

  it('takes the precision from the last significant digit', () => {
    expect([precisionHalf('12'), precisionHalf('12.4'), precisionHalf('1500'), precisionHalf('1150'), precisionHalf('0')]).to.deep.equal([0.5, 0.05, 50, 5, 0.5]);
  });

  /** [a, b, compatible or null]. */
  const cases: [UnitQuantity, UnitQuantity, boolean | null][] = [
    [q('20', 'km'), q('12', 'mi'), true],
    [q('20', 'km'), q('12.4', 'mi'), true],
    [q('12.4', 'mi'), q('20', 'km'), true],
    [q('1500', 'km'), q('940', 'mi'), true],
    [q('1150', 'km'), q('940', 'mi'), false],
    [q('1150', 'km'), q('715', 'mi'), true],
    [q('12.4', 'mi'), q('21', 'km'), false],
    [q('100', 'kg'), q('220', 'lb'), true],
    // Trailing zeros round by at most 2.5%: "100 kg" is 97.5..102.5 kg, not 50..150 kg, and 250 lb
    // (111..116 kg) is another weight; "102 kg" is 101.5..102.5 kg.
    [q('100', 'kg'), q('250', 'lb'), false],
    [q('200', 'ft'), q('60', 'm'), true],
    [q('150', 'm', 'about'), q('200', 'm', 'about'), false],
    [q('102', 'kg'), q('250', 'lb'), false],
    [q('5', 'ft'), q('1.52', 'm'), true],
    [q('60', 'mph'), q('97', 'km/h'), true],
    [q('60', 'mph'), q('120', 'km/h'), false],
    // Qualifiers and ranges widen the interval before it is compared.
    [q('1150', 'km', 'about'), q('1250', 'km'), true],
    [q('1150', 'km', 'about'), q('940', 'mi'), false],
    [q('30', 'km', 'more than'), q('12', 'mi'), false],
    [q('30', 'km', 'more than'), q('40', 'mi'), true],
    [q('20', 'km', 'up to'), q('11', 'mi'), true],
    [q('20', 'km', 'between', '30'), q('15', 'mi'), true],
    [q('20', 'km', 'between', '30'), q('25', 'mi'), false],
    // One unit compares too; two dimensions or no factor cannot tell.
    [q('12', 'km'), q('12', 'km'), true],
    [q('12.4', 'km'), q('12.6', 'km'), false],
    [q('5000000', 'USD'), q('3200000', 'GBP'), null],
    [q('20', 'km'), q('20', 'kg'), null],
    [q('20', 'km'), q('20', null), null],
  ];
  for (const [a, b, want] of cases) {
    const show = (x: UnitQuantity) => `${x.qualifier ? `${x.qualifier} ` : ''}${x.value}${x.high ? `..${x.high}` : ''} ${x.unit}`;
    it(`${show(a)} vs ${show(b)} → ${want}`, () => expect(compatibleAcrossUnits(a, b)).to.equal(want));
  }
});
