import { expect } from 'chai';
import { extractTimes, inferPublished, weekdayMismatches } from '../../lib/extract/time/index.ts';
import type { Sentence, TimeFact } from '../../lib/types.ts';
import { extractFacts, numberFacts } from '../../lib/extract/index.ts';
import { timeExtractor } from '../../lib/extract/time/extractor.ts';
import { makeArticle } from '../../lib/load/article.ts';
import { prepare } from '../../lib/pipeline.ts';
import { anchorText } from '../../lib/report/text.ts';

/** Sentences of a text: split at line breaks and at ". " (a simple segmenter, as the spec allows). */
function sentencesOf(body: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^\n]+?(?:\.(?= )|$)|[^\n]+/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    if (!text) continue;
    out.push({ index: out.length, paragraph: 0, start: m.index + lead, end: m.index + lead + text.length, heading: !/[.!?"”]$/.test(text) });
  }
  return out;
}

function facts(text: string, published: string | null): TimeFact[] {
  return extractTimes({ article: 'a', body: text, sentences: sentencesOf(text), published });
}

/** The value as rows write it: `2024-05-16`, or `start/end` for a range. */
const shown = (f: TimeFact): string | null => (f.value === null ? null : f.endValue ? `${f.value}/${f.endValue}` : f.value);

/** The fact whose span overlaps `needle` in `text` (the first one when no needle is given). */
function factAt(all: TimeFact[], text: string, needle?: string): TimeFact | undefined {
  if (!needle) return all[0];
  const at = text.indexOf(needle);
  expect(at, `"${needle}" is in the row's text`).to.be.at.least(0);
  return all.find((f) => f.start < at + needle.length && f.end > at);
}

type Row = [text: string, published: string | null, expected: string | null, span?: string];

/** [sentence, published, expected value (`a/b` for a range; null = unresolved), span text to look at]. */
function resolves(rows: Row[]): void {
  for (const [text, published, expected, span] of rows) {
    it(`${JSON.stringify(text)} (published ${published}) → ${expected}`, () => {
      const all = facts(text, published);
      const f = factAt(all, text, span);
      expect(f, `a fact at ${JSON.stringify(span ?? text)}; got ${JSON.stringify(all.map((x) => x.text))}`).to.not.equal(undefined);
      expect(shown(f as TimeFact), (f as TimeFact).chain).to.equal(expected);
    });
  }
}

/** Rows that must yield no DATE or TIME fact at all. */
function rejects(rows: Array<[text: string, published: string]>): void {
  for (const [text, published] of rows) {
    it(`${JSON.stringify(text)} yields no date`, () => {
      const dates = facts(text, published).filter((f) => f.timex === 'DATE' || f.timex === 'TIME');
      expect(dates.map((f) => `${f.text} → ${f.value} (${f.rule})`)).to.deep.equal([]);
    });
  }
}

describe('time: bare weekdays resolve by tense, not by nearness', () => {
  resolves([
    ['arrived in the capital on Tuesday', '2023-10-18', '2023-10-17', 'on Tuesday'],
    ['arrived in the capital on Tuesday', '2023-10-17', '2023-10-17', 'on Tuesday'], // same day counts
    ['will hold talks on Wednesday', '2023-10-17', '2023-10-18', 'on Wednesday'],
    ['The leader is scheduled to hold talks with his counterpart on Wednesday.', '2023-10-17', '2023-10-18'],
    ['On Wednesday, he will address the forum.', '2023-10-17', '2023-10-18'],
    ['The minister is expected to hold meetings with three envoys on Tuesday.', '2023-10-17', '2023-10-17'],
    ['The minister is expected to hold meetings on Tuesday.', '2023-10-18', '2023-10-24'],
    ['The spokesman said on Monday that talks would resume.', '2024-05-16', '2024-05-13', 'on Monday'],
    ['The ambassador told a news agency on Saturday that the visit was a success.', '2024-03-19', '2024-03-16'],
    ['"The deal is done," a wire service reported on Tuesday.', '2024-03-19', '2024-03-19'],
    ['In a press conference on Monday, the president emphasized the ties.', '2024-03-19', '2024-03-18'],
    ['The delegation landed early on Thursday for talks.', '2024-05-16', '2024-05-16', 'early on Thursday'],
    ['The two will meet over tea on Thursday evening.', '2024-05-16', '2024-05-16TEV', 'on Thursday evening'],
    ['She arrived on Thursday morning for a visit.', '2024-05-16', '2024-05-16TMO', 'Thursday morning'],
    ['The war entered its 600th day on Monday.', '2023-10-17', '2023-10-16', 'on Monday'],
    ['The plane touched down at the airport on Tuesday.', '2023-10-17', '2023-10-17'],
    ['They are holding talks on Friday.', '2024-05-15', '2024-05-17'], // present progressive: nearest
    ['They are holding talks on Monday.', '2024-05-16', '2024-05-13'],
    ['Talks will be held on Monday.', '2024-05-16', '2024-05-20'],
    ['Talks were held on Friday.', '2024-05-16', '2024-05-10'],
    ['The talks have been postponed since Monday.', '2024-05-16', '2024-05-13'],
    ['Last Friday the board met.', '2024-05-17', '2024-05-10'],
    ['Next Tuesday the board meets.', '2024-05-16', '2024-05-21'],
    ['Late on Tuesday, the deal collapsed.', '2024-05-16', '2024-05-14'],
    ['The vote may take place on Sunday.', '2024-05-16', '2024-05-19'],
    ['The president could travel on Friday.', '2024-05-16', '2024-05-17'],
    ['He was expected to arrive on Tuesday.', '2024-05-16', '2024-05-14'], // future in the past: nearest
    // a passive infinitive after a noun is still to come: nearest, not the main verb's past
    ['The government was preparing for the measures to be voted on Thursday.', '2010-05-05', '2010-05-06'],
    ['The measures were voted on Thursday.', '2010-05-05', '2010-04-29'],
    ['The talks were due to be held on Thursday.', '2010-05-05', '2010-05-06'],
    ['Leader to visit capital on Friday', '2024-05-16', '2024-05-17'], // headline infinitive
    ['He spoke on Thursday at 6 pm.', '2024-05-16', '2024-05-16T18:00'],
    ['At 6 pm on Thursday, he spoke.', '2024-05-16', '2024-05-16T18:00'],
    ['He landed on Thursday and spoke at 6 pm.', '2024-05-16', '2024-05-16T18:00', 'at 6 pm'],
    ['He spoke at 10:30 a.m. local time.', '2024-05-16', null], // a clock time with no day in its sentence
  ]);
});

describe('time: months, years and relative expressions', () => {
  resolves([
    ['The two men last met in March in the capital.', '2023-10-17', '2023-03', 'in March'],
    ['A court issued a warrant for him in March over the allegations.', '2023-10-17', '2023-03'],
    ['The leader is poised to visit the country in May for discussions.', '2024-03-19', '2024-05'],
    ['He visited in March.', '2024-03-19', '2024-03'], // the current month counts
    ['He will visit in March.', '2024-05-16', '2025-03'],
    ['The minister went on a state visit in March of last year.', '2024-03-19', '2023-03', 'March of last year'],
    ['Sales fell in March last year.', '2024-05-16', '2023-03'],
    ['Prices rose in March this year.', '2024-05-16', '2024-03'],
    ['last March', '2024-03-19', '2023-03'],
    ['next March', '2024-03-19', '2025-03'],
    ['The two sides declared a partnership in February 2022.', '2024-05-16', '2022-02'],
    ['Exports rose in Feb 2022.', '2024-05-16', '2022-02'],
    ['He was first elected in 2013.', '2023-10-17', '2013', 'in 2013'],
    ['In 2019, the leader threw a party.', '2023-10-17', '2019', 'In 2019'],
    ['The republic was declared in 1949.', '2024-05-16', '1949', '1949'],
    ['He extended his tenure until at least 2030.', '2024-05-16', '2030', '2030'],
    ['Borders have held since 1949.', '2024-05-16', '1949'],
    ['The 2022 invasion changed everything.', '2024-05-16', '2022'],
    ["The country's 2022 invasion changed everything.", '2024-05-16', '2022'],
    ['The economy grew in the 1990s.', '2024-05-16', '199'],
    ['He served in 2010-2011.', '2024-05-16', '2010/2011'],
    ['He visited the region earlier this month.', '2023-10-17', '2023-10'],
    ['Last month, the envoy hinted at a meeting.', '2024-03-19', '2024-02'],
    ['They will meet several times this year.', '2024-03-19', '2024-03-19'.slice(0, 4)],
    ['Trade surpassed the target last year.', '2024-03-19', '2023'],
    ['Trade will grow next year.', '2024-03-19', '2025'],
    ['The visit to the country this week will reinforce the trend.', '2024-05-16', '2024-W20'],
    ['The talks took place last week.', '2024-05-16', '2024-W19'],
    ['He plans to rest this weekend.', '2024-05-16', '2024-W20-WE'],
    ['The relationship was established 75 years ago.', '2024-05-16', '1949'],
    ['He left two days ago.', '2024-05-16', '2024-05-14'],
    ['The strike began three weeks ago.', '2024-05-16', '2024-W17'],
    ['A decade ago the plant closed.', '2024-05-16', '2014'],
    ['She arrived yesterday.', '2024-05-16', '2024-05-15'],
    ['The vote is today.', '2024-05-16', '2024-05-16'],
    ['Results come tonight.', '2024-05-16', '2024-05-16TNI'],
    ['She leaves tomorrow.', '2024-05-16', '2024-05-17'],
    ['Fighting continued last night.', '2024-05-16', '2024-05-15TNI'],
    ['Talks ended on Monday. The previous day, he flew in.', '2024-05-16', '2024-05-12', 'The previous day'],
    ['The summit opened on Monday. The following week, they met again.', '2024-05-16', '2024-W21', 'The following week'],
    ['They met in 2013. Five years later, they rode a train.', '2023-10-17', '2018', 'Five years later'],
    ['In 2019, he threw a party. On a visit the same year, he praised his host.', '2023-10-17', '2019', 'the same year'],
    ['The treaty was signed on March 5 last year.', '2024-05-16', '2023-03-05'],
  ]);
});

describe('time: explicit dates, ranges and parts', () => {
  resolves([
    ['They shook hands on March 21, 2023.', '2024-03-19', '2023-03-21', 'March 21, 2023'],
    ['The summit ran from October 17-18, 2023.', '2024-03-19', '2023-10-17/2023-10-18'],
    ['The summit ran 16-17 May 2024.', '2024-05-20', '2024-05-16/2024-05-17'],
    ['The inauguration is expected around May 7.', '2024-03-19', '2024-05-07', 'around May 7'],
    ['The ceasefire began on May 7.', '2024-03-19', '2023-05-07'],
    ['It was launched on 16/05/2024.', '2024-05-20', '2024-05-16'],
    ['Posted 11 / 27 / 2005 7: 21 AM', null, '2005-11-27', '11 / 27 / 2005'],
    ['Last updated 15: 48 15 / 09 / 2013', null, '2013-09-15', '15 / 09 / 2013'],
    ['Updated 5 / 5 / 2010 1: 41 PM', null, '2010-05-05', '5 / 5 / 2010'],
    ['Article posted on 15.09.2013', null, '2013-09-15', '15.09.2013'],
    ['Article posted on 08.07.2012 by staff.', null, '2012-07-08', '08.07.2012'],
    ['Updated 01.02.2013 10:15', null, '2013-02-01', '01.02.2013'],
    ['06 / 06 / 13 07: 05 PM ET', null, '2013-06-06', '06 / 06 / 13'],
    ['11 / 28 / 05\t\tAftershocks jolt the island, death toll rises', null, '2005-11-28', '11 / 28 / 05'],
    ['Posted 6 / 6 / 13 at 1: 30 PM', null, '2013-06-06T13:30', '6 / 6 / 13'],
    ['It was launched on 2024-05-16.', null, '2024-05-16'],
    ['The talks lasted from September 2010 to January 2011.', '2024-05-16', '2010-09/2011-01'],
    ['The talks lasted from September to January 2011.', '2024-05-16', '2010-09/2011-01'],
    ['They were held between 2010 and 2012.', '2024-05-16', '2010/2012'],
    ['The trip would probably take place in the second half of May.', '2024-03-19', '2024-05-16/2024-05-31'],
    ['It will happen in the first half of May.', '2024-03-19', '2024-05-01/2024-05-15'],
    ['It happened in early May.', '2024-05-20', '2024-05'],
    ['It will happen in mid-May.', '2024-03-19', '2024-05'],
    ['It will happen in late May.', '2024-03-19', '2024-05'],
    ['Growth slowed late last year.', '2024-03-19', '2023'],
    ['Growth picked up early this year.', '2024-05-16', '2024'],
    ['The summit is due in the first week of June.', '2024-03-19', '2024-06-01/2024-06-07'],
    ['The deadline falls in the last week of February.', '2024-01-10', '2024-02-23/2024-02-29'],
    ['Sales rose in the third quarter of 2023.', '2024-05-16', '2023-Q3'],
    ['Sales rose in the first half of 2024.', '2024-08-16', '2024-H1'],
    ['The plan will be ready by the end of the year.', '2024-05-16', '2024'],
    ['The plan was drafted in the early 1990s.', '2024-05-16', '199'],
    ['The summer of 2023 was hot.', '2024-05-16', '2023-SU'],
    ['They will meet this summer.', '2024-05-16', '2024-SU'],
    ['The signing is set for May 16, 2024 at 6 p.m.', '2024-05-01', '2024-05-16T18:00'],
    ['He left on Tuesday (May 14) for home.', '2024-05-16', '2024-05-14', 'Tuesday'],
    ['The talks in Spring 2025 will be hard.', '2024-05-16', '2025-SP'],
    ['In March 2020, the pandemic spread.', '2024-05-16', '2020-03', 'In March 2020'],
    ['Oil hit $100 a barrel in 2008.', '2024-05-16', '2008', '2008'],
    ['Results are expected later this month.', '2024-05-16', '2024-05'],
    ['The election is in November.', '2024-05-16', '2024-11'],
    ['The law took effect on Jan 1.', '2024-05-16', '2024-01-01'],
  ]);
});

describe('time: durations and anniversaries', () => {
  resolves([
    ['He began a two-day state visit.', '2024-05-16', 'P2D', 'two-day'],
    ['He met his host during a three-day trip.', '2023-10-17', 'P3D', 'three-day'],
    ['They held informal talks for over four hours.', '2023-10-17', 'PT4H', 'over four hours'],
    ['He started his six-year term.', '2024-05-16', 'P6Y', 'six-year'],
    ['The flight took 2-1/2 hours.', '2024-05-16', 'PT2H30M'],
    ['He has been in office for two and a half years.', '2024-05-16', 'P2Y6M'],
    ['The meeting lasted half an hour.', '2024-05-16', 'PT30M'],
    ['It was the first visit in two years.', '2024-05-16', 'P2Y'],
    ['Over the past week, prices rose.', '2024-05-16', 'P1W'],
    ['Prices rose over the past two years.', '2024-05-16', 'P2Y'],
    ['A 24-hour strike began.', '2024-05-16', 'PT24H'],
    // a day counted from a first day the text does not give: a DATE left unresolved, not a length
    ['The war entered its 600th day.', '2023-10-17', null, '600th day'],
    ['An event commemorating 75 years since the state was recognised, declared in 1949.', '2024-05-16', '2024', '75 years'],
    ['He came to mark 10 years of a project launched in 2013.', '2023-10-17', '2023', '10 years'],
    ['He came to mark 10 years of the project.', '2023-10-17', 'P10Y', '10 years'],
    ['They celebrated the 10th anniversary of the treaty signed in 2014.', '2024-05-16', '2024', '10th anniversary'],
    ['The shop opens every Monday.', '2024-05-16', 'XXXX-WXX-1'],
  ]);
});

describe('time: without a publication date', () => {
  resolves([
    ['He arrived on Tuesday.', null, null],
    ['He visited in March.', null, null],
    ['Trade surpassed the target last year.', null, null],
    ['It was signed on March 21, 2023.', null, '2023-03-21'],
    ['The republic was declared in 1949.', null, '1949'],
    ['They met in 2013. Five years later, they rode a train.', null, '2018', 'Five years later'],
  ]);

  it('keeps the weekday and month it could not resolve in `stated`', () => {
    const [tuesday] = facts('He arrived on Tuesday.', null);
    expect(tuesday.stated).to.deep.equal({ weekday: 2 });
    expect(tuesday.implied).to.deep.equal({});
    expect(tuesday.anchor).to.equal(null);
    expect(tuesday.rule).to.equal('weekday/unresolved');
    const [march] = facts('He visited in March.', null);
    expect(march.stated).to.deep.equal({ month: 3 });
  });
});

describe('time: counted from a publication date the text only bounds', () => {
  /** [text, span, whether the date was inferred, how the chain must end]. */
  const rows: [string, string, boolean, string][] = [
    ['The mayor went to Oslo in March of last year.', 'March of last year', true, '→ 2022-03 or later'],
    ['The mayor went to Oslo in March of last year.', 'March of last year', false, '→ 2022-03'],
    ['He arrived on Tuesday. He left the next day.', 'the next day', true, '→ 2023-10-18 or later'],
    // A date the text states is not counted from anything: nothing to qualify.
    ['It was signed on March 21, 2023.', 'March 21, 2023', true, '→ 2023-03-21'],
  ];
  for (const [text, span, earliest, ending] of rows) {
    it(`${JSON.stringify(span)} (published 2023-10-18${earliest ? ', inferred' : ''}) ends "${ending}"`, () => {
      const all = extractTimes({ article: 'a', body: text, sentences: sentencesOf(text), published: '2023-10-18', publishedEarliest: earliest });
      const f = factAt(all, text, span) as TimeFact;
      expect(f.chain.endsWith(ending), f.chain).to.equal(true);
      expect(f.chain.endsWith('or later'), f.chain).to.equal(ending.endsWith('or later'));
    });
  }
});
describe('time: text that must yield no date', () => {
  rejects([
    ['The leader may visit the region.', '2024-03-19'],
    ['May God bless the nation.', '2024-03-19'],
    ['Thousands joined a protest march through the centre.', '2024-03-19'],
    ['The March rally drew thousands.', '2024-03-19'],
    ['According to the Sunday Times, the deal is off.', '2024-05-16'],
    ['Church leaders marked Good Friday prayers.', '2024-05-16'],
    ['The home side won 3-1 after extra time.', '2024-05-16'],
    ['The ratio was 16:9 and the score 2:1.', '2024-05-16'],
    ['Call 555-1234 or 202-555-0123 for details.', '2024-05-16'],
    ['More than 1,000 people attended.', '2024-05-16'],
    ['The fund holds $240 billion in assets.', '2024-05-16'],
    ['Inflation rose 2.5% in the period.', '2024-05-16'],
    ['It was the deadliest conflict since World War Two.', '2024-05-16'],
    ['Delegates discussed the Agenda 2030 goals.', '2024-05-16'],
    ['The G20 leaders met.', '2024-05-16'],
    ['Version 2.1.3 was released.', '2024-05-16'],
    ['He is the world No. 1 in tennis.', '2024-05-16'],
    ['The flight took 2-1/2 hours.', '2024-05-16'],
    ['He won the second round.', '2024-05-16'],
    ['She is seeking a second term.', '2024-05-16'],
    ['Wait a second.', '2024-05-16'],
    ['Help is available 24/7.', '2024-05-16'],
    ['Posted 05 / 02 / 2013 by staff.', '2024-05-16'],
    ['See section 1.5.10 of the rules.', '2024-05-16'],
    ['Version 1.2.2013 was released.', '2024-05-16'],
    ['The score was 12 / 23 / 12 after three rounds.', '2024-05-16'],
    ['Aftershocks jolt the island.\nThe tally stood at 11 / 28 / 05 in the table.', '2024-05-16'],
    ['Posted 31 / 02 / 2020 online.', '2024-05-16'],
    ['The 2000 troops left the base.', '2024-05-16'],
    ['In 2000 cases, the court ruled for the state.', '2024-05-16'],
    ['The league moved from 1000 to 1200 members.', '2024-05-16'],
    ['Jan Smith met the press.', '2024-05-16'],
    ['USA Today reported the story.', '2024-05-16'],
    ['The Today programme aired an interview.', '2024-05-16'],
    ['He earns $1m a year.', '2024-05-16'],
    ['They meet once a week.', '2024-05-16'],
    ['The second half of the match was dull.', '2024-05-16'],
    ['Black Friday sales were strong.', '2024-05-16'],
    ['The summit was held in the Hague.', '2024-05-16'],
    ['A monday.example.com address.', '2024-05-16'],
    ['Shares rose 2024 points.', '2024-05-16'],
    ['Room 2013 was booked.', '2024-05-16'],
    ['He has a 2-1 lead.', '2024-05-16'],
    ['Temperatures fall in the evening.', '2024-05-16'],
    ['Summer camp opens soon.', '2024-05-16'],
    ['The twenty-twenty vision.', '2024-05-16'],
    ['Police said 9/11 changed the city.', '2024-05-16'],
    ['They scored in the 89th minute.', '2024-05-16'],
    ['Crowds gathered during the Spring Festival.', '2024-05-16'],
    ['Memories of the Arab Spring remain.', '2024-05-16'],
    ['May Day rallies were held.', '2024-05-16'],
    ['Prime Minister May resigned.', '2024-05-16'],
    ['He met with May and the cabinet.', '2024-05-16'],
    ['One day, he will return.', '2024-05-16'],
    ['The Boeing 737 jet was grounded.', '2024-05-16'],
    ['Highway 2020 was closed.', '2024-05-16'],
    ['See pages 2010-2015 of the report.', '2024-05-16'],
    ['The vote, 52-48, passed the chamber.', '2024-05-16'],
    ['He ran the 1500 metres.', '2024-05-16'],
    ['The decree No. 2024/15 was issued.', '2024-05-16'],
    ['The index fell 1.5 points to 1,999.', '2024-05-16'],
    ['Super Tuesday results came in.', '2024-05-16'],
    ['A letter to the Mail on Sunday drew replies.', '2024-05-16'],
    ['The two days after the vote were calm.', '2024-05-16'],
  ]);
});

describe('time: spans', () => {
  it('exclude stray punctuation and surrounding quotes', () => {
    const text = 'He said: “on Tuesday.” Then (in March), nothing.';
    const all = facts(text, '2024-05-16');
    expect(all.map((f) => f.text)).to.deep.equal(['on Tuesday', 'in March']);
    for (const f of all) expect(text.slice(f.start, f.end)).to.equal(f.text);
  });

  it('carry the sentence index, empty id, null event and an extractor', () => {
    const text = 'Nothing here. He arrived on Tuesday.';
    const [f] = facts(text, '2024-05-16');
    expect(f.sentence).to.equal(1);
    expect(f.id).to.equal('');
    expect(f.event).to.equal(null);
    expect(f.kind).to.equal('time');
    expect(f.extractor).to.equal('time/weekday');
  });

  it('keep stated and implied parts apart, with anchor, rule and chain', () => {
    const [f] = facts('The delegation landed early on Thursday.', '2024-05-16');
    expect(f.stated).to.deep.equal({ weekday: 4 });
    expect(f.implied).to.deep.equal({ year: 2024, month: 5, day: 16 });
    expect(f.anchor).to.deep.equal({ kind: 'published', date: '2024-05-16' });
    expect(f.rule).to.equal('weekday/past-tense');
    expect(f.chain).to.match(/^Thursday \+ published 2024-05-16 \(past tense 'landed'.*\) → 2024-05-16$/);
    const [m] = facts('The minister went there in March of last year.', '2024-03-19');
    expect(m.stated).to.deep.equal({ month: 3 });
    expect(m.implied).to.deep.equal({ year: 2023 });
    const [d] = facts('They met on March 21, 2023.', '2024-03-19');
    expect(d.stated).to.deep.equal({ year: 2023, month: 3, day: 21 });
    expect(d.implied).to.deep.equal({});
    expect(d.anchor).to.equal(null);
  });

  it('anchor a time counted from another date of the text to that fact, renumbered with it', () => {
    // "the next day" counts from "May 14, 2024": the anchor names that fact, not the publication date.
    const text = 'The talks opened on May 14, 2024. The leaders signed the deal the next day.';
    const doc = prepare(makeArticle('a.txt', 'a.txt', 'txt', text, { published: '2024-05-20' }));
    const numbered = numberFacts(extractFacts(doc, [timeExtractor]));
    const next = numbered.find((f) => f.text === 'the next day');
    const opened = numbered.find((f) => f.text.includes('May 14, 2024'));
    expect(next?.kind === 'time' && next.anchor).to.deep.equal({ kind: 'fact', fact: opened?.id });
    expect(next?.kind === 'time' && next.value).to.equal('2024-05-15');
  });

  it('print an anchor as the contract says: "published 2024-05-16", a fact id, or nothing', () => {
    expect(anchorText({ kind: 'published', date: '2024-05-16' })).to.equal('published 2024-05-16');
    expect(anchorText({ kind: 'fact', fact: 'F12' })).to.equal('F12');
    expect(anchorText(null)).to.equal(null);
  });

  it('give TIMEX types: DATE, TIME, DURATION, SET', () => {
    const all = facts('On Thursday at 6 pm, after a two-day trip, he left, as he does every Monday.', '2024-05-16');
    expect(all.map((f) => f.timex)).to.deep.equal(['TIME', 'DURATION', 'SET']);
  });

  it('are deterministic', () => {
    const text = 'He arrived on Tuesday and will leave in the second half of May, five years after 2013.';
    expect(JSON.stringify(facts(text, '2024-03-19'))).to.equal(JSON.stringify(facts(text, '2024-03-19')));
  });
});

describe('time: weekdayMismatches', () => {
  it('exposes a stated weekday that disagrees with its stated date', () => {
    const all = facts('The deal was signed on Tuesday, May 16, 2024.', '2024-05-20');
    const found = weekdayMismatches(all);
    expect(found).to.have.length(1);
    expect(found[0].fact.text).to.equal('on Tuesday, May 16, 2024');
    expect(found[0].statedWeekday).to.equal(2);
    expect(found[0].actualWeekday).to.equal(4);
    expect(found[0].yearImplied).to.equal(false);
  });

  it('is silent when they agree', () => {
    expect(weekdayMismatches(facts('The deal was signed on Thursday, May 16, 2024.', '2024-05-20'))).to.deep.equal([]);
    expect(weekdayMismatches(facts('Thu 16 May 2024', '2024-05-20'))).to.deep.equal([]);
  });
});

describe('time: inferPublished', () => {
  const infer = (text: string) => inferPublished(text, sentencesOf(text));

  it('reads a "Published:" line', () => {
    const text = 'Headline here\nPublished: 16 May 2024\nThe leader arrived on Thursday.';
    const r = infer(text);
    expect(r).to.include({ published: '2024-05-16', from: 'text' });
    expect(text.slice(r.start, r.end)).to.equal('16 May 2024');
  });

  it('prefers the publication date over the update in an archive line', () => {
    const text = 'on July 13, 2009 at 10: 50 AM, updated July 29, 2009 at 12: 16 PM\nThe minister resigned on Monday.';
    expect(infer(text)).to.include({ published: '2009-07-13', from: 'text' });
  });

  it('reads a dateline', () => {
    const text = 'LONDON, May 16, 2024 (Wire) - The minister resigned on Monday.';
    expect(infer(text)).to.include({ published: '2024-05-16', from: 'text' });
  });

  it('reads a time stamp written with spaced slashes', () => {
    const text = 'Posted 11 / 27 / 2005 7: 21 AM\nStrong earthquake jolts the south, felt across the Gulf\nThe quake struck on Sunday.';
    const r = infer(text);
    expect(r).to.include({ published: '2005-11-27', from: 'text' });
    expect(text.slice(r.start, r.end)).to.equal('11 / 27 / 2005');
  });

  it('infers nothing from a full date older than a year the text reports later', () => {
    const text = 'Bettie Page was born on April 22, 1923. In 1955 she quit modelling, and in 2006 she gave an interview. She died on Thursday.';
    const r = infer(text);
    expect(r.from).to.equal('unknown');
    expect(r.why).to.include("'on April 22, 1923'").and.include("'in 2006'");
  });

  it('a bound or an aim is no later year: the full date still dates the article', () => {
    expect(infer('The treaty was signed on May 3, 2013. It ran until 2020 and set a target for 2030.')).to.include({ published: '2013-05-03', from: 'inferred' });
  });

  it('does not guess the order of day and month in a time stamp', () => {
    expect(infer('Posted 05 / 02 / 2013 8: 00 AM\nThe actress checked into rehab.').from).to.equal('unknown');
  });

  it('falls back to an "Updated:" line', () => {
    expect(infer('Updated: May 17, 2024\nThe minister resigned.')).to.include({ published: '2024-05-17', from: 'text' });
  });

  it('infers from the latest explicit date in a past-tense clause', () => {
    const text = 'The summit took place on March 21, 2023. The leaders met again on October 18, 2023. A new summit will be held on June 1, 2025.';
    const r = infer(text);
    expect(r).to.include({ published: '2023-10-18', from: 'inferred' });
  });

  it('is unknown when the text gives no full date', () => {
    expect(infer('The leader arrived on Thursday for talks in March.')).to.deep.equal({
      published: null,
      from: 'unknown',
      why: 'no publication line and no explicit full date in the text',
    });
  });
});

/** Like `resolves`, with each line one sentence: these rows hold "a.m. " and "Dec. ", where the spec's simple segmenter would cut. */
function resolvesLines(rows: Row[]): void {
  for (const [text, published, expected, span] of rows) {
    it(`${JSON.stringify(text)} (published ${published}) → ${expected}`, () => {
      const all = extractTimes({ article: 'a', body: text, sentences: [], published });
      const f = factAt(all, text, span);
      expect(f, `a fact at ${JSON.stringify(span ?? text)}; got ${JSON.stringify(all.map((x) => x.text))}`).to.not.equal(undefined);
      expect(shown(f as TimeFact), (f as TimeFact).chain).to.equal(expected);
    });
  }
}

/** A wire story's time stamp line, for the rows of clock times after it. */
const STAMP = 'Last Updated: Monday, 28 November 2005, 02: 24 GMT\n';

describe('time: clock times as tokenizers and wires write them, with zones', () => {
  resolvesLines([
    // A space after the colon: the date's last number is the hour, not a bare hour or a two-digit year.
    ['Posted: July 7, 2012, 10: 04 PM ET', '2012-07-07', '2012-07-07T22:04-04:00', '10: 04'],
    ['Monday, 28 November 2005, 02: 24 GMT', '2005-11-28', '2005-11-28T02:24Z', '02: 24'],
    ['Updated 4 November 02: 00 GMT', '2011-11-04', '2011-11-04T02:00Z', '4 November'],
    ['Dec. 19, 2005 at 9: 44 PM', '2005-12-19', '2005-12-19T21:44', '9: 44'],
    ['Posted: 11: 39am UK, 9 September 2013', '2013-09-09', '2013-09-09T11:39+01:00', '11: 39am'],
    ['He escaped just after 9 a. m. on Monday.', '2009-11-30', '2009-11-30T09:00', '9 a. m.'],
    ['The talks ended on Friday at 1023 GMT.', '2005-11-28', '2005-11-25T10:23Z', '1023 GMT'],
    ['The pirates attacked the ship around noon on Friday.', '2008-12-13', '2008-12-12T12:00', 'noon'],
    ['The vote closed at midnight on Tuesday.', '2008-12-13', '2008-12-09T00:00', 'midnight'],
    // Zones: US eastern time is -04:00 in summer, -05:00 in winter; UK time +01:00 in summer only.
    ['The fire was out by 1:40 a.m. ET Saturday.', '2008-12-13', '2008-12-13T01:40-05:00', '1:40'],
    ['The game starts at 8 p.m. EDT on Friday.', '2012-07-07', '2012-07-06T20:00-04:00', '8 p.m.'],
    ['26 September 2013, 10: 00 (GMT+05: 00)', '2013-09-26', '2013-09-26T10:00+05:00', '10: 00'],
    ['Sun Sep 15 2013 14: 25 GMT+1000 (EST)', '2013-09-15', '2013-09-15T14:25+10:00', '14: 25'],
    // A dateline's date and clock time are a DATE and a TIME; in prose "on May 16, 2024 at 6 p.m." is one.
    ['July 7, 2012, 10: 04 PM ET', '2012-07-07', '2012-07-07', 'July 7'],
    ['Monday, March 11, 2013 23: 51', '2013-03-11', '2013-03-11T23:51', '23: 51'],
    ['14: 25 Sun Sep 15 2013', '2013-09-15', '2013-09-15T14:25', '14: 25'],
    ['14: 25 Sun Sep 15 2013', '2013-09-15', '2013-09-15', 'Sun Sep'],
    // A clock time alone takes the latest day before it in the article.
    ['The family was attacked on Saturday.\nHe was arrested at the pier around 9.35am.', '2013-06-18', '2013-06-15T09:35', '9.35am'],
    ['He was arrested at the pier around 9.35am.', '2013-06-18', null, '9.35am'],
    // A past event later in the day than the time stamp before it, in its zone, was the day before;
    // to come, or in another zone, it keeps the stamp's day.
    [`${STAMP}The quake, which struck at 1353 (1023 GMT), was felt in Oman.`, '2005-11-28', '2005-11-27T10:23Z', '1023 GMT'],
    [`${STAMP}The ministers will meet at 1500 GMT.`, '2005-11-28', '2005-11-28T15:00Z', '1500 GMT'],
    [`${STAMP}The quake struck at 01: 10 GMT.`, '2005-11-28', '2005-11-28T01:10Z', '01: 10 GMT'],
    [`${STAMP}The quake struck at 13: 53.`, '2005-11-28', '2005-11-28T13:53', '13: 53'],
  ]);

  it('a game clock ("at 2: 56 of the third round") is no time of day', () => {
    expect(facts('He was knocked down at 2: 56 of the third round.', '2013-09-09')).to.deep.equal([]);
  });
});

describe('time: ages are quantities; vague lengths of time are durations', () => {
  for (const text of ['A 36-year-old man was arrested.', 'The church is about 30 years old.', 'Sixteen-year-old Kimani Gray was shot.']) {
    it(`${JSON.stringify(text)} yields no time fact`, () => {
      expect(facts(text, '2013-03-11').map((f) => `${f.text} → ${f.value}`)).to.deep.equal([]);
    });
  }
  resolves([
    ['The starlet left the clinic after a few minutes.', '2013-05-03', 'PTXM', 'a few minutes'],
    ['He had several days to decide.', '2013-05-03', 'PXD', 'several days'],
    ['He signed the deal hours after the meeting.', '2008-12-13', 'PTXH', 'hours'],
    ['Police arrived minutes later.', '2008-12-13', 'PTXM', 'minutes'],
    // Only "N years since" is an anniversary; other units stay lengths of time.
    ['Boras has had one month since then to solicit bids.', '2008-12-13', 'P1M', 'one month'],
    ['It is two decades since the war ended.', '2008-12-13', 'P20Y', 'two decades'],
  ]);
  it('"in recent years" and "for years" are vague durations (TIMEX3 PXY), not dates', () => {
    const found = facts('Ties have deepened in recent years and for years before.', '2023-10-17').map((f) => `${f.text} → ${f.value} ${f.timex} (${f.rule})`);
    expect(found).to.deep.equal(['recent years → PXY DURATION (duration/recent)', 'years → PXY DURATION (duration/for-plural)']);
  });
});

describe('time: more text that must yield no date', () => {
  rejects([
    ['The company sold 2,024 units to the army.', '2024-05-16'],
    ['She scored 21 points and took 12 rebounds.', '2024-05-16'],
    ['The march through the city centre drew thousands.', '2024-05-16'],
    ['He may decide to stay on as coach.', '2024-05-16'],
    ['The team won 3-1 in extra time.', '2024-05-16'],
    ['Call 555-0199 for tickets.', '2024-05-16'],
    ['The Sunday Times published the letter.', '2024-05-16'],
    // an ordinal anniversary without its start year is a count (the quantity extractor's), no time
    ['They marked the 10th anniversary of the forum.', '2023-10-17'],
    // a television programme, a rate, a Christmas tree: no times
    ['He said so on CBS\'s "60 Minutes" about the case.', '2024-05-16'],
    ['Guards stand there 24 hours a day.', '2024-05-16'],
    ['They put up the Christmas tree.', '2024-05-16'],
    ['The plan is known as Vision 2030.', '2024-05-16'],
    ['It was the second attempt to climb the peak.', '2024-05-16'],
    ['Prices rose 4.5 percent.', '2024-05-16'],
    ['The bill passed by 218 votes to 210.', '2024-05-16'],
    ['He wore the number 23 shirt.', '2024-05-16'],
    ['The flight number was BA 2490.', '2024-05-16'],
    ['They walked 15 miles in the rain.', '2024-05-16'],
    ['The ship carried 1,200 containers.', '2024-05-16'],
    ['The senator said it was a matter of principle.', '2024-05-16'],
  ]);
});
