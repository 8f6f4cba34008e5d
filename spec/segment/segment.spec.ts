import { expect } from 'chai';
import { gluedBoundaries, segment } from '../../lib/segment/index.ts';
import type { Sentence } from '../../lib/types.ts';
import { expectLinear, repeatTo } from '../support/linear.ts';

/** The sentence texts, read back through their offsets. */
function texts(body: string): string[] {
  return segment(body).map((s) => body.slice(s.start, s.end));
}

/** Each input splits into exactly the expected sentences. */
function splits(cases: Array<[input: string, expected: string[]]>): void {
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected.length} sentence(s)`, () => {
      expect(texts(input)).to.deep.equal(expected);
    });
  }
}

/** Each input is one line; its sentences carry the expected heading flags. */
function headings(cases: Array<[input: string, expected: Array<[string, boolean]>]>): void {
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${expected.map(([, h]) => (h ? 'heading' : 'sentence')).join(', ')}`, () => {
      expect(segment(input).map((s) => [input.slice(s.start, s.end), s.heading])).to.deep.equal(expected);
    });
  }
}

describe('segment', () => {
  describe('does not split after abbreviations', () => {
    splits([
      ['Mr. Smith met Mrs. Jones in St. Louis. They talked for an hour.', ['Mr. Smith met Mrs. Jones in St. Louis.', 'They talked for an hour.']],
      ['The U.S. economy grew in Jan. 2020 by 3 percent. Analysts were surprised.', ['The U.S. economy grew in Jan. 2020 by 3 percent.', 'Analysts were surprised.']],
      ['Gov. Smith and Sen. Lee met Lt. Col. Brown. Rep. Jones did not attend.', ['Gov. Smith and Sen. Lee met Lt. Col. Brown.', 'Rep. Jones did not attend.']],
      ['Dr. Adams works for Acme Inc. in Ohio. She started in Feb. last year.', ['Dr. Adams works for Acme Inc. in Ohio.', 'She started in Feb. last year.']],
      ['Some fruits, e.g. apples, are red. Others, i.e. bananas, are not.', ['Some fruits, e.g. apples, are red.', 'Others, i.e. bananas, are not.']],
      ['He lives at No. 10 on the square. It was Brazil vs. Germany on Sunday.', ['He lives at No. 10 on the square.', 'It was Brazil vs. Germany on Sunday.']],
      ['The U. S. Surgeon General spoke to J. K. Rowling on Friday.', ['The U. S. Surgeon General spoke to J. K. Rowling on Friday.']],
      ['They met at 10 a.m. on Monday and left at 5 p.m. The talks failed.', ['They met at 10 a.m. on Monday and left at 5 p.m.', 'The talks failed.']],
      ['It is based in Washington, D.C. It was founded in 1990.', ['It is based in Washington, D.C.', 'It was founded in 1990.']],
      ['According to police spokesperson Const. Tim Fanning, nobody was hurt.', ['According to police spokesperson Const. Tim Fanning, nobody was hurt.']],
      ['Chairman Rep. Nick Rahall, D-W. Va., said he would seek a vote. The bill failed.', ['Chairman Rep. Nick Rahall, D-W. Va., said he would seek a vote.', 'The bill failed.']],
    ]);
  });

  describe('keeps a quotation that spans sentences together with its attribution', () => {
    splits([
      ['“It is fine. We agree,” he said.', ['“It is fine. We agree,” he said.']],
      ['“It is fine. We agree,” he said. Then he left.', ['“It is fine. We agree,” he said.', 'Then he left.']],
      ['"It works. It is cheap," she said on Monday.', ['"It works. It is cheap," she said on Monday.']],
      ['The minister told reporters: “We are ready. The talks start now.”', ['The minister told reporters: “We are ready. The talks start now.”']],
      ['“We are ready.” The minister left the room.', ['“We are ready.”', 'The minister left the room.']],
      // An opening mark never closed on its line joins nothing.
      ['He called it a “no-limits partnership. Talks went on.', ['He called it a “no-limits partnership.', 'Talks went on.']],
      ['They met as “dear friends” in March. Talks lasted four hours.', ['They met as “dear friends” in March.', 'Talks lasted four hours.']],
    ]);
  });

  describe('marks lines without a final stop as headings, one sentence each', () => {
    headings([
      ['Storm hits coast, thousands without power', [['Storm hits coast, thousands without power', true]]],
      ['Leaders meet in the capital. Talks expected', [['Leaders meet in the capital. Talks expected', true]]],
      ['“Expression of Unity”', [['“Expression of Unity”', true]]],
      ['A deepening friendship …', [['A deepening friendship …', true]]],
      ['on July 13, 2009 at 10: 50 AM, updated July 29, 2009 at 12: 16 PM', [['on July 13, 2009 at 10: 50 AM, updated July 29, 2009 at 12: 16 PM', true]]],
      ['The storm hit the coast on Monday.', [['The storm hit the coast on Monday.', false]]],
      ['Will the talks succeed?', [['Will the talks succeed?', false]]],
      ['The storm hit on Monday. Power is back.', [['The storm hit on Monday.', false], ['Power is back.', false]]],
    ]);

    it('gives each line its own sentences: a line break always ends a sentence', () => {
      const body = 'Storm hits coast\nThe storm hit the coast\non Monday.';
      expect(segment(body).map((s) => [body.slice(s.start, s.end), s.paragraph, s.heading])).to.deep.equal([
        ['Storm hits coast', 0, true],
        ['The storm hit the coast', 1, true],
        ['on Monday.', 2, false],
      ]);
    });
  });

  describe('reads detokenized ECB+ text', () => {
    splits([
      ['The meeting began at 10: 50 AM. It ended at noon.', ['The meeting began at 10: 50 AM.', 'It ended at noon.']],
      ['Referee Sam Williams stopped the fight at 2: 56. The crowd booed.', ['Referee Sam Williams stopped the fight at 2: 56.', 'The crowd booed.']],
      ['This would not fit Bill Ayers \' definition of terrorism. No one was killed.', ['This would not fit Bill Ayers \' definition of terrorism.', 'No one was killed.']],
      ['A magnitude-5.2 quake hit the island. The U.S. Geological Survey put it at magnitude-5.4.', ['A magnitude-5.2 quake hit the island.', 'The U.S. Geological Survey put it at magnitude-5.4.']],
    ]);
  });

  describe('splits a sentence glued to the one before it, but not dotted abbreviations', () => {
    splits([
      ['Thanks for reading.The ministers arrived on Tuesday for talks.', ['Thanks for reading.', 'The ministers arrived on Tuesday for talks.']],
      ['He said he agreed.”The ministers left.', ['He said he agreed.”', 'The ministers left.']],
      ['He moved to Washington, D.C. last year with the U.S. team.', ['He moved to Washington, D.C. last year with the U.S. team.']],
      ['The report, e.g. the annex, is online at example.com today.', ['The report, e.g. the annex, is online at example.com today.']],
      ['The U.S.Army said Gov.Smith had left.', ['The U.S.Army said Gov.Smith had left.']],
    ]);

    it('gluedBoundaries finds the capital of "difference.The" and nothing in "U.S.A." or "e.g.It"', () => {
      const text = 'It makes all the difference.The U.S.A. team, e.g.It was there.';
      expect(gluedBoundaries(text, 0, text.length)).to.deep.equal([text.indexOf('The')]);
      expect(gluedBoundaries(text, 10, 20)).to.deep.equal([]);
    });
  });

  describe('offsets', () => {
    it('slices back to each sentence, trimmed, with paragraphs counting non-empty lines only', () => {
      // Masked lines and stretches are spaces: they hold no sentence and no paragraph.
      const body = '   \n\n      The rest of the line stays.  Another one follows.\n          \n\u00a0Last line here.\r\n';
      const got = segment(body);
      expect(got.map((s) => [body.slice(s.start, s.end), s.index, s.paragraph])).to.deep.equal([
        ['The rest of the line stays.', 0, 0],
        ['Another one follows.', 1, 0],
        ['Last line here.', 2, 1],
      ]);
      expect(got[0].start).to.equal(11);
      for (const s of got) expect(body.slice(s.start, s.end)).to.equal(body.slice(s.start, s.end).trim());
    });

    it('counts UTF-16 code units, so text after an emoji or an astral character keeps its place', () => {
      const body = 'Fans cheered 🎉 loudly. 𝐁old claims followed.';
      expect(texts(body)).to.deep.equal(['Fans cheered 🎉 loudly.', '𝐁old claims followed.']);
      expect(segment(body)[1].start).to.equal(body.indexOf('𝐁'));
    });

    it('gives nothing for an empty, blank or bullet-only body', () => {
      expect(segment('')).to.deep.equal([]);
      expect(segment('    \n   \n')).to.deep.equal([]);
      expect(segment('•\n* * *\n—')).to.deep.equal([]);
    });

    it('is deterministic and numbers sentences in order', () => {
      const body = 'One is here. Two is here.\nThree is here.\n\nFour is here!';
      const a: Sentence[] = segment(body);
      expect(segment(body)).to.deep.equal(a);
      expect(a.map((s) => s.index)).to.deep.equal([0, 1, 2, 3]);
      expect(a.map((s) => s.paragraph)).to.deep.equal([0, 0, 1, 2]);
    });
  });

  describe('runs in linear time', () => {
    const M = 1 << 20;
    /** [name, unit repeated to M / 4 and M characters, tail]. */
    const hostile: Array<[string, string, string]> = [
      // wink-nlp alone takes time quadratic in one token's length.
      ['one long token', '1', 'x'],
      ['mixed letters and digits', 'a1', ''],
      ['short sentences', 'The cat sat. ', ''],
      ['quoted short sentences', '“A b. C d. ', ''],
      ['abbreviations', 'Mr. ', ''],
      ['glued exclamations', 'ab!Cd', ''],
    ];
    for (const [name, unit, tail] of hostile) {
      it(`segments a 1 MB line of ${name} in linear time`, function () {
        this.timeout(120_000);
        expectLinear(name, (n) => repeatTo(unit, n, tail), (line) => {
          const got = segment(line);
          expect(got.length).to.be.above(0);
        }, { size: M / 4 });
      });
    }
  });
});
