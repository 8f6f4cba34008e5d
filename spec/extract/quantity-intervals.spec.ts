/**
 * Quantities with the interval they claim (issue 14, part 3): ranges of one count as one fact
 * with `high`, bounds written after the number, zero counts said in words, mixed fractions, and
 * conversions in brackets. Each table has rows that must be read and rows that must not.
 */
import { expect } from 'chai';
import { extractFacts } from '../../lib/extract/index.ts';
import { extractQuantities, quantityExtractor, readQuantities } from '../../lib/extract/quantity/index.ts';
import { makeArticle } from '../../lib/load/article.ts';
import type { Document, QuantityFact } from '../../lib/types.ts';
import { expectLinear, repeatTo } from '../support/linear.ts';

/** [span text, value, high, unit, counted, qualifier]; high is null for a single value. */
type Expected = [string, string, string | null, string | null, string | null, string | null];

function oneSentence(text: string): Document {
  const article = makeArticle('case.txt', 'case.txt', 'txt', text, { published: '2024-05-16' });
  return { article, body: text, masks: [], sentences: [{ index: 0, paragraph: 0, start: 0, end: text.length, heading: false }] };
}

function facts(text: string): QuantityFact[] {
  return extractFacts(oneSentence(text), [quantityExtractor]) as QuantityFact[];
}

function read(text: string): Expected[] {
  return extractQuantities(oneSentence(text)).map((q) => [q.text, q.value, q.high ?? null, q.unit, q.counted, q.qualifier]);
}

