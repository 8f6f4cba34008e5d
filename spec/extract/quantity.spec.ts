/**
 * The quantity extractor: table-driven cases of what must be read (with span, value, unit,
 * counted noun and qualifier), what must yield nothing, the seed articles, and hostile input.
 */
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts } from '../../lib/extract/index.ts';
import { extractQuantities, quantityExtractor, readQuantities } from '../../lib/extract/quantity/index.ts';
import { parseDigits, ratio, toDecimal } from '../../lib/extract/quantity/rational.ts';
import { makeArticle } from '../../lib/load/article.ts';
import { prepare } from '../../lib/pipeline.ts';
import type { Document, QuantityFact } from '../../lib/types.ts';
import { ROOT, SEEDS } from '../helpers.ts';
import { expectLinear, repeatTo } from '../support/linear.ts';

/** [span text, value, unit, counted, qualifier]. */
type Expected = [string, string, string | null, string | null, string | null];

/** A document of one sentence, built by hand so that these cases do not depend on the segmenter. */
function oneSentence(text: string): Document {
  const article = makeArticle('case.txt', 'case.txt', 'txt', text, { published: '2024-05-16' });
  return { article, body: text, masks: [], sentences: [{ index: 0, paragraph: 0, start: 0, end: text.length, heading: false }] };
}

function read(text: string): Expected[] {
  return extractQuantities(oneSentence(text)).map((q) => [q.text, q.value, q.unit, q.counted, q.qualifier]);
}

function reads(cases: [string, Expected[]][]): void {
  for (const [text, expected] of cases) {
    it(`${JSON.stringify(text)} → ${expected.map((e) => e[0]).join(' | ')}`, () => {
      expect(read(text)).to.deep.equal(expected);
    });
  }
}

