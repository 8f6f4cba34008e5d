/** The judge's parts, table-driven: value intervals, compatibility, and texts that must yield no finding. */
import { expect } from 'chai';
import { compatible, statementBlock } from '../../lib/judge/compare.ts';
import { dayOnWeekday, timexInterval } from '../../lib/calendar/intervals.ts';
import { numberRange } from '../../lib/judge/values.ts';
import { isoDate } from '../../lib/calendar/days.ts';
import { quoteWords, type Candidate, type Comparable } from '../../lib/judge/claims/index.ts';
import { analyze } from '../../lib/pipeline.ts';
import type { Article } from '../../lib/types.ts';
import { expectLinear, repeatTo } from '../support/linear.ts';

const interval = (v: string): Comparable => ({ kind: 'interval', interval: timexInterval(v)! });
const num = (value: string, qualifier: string | null = null): Comparable => ({ kind: 'number', range: numberRange({ value, qualifier })! });

describe('judge: values that can both be true', () => {
  const cases: Array<[string, Comparable, Comparable, boolean | null]> = [
    ['a month covers its day', interval('2024-05'), interval('2024-05-16'), true],
    ['a year covers its month', interval('2023'), interval('2023-03'), true],
    ['two days differ', interval('2023-10-17'), interval('2024-05-16'), false],
    ['a week covers its Thursday', interval('2024-W20'), interval('2024-05-16'), true],
    ['a week does not cover the day after it', interval('2024-W20'), interval('2024-05-20'), false],
    ['the 1990s cover 1995', interval('199'), interval('1995'), true],
    ['a stated Thursday fits 2024-05-16', { kind: 'stated', weekday: 4 }, interval('2024-05-16'), true],
    ['a stated Wednesday does not fit 2024-05-16', { kind: 'stated', weekday: 3 }, interval('2024-05-16'), false],
    ['two stated weekdays differ', { kind: 'stated', weekday: 2 }, { kind: 'stated', weekday: 4 }, false],
    ['a weekday against a month cannot be told', { kind: 'stated', weekday: 2 }, { kind: 'stated', month: 3 }, null],
    ['"more than 40" covers 42', num('40', 'more than'), num('42'), true],
    ['"more than 40" does not cover 40', num('40', 'more than'), num('40'), false],
    ['"about 6,000" covers 6,200', num('6000', 'about'), num('6200'), true],
    ['"about 6,000" does not cover 7,000', num('6000', 'about'), num('7000'), false],
    ['"240 billion" covers 240.3 billion', num('240000000000'), num('240300000000'), true],
    ['123 is not 124', num('123'), num('124'), false],
    ['"tens of thousands" covers 40,000', num('10000', 'order of magnitude'), num('40000'), true],
    ['two-day is not three-day', { kind: 'duration', value: 'P2D' }, { kind: 'duration', value: 'P3D' }, false],
    ['defence and defense minister are one role', { kind: 'role', role: 'defense minister' }, { kind: 'role', role: 'defense minister' }, true],
    ['a city is in its country', { kind: 'place', value: 'Lyon, FR' }, { kind: 'place', value: 'France' }, true],
    ['two cities differ', { kind: 'place', value: 'Lyon, FR' }, { kind: 'place', value: 'Madrid, ES' }, false],
    ['a partial quote is in the full one', { kind: 'quote', words: ['main', 'stabilizing', 'factor'] }, { kind: 'quote', words: ['it', 'is', 'the', 'main', 'stabilizing', 'factor', 'today'] }, true],
    ['another wording of a quote', { kind: 'quote', words: ['we', 'will', 'never', 'give', 'up', 'our', 'land'] }, { kind: 'quote', words: ['we', 'will', 'not', 'give', 'up', 'our', 'land'] }, false],
    ['quotes of other words are not compared', { kind: 'quote', words: ['the', 'economy', 'grows'] }, { kind: 'quote', words: ['peace', 'talks', 'failed'] }, null],
  ];
  for (const [name, a, b, want] of cases) {
    it(`${name} → ${want}`, () => {
      expect(compatible(a, b)).to.equal(want);
      expect(compatible(b, a)).to.equal(want);
    });
  }
});

