/**
 * The acceptance facts of the seed articles, through the whole pipeline as the CLI runs it: the
 * folder and the manifest read by `loadArticles`, each article through `prepare` (clean, segment)
 * and the default extractors, the facts numbered across the run so that an event's who/where/when
 * are final fact ids. Rows name the text as it stands in the articles; a fact is found by overlap
 * with that text, so a row does not depend on how much of the phrase a span takes in.
 */
import { expect } from 'chai';
import { extractFacts, numberFacts } from '../../lib/extract/index.ts';
import { defaultExtractors } from '../../lib/extract/registry.ts';
import { loadArticles } from '../../lib/load/index.ts';
import { sameName, sameRole } from '../../lib/text/names.ts';
import { prepare } from '../../lib/pipeline.ts';
import type { Article, EventFact, Fact, FactKind, PersonFact, QuantityFact, QuoteFact, TimeFact } from '../../lib/types.ts';
import { MANIFEST, SEEDS } from '../helpers.ts';

const loaded = loadArticles([SEEDS], { manifest: MANIFEST });
const docs = loaded.articles.map(prepare);
const facts = numberFacts(docs.flatMap((d) => extractFacts(d, defaultExtractors)));
const byId = new Map(facts.map((f) => [f.id, f]));

/** The seed article whose id starts with `prefix` ("004"). */
function article(prefix: string): Article {
  const a = loaded.articles.find((x) => x.id.startsWith(prefix));
  if (!a) throw new Error(`no seed ${prefix}`);
  return a;
}

/** Offset of the `nth` (0-based) occurrence of `needle` in a seed's text. */
function offset(prefix: string, needle: string, nth = 0): number {
  const text = article(prefix).text;
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    expect(i, `occurrence ${nth} of "${needle}" in ${prefix}`).to.be.at.least(0);
  }
  return i;
}

/** The fact of a kind overlapping the `nth` occurrence of `needle` in a seed. */
function at<K extends FactKind>(prefix: string, kind: K, needle: string, nth = 0): Extract<Fact, { kind: K }> {
  const id = article(prefix).id;
  const i = offset(prefix, needle, nth);
  const f = facts.find((x) => x.article === id && x.kind === kind && x.start < i + needle.length && x.end > i);
  expect(f, `a ${kind} fact at "${needle}" in ${prefix}`).to.not.equal(undefined);
  return f as Extract<Fact, { kind: K }>;
}

const shown = (f: TimeFact): string | null => (f.value === null ? null : f.endValue ? `${f.value}/${f.endValue}` : f.value);

