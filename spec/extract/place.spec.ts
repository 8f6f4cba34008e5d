/**
 * The place extractor: table-driven cases of places read with their canonical value, text that
 * must yield no place, how a sentence uses a place (placePhrase), the seed articles, the gazetteer
 * file, and hostile input.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts } from '../../lib/extract/index.ts';
import { findPeople, personExtractor } from '../../lib/extract/person/index.ts';
import { gazetteer } from '../../lib/text/gazetteer.ts';
import { findPlaces, placeExtractor, placePhrase, type PlaceRelation } from '../../lib/extract/place/index.ts';
import { makeArticle } from '../../lib/load/article.ts';
import { prepare } from '../../lib/pipeline.ts';
import type { Document, Fact } from '../../lib/types.ts';
import { ROOT, SEEDS } from '../helpers.ts';
import { expectLinear } from '../support/linear.ts';

/** [span text, value]. */
type Expected = [string, string];

/** A document whose sentences are given, so that a case does not depend on the segmenter. */
function sentences(...parts: string[]): Document {
  const text = parts.join(' ');
  const article = makeArticle('case.txt', 'case.txt', 'txt', text, { published: '2024-05-16' });
  let start = 0;
  const ss = parts.map((p, index) => {
    const s = { index, paragraph: 0, start, end: start + p.length, heading: false };
    start += p.length + 1;
    return s;
  });
  return { article, body: text, masks: [], sentences: ss };
}

/** Places of a document, the person extractor run first as in the pipeline. */
function places(d: Document) {
  const people = findPeople(d).map((p) => ({ ...p, id: '', event: null }) as Fact);
  return findPlaces(d, people);
}

function reads(cases: [string[], Expected[]][]): void {
  for (const [parts, expected] of cases) {
    it(`${JSON.stringify(parts.join(' ')).slice(0, 110)} → ${expected.map((e) => e[1]).join(' | ') || 'nothing'}`, () => {
      expect(places(sentences(...parts)).map((p) => [p.text, p.value])).to.deep.equal(expected);
    });
  }
}

function seed(name: string, published: string): Document {
  const path = join(SEEDS, name);
  return prepare(makeArticle(path, path, 'txt', readFileSync(path, 'utf8'), { published }));
}