const article = (id: string, text: string, published: string | null = '2024-05-16'): Article => ({
  id, path: `${id}.txt`, file: `${id}.txt`, format: 'txt', text, title: null, outlet: null, url: null, published, publishedFrom: published ? 'metadata' : 'unknown', publishedWhy: null, preMasked: [],
});

describe('judge: the day of a short span on a weekday', () => {
  /** [TIMEX value or range, ISO weekday, expected day or null]. */
  const rows: [string, string, number, string | null][] = [
    ['2023-10-17', '2023-10-18', 2, '2023-10-17'],
    ['2023-10-17', '2023-10-18', 3, '2023-10-18'],
    // Must yield nothing: a weekday the span lacks, a month, more than a week.
    ['2023-10-17', '2023-10-18', 4, null],
    ['2023-10', '2023-10', 2, null],
    ['2023-10-01', '2023-10-08', 2, null],
  ];
  for (const [from, to, wd, want] of rows) {
    it(`${from}..${to}, weekday ${wd} → ${want}`, () => {
      const a = timexInterval(from)!;
      const b = timexInterval(to)!;
      const d = dayOnWeekday({ from: a.from, to: b.to, grain: a.grain }, wd);
      expect(d === null ? null : isoDate(d)).to.equal(want);
    });
  }
});

describe('judge: what must yield no finding', function () {
  this.timeout(30000);
  const none: Array<[string, Article[]]> = [
    ['one article alone, whatever it says', [article('a', 'The minister arrived in Lyon on Tuesday. Officials said 40 people attended. The minister left on Thursday.')]],
    ['two unrelated articles', [article('a', 'The storm killed 12 people in the north on Monday.'), article('b', 'The company said on Tuesday that sales rose 4 percent to $3 billion.')]],
    ['two copies of one article', [article('a', 'The mayor opened the bridge on Monday. It cost $40 million.'), article('b', 'The mayor opened the bridge on Monday. It cost $40 million.')]],
  ];
  for (const [name, articles] of none) {
    it(`${name}: no conflict`, () => {
      const r = analyze({ articles, problems: [] }).report;
      expect(r.findings.filter((f) => f.verdict === 'conflict').map((f) => f.message)).to.deep.equal([]);
    });
  }

  it('a stated weekday that disagrees with its stated date is one inconsistency within the article', () => {
    const r = analyze({ articles: [article('a', 'The leaders met on Tuesday, May 16, 2024 in the capital.')], problems: [] }).report;
    const f = r.findings.filter((x) => x.rule === 'judge/weekday-mismatch');
    expect(f).to.have.length(1);
    expect(f[0].verdict).to.equal('conflict');
    expect(f[0].message).to.include('Tuesday').and.include('Thursday');
  });

  it('two reports of one event a week apart, one number changed in a copied sentence: one conflict with both spans', () => {
    const a = article('a', 'Flooding forced 3,000 residents from their homes on Monday, officials said. Rescue teams worked through the night.');
    const b = article('b', 'Flooding forced 3,500 residents from their homes on Monday, officials said. Rescue teams worked through the night.');
    const r = analyze({ articles: [a, b], problems: [] }).report;
    const c = r.findings.filter((f) => f.verdict === 'conflict');
    expect(c).to.have.length(1);
    // In the order of the articles' contents, not of their names (issue 17).
    expect(c[0].claims.map((x) => x.text).sort()).to.deep.equal(['3,000 residents', '3,500 residents']);
  });
});

