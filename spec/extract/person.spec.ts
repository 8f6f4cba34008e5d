/**
 * The person extractor: table-driven cases of names found with their role, short forms joined to
 * the full name, text that must yield no one, the seed articles, and hostile input.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractFacts } from '../../lib/extract/index.ts';
import { findPeople, personExtractor } from '../../lib/extract/person/index.ts';
import { makeArticle } from '../../lib/load/article.ts';
import { sameName, sameRole } from '../../lib/text/names.ts';
import { prepare } from '../../lib/pipeline.ts';
import type { Document, PersonFact } from '../../lib/types.ts';
import { SEEDS } from '../helpers.ts';
import { expectLinear } from '../support/linear.ts';

/** [span text, value, role]. */
type Expected = [string, string, string | null];

/** A document of one paragraph, segmented by the pipeline. */
function doc(text: string): Document {
  return prepare(makeArticle('case.txt', 'case.txt', 'txt', text, { published: '2024-05-16' }));
}

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

function read(d: Document): Expected[] {
  return findPeople(d).map((p) => [p.text, p.value, p.role]);
}

function reads(cases: [string[], Expected[]][]): void {
  for (const [parts, expected] of cases) {
    it(`${JSON.stringify(parts.join(' ')).slice(0, 110)} → ${expected.map((e) => e[0]).join(' | ') || 'nothing'}`, () => {
      expect(read(sentences(...parts))).to.deep.equal(expected);
    });
  }
}

function seed(name: string, published: string): Document {
  const path = join(SEEDS, name);
  return prepare(makeArticle(path, path, 'txt', readFileSync(path, 'utf8'), { published }));
}