describe('quantity extractor', () => {
  describe('money', () => {
    reads([
      ['reaching a record $240 billion in 2023', [['a record $240 billion', '240000000000', 'USD', null, 'record']]],
      ['surpassing a $200 billion target last year', [['$200 billion target', '200000000000', 'USD', 'target', null]]],
      ['funded $900bn in infrastructure', [['$900bn', '900000000000', 'USD', null, null]]],
      ['an estimated one million dollars in damage', [['an estimated one million dollars', '1000000', 'USD', null, 'about']]],
      ['thieves stole £910,000 worth of jewellery', [['£910,000', '910000', 'GBP', null, null]]],
      ['jewellery worth 103 million euros', [['103 million euros', '103000000', 'EUR', null, null]]],
      ['a US$5m loan', [['US$5m loan', '5000000', 'USD', 'loan', null]]],
      ['earned tens of millions of dollars in ransoms', [['tens of millions of dollars', '10000000', 'USD', null, 'order of magnitude']]],
      ['paid 50 cents a share', [['50 cents', '0.5', 'USD', null, null]]],
      ['a two-million-euro booty', [['two-million-euro booty', '2000000', 'EUR', 'booty', null]]],
      ['over $2.6 million', [['over $2.6 million', '2600000', 'USD', null, 'more than']]],
      // A range is one fact, value its low end (its high end is in quantity-intervals.spec.ts).
      ['an offer between $140 and $150 million', [['between $140 and $150 million', '140000000', 'USD', null, 'between']]],
    ]);
  });

  describe('percentages and fractions', () => {
    reads([
      ['turnout was almost 90%.', [['almost 90%', '90', 'percent', null, 'nearly']]],
      ['traffic fell by 50 per cent', [['50 per cent', '50', 'percent', null, null]]],
      ['support rose 3 percentage points', [['3 percentage points', '3', 'percentage points', null, null]]],
      ['villages sustained between 40 and 80 percent damage', [['between 40 and 80 percent', '40', 'percent', null, 'between']]],
      ['fans filled nearly two-thirds of the seats', [['nearly two-thirds', '66.67', 'percent', null, 'nearly']]],
      ['Within five years, half of the settlers left.', [['half', '50', 'percent', null, null]]],
    ]);
  });

  describe('counts', () => {
    reads([
      ["obliges the court's 123 member states to arrest him", [['123 member states', '123', null, 'member states', null]]],
      ['before deploying tens of thousands of troops into the country', [['tens of thousands of troops', '10000', null, 'troops', 'order of magnitude']]],
      ['1.5 million people fled', [['1.5 million people', '1500000', null, 'people', null]]],
      ['the city built 3,000 new homes', [['3,000 new homes', '3000', null, 'homes', null]]],
      ['she bought a dozen eggs', [['a dozen eggs', '12', null, 'eggs', null]]],
      ['One person was killed and 12 others wounded.', [['One person', '1', null, 'person', null], ['12 others', '12', null, 'others', null]]],
      ['at least three people died', [['at least three people', '3', null, 'people', 'at least']]],
      ['Several hundred protesters set up barricades', [['Several hundred protesters', '100', null, 'protesters', 'order of magnitude']]],
      ['a 12-member panel will decide', [['12-member', '12', null, 'member', null]]],
      ['The death toll rose to 12.', [['12', '12', null, null, null]]],
      ['more than 2,000 of the troops left', [['more than 2,000 of the troops', '2000', null, 'troops', 'more than']]],
      ['the ship had as many as 26 crewmen aboard', [['as many as 26 crewmen', '26', null, 'crewmen', 'up to']]],
      ['police arrested two young men', [['two young men', '2', null, 'men', null]]],
      ['the 20 armored police vehicles', [['20 armored police vehicles', '20', null, 'police vehicles', null]]],
      ['Three or four robbers burst in', [['Three', '3', null, 'robbers', null], ['four robbers', '4', null, 'robbers', null]]],
      ['two of the skiffs escaped', [['two of the skiffs', '2', null, 'skiffs', null]]],
      ['marines caught 12 Somalis', [['12 Somalis', '12', null, 'somalis', null]]],
      ['Officers freed seven people', [['seven people', '7', null, 'people', null]]],
      // "8 of 14" is a ratio: only the 14 counts the shots.
      ['he made 8 of 14 shots', [['14 shots', '14', null, 'shots', null]]],
      // A lowercase number word after a name is no label: "Boeing 737" is, "gave Cheeks two" is not.
      ['Stefanski had given Cheeks two contract extensions', [['two contract extensions', '2', null, 'contract extensions', null]]],
      // Capitalised modifiers joined by "and" before the noun.
      ['the navy nabbed 23 Somali and Yemeni sea brigands', [['23 Somali and Yemeni sea brigands', '23', null, 'sea brigands', null]]],
    ]);
  });

  describe('multiples', () => {
    reads([
      ['he had met him more than 40 times so far', [['more than 40 times', '40', 'times', null, 'more than']]],
      ['he was arrested twice', [['twice', '2', 'times', null, null]]],
      ['a 10-fold rise', [['10-fold', '10', 'times', null, null]]],
      ['hitting Gray eleven times in his torso', [['eleven times', '11', 'times', null, null]]],
      ['Klitschko twice wrestled Thompson to the floor', [['twice', '2', 'times', null, null]]],
    ]);
  });

  describe('ages', () => {
    reads([
      ['Smith, aged 71, and Jones, aged 70, will attend.', [['aged 71', '71', 'years', 'age', null], ['aged 70', '70', 'years', 'age', null]]],
      ['Police said John Smith, 33, was arrested.', [['33', '33', 'years', 'age', null]]],
      ['a 71-year-old man was hurt', [['71-year-old', '71', 'years', 'age', null]]],
      ['he died at the age of 85 after an illness', [['at the age of 85', '85', 'years', 'age', null]]],
      ['The man, 35, is expected in court.', [['35', '35', 'years', 'age', null]]],
      ['He was 77.', [['77', '77', 'years', 'age', null]]],
      ['a six-month-old baby', [['six-month-old', '6', 'months', 'age', null]]],
    ]);
  });

  describe('ordinals', () => {
    reads([
      ['the war entered its 600th day on Monday', [['600th day', '600', 'ordinal', 'day', null]]],
      ['marking the 10th anniversary of the forum', [['10th anniversary', '10', 'ordinal', 'anniversary', null]]],
      ['only his second known trip abroad', [['second known trip', '2', 'ordinal', 'trip', null]]],
      ['he suffered third-degree burns', [['third-degree', '3', 'ordinal', 'degree', null]]],
    ]);
  });

  describe('magnitudes and measures', () => {
    reads([
      ['a 6.1-magnitude earthquake struck', [['6.1-magnitude earthquake', '6.1', 'magnitude', 'earthquake', null]]],
      ['a quake with a magnitude of at least 5.9 hit', [['magnitude of at least 5.9', '5.9', 'magnitude', null, 'at least']]],
      ['registering 6.4 on the Richter scale', [['6.4 on the Richter scale', '6.4', 'magnitude', null, null]]],
      ['an M6.1 quake struck the coast', [['M6.1 quake', '6.1', 'magnitude', 'quake', null]]],
      ['a Mw 6.3 aftershock followed', [['Mw 6.3 aftershock', '6.3', 'magnitude', 'aftershock', null]]],
      ['about 150 nautical miles east of the port', [['about 150 nautical miles', '150', 'nmi', null, 'about']]],
      ['a 10-metre dhow', [['10-metre dhow', '10', 'm', 'dhow', null]]],
      ['reached speeds of 120 mph', [['120 mph', '120', 'mph', null, null]]],
      ['he threw for 329 passing yards', [['329 passing yards', '329', 'yd', null, null]]],
      ['they walked 2-1/2 miles', [['2-1/2 miles', '2.5', 'mi', null, null]]],
      ['a 100km stretch', [['100km', '100', 'km', null, null]]],
    ]);
  });

  describe('not quantities', () => {
    const none = [
      // A scale's symbol needs a decimal value: "M16" is a rifle, "M4" a road.
      'He carried an M16 rifle.',
      'Traffic was slow on the M4 motorway.',
      'It was founded in 1949.',
      'In 2013, the leaders met.',
      'on May 16, 2024 at 10:50 AM',
      'the 2024-05-16 release',
      'a two-day state visit',
      'since commencing his six-year term',
      'they held informal talks for over four hours',
      'five years later, 75 years ago',
      'call 555-1234 or (212) 555-1234',
      "Europe's deadliest land conflict since World War Two",
      'The Big Ten and the Group of Seven met.',
      // Idioms of an ordinal compound: no rank is counted.
      'an eleventh-hour deal',
      'a second-rate show, second-class citizens',
      'the Second World War',
      'in the second half of May',
      'citing one of the sources',
      // "no one was hurt" is a zero count (quantity-intervals.spec.ts); "no one" before other verbs is nothing.
      'no one knows why',
      'they greeted one another as friends',
      'he is the one',
      'at one point',
      'the two met',
      'the G20 summit and COVID-19 rules',
      'a Boeing 737 jet',
      'the No. 1 seed',
      'under Article 5 of the treaty',
      'filed for Chapter 11 protection',
      'won 3-1 and a 20-13 victory',
      'music of the 1990s',
      'a man in his 70s',
      'three times a week',
      'in the 21st century',
      'the second-largest city',
      '0',
      '24/7 coverage of the 9 / 11 attacks',
      'a 6-foot-5 forward',
      'it took 2-1/2 hours',
      'temperatures of minus 20',
      'Internet Explorer 8 and IE 9',
      'until at least 2030',
      'the 2012 elections',
      'shortly after 06: 00 BST',
      'the 12200 block of Main Street',
      'he lives at 12 Main Street',
      'officers responded to 911 calls',
      'Four of those elected to retire',
      'two or three days later',
      'the 79th Academy Awards',
      '5.9 Earthquake Jolts Coast',
      'the second large-scale Internet outage',
    ];
    for (const text of none) {
      it(`${JSON.stringify(text)} → nothing`, () => {
        expect(read(text)).to.deep.equal([]);
      });
    }
  });

  describe('exact numbers', () => {
    const cases: [string, string | null][] = [
      ['3,000', '3000'],
      ['1,234,567.5', '1234567.5'],
      ['6.1', '6.1'],
      ['12,34', null],
      ['1.2.3', null],
    ];
    for (const [s, want] of cases) {
      it(`parses ${s} → ${want}`, () => {
        const r = parseDigits(s);
        expect(r === null ? null : toDecimal(r)).to.equal(want);
      });
    }
    it('rounds two-thirds to 0.666667 and 66.67', () => {
      expect(toDecimal(ratio(2, 3))).to.equal('0.666667');
      expect(toDecimal(ratio(200, 3), 2)).to.equal('66.67');
    });
  });

  describe('seed articles', () => {
    const manifest = JSON.parse(readFileSync(join(SEEDS, 'manifest.json'), 'utf8')) as { articles: { file: string; published: string }[] };
    const facts = new Map<string, QuantityFact[]>();
    before(() => {
      for (const a of manifest.articles) {
        const path = join(SEEDS, a.file);
        const doc = prepare(makeArticle(path, path, 'txt', readFileSync(path, 'utf8'), { published: a.published }));
        // Through the runner, which checks every span against the text.
        facts.set(a.file.slice(0, 3), extractFacts(doc, [quantityExtractor]) as QuantityFact[]);
      }
    });
    const want: [string, string, string, string | null, string | null, string | null][] = [
      ['001', 'aged 71', '71', 'years', 'age', null],
      ['001', 'aged 70', '70', 'years', 'age', null],
      ['001', 'tens of thousands of troops', '10000', null, 'troops', 'order of magnitude'],
      ['002', 'a record $240 billion', '240000000000', 'USD', null, 'record'],
      ['002', '$200 billion target', '200000000000', 'USD', 'target', null],
      ['004', '$900bn', '900000000000', 'USD', null, null],
      ['004', '123 member states', '123', null, 'member states', null],
      ['004', 'more than 40 times', '40', 'times', null, 'more than'],
      ['004', '600th day', '600', 'ordinal', 'day', null],
      ['004', '10th anniversary', '10', 'ordinal', 'anniversary', null],
    ];
    for (const [seed, text, value, unit, counted, qualifier] of want) {
      it(`${seed}: "${text}" → ${value} ${unit ?? ''} ${counted ?? ''} ${qualifier ?? ''}`, () => {
        const f = facts.get(seed)!.find((q) => q.text === text);
        expect(f, `no fact "${text}" in seed ${seed}`).to.not.equal(undefined);
        expect([f!.kind, f!.value, f!.unit, f!.counted, f!.qualifier]).to.deep.equal(['quantity', value, unit, counted, qualifier]);
      });
    }
    const never = ['2013', '1949', '2030', 'Two', 'one of', 'one another', 'two-day', 'six-year', 'four hours', '75 years', 'second half', 'three-day'];
    for (const text of never) {
      it(`no seed fact holds "${text}"`, () => {
        const hits = [...facts.values()].flat().filter((q) => q.text.includes(text));
        expect(hits.map((q) => q.text)).to.deep.equal([]);
      });
    }
    it('gives the same facts on a second run', () => {
      const again = manifest.articles.map((a) => {
        const path = join(SEEDS, a.file);
        return extractQuantities(prepare(makeArticle(path, path, 'txt', readFileSync(path, 'utf8'), { published: a.published })));
      });
      expect(again.flat().map((q) => `${q.article}:${q.start}-${q.end}:${q.value}`)).to.deep.equal(
        [...facts.values()].flat().map((q) => `${q.article}:${q.start}-${q.end}:${q.value}`),
      );
    });
  });

  describe('hostile input', () => {
    /** [name, unit repeated to 250 kB and 1 MB]. */
    const hostile: [string, string][] = [
      ['digits', '1'],
      ['grouped digits', '1,'],
      ['number words', 'one hundred and '],
      ['scales', 'million '],
      ['spaced digits', '1 '],
      ['dashes', '1-'],
      ['apostrophes', "a'"],
      ['vague amounts', 'thousands of '],
      ['currency', '$1 '],
      ['hyphen words', 'a-'],
    ];
    for (const [name, unit] of hostile) {
      it(`reads a megabyte of ${name} in linear time`, function () {
        this.timeout(120_000);
        expectLinear(name, (n) => repeatTo(unit, n), (text) => readQuantities(text, 0, text.length));
      });
    }
  });

  describe('lexicon and code hygiene', () => {
    // Names from the seed articles must not steer the rules: the rules are general English.
    const names = ['putin', 'xi jinping', 'beijing', 'kremlin', 'belt and road', 'belousov', 'lavrov', 'ushakov', 'harbin', 'moscow', 'russia', 'china'];
    const files = [join(ROOT, 'data', 'lexicon', 'units.json'), ...readdirSync(join(ROOT, 'lib', 'extract', 'quantity')).map((f) => join(ROOT, 'lib', 'extract', 'quantity', f))];
    for (const file of files) {
      it(`${file.slice(ROOT.length)} names no seed person, place or organisation`, () => {
        const text = readFileSync(file, 'utf8').toLowerCase();
        expect(names.filter((n) => text.includes(n))).to.deep.equal([]);
      });
    }
  });
});