describe('judge: a clash that is for an editor, not a conflict, and its counterpart that is one', function () {
  this.timeout(30000);
  // Each pair is told in other words, so that neither is an edited copy of the other's sentence.
  const stormed = article('a', 'Protesters stormed the parliament building in Athens on Tuesday, police said. Riot police fired tear gas at the crowd near the building.', '2010-05-06');
  const marched = (verb: string) =>
    article('b', `Thousands marched through Athens, and angry demonstrators ${verb} the parliament building on Wednesday. Riot police fired tear gas at the crowd near the building.`, '2010-05-06');
  const monday = (verb: string) => article('c', `The crowd ${verb} in Flatbush on Monday after the vigil for the teenager, police said. Officers arrested 46 people.`, '2013-03-13');
  const tuesday = (verb: string) =>
    article('d', `Under pressure from angry crowds in Flatbush, the mob ${verb} again on Tuesday night, a week after the vigil for the teenager. The mayor called for calm.`, '2013-03-13');
  const killed = article('e', 'Two women were killed in their house in Newton Street on Saturday, police said. A man was arrested at the pier.', '2013-06-10');
  const followUp = (day: string) =>
    article('f', `A trial date was set today for the son accused of the deaths. The two women were killed at the family home in Newton Street on ${day} morning, the court heard.`, '2013-06-18');
  const arrestedSaturday = article('g', 'Two women were killed in their house in Newton Street, police said. A man was arrested at the pier on Saturday.', '2013-06-10');
  const arrestedByClock = article('h', 'A trial date was set today for the son accused of the deaths. The alarm was raised on Saturday about 8.40am, the court heard, and the suspect was arrested at the pier around 9.35am.', '2013-06-18');

  /** [name, articles, a word of the slot, the reason the message gives; null: a conflict] */
  const rows: Array<[string, Article[], string, string | null]> = [
    ['"stormed on Tuesday" against "tried to storm on Wednesday"', [stormed, marched('tried to storm')], 'attack', 'only says it was tried or may happen'],
    ['"stormed on Tuesday" against "stormed on Wednesday"', [stormed, marched('stormed')], 'attack', null],
    ['a riot told on two days a day apart', [monday('rioted'), tuesday('rioted')], 'riot', 'goes on for days'],
    ['a resignation told on two days', [monday('resigned'), tuesday('resigned')], 'resign', null],
    ['"on Saturday" of a follow-up counted into the 15th against Saturday the 8th', [killed, followUp('Saturday')], 'kill', 'only in the week'],
    ['a clock time counted from that bare weekday', [arrestedSaturday, arrestedByClock], 'arrest', 'only in the week'],
    ['"on Sunday" of a follow-up against Saturday the 8th', [killed, followUp('Sunday')], 'kill', null],
  ];
  for (const [name, articles, slot, why] of rows) {
    it(`${name}: ${why === null ? 'a conflict' : 'unresolved, saying why'}`, () => {
      const found = analyze({ articles, problems: [] }).report.findings.filter((f) => f.slot.includes(slot) && f.verdict !== 'agreement');
      expect(found.map((f) => f.verdict)).to.deep.equal([why === null ? 'conflict' : 'unresolved']);
      if (why !== null) expect(found[0].message).to.include(why);
    });
  }
});

describe('judge: hostile inputs cost linear time through the whole pipeline', function () {
  this.timeout(240000);
  const hostile: Array<[string, (n: number) => string]> = [
    ['numbers and hyphens', (n) => repeatTo('12-34 1,234 5.5 - -- ', n)],
    ['one sentence repeated', (n) => repeatTo('The minister arrived in the capital on Tuesday with 40 aides. ', n)],
    ['weekdays without a verb', (n) => repeatTo('Monday Tuesday, ', n)],
  ];
  for (const [name, make] of hostile) {
    it(`${name}: two copies, one changed, analysed in linear time`, () => {
      expectLinear(name, make, (text) => {
        const a = article('a', text);
        const b = article('b', `${text.slice(0, text.length >> 1)}9${text.slice((text.length >> 1) + 1)}`);
        return analyze({ articles: [a, b], problems: [] }).report;
      }, { size: 8_000, runs: 2 });
    });
  }
});

