import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { extractTimes, inferPublished } from '../../lib/extract/time/index.ts';
import { lineSentences } from '../../lib/extract/time/engine.ts';
import type { Sentence, TimeFact } from '../../lib/types.ts';

/** The seed articles as read from disk, with the manifest's publication dates. */
const manifest = JSON.parse(readFileSync(new URL('../../data/seeds/manifest.json', import.meta.url), 'utf8')) as {
  articles: { file: string; published: string }[];
};

/** One sentence per non-blank line: the simple segmentation this spec is allowed (the engine's fallback). */
const lines = lineSentences;

function seed(prefix: string): { body: string; published: string; facts: TimeFact[] } {
  const entry = manifest.articles.find((a) => a.file.startsWith(prefix));
  if (!entry) throw new Error(`no seed ${prefix} in the manifest`);
  const body = readFileSync(new URL(`../../data/seeds/${entry.file}`, import.meta.url), 'utf8').replace(/^\uFEFF/, '');
  return { body, published: entry.published, facts: extractTimes({ article: prefix, body, sentences: lines(body), published: entry.published }) };
}

/**
 * The fact at an occurrence of `needle` (its `nth` occurrence in the body, 0-based), found by
 * overlap so the row does not depend on how much of the phrase the span takes in.
 */
function at(s: { body: string; facts: TimeFact[] }, needle: string, nth = 0): TimeFact {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = s.body.indexOf(needle, i + 1);
    expect(i, `occurrence ${nth} of "${needle}"`).to.be.at.least(0);
  }
  const f = s.facts.find((x) => x.start < i + needle.length && x.end > i);
  expect(f, `a fact at "${needle}"`).to.not.equal(undefined);
  return f as TimeFact;
}

const shown = (f: TimeFact): string | null => (f.value === null ? null : f.endValue ? `${f.value}/${f.endValue}` : f.value);

/** [needle (as in the text), expected value, which occurrence]. */
type Row = [needle: string, expected: string | null, nth?: number];

const ACCEPTANCE: Record<string, Row[]> = {
  '004': [
    ['arrived in Beijing on Tuesday', '2023-10-17'],
    ['On Wednesday', '2023-10-18'],
    ['in March', '2023-03'],
    ['in March', '2023-03', 1],
    ['earlier this month', '2023-10'],
    ['touched down at the Beijing Capital International Airport on Tuesday', '2023-10-17'],
    ['Laos on Tuesday', '2023-10-17'],
    ['on Monday', '2023-10-16'],
    ['600th day', null],
    ['two-day', 'P2D'],
    ['three-day', 'P3D'],
    ['over four hours', 'PT4H'],
    ['in 2013', '2013'],
    ['February 2022', '2022-02'],
  ],
  '000': [
    ['on Wednesday', '2023-10-18'],
    ['in March', '2023-03'],
    ['in 2013', '2013'],
    ['In 2019', '2019'],
    ['five years later', '2018'],
    ['the same year', '2019'],
    ['this year', '2023'],
  ],
  '001': [
    ['early on Thursday', '2024-05-16'],
    ['on Thursday evening', '2024-05-16TEV'],
    ['February 2022', '2022-02'],
    ['six-year term', 'P6Y'],
    ['1949', '1949'],
    ['2030', '2030'],
    ['75 years since', '2024'],
  ],
  '002': [
    ['in May', '2024-05'],
    ['the second half of May', '2024-05-16/2024-05-31'],
    ['on Monday', '2024-03-18'],
    ['on Saturday', '2024-03-16'],
    ['reported on Tuesday', '2024-03-19'],
    ['March of last year', '2023-03'],
    ['October 17-18, 2023', '2023-10-17/2023-10-18'],
    ['March 21, 2023', '2023-03-21'],
    ['around May 7', '2024-05-07'],
    ['Last month', '2024-02'],
    ['this year', '2024'],
    ['last year', '2023', 1],
    ['in 2023', '2023'],
  ],
  '003': [
    ['on Thursday at the invitation', '2024-05-16'],
    ['Thursday morning', '2024-05-16TMO'],
    ['two-day', 'P2D'],
    ['two-day', 'P2D', 1],
    ['February 2022', '2022-02'],
    ['75 years ago', '1949'],
    ['this week', '2024-W20'],
  ],
};

describe('time: seed articles end to end', () => {
  for (const [prefix, rows] of Object.entries(ACCEPTANCE)) {
    describe(`seed ${prefix}`, () => {
      const s = seed(prefix);

      for (const [needle, expected, nth] of rows) {
        it(`"${needle}"${nth ? ` (#${nth + 1})` : ''} → ${expected}`, () => {
          const f = at(s, needle, nth);
          expect(shown(f), f.chain).to.equal(expected);
        });
      }

      it('every fact is a slice of the body, with an empty id, a null event and a chain', () => {
        expect(s.facts.length).to.be.greaterThan(0);
        for (const f of s.facts) {
          expect(s.body.slice(f.start, f.end), f.chain).to.equal(f.text);
          expect(f.text).to.equal(f.text.trim());
          expect(f.text, 'no stray punctuation at the edges').to.match(/^[\w"']|^[A-Za-z0-9]/);
          expect(f.id).to.equal('');
          expect(f.event).to.equal(null);
          expect(f.chain).to.include('→');
        }
      });

      it('yields nothing from names, money or counts', () => {
        for (const f of s.facts) {
          expect(f.text).to.not.match(/\$|billion|bn\b|%|World War|views|comments/);
        }
      });
    });
  }

  it('"2022" in "Putin’s 2022 invasion" is a year (002)', () => {
    expect(shown(at(seed('002'), '2022 invasion'))).to.equal('2022');
  });

  it('leaves relative dates unresolved without the manifest, keeping what was stated', () => {
    const s = seed('002');
    const facts = extractTimes({ article: '002', body: s.body, sentences: lines(s.body), published: null });
    const monday = facts.find((f) => f.text === 'on Monday') as TimeFact;
    expect(monday.value).to.equal(null);
    expect(monday.stated).to.deep.equal({ weekday: 1 });
    const explicit = facts.find((f) => f.text.includes('March 21, 2023')) as TimeFact;
    expect(explicit.value).to.equal('2023-03-21');
  });

  it('infers no publication line from the seeds, and a lower bound where an explicit date is past', () => {
    for (const prefix of ['000', '001', '003', '004']) {
      const { body } = seed(prefix);
      expect(inferPublished(body, lines(body)).from, prefix).to.equal('unknown');
    }
    const { body } = seed('002');
    const r = inferPublished(body, lines(body));
    expect(r).to.include({ published: '2023-10-18', from: 'inferred' });
    expect(body.slice(r.start, r.end)).to.equal('October 17-18, 2023');
  });
});