describe('person extractor', () => {
  describe('a title or role before the name', () => {
    reads([
      [['Foreign Minister Sergei Lavrov attended.'], [['Sergei Lavrov', 'Sergei Lavrov', 'foreign minister']]],
      [['The talks were led by Kremlin foreign policy aide Yuri Ushakov.'], [['Yuri Ushakov', 'Yuri Ushakov', 'foreign policy aide']]],
      [["Russia's newly appointed defence minister, Andrei Belousov, was there."], [['Andrei Belousov', 'Andrei Belousov', 'defense minister']]],
      [['US Secretary of State Antony Blinken flew in.'], [['Antony Blinken', 'Antony Blinken', 'secretary of state']]],
      [['Security Council Secretary Sergei Shoigu arrived.'], [['Sergei Shoigu', 'Sergei Shoigu', 'secretary']]],
      [['Kremlin spokesman Dmitry Peskov told reporters.'], [['Dmitry Peskov', 'Dmitry Peskov', 'spokesperson']]],
      [['He was greeted by Chinese commerce minister Wang Wentao.'], [['Wang Wentao', 'Wang Wentao', 'commerce minister']]],
      [['Alaska Gov. Sarah Palin apologized.'], [['Sarah Palin', 'Sarah Palin', 'governor']]],
      [['President Barack Obama announced the nomination.'], [['Barack Obama', 'Barack Obama', 'president']]],
      [['The Chief Executive Officer Jane Okafor resigned.'], [['Jane Okafor', 'Jane Okafor', 'chief executive']]],
      [['It was led by the head of Russian diplomacy, Sergei Lavrov.'], [['Sergei Lavrov', 'Sergei Lavrov', 'head of diplomacy']]],
      [['Referee Sam Williams stopped the fight.'], [['Sam Williams', 'Sam Williams', 'referee']]],
      [['“We moved the trucks,” said terminal manager Jasper Hall.'], [['Jasper Hall', 'Jasper Hall', 'manager']]],
      [['He met his Chinese counterpart Xi Jinping.'], [['Xi Jinping', 'Xi Jinping', null]]],
    ]);
  });

  describe('courtesy titles, appositions and speakers', () => {
    reads([
      [['Mr Putin said little.'], [['Putin', 'Putin', null]]],
      [['Dr. Regina Benjamin runs a clinic.'], [['Regina Benjamin', 'Regina Benjamin', null]]],
      [
        ['“It matters,” Alicja Bachulska, an expert on Chinese foreign policy at the European Council on Foreign Relations, told the agency.'],
        [['Alicja Bachulska', 'Alicja Bachulska', 'expert on chinese foreign policy']],
      ],
      [['Liu Pengyu, spokesperson for the embassy, told reporters.'], [['Liu Pengyu', 'Liu Pengyu', 'spokesperson']]],
      [['“It will be a success,” Zhang Hanhui told the agency.'], [['Zhang Hanhui', 'Zhang Hanhui', null]]],
      [['“We are thrilled,” said Laurence Mark.'], [['Laurence Mark', 'Laurence Mark', null]]],
      [['Tomasz Wielicki, who lives nearby, heard the blast.'], [['Tomasz Wielicki', 'Tomasz Wielicki', null]]],
      [['Kowalczyk, 33, was arrested.'], [['Kowalczyk', 'Kowalczyk', null]]],
      [['Tony Thompson lost in the sixth round.'], [['Tony Thompson', 'Tony Thompson', null]]],
    ]);
  });

  describe('short forms join the full name', () => {
    reads([
      [
        ['Russian President Vladimir Putin arrived on Tuesday.', 'Mr Putin met the premier.', 'Putin’s plane landed early.'],
        [
          ['Vladimir Putin', 'Vladimir Putin', 'president'],
          ['Putin', 'Vladimir Putin', null],
          ['Putin', 'Vladimir Putin', null],
        ],
      ],
      // Family-first names: the first word stands for the name.
      [
        ['The talks with Xi Jinping were long.', 'Xi and the minister spoke later.'],
        [
          ['Xi Jinping', 'Xi Jinping', null],
          ['Xi', 'Xi Jinping', null],
        ],
      ],
      // "the Russian leader" is the one Russian with a leader's role.
      [
        ['Russian President Vladimir Putin arrived.', 'It is the first trip this year that the Russian leader has made.'],
        [
          ['Vladimir Putin', 'Vladimir Putin', 'president'],
          ['Russian leader', 'Vladimir Putin', 'leader'],
        ],
      ],
      // Two Bushes: "Bush" alone joins neither.
      [
        ['George Bush met Laura Bush.', 'Bush said nothing.'],
        [
          ['George Bush', 'George Bush', null],
          ['Laura Bush', 'Laura Bush', null],
        ],
      ],
      // No Russian named with a role: "the Russian leader" is declined.
      [['Vladimir Putin arrived.', 'The Russian leader spoke.'], [['Vladimir Putin', 'Vladimir Putin', null]]],
    ]);
  });

  describe('an age or a team position before the name', () => {
    reads([
      [['The vigil was held where 16-year-old Kimani Gray was shot.'], [['Kimani Gray', 'Kimani Gray', null]]],
      [['Sixteen-year-old Kimani Gray was shot.', 'Police said Gray had a gun.'], [['Kimani Gray', 'Kimani Gray', null], ['Gray', 'Kimani Gray', null]]],
      [['Wide receiver Anquan Boldin could be sidelined.'], [['Anquan Boldin', 'Anquan Boldin', 'wide receiver']]],
      [['The team signed outfielder Raul Ibanez.'], [['Raul Ibanez', 'Raul Ibanez', 'outfielder']]],
    ]);
    for (const parts of [['A 16-year-old Briton was hurt.'], ['The 36-year-old Foreign Ministry spokesman spoke.']]) {
      it(`${JSON.stringify(parts.join(' '))} → nothing (one word, or an organisation, after an age)`, () => expect(read(sentences(...parts))).to.deep.equal([]));
    }
  });

  describe('nicknames and generational suffixes', () => {
    reads([
      [['Mob boss Vincent "The Chin" Gigante died in prison.', 'Gigante was 77.'], [['Vincent "The Chin" Gigante', 'Vincent Gigante', null], ['Gigante', 'Vincent Gigante', null]]],
      [['Anthony "Fat Tony" Salerno died.'], [['Anthony "Fat Tony" Salerno', 'Anthony Salerno', null]]],
      [['Adam (Pacman) Jones was suspended.', 'Jones said he was sorry.'], [['Adam (Pacman) Jones', 'Adam Jones', null], ['Jones', 'Adam Jones', null]]],
      // The family name is the word before the suffix: "Comeaux" is "Joseph Comeaux Jr."
      [['Police said Joseph Comeaux Jr. escaped.', 'Lyons said that Comeaux used a wheelchair.'], [['Joseph Comeaux Jr', 'Joseph Comeaux Jr', null], ['Comeaux', 'Joseph Comeaux Jr', null]]],
      // A shared family name goes to the one not introduced as someone's relative.
      [
        ['A hearing for John Jenkin, 23, charged with the murder of his sister Katie Jenkin, was held.', 'Jenkin was due to appear by videolink.'],
        [['John Jenkin', 'John Jenkin', null], ['Katie Jenkin', 'Katie Jenkin', null], ['Jenkin', 'John Jenkin', null]],
      ],
    ]);
    it('a quoted word inside a title is no nickname', () => expect(read(sentences('He read the "New" York paper.'))).to.deep.equal([]));
  });

  describe('text that names no person', () => {
    const none: string[][] = [
      ['Officials said the fire was arson.'],
      ['Providentially, nobody was injured.'],
      ['The Security Council said on Tuesday it would meet.'],
      ['Human Rights Watch said the law was unjust.'],
      ['The Red Sox offered him a deal.'],
      ['She was nominated as Surgeon General during an announcement.'],
      ['Considering Lionsgate, a change is likely.'],
      ['Russian-Chinese cooperation is the main stabilizing factor.'],
      ['The Beijing Capital International Airport was closed.'],
      ['Wasilla Bible Church was damaged by fire.'],
      ['The official Xinhua news agency reported it.'],
      ['A Russian official said the talks went well.'],
      ['The Russian president arrived.'],
      ['On Monday, March and April were quiet in Moscow.'],
      ['Tass news agency reported the visit.'],
      ['The Kremlin leader last visited in February.'],
      ['Larry King Live aired the interview.'],
      ['He was charged at Genesee County jail.'],
      ["The Angels could not match the New York Yankees' initial bid."],
    ];
    for (const parts of none) {
      it(`${JSON.stringify(parts.join(' '))} → nothing`, () => expect(read(sentences(...parts))).to.deep.equal([]));
    }
  });

  describe('headlines only echo names of the body', () => {
    it('finds the body’s names in a title-case headline, and nothing new', () => {
      const d = sentences('Vladimir Putin To Meet Xi Jinping In China', 'Russian President Vladimir Putin will meet Chinese President Xi Jinping.');
      d.sentences[0].heading = true;
      expect(read(d).map((e) => e[0])).to.deep.equal(['Vladimir Putin', 'Xi Jinping', 'Vladimir Putin', 'Xi Jinping']);
      const alone = sentences('Five Things To Know About Grand Strategy');
      alone.sentences[0].heading = true;
      expect(read(alone)).to.deep.equal([]);
    });
  });

  describe('seed articles', () => {
    const s000 = seed('000_26ba52da4331a6e7.txt', '2023-10-17');
    const s001 = seed('001_9ff8455e145d4715.txt', '2024-05-16');
    const s002 = seed('002_c62f723491b130f0.txt', '2024-03-19');
    const s003 = seed('003_3a7575a8856c8f9d.txt', '2024-05-16');
    const s004 = seed('004_f06c583c02f324cf.txt', '2023-10-17');
    const people = (d: Document) => findPeople(d);
    const named = (d: Document, value: string) => people(d).filter((p) => p.value === value);

    it('001 and 003: Andrei Belousov is the defense minister in both', () => {
      const a = named(s001, 'Andrei Belousov');
      const b = named(s003, 'Andrei Belousov');
      expect(a.map((p) => p.role)).to.deep.equal(['defense minister']);
      expect(b.map((p) => p.role)).to.deep.equal(['defense minister']);
      expect(sameName(a[0].value, b[0].value)).to.equal(true);
      expect(sameRole(a[0].role!, b[0].role!)).to.equal(true);
      // The texts differ: "newly appointed defence minister" and "new defense minister".
      expect(s001.body.slice(a[0].start - 40, a[0].start)).to.include('defence minister');
      expect(s003.body.slice(b[0].start - 40, b[0].start)).to.include('defense minister');
    });

    it('001: Sergei Lavrov is the foreign minister', () => {
      expect(named(s001, 'Sergei Lavrov').map((p) => p.role)).to.deep.equal(['foreign minister']);
    });

    it('001: Yuri Ushakov is an aide', () => {
      const [u] = named(s001, 'Yuri Ushakov');
      expect(u.role).to.not.equal(null);
      expect(sameRole(u.role!, 'aide')).to.equal(true);
    });

    it('004: "Mr Putin" and "Putin" are Vladimir Putin', () => {
      const putin = people(s004).filter((p) => p.text === 'Putin');
      expect(putin.length).to.be.greaterThan(10);
      expect(new Set(putin.map((p) => p.value))).to.deep.equal(new Set(['Vladimir Putin']));
      expect(putin.some((p) => s004.article.text.slice(p.start - 3, p.start) === 'Mr ')).to.equal(true);
      expect(people(s004).filter((p) => p.text === 'Xi').every((p) => p.value === 'Xi Jinping')).to.equal(true);
    });

    it('000: Alicja Bachulska with her apposition role, and "the Russian leader" is Putin', () => {
      const [a] = named(s000, 'Alicja Bachulska');
      expect(a.role).to.match(/^expert on /);
      const leaders = people(s000).filter((p) => p.text === 'Russian leader');
      expect(leaders.length).to.equal(3);
      expect(leaders.every((p) => p.value === 'Vladimir Putin')).to.equal(true);
    });

    it('002: Zhang Hanhui, the speaker of a quote', () => {
      expect(named(s002, 'Zhang Hanhui').map((p) => p.text)).to.deep.equal(['Zhang Hanhui']);
    });

    it('no seed names anyone who is not a person', () => {
      const values = new Set([s000, s001, s002, s003, s004].flatMap((d) => people(d).map((p) => p.value)));
      for (const v of values) expect(v).to.match(/^\p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,2}$/u);
      expect([...values].sort()).to.include.members(['Vladimir Putin', 'Xi Jinping', 'Dmitry Peskov', 'Liu Pengyu', 'Wang Wentao', 'Vo Van Thuong']);
    });
  });

  describe('as an extractor', () => {
    it('gives spans that hold their text, through the runner', () => {
      const d = seed('001_9ff8455e145d4715.txt', '2024-05-16');
      const facts = extractFacts(d, [personExtractor]) as PersonFact[];
      expect(facts.length).to.be.greaterThan(10);
      for (const f of facts) {
        expect(f.kind).to.equal('person');
        expect(d.article.text.slice(f.start, f.end)).to.equal(f.text);
        expect(f.extractor).to.match(/^person\//);
      }
    });

    it('is deterministic', () => {
      const a = JSON.stringify(findPeople(seed('004_f06c583c02f324cf.txt', '2023-10-17')));
      const b = JSON.stringify(findPeople(seed('004_f06c583c02f324cf.txt', '2023-10-17')));
      expect(a).to.equal(b);
    });
  });

  describe('hostile input', () => {
    const hostile: [string, (n: number) => string][] = [
      ['capitalised words', (n) => 'Abc Def Ghi '.repeat(n / 12)],
      ['titles and names', (n) => 'President Abcd Efgh, Mr Ijkl said, '.repeat(n / 35)],
      ['commas and roles', (n) => 'Abcd Efgh, the defence minister, '.repeat(n / 33)],
      ['apostrophes and hyphens', (n) => "O'Br-ie'n-X's ".repeat(n / 14)],
      ['many different names', (n) => Array.from({ length: n / 25 }, (_, i) => `Ann Q${'xyzw'[i % 4]}${i.toString(36)} said.`).join(' ')],
    ];
    /** Reads `text` as one sentence. */
    const run = (text: string) => {
      const d: Document = {
        article: makeArticle('h.txt', 'h.txt', 'txt', text, {}),
        body: text,
        masks: [],
        sentences: [{ index: 0, paragraph: 0, start: 0, end: text.length, heading: false }],
      };
      return findPeople(d);
    };
    for (const [what, make] of hostile) {
      it(`${what}: ~1 MB in linear time`, function () {
        this.timeout(120_000);
        expectLinear(what, make, run);
      });
    }
  });
});

// Referenced so that a segmenter change shows up here too.
void doc;