describe('judge: quotations', () => {
  const words = (s: string) => ({ kind: 'quote' as const, words: quoteWords(s) });
  const cases: Array<[string, string, string, boolean | null]> = [
    ['British and American spelling', 'Police locked down the neighbourhood and organised a search', 'Police locked down the neighborhood and organized a search', true],
    ["the editor's brackets", 'We appreciate your respect to her (the actress) and her family', 'We appreciate your respect to her and her family', true],
    ['an excerpt with words left out', 'That person is dangerous and needs to be found as soon as possible', 'That person needs to be found as soon as possible', true],
    ['the apostrophe moved', "the Greek population's anger at the size of the catastrophe", "the Greek populations' anger at the size of the catastrophe", true],
    ['a word changed', 'These relations are not directed against anyone at all', 'These relations are directed against everyone at all', false],
  ];
  for (const [name, a, b, want] of cases) it(`${name} → ${want}`, () => expect(compatible(words(a), words(b))).to.equal(want));
});

describe('judge: two undated occasions told apart by their weekdays', function () {
  this.timeout(60000);
  // Two visits of one person to one city, no publication dates: a forum visit told as "Tuesday"
  // by two outlets, a state visit told as "Thursday" by two others.
  const forum = [
    article('f1', 'Prime Minister Anna Novak arrived in Lyon on Tuesday for the river trade forum, which marks ten years of the canal compact. Novak will address the forum delegates and meet port operators.', null),
    article('f2', 'Anna Novak arrived in Lyon on Tuesday to attend the trade forum on river shipping. The forum celebrates ten years of the canal compact, and delegates from twelve ports are expected.', null),
  ];
  const state = [
    article('s1', 'Anna Novak arrived in Lyon on Thursday for a two-day state visit at the invitation of the regional council. Novak was given full honours and will discuss energy and rail links with the governor.', null),
    article('s2', 'On a state visit, Anna Novak arrived in Lyon on Thursday. The governor greeted Novak with full honours; the two will discuss rail links and energy during the two-day stay.', null),
  ];
  const mainOf = (r: ReturnType<typeof analyze>['report'], id: string) => r.articles.find((a) => a.id === id)!.events[0];

  it('gives the two occasions two main events and calls Tuesday against Thursday different events, with its reason', () => {
    const r = analyze({ articles: [...forum, ...state], problems: [] }).report;
    expect(mainOf(r, 'f1')).to.equal(mainOf(r, 'f2'));
    expect(mainOf(r, 's1')).to.equal(mainOf(r, 's2'));
    expect(mainOf(r, 'f1')).to.not.equal(mainOf(r, 's1'));
    expect(r.findings.filter((f) => f.verdict === 'conflict').map((f) => f.message)).to.deep.equal([]);
    const apart = r.findings.filter((f) => f.verdict === 'different-events');
    expect(apart).to.have.length(1);
    expect(apart[0].message).to.match(/Tuesday in f1, f2 against Thursday in s1, s2/);
    expect(apart[0].message).to.match(/rests on the words/);
    expect(apart[0].confidence).to.be.below(0.8);
  });

  it('keeps a version of one story with another weekday in the same event: a conflict, not two occasions', () => {
    const copy = article('f1b', forum[0].text.replace('on Tuesday', 'on Thursday'), null);
    const r = analyze({ articles: [...forum, copy, ...state], problems: [] }).report;
    expect(mainOf(r, 'f1b')).to.equal(mainOf(r, 'f1'));
    const conflicts = r.findings.filter((f) => f.verdict === 'conflict');
    expect(conflicts).to.have.length(1);
    expect(conflicts[0].claims.map((c) => c.article).sort()).to.deep.equal(['f1', 'f1b']);
  });

  /** An undated report of a coming trip that states the dates of the last one. */
  const teller = (dates: string) =>
    article('t1', `Anna Novak will travel to Lyon again in June for talks on the canal compact, her office said. Novak last visited Lyon for the river trade forum from ${dates}, when she met port operators.`, null);

  it('dates the occasion whose weekday falls within dates another article states, and not the other', () => {
    // March 12-13, 2024: a Tuesday and a Wednesday.
    const r = analyze({ articles: [...forum, ...state, teller('March 12-13, 2024')], problems: [] }).report;
    const e = r.events.find((x) => x.id === mainOf(r, 'f1'))!;
    expect([e.start, e.end]).to.deep.equal(['2024-03-12', '2024-03-13']);
    expect(r.events.find((x) => x.id === mainOf(r, 's1'))!.start).to.equal(null);
    // The teller tells that visit as its last one: linked to it, but it is not its news.
    expect(mainOf(r, 't1')).to.not.equal(mainOf(r, 'f1'));
    expect(r.articles.find((a) => a.id === 't1')!.events).to.include(mainOf(r, 'f1'));
    const apart = r.findings.filter((f) => f.verdict === 'different-events');
    expect(apart).to.have.length(1);
    expect(apart[0].message).to.include(`Thursday falls on no day of ${mainOf(r, 'f1')} (2024-03-12..2024-03-13, dated by 'March 12-13, 2024' in t1`);
    expect(apart[0].confidence).to.equal(0.7);
  });

  it('dates neither occasion when the stated dates hold both weekdays', () => {
    // March 12-14, 2024: Tuesday to Thursday.
    const r = analyze({ articles: [...forum, ...state, teller('March 12-14, 2024')], problems: [] }).report;
    expect(r.events.find((x) => x.id === mainOf(r, 'f1'))!.start).to.equal(null);
    expect(r.events.find((x) => x.id === mainOf(r, 's1'))!.start).to.equal(null);
    expect(r.findings.filter((f) => f.verdict === 'conflict').map((f) => f.message)).to.deep.equal([]);
  });

  it('one weekday on both sides is no sign of two occasions', () => {
    const sameDay = state.map((a) => ({ ...a, text: a.text.replace('Thursday', 'Tuesday') }));
    const r = analyze({ articles: [...forum, ...sameDay], problems: [] }).report;
    expect(r.findings.filter((f) => f.verdict === 'different-events')).to.deep.equal([]);
    expect(r.findings.filter((f) => f.verdict === 'conflict')).to.deep.equal([]);
  });
});