describe('seed facts through the whole pipeline (data/seeds with its manifest)', () => {
  it('reads the five seeds with the manifest dates and no problems', () => {
    expect(loaded.problems).to.deep.equal([]);
    expect(loaded.articles.map((a) => a.published)).to.deep.equal(['2023-10-17', '2024-05-16', '2024-03-19', '2024-05-16', '2023-10-17']);
  });

  describe('time', () => {
    /** [seed, text, value (start/end for a range), occurrence]. */
    const rows: [string, string, string, number?][] = [
      ['004', 'on Tuesday', '2023-10-17'],
      ['004', 'On Wednesday', '2023-10-18'],
      ['004', 'in March', '2023-03'],
      ['000', 'on Wednesday', '2023-10-18'],
      ['001', 'early on Thursday', '2024-05-16'],
      ['001', 'on Thursday evening', '2024-05-16TEV'],
      ['001', 'February 2022', '2022-02'],
      ['002', 'in May', '2024-05'],
      ['002', 'the second half of May', '2024-05-16/2024-05-31'],
      ['002', 'on Monday', '2024-03-18'],
      ['002', 'on Saturday', '2024-03-16'],
      ['002', 'March of last year', '2023-03'],
      ['002', 'October 17-18, 2023', '2023-10-17/2023-10-18'],
    ];
    for (const [prefix, needle, value, nth] of rows) {
      it(`${prefix} "${needle}" → ${value}`, () => {
        const f = at(prefix, 'time', needle, nth);
        expect(shown(f), f.chain).to.equal(value);
      });
    }

    it('002 "October 17-18, 2023" is one range fact covering the whole text', () => {
      const f = at('002', 'time', 'October 17-18, 2023');
      expect(f.text).to.include('October 17-18, 2023');
      expect(f.endValue).to.equal('2023-10-18');
    });
  });

  describe('quantity', () => {
    /** [seed, text, value, unit, counted, qualifier]. */
    const rows: [string, string, string, string | null, string | null, string | null][] = [
      ['001', 'aged 71', '71', 'years', 'age', null],
      ['001', 'aged 70', '70', 'years', 'age', null],
      ['002', '$240 billion', '240000000000', 'USD', null, 'record'],
      ['004', '$900bn', '900000000000', 'USD', null, null],
      ['004', '123 member states', '123', null, 'member states', null],
      ['004', 'more than 40 times', '40', 'times', null, 'more than'],
    ];
    for (const [prefix, needle, value, unit, counted, qualifier] of rows) {
      it(`${prefix} "${needle}" → ${value}`, () => {
        const f: QuantityFact = at(prefix, 'quantity', needle);
        expect({ value: f.value, unit: f.unit, counted: f.counted, qualifier: f.qualifier }).to.deep.equal({ value, unit, counted, qualifier });
      });
    }

    it('002: the $240 billion of trade is of 2023', () => {
      const money = at('002', 'quantity', '$240 billion');
      const year = at('002', 'time', 'in 2023');
      expect(year.sentence).to.equal(money.sentence);
      expect(year.value).to.equal('2023');
    });

    it('001: the ages belong to the two leaders, in that order', () => {
      const putin = at('001', 'person', 'Putin, aged 71');
      const xi = at('001', 'person', 'Xi, aged 70');
      expect(putin.value).to.equal('Vladimir Putin');
      expect(xi.value).to.equal('Xi Jinping');
    });
  });

  describe('person', () => {
    it('Belousov is defence minister in 001 and 003, the same role in other words', () => {
      const a: PersonFact = at('001', 'person', 'Belousov');
      const b: PersonFact = at('003', 'person', 'Belousov');
      expect(sameName(a.value, b.value)).to.equal(true);
      expect(a.role).to.be.a('string');
      expect(b.role).to.be.a('string');
      expect(sameRole(a.role as string, b.role as string), `${a.role} / ${b.role}`).to.equal(true);
      expect(sameRole(a.role as string, 'foreign minister')).to.equal(false);
    });
  });

  describe('quote', () => {
    /** [seed, start of the quoted words, speaker]. */
    const rows: [string, string, string][] = [
      ['003', 'opportunistic and not against anyone', 'Vladimir Putin'],
      ['003', 'main stabilizing factor', 'Vladimir Putin'],
      ['003', 'We have worked hard for the current China-Russia relationship', 'Xi Jinping'],
      ['003', 'development and renewal of the two countries', 'Xi Jinping'],
      ['004', 'many fond memories', 'Vladimir Putin'],
      ['004', 'achieve common development goal', 'Vladimir Putin'],
    ];
    for (const [prefix, needle, speaker] of rows) {
      it(`${prefix} “${needle}” is said by ${speaker}`, () => {
        const f: QuoteFact = at(prefix, 'quote', needle);
        expect(f.value).to.include(needle);
        expect(f.speaker).to.equal(speaker);
      });
    }
  });

  describe('event', () => {
    /** The fact an event links to, checked to exist and to be of the kind. */
    const linked = <K extends FactKind>(id: string | null, kind: K): Extract<Fact, { kind: K }> => {
      expect(id, `a ${kind} link`).to.not.equal(null);
      const f = byId.get(id as string);
      expect(f?.kind, `${id} is a ${kind}`).to.equal(kind);
      return f as Extract<Fact, { kind: K }>;
    };

    /** [seed, trigger as in the text, place, date of the time fact linked (null: the text gives none)]. */
    const arrivals: [string, string, string, string | null][] = [
      // "has arrived in Beijing and is scheduled to hold bilateral talks ... on Wednesday": Wednesday is the talks'.
      ['000', 'has arrived in Beijing', 'Beijing', null],
      ['001', 'landed in Beijing early on Thursday', 'Beijing', '2024-05-16'],
      ['003', 'arrived in Beijing on Thursday morning', 'Beijing', '2024-05-16TMO'],
      ['004', 'arrived in Beijing on Tuesday', 'Beijing', '2023-10-17'],
    ];
    for (const [prefix, needle, place, date] of arrivals) {
      it(`${prefix} "${needle}": an arrival that happened, with who, where and when linked`, () => {
        const e: EventFact = at(prefix, 'event', needle.split(' ').find((w) => /^(?:arrived|landed)$/.test(w)) as string);
        expect(e.value).to.equal('arrive');
        expect(e.status).to.equal('happened');
        const who = e.who.map((id) => linked(id, 'person'));
        expect(who.map((p) => p.value)).to.include('Vladimir Putin');
        expect(linked(e.where, 'place').value).to.match(new RegExp(`^${place}\\b`));
        if (date === null) expect(e.when).to.equal(null);
        else {
          const when = linked(e.when, 'time');
          expect(when.value).to.equal(date);
          expect(when.sentence).to.equal(e.sentence);
        }
      });
    }

    it('002: the May 2024 trip is expected, not happened', () => {
      const may = facts.filter((f): f is EventFact => {
        if (f.kind !== 'event' || f.value !== 'visit' || f.when === null) return false;
        const t = byId.get(f.when);
        return t?.kind === 'time' && t.article === article('002').id && (t.value ?? '').startsWith('2024-05');
      });
      expect(may.length, 'visits linked to May 2024').to.be.at.least(1);
      for (const e of may) expect(['scheduled', 'hedged'], `${e.text}: ${e.status}`).to.include(e.status);
      const poised = at('002', 'event', 'visit China in May');
      expect(poised.status).to.equal('scheduled');
      expect(linked(poised.when, 'time').value).to.equal('2024-05');
    });
  });
});