function reads(cases: [string, Expected[]][]): void {
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} → ${expected.map((e) => e[0]).join(' | ') || 'nothing'}`, () => {
      expect(read(text)).to.deep.equal(expected);
    });
  }
}

describe('quantity intervals', () => {
  describe('a range of one count is one fact, value the low end and high the other', () => {
    reads([
      ['between 200 and 400 people were evacuated', [['between 200 and 400 people', '200', '400', null, 'people', 'between']]],
      ['200 to 400 people were evacuated', [['200 to 400 people', '200', '400', null, 'people', 'between']]],
      ['200-400 people were evacuated', [['200-400 people', '200', '400', null, 'people', 'between']]],
      ['1,000-2,000 people marched', [['1,000-2,000 people', '1000', '2000', null, 'people', 'between']]],
      ['from 20 to 30 people', [['from 20 to 30 people', '20', '30', null, 'people', 'between']]],
      ['between 2,000 and 3,000 troops', [['between 2,000 and 3,000 troops', '2000', '3000', null, 'troops', 'between']]],
      ['a stretch from 20,000 to 40,000 km long', [['from 20,000 to 40,000 km', '20000', '40000', 'km', null, 'between']]],
      ['between 40 and 80 percent damage', [['between 40 and 80 percent', '40', '80', 'percent', null, 'between']]],
      ['a 2-3 percent rise', [['2-3 percent', '2', '3', 'percent', null, 'between']]],
      ['an offer between $140 and $150 million', [['between $140 and $150 million', '140000000', '150000000', 'USD', null, 'between']]],
      ['from $140 to $150 million', [['from $140 to $150 million', '140000000', '150000000', 'USD', null, 'between']]],
      // The scale written once belongs to both ends, unless the low end would pass the high one.
      ['from 2 to 3 million people', [['from 2 to 3 million people', '2000000', '3000000', null, 'people', 'between']]],
      ['from 500 to 2 million people', [['from 500 to 2 million people', '500', '2000000', null, 'people', 'between']]],
      // Bare ends: after "between", or after a word of ranging before "from".
      ['the toll is between 200 and 400.', [['between 200 and 400', '200', '400', null, null, 'between']]],
      ['magnitudes ranging from 3.6 to 4.3', [['from 3.6 to 4.3', '3.6', '4.3', null, null, 'between']]],
      // A qualifier before the low end is not read into a range: the range is what it claims.
      ['some 200 to 300 people', [['200 to 300 people', '200', '300', null, 'people', 'between']]],
    ]);
  });

  describe('two values that are not a range of one count stay two (or nothing)', () => {
    reads([
      // A change of one figure: two values at two times.
      ['the wall grew from 20,000 to 40,000 km', [['20,000', '20000', null, 'km', null, null], ['40,000 km', '40000', null, 'km', null, null]]],
      ['support increased from 10 to 20 percent', [['10', '10', null, 'percent', null, null], ['20 percent', '20', null, 'percent', null, null]]],
      // "three or four" is two guesses, kept as two counts of one noun.
      ['Three or four robbers burst in', [['Three', '3', null, null, 'robbers', null], ['four robbers', '4', null, null, 'robbers', null]]],
      // A vote or a score falls from its first number to its second: not a range.
      ['the court ruled 5 to 4', [['5', '5', null, null, null, null], ['4', '4', null, null, null, null]]],
      // Scores, years, dates, slashes and bare dashed pairs yield nothing, as before.
      ['they won 52-3', []],
      ['a 20-13 victory', []],
      ['a 6-4 vote', []],
      ['the 1990-1995 period', []],
      ['from 2010 to 2015', []],
      ['between 1990 and 1995', []],
      ['the 2011-10-17 release', []],
      ['24/7 coverage', []],
      // "ages 18-25": a dashed pair with no unit or noun after it is not read (it may be a score).
      ['open to ages 18-25', []],
      // A record before a team's name, days of a month, a sum that turns into "MM".
      ['the Saints take on the 0-14 Lions', []],
      ['On October 1-2 the city hosts 3-4 seminars', [['3-4 seminars', '3', '4', null, 'seminars', 'between']]],
      ['the Orioles offered $140-150MM', []],
      // "from" with nothing counted after and no word of ranging is most often a change: two values, as before.
      ['it went from 20 to 30', [['20', '20', null, null, null, null], ['30', '30', null, null, null, null]]],
      ['raise the number of seats from 65 to 125', [['65', '65', null, null, null, null], ['125', '125', null, null, null, null]]],
      // Durations are the time extractor's, ranges of them too.
      ['10-15 minutes later', []],
      ['two to three days', []],
    ]);
  });

  describe('bounds after the number', () => {
    reads([
      ['40 or fewer people attended', [['40 or fewer people', '40', null, null, 'people', 'at most']]],
      ['the fine is 40 or less', [['40 or less', '40', null, null, null, 'at most']]],
      ['50 or more people were hurt', [['50 or more people', '50', null, null, 'people', 'at least']]],
      ['a crowd of 40 or so', [['40 or so', '40', null, null, null, 'about']]],
      ['40 or so people gathered', [['40 or so people', '40', null, null, 'people', 'about']]],
      ['a bill of $5 million or more', [['$5 million or more', '5000000', null, 'USD', null, 'at least']]],
      ['a walk of 50 km or more', [['50 km or more', '50', null, 'km', null, 'at least']]],
      ['one or more people were seen', [['one or more people', '1', null, null, 'people', 'at least']]],
      // Already read before: "more than 40 times" is unchanged.
      ['he had met him more than 40 times', [['more than 40 times', '40', null, 'times', null, 'more than']]],
    ]);
  });

  describe('zero counts said in words', () => {
    reads([
      ['no one was killed', [['no one', '0', null, null, 'people', null]]],
      ['No one was killed but 12 were hurt.', [['No one', '0', null, null, 'people', null], ['12', '12', null, null, null, null]]],
      ['nobody was injured', [['nobody', '0', null, null, 'people', null]]],
      ['nobody was seriously hurt', [['nobody', '0', null, null, 'people', null]]],
      ['no-one was hurt', [['no-one', '0', null, null, 'people', null]]],
      ['none were injured', [['none', '0', null, null, 'people', null]]],
      ['no one is believed to have been killed', [['no one', '0', null, null, 'people', null]]],
      ['there were no deaths', [['no deaths', '0', null, null, 'deaths', null]]],
      ['no casualties were reported', [['no casualties', '0', null, null, 'casualties', null]]],
      ['no injuries were reported', [['no injuries', '0', null, null, 'injuries', null]]],
      ['no serious injuries were reported', [['no serious injuries', '0', null, null, 'injuries', null]]],
      ['there were no fatalities', [['no fatalities', '0', null, null, 'fatalities', null]]],
    ]);
    reads([
      ['no one knows', []],
      ['nobody said a word', []],
      ['no one else was hurt', []],
      ['no one else knows', []],
      ['there is no one to blame', []],
      ['no doubt about it', []],
      ['no more deaths, they said', []],
      ['there were no reports of injuries', []],
      ['none of them spoke', []],
    ]);
  });

  describe('mixed fractions', () => {
    reads([
      ['2 1/2 million people', [['2 1/2 million people', '2500000', null, null, 'people', null]]],
      ['two and a half million people', [['two and a half million people', '2500000', null, null, 'people', null]]],
      ['they walked 1 1/2 miles', [['1 1/2 miles', '1.5', null, 'mi', null, null]]],
      ['they walked 3½ miles', [['3½ miles', '3.5', null, 'mi', null, null]]],
      ['they walked 2-1/2 miles', [['2-1/2 miles', '2.5', null, 'mi', null, null]]],
      // Durations are declined to the time extractor.
      ['it took 3 1/2 hours', []],
      ['it took 3½ hours', []],
      ['it took two and a half hours', []],
    ]);
  });

  describe('conversions in brackets', () => {
    /** [text, [span, conversion]] for every fact. */
    const cases: [string, [string, boolean][]][] = [
      ['a 20 km (12 miles) walk', [['20 km', false], ['12 miles', true]]],
      ['a road of 1,150 kilometers (700 miles)', [['1,150 kilometers', false], ['700 miles', true]]],
      ['a fine of $5 million (£3.2 million)', [['$5 million', false], ['£3.2 million', true]]],
      ['20 km (about 12 miles) away', [['20 km', false], ['about 12 miles', true]]],
      // Not a conversion: the same unit, a count, nothing right before the bracket.
      ['20 km (12 km of it paved)', [['20 km', false], ['12 km', false]]],
      ['20 people (12 women)', [['20 people', false], ['12 women', false]]],
      ['the road (12 miles) is closed', [['12 miles', false]]],
    ];
    for (const [text, want] of cases) {
      it(`${JSON.stringify(text)} → ${want.filter((w) => w[1]).map((w) => w[0]).join(', ') || 'no conversion'}`, () => {
        expect(facts(text).map((q) => [q.text, q.conversion === true])).to.deep.equal(want);
      });
    }
  });

  describe('the JSON stays additive', () => {
    it('a single value has no high and no conversion field', () => {
      const [q] = facts('12 people were hurt');
      expect(q).to.not.have.property('high');
      expect(q).to.not.have.property('conversion');
    });
    it('a range carries high; a conversion carries conversion: true; spans hold their text through the runner', () => {
      const [r] = facts('between 200 and 400 people');
      expect([r.text, r.value, r.high, r.qualifier]).to.deep.equal(['between 200 and 400 people', '200', '400', 'between']);
      const [, c] = facts('a 20 km (12 miles) walk');
      expect(c.conversion).to.equal(true);
    });
    it('reads the same twice', () => {
      const text = 'Between 200 and 400 people, 50 or more of them children, walked 20 km (12 miles); no one was hurt.';
      expect(readQuantities(text, 0, text.length)).to.deep.equal(readQuantities(text, 0, text.length));
    });
  });

  describe('hostile input', () => {
    const hostile: [string, string][] = [
      ['ranges', 'between 1 and 2 '],
      ['dashed ranges', '1-2 people '],
      ['bounds after', '1 or more '],
      ['bounds after nouns', '1 or more people or so '],
      ['zeros', 'no one was '],
      ['zero nouns', 'no deaths no '],
      ['brackets', '1 km (2 mi) '],
    ];
    for (const [name, unit] of hostile) {
      it(`reads a megabyte of ${name} in linear time`, function () {
        this.timeout(120_000);
        expectLinear(name, (n) => repeatTo(unit, n), (text) => readQuantities(text, 0, text.length));
      });
    }
  });
});