describe('judge: an occasion named by a month alone, told with two verbs', function () {
  this.timeout(60000);
  const met = article('m1', 'Anna Novak arrived in Lyon on Tuesday for the river forum. Novak and the governor last met in June in Oslo, at the port conference.', null);
  const went = (city: string) => article('m2', `Anna Novak landed in Lyon on Tuesday for the river forum. The governor went to ${city} for a state visit in June with Novak.`, null);
  const joint = (r: ReturnType<typeof analyze>['report']) => r.findings.filter((f) => f.claims.some((c) => c.article === 'm1' && /June/.test(c.text)) && f.claims.some((c) => c.article === 'm2' && /June/.test(c.text)));

  it('is one occasion when both name the place: "met in June in Oslo" and "went to Oslo ... in June" agree', () => {
    const found = joint(analyze({ articles: [met, went('Oslo')], problems: [] }).report);
    expect(found.map((f) => f.verdict)).to.deep.equal(['agreement']);
  });

  it('is two when the places differ: "in Oslo" and "to Bergen" are not compared', () => {
    expect(joint(analyze({ articles: [met, went('Bergen')], problems: [] }).report)).to.deep.equal([]);
  });
});

describe('judge: the words a copy of a statement must share (statementBlock)', () => {
  // [words before the value, words after it, the block]: the last word before, the first after.
  const rows: Array<[string, string, string]> = [
    ['landed in the capital on', 'morning, officials said', 'on\u0000morning,'],
    ['landed on   ', '  in', 'on\u0000in'],
    ['', '', '\u0000'],
    ['   ', 'x', '\u0000x'],
    ['word\u00a0after a no-break space', 'y', 'space\u0000y'],
    ['ends\u3000in an ideographic space\u3000', 'z', 'space\u0000z'],
    ['one', 'two', 'one\u0000two'],
  ];
  for (const [before, after, block] of rows) {
    it(`${JSON.stringify(before)} … ${JSON.stringify(after)} → ${JSON.stringify(block)}`, () => {
      expect(statementBlock({ sides: [before, after], context: 'a sentence' } as Candidate)).to.equal(block);
    });
  }
  it('a claim without sides, or with sides but no sentence, is no copy of any', () => {
    expect(statementBlock({ context: 'a sentence' } as Candidate)).to.equal(null);
    expect(statementBlock({ sides: ['a', 'b'], context: '' } as Candidate)).to.equal(null);
  });
});