describe('place extractor', () => {
  describe('countries, regions, areas and cities', () => {
    reads([
      [['Putin has arrived in Beijing.'], [['Beijing', 'Beijing, CN']]],
      [['Ties between Russia and China have deepened.'], [['Russia', 'Russia'], ['China', 'China']]],
      [['It was founded by the People’s Republic of China in 1949.'], [['People’s Republic of China', 'China']]],
      [['He met officials of the Russian Federation.'], [['Russian Federation', 'Russia']]],
      [['Moscow’s actions in Ukraine drew sanctions.'], [['Moscow', 'Moscow, RU'], ['Ukraine', 'Ukraine']]],
      [['The U.S. and the UK agreed.'], [['U.S.', 'United States'], ['UK', 'United Kingdom']]],
      [['Allies in Central Asia and the Middle East watched.'], [['Central Asia', 'Central Asia'], ['Middle East', 'Middle East']]],
      [['The clinic is in Bayou La Batre, Ala., near the coast.'], [['Bayou La Batre, Ala', 'Bayou La Batre, US']]],
      [['They met at the palace in Moscow, Russia, on March 21.'], [['Moscow, Russia', 'Moscow, RU']]],
      [['A fire broke out in Wasilla, Alaska.'], [['Wasilla, Alaska', 'Wasilla, US']]],
      [['The embassy in Washington, D.C., said so.'], [['Washington, D.C.', 'Washington, D.C., US']]],
      [['The warrant came from the Hague-based court.'], [['Hague', 'The Hague, NL']]],
      [['Flights to Kiev resumed.'], [['Kiev', 'Kyiv, UA']]],
      [['He lived in Marseilles for years.'], [['Marseilles', 'Marseille, FR']]],
      [['Piracy threatens trade in West Asia and storms hit New England.'], [['West Asia', 'West Asia'], ['New England', 'New England']]],
      [['Protests spread to São Paulo and Sao Paulo suburbs.'], [['São Paulo', 'São Paulo, BR'], ['Sao Paulo', 'São Paulo, BR']]],
      // A weak name ("Reading" is also a word) counts after "in", and then in the rest of the article.
      [['The plant in Reading closed.', 'Reading lost 300 jobs.'], [['Reading', 'Reading, GB'], ['Reading', 'Reading, GB']]],
      // "Georgia" in an article about the United States is the state.
      [['Atlanta is the capital of Georgia in the United States.'], [['Georgia', 'Georgia, US'], ['United States', 'United States']]],
      [['Georgia and Armenia signed a deal.'], [['Georgia', 'Georgia'], ['Armenia', 'Armenia']]],
    ]);
  });

  describe('venues and features', () => {
    reads([
      [['They met at the Great Hall of the People in Beijing.'], [['Great Hall of the People', 'Great Hall of the People'], ['Beijing', 'Beijing, CN']]],
      [['They shook hands at the Grand Kremlin Palace.'], [['Grand Kremlin Palace', 'Grand Kremlin Palace']]],
      [['His plane touched down at the Beijing Capital International Airport.'], [['Beijing Capital International Airport', 'Beijing Capital International Airport']]],
      [['Damage was done to Wasilla Bible Church on Friday.'], [['Wasilla Bible Church', 'Wasilla Bible Church']]],
      [['Pirates attacked ships in the Gulf of Aden.'], [['Gulf of Aden', 'Gulf of Aden']]],
      [['He is held in the Genesee County jail.'], [['Genesee County', 'Genesee County']]],
      [['She checked into the Betty Ford Center.'], [['Betty Ford Center', 'Betty Ford Center']]],
    ]);
  });

  describe('towns the gazetteer lacks, made places by the words around them', () => {
    reads([
      [['Robbers struck in the southern resort of Cannes.'], [['Cannes', 'Cannes']]],
      [['She spoke in her hometown of Wasilla on Friday.'], [['Wasilla', 'Wasilla']]],
      [['The quake struck Qeshm island.', 'The main town on Qeshm still has power.'], [['Qeshm island', 'Qeshm Island'], ['Qeshm', 'Qeshm Island']]],
      [['The bank is in Woodburn, about 30 miles south of Portland.', "Woodburn's police chief spoke."], [['Woodburn', 'Woodburn'], ['Portland', 'Portland, US'], ['Woodburn', 'Woodburn']]],
      [['The village of Tonban lost power.'], [['Tonban', 'Tonban']]],
      // the name inside a longer name is not the town again
      [['Robbers struck in the resort of Cannes.', 'The Cannes Film Festival opened.'], [['Cannes', 'Cannes']]],
      // a name the gazetteer knows keeps its reading
      [['They met in the city of Boston.'], [['Boston', 'Boston, US']]],
    ]);
  });

  describe('text that names no place', () => {
    const none: string[][] = [
      ['Russian President Vladimir Putin spoke.'],
      ['Russian-Chinese cooperation is the main stabilizing factor.'],
      ['The China-Russia relationship has deepened.'],
      ['The Bank of England raised rates.'],
      ['The New York Times reported it first.'],
      ['The Dallas Cowboys won again.'],
      ['Nice work, said the coach.'],
      ['Reading the report took an hour.'],
      ['The ship was 13 miles from the Mysore, a tanker.'],
      ['Deputy District Attorney Lowell Anger spoke.'],
      ['The Chinese Embassy issued a statement.'],
      ['Stade de Suisse was full.'],
      ['Paris Hilton arrived late.'],
      ['“We moved the trucks,” said terminal manager Jasper Hall.'],
      // cues that name no town: a state of mind, a person, a longer name
      ['The country is in a state of emergency.'],
      ['He left the town of his birth.'],
      ['The city of Hollow Creek Partners Inc. filed suit.'],
      ['Smith, about 30 years old, was arrested.'],
      ['The island nation voted.'],
    ];
    for (const parts of none) {
      it(`${JSON.stringify(parts.join(' '))} → nothing`, () => expect(places(sentences(...parts))).to.deep.equal([]));
    }
  });

  describe('placePhrase: how the sentence uses the place', () => {
    const cases: [string, string, PlaceRelation, string | null][] = [
      ['Putin has arrived in Beijing.', 'Beijing', 'in', 'in'],
      ['Putin landed in Beijing early on Thursday.', 'Beijing', 'in', 'in'],
      ['It touched down at the Beijing Capital International Airport.', 'Beijing Capital International Airport', 'in', 'at'],
      ['He visited a city in northeastern China.', 'China', 'in', 'in'],
      ['It includes a visit to Harbin.', 'Harbin', 'to', 'to'],
      ['Putin visited Beijing in 2022.', 'Beijing', 'to', 'visited'],
      ['Children were taken from Ukraine.', 'Ukraine', 'from', 'from'],
      ['Beijing has supported Russia.', 'Beijing', 'other', null],
      ['Moscow’s actions drew sanctions.', 'Moscow', 'possessive', null],
      ['The Hague-based court ruled.', 'The Hague', 'modifier', null],
    ];
    for (const [text, span, relation, word] of cases) {
      it(`${JSON.stringify(text)}: ${span} → ${relation}`, () => {
        const d = sentences(text);
        const fact = places(d).find((p) => p.text === span);
        expect(fact, `no place ${span}`).to.not.equal(undefined);
        expect(placePhrase(d, fact!)).to.deep.equal({ relation, word });
      });
    }
  });

  describe('seed articles', () => {
    const s002 = seed('002_c62f723491b130f0.txt', '2024-03-19');
    const s003 = seed('003_3a7575a8856c8f9d.txt', '2024-05-16');
    const s004 = seed('004_f06c583c02f324cf.txt', '2023-10-17');
    const s001 = seed('001_9ff8455e145d4715.txt', '2024-05-16');

    it('003: the Great Hall of the People, in Beijing', () => {
      const ps = places(s003);
      const hall = ps.find((p) => p.value === 'Great Hall of the People');
      expect(hall).to.not.equal(undefined);
      expect(placePhrase(s003, hall!).relation).to.equal('in');
      expect(ps.filter((p) => p.value === 'Beijing, CN').length).to.be.greaterThan(2);
    });

    it('002: the Grand Kremlin Palace in Moscow, Russia; Washington, D.C.', () => {
      const values = places(s002).map((p) => p.value);
      expect(values).to.include.members(['Grand Kremlin Palace', 'Moscow, RU', 'Washington, D.C., US', 'China', 'North Korea']);
    });

    it('004: the airport, Beijing as subject and as locative, The Hague', () => {
      const ps = places(s004);
      expect(ps.map((p) => p.value)).to.include.members(['Beijing Capital International Airport', 'The Hague, NL', 'Kyrgyzstan', 'Central Asia']);
      const rel = ps.filter((p) => p.value === 'Beijing, CN').map((p) => placePhrase(s004, p).relation);
      expect(rel).to.include('in');
      expect(rel).to.include('other');
    });

    it('001: no demonym is a place, and "People’s Republic of China" is China, not Taiwan', () => {
      const ps = places(s001);
      expect(ps.some((p) => /Russian|Chinese|Soviet/.test(p.text))).to.equal(false);
      expect(ps.map((p) => p.value)).to.not.include('Taiwan');
      expect(ps.map((p) => p.value)).to.include('Harbin, CN');
    });

    it('runs through the runner after the person extractor, with spans that hold their text', () => {
      const facts = extractFacts(s004, [personExtractor, placeExtractor]);
      const ps = facts.filter((f) => f.kind === 'place');
      expect(ps.length).to.be.greaterThan(20);
      for (const f of ps) expect(s004.article.text.slice(f.start, f.end)).to.equal(f.text);
      // No place inside a person's name.
      const people = facts.filter((f) => f.kind === 'person');
      for (const p of ps) expect(people.some((q) => p.start < q.end && p.end > q.start)).to.equal(false);
    });

    it('is deterministic', () => {
      expect(JSON.stringify(places(s004))).to.equal(JSON.stringify(places(seed('004_f06c583c02f324cf.txt', '2023-10-17'))));
    });
  });

  describe('the gazetteer file', () => {
    const file = join(ROOT, 'data', 'gazetteer.json');
    const raw = readFileSync(file, 'utf8');
    const data = JSON.parse(raw) as { sources: Array<{ license: string }>; countries: unknown[]; cities: unknown[] };

    it('names its sources and their licenses, and stays small', () => {
      expect(data.sources.map((s) => s.license)).to.include.members(['ODbL-1.0', 'CC-BY-4.0 (GeoNames, geonames.org)']);
      expect(raw.length).to.be.below(1_500_000);
      expect(data.countries.length).to.be.greaterThan(190);
      expect(data.cities.length).to.be.greaterThan(4000);
    });

    it('reads demonyms as nationalities, not places', () => {
      const g = gazetteer();
      expect(g.demonym('Russian')).to.equal('RU');
      expect(g.demonym('Chinese')).to.equal('CN');
      expect(g.lookup('Russian')).to.deep.equal([]);
      expect(g.lookup('Chinese')).to.deep.equal([]);
    });

    it('marks cities that are also ordinary words as weak', () => {
      const g = gazetteer();
      expect(g.lookup('Reading')[0].weak).to.equal(true);
      expect(g.lookup('Beijing')[0].weak).to.equal(false);
    });
  });

  describe('hostile input', () => {
    const hostile: [string, (n: number) => string][] = [
      ['capitalised place words', (n) => 'New York Paris Of The '.repeat(n / 22)],
      ['commas and states', (n) => 'Abc Def, Ala., Ghi, Texas, '.repeat(n / 27)],
      ['venue heads', (n) => 'Great Hall of the Grand Palace of '.repeat(n / 34)],
      ['hyphens and possessives', (n) => "China-Russia's Hague-based ".repeat(n / 27)],
    ];
    /** Reads `text` as one sentence. */
    const run = (text: string) => {
      const d: Document = {
        article: makeArticle('h.txt', 'h.txt', 'txt', text, {}),
        body: text,
        masks: [],
        sentences: [{ index: 0, paragraph: 0, start: 0, end: text.length, heading: false }],
      };
      return findPlaces(d, []);
    };
    for (const [what, make] of hostile) {
      it(`${what}: ~1 MB in linear time`, function () {
        this.timeout(120_000);
        expectLinear(what, make, run);
      });
    }
  });
});
