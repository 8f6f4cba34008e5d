/**
 * TIMEX3 values, mods and types, one row per kind of issue 15: granularity kept with a mod,
 * durations and sets, reference words, centuries and two-digit years, fiscal years, holidays, the
 * direction a sentence gives, and time zones; then text that must yield no time. Each row pins a
 * publication date.
 */
import { expect } from 'chai';
import { extractTimes } from '../../lib/extract/time/index.ts';
import type { Sentence, TimeFact } from '../../lib/types.ts';

/** One sentence: the whole text. */
const one = (text: string): Sentence[] => [{ index: 0, paragraph: 0, start: 0, end: text.length, heading: false }];

const times = (text: string, published: string | null): TimeFact[] => extractTimes({ article: 'a', body: text, sentences: one(text), published });

/** [published, text, the words of the expression, TIMEX3 type, value, mod (or null), zone (optional)] */
type Row = [published: string | null, text: string, needle: string, type: TimeFact['timex'], value: string | null, mod: string | null, zone?: string];

const ROWS: Row[] = [
  // granularity: the period the text names, the part as a mod
  ['2024-05-16', 'It happened in early March.', 'March', 'DATE', '2024-03', 'START'],
  ['2024-05-16', 'Prices peaked in mid-April.', 'April', 'DATE', '2024-04', 'MID'],
  ['2024-05-16', 'Growth slowed late last year.', 'last year', 'DATE', '2023', 'END'],
  ['2024-05-16', 'The plan was drafted in the early 1990s.', '1990s', 'DATE', '199', 'START'],
  ['2024-05-16', 'Sales rose in the third quarter of 2023.', 'quarter', 'DATE', '2023-Q3', null],
  // a week keeps its value and takes an edge as a mod; a half of a week is no part TIMEX3 codes
  ['2000-01-07', 'They will meet early next week.', 'next week', 'DATE', '2000-W02', 'START'],
  ['1998-12-05', 'The treaty was ratified late last week.', 'last week', 'DATE', '1998-W48', 'END'],
  ['2000-01-07', 'Talks fill the second half of next week.', 'next week', 'DATE', '2000-W02', null],
  // a part or a side joined by a hyphen: "late-November", "post-1959"
  ['2000-01-28', 'The mother was taken along to make the late-November trip.', 'November', 'DATE', '1999-11', 'END'],
  ['2000-02-24', 'The post-1959 politics have split thousands of families.', 'post-1959', 'DATE', '1959', 'AFTER'],
  ['2000-02-24', 'Most of the buildings are pre-1990.', 'pre-1990', 'DATE', '1990', 'BEFORE'],
  ['2024-05-16', 'They met on Friday night.', 'Friday night', 'DATE', '2024-05-10TNI', null],
  ['2024-05-16', 'She left around May 7.', 'May 7', 'DATE', '2024-05-07', 'APPROX'],
  // a point counted with a hedged length lies on one side of it
  ['2000-04-01', 'They launched the revolution more than four decades ago.', 'four decades ago', 'DATE', '1960', 'BEFORE'],
  ['2000-04-01', 'The war ended nearly 40 years ago.', '40 years ago', 'DATE', '1960', 'AFTER'],
  ['2000-04-01', 'The war ended about 40 years ago.', '40 years ago', 'DATE', '1960', 'APPROX'],
  // durations and sets
  ['2024-05-16', 'The talks lasted over four hours.', 'four hours', 'DURATION', 'PT4H', 'MORE_THAN'],
  ['2024-05-16', 'The town has been poor for years.', 'years', 'DURATION', 'PXY', null],
  ['2024-05-16', 'Security was tightened in recent days.', 'recent days', 'DURATION', 'PXD', null],
  ['2024-05-16', 'Threats became routine over the past decade.', 'past decade', 'DURATION', 'P10Y', null],
  ['2024-05-16', 'They emerged from a day-long meeting.', 'day-long', 'DURATION', 'P1D', null],
  ['1999-03-12', 'They agreed to buy compatible equipment in the coming years.', 'coming years', 'DURATION', 'PXY', null],
  ['2000-04-01', 'In the years that followed, the fighters waged war on the troops.', 'years', 'DURATION', 'PXY', null],
  ['2024-05-16', 'In the months since the vote, prices rose.', 'months', 'DURATION', 'PXM', null],
  ['2000-01-15', "It is a symbol of the government's decades-long battle with the exiles.", 'decades-long', 'DURATION', 'PXDE', null],
  ['1998-09-07', 'Tourism hoped for an end to a years-old slump.', 'years-old', 'DURATION', 'PXY', null],
  ['1998-08-17', 'The first batch of evidence arrived over the weekend at the laboratory.', 'the weekend', 'DURATION', 'P2D', null],
  ['2000-04-03', 'Over the weekend, lawyers for the family raised accusations.', 'the weekend', 'DURATION', 'P2D', null],
  ['2008-12-15', 'Fans gathered over the past weekend.', 'past weekend', 'DATE', '2008-W50-WE', null],
  ['2024-05-16', 'Rallies are held almost daily.', 'daily', 'SET', 'P1D', null],
  ['2024-05-16', 'He spoke in his weekly radio address.', 'weekly', 'SET', 'P1W', null],
  ['2024-05-16', 'The board meets twice a month.', 'twice a month', 'SET', 'P1M', null],
  ['2024-05-16', 'Markets close every Friday.', 'every Friday', 'SET', 'XXXX-WXX-5', null],
  // reference words
  ['2024-05-16', 'The embassy is now operating from a hotel.', 'now', 'DATE', 'PRESENT_REF', null],
  ['2024-05-16', 'The company is currently hiring.', 'currently', 'DATE', 'PRESENT_REF', null],
  ['2024-05-16', 'Prices were lower in the past.', 'the past', 'DATE', 'PAST_REF', null],
  ['2024-05-16', 'At the time, nobody objected.', 'At the time', 'DATE', 'PAST_REF', null],
  ['2024-05-16', 'We must prepare for the future.', 'the future', 'DATE', 'FUTURE_REF', null],
  // the noun after a possessive is the time ahead too
  ['2024-05-16', 'The ruling would take the decision about the boy\'s future away from the agency.', 'future', 'DATE', 'FUTURE_REF', null],
  ['2024-05-16', 'Their future is uncertain.', 'future', 'DATE', 'FUTURE_REF', null],
  ['2024-05-16', 'The case speaks to today\'s youth.', 'today', 'DATE', 'PRESENT_REF', null],
  ['2024-05-16', 'Several high-level contacts are being prepared at the moment.', 'at the moment', 'DATE', 'PRESENT_REF', null],
  ['2024-05-16', 'The vote is today.', 'today', 'DATE', '2024-05-16', null],
  // centuries, two-digit years, fiscal years, ordinal days
  ['2024-05-16', 'The bridge dates from the 19th century.', '19th century', 'DATE', '18', null],
  ['1999-03-13', 'It was the worst war of this century.', 'this century', 'DATE', '19', null],
  ['1998-05-16', "He graduated in '67.", '67', 'DATE', '1967', null],
  ['2024-05-16', "The music of the '90s came back.", '90s', 'DATE', '199', null],
  ['2024-05-16', 'Revenue fell in fiscal 2023.', 'fiscal 2023', 'DATE', 'FY2023', null],
  ['2024-05-16', 'The budget covers this fiscal year.', 'this fiscal year', 'DATE', 'FY2024', null],
  ['2024-05-16', 'The war entered its 600th day.', '600th day', 'DATE', null, null],
  // holidays by rule
  ['2000-01-07', 'He was found on Thanksgiving Day.', 'Thanksgiving Day', 'DATE', '1999-11-25', null],
  ['1998-10-26', 'Voters go to the polls on Election Day.', 'Election Day', 'DATE', '1998-11-03', null],
  ['2024-03-20', 'Pilgrims gathered on Good Friday.', 'Good Friday', 'DATE', '2023-04-07', null],
  ['2024-03-20', 'Pilgrims will gather on Good Friday.', 'Good Friday', 'DATE', '2024-03-29', null],
  ['2000-04-17', 'Earlier Sunday, protesters prayed as Easter week began.', 'Easter week', 'DATE', '2000-W16', null],
  // a day after "the week of" names its ISO week
  ['2000-02-24', 'The drama may be resolved in a court hearing the week of March 6, he said.', 'week of March 6', 'DATE', '2000-W10', null],
  // a day counted from another: "the day before last Tuesday", "the next morning" (from the date before it)
  ['2000-02-24', "The day before last Tuesday's court hearing, he went to the house.", 'day before last Tuesday', 'DATE', '2000-02-21', null],
  ['2000-02-24', "The day before last Tuesday's hearing, he went to the house. He appeared in court the next morning.", 'the next morning', 'DATE', '2000-02-22TMO', null],
  ['2024-05-16', 'On Monday he fell ill. That night he died.', 'That night', 'DATE', '2024-05-13TNI', null],
  ['1999-02-06', 'He was shot on Oct. 23. His name was crossed out that same day.', 'that same day', 'DATE', '1998-10-23', null],
  ['1999-02-06', 'He was shot last October. His name was crossed out that same day.', 'that same day', 'DATE', null, null],
  // a weekday counted back: the latest one before publication is the first
  ['2008-12-19', 'He was injured in the first quarter two Sundays ago at Pittsburgh.', 'two Sundays ago', 'DATE', '2008-12-07', null],
  ['2008-12-21', 'He was injured three Fridays ago.', 'three Fridays ago', 'DATE', '2008-12-05', null],
  // a day listed after a month-day is a date of its own, in the same month
  ['1999-02-10', 'A ceremony would still be held at the summit on April 24 and 25.', '25', 'DATE', '1999-04-25', null],
  // direction from the sentence
  ['2000-01-07', 'He subpoenaed the boy to testify before the committee on Feb. 10.', 'Feb. 10', 'DATE', '2000-02-10', null],
  ['2000-01-05', 'She gave no reason for the Jan. 14 deadline.', 'Jan. 14', 'DATE', '2000-01-14', null],
  // a day named as a deadline is the nearest; "as the deadline loomed" without a verb of naming is not one
  ['2000-01-15', 'The agency ruled that the boy must be returned, and set Friday as the deadline for his return.', 'Friday', 'DATE', '2000-01-14', null],
  ['2024-05-15', 'They met on Friday as the deadline loomed.', 'Friday', 'DATE', '2024-05-10', null],
  // a postponement points forward; "postponed" without "until"/"to" before the time does not
  ['2000-03-30', 'Officials postponed until Tuesday morning any action on the permit.', 'Tuesday morning', 'DATE', '2000-04-04TMO', null],
  ['2000-03-30', 'The postponed vote was held on Tuesday.', 'Tuesday', 'DATE', '2000-03-28', null],
  ['2008-12-13', 'The owner flew from his home to Las Vegas on Tuesday.', 'Tuesday', 'DATE', '2008-12-09', null],
  // one weekday, one day: a past weekday the day after publication is that day when another mention names it
  ['1998-08-17', 'She headed Tuesday to East Africa. She is scheduled to land in Dar es Salaam, her first stop, Tuesday morning.', 'Tuesday', 'DATE', '1998-08-18', null],
  ['1998-08-17', 'She headed Tuesday to East Africa.', 'Tuesday', 'DATE', '1998-08-11', null],
  ['2024-03-19', 'The ceasefire began on May 7.', 'May 7', 'DATE', '2023-05-07', null],
  // "hit", "cut" after a singular subject and before an object are past; after "will" they are not
  ['2005-11-28', 'A 6.4-magnitude quake hit the town of Zarand in February, killing hundreds.', 'February', 'DATE', '2005-02', null],
  ['2005-11-28', 'The storm will hit the coast on Friday.', 'Friday', 'DATE', '2005-12-02', null],
  ['2005-11-28', 'Storms hit the coast in February.', 'February', 'DATE', '2006-02', null],
  ['2024-06-04', 'The festival runs from June 3 to 8.', 'June 3', 'DATE', '2024-06-03', null],
  ['2024-06-10', 'The exhibition was held until June 30.', 'June 30', 'DATE', '2024-06-30', null],
  ['2024-05-16', 'Voting ends at 14:00 GMT Sunday, the commission announced.', '14:00', 'TIME', '2024-05-19T14:00Z', null, 'UTC'],
  ['2000-04-03', 'The agency has given the family until 9 a.m. Tuesday to sign.', '9 a.m.', 'TIME', '2000-04-04T09:00', null],
  ['2000-01-06', 'Neither he nor his parents could be located Wednesday.', 'Wednesday', 'DATE', '2000-01-05', null],
  ['1998-10-25', 'The paper said in an editorial on Monday, Oct. 26, that it grieved.', 'Oct. 26', 'DATE', '1998-10-26', null],
  ['1999-04-19', 'He was shot to death last Oct. 23 at his home.', 'Oct. 23', 'DATE', '1998-10-23', null],
  ['1999-05-07', 'Cars crossed the border in 1994, 1995 and 1997.', '1995', 'DATE', '1995', null],
  ['1998-08-08', 'The Friday explosions killed dozens.', 'Friday', 'DATE', '1998-08-07', null],
  // a stated day a few weeks from publication is that one, whatever a far verb says
  ['1998-08-13', 'The attacks of Aug. 7 show that the region will need more guards.', 'Aug. 7', 'DATE', '1998-08-07', null],
  ['2000-01-06', 'By setting a Jan. 14 return date, the agency allowed time to appeal.', 'Jan. 14', 'DATE', '2000-01-14', null],
  ['2024-05-16', 'The treaty will be signed on May 20 next year, and the old one lapses.', 'May 20', 'DATE', '2025-05-20', null],
  // a verb right after the time decides over a cue several words before it
  ['1998-08-17', 'Just ahead of the minister’s trip, the ministry on Sunday issued a travel warning.', 'Sunday', 'DATE', '1998-08-16', null],
  // a copula far from the time states no schedule; "vacation plans" is a noun
  ['1999-05-06', 'Officials confirmed that the man is a suspect in shootings that wounded three doctors in November.', 'November', 'DATE', '1998-11', null],
  ['1998-08-17', 'On Friday, when the minister set aside vacation plans, the office said nothing.', 'Friday', 'DATE', '1998-08-14', null],
  // a month before a noun, after an article, dates what the noun names; years joined by "to"
  ['1999-04-19', 'Police have gathered evidence in the October slaying of a doctor.', 'October', 'DATE', '1998-10', null],
  ['2000-02-10', 'He was fined twice from 1991 to 1997.', '1991', 'DATE', '1991', null],
  // an hour without a.m./p.m.: "midday", "4 in the morning", on the date of its sentence
  ['1999-10-08', 'He was to appear before a judge at midday, according to a statement today.', 'midday', 'TIME', '1999-10-08T12:00', null],
  ['2000-04-05', 'The father will leave at 4 in the morning (4 a.m. EDT Thursday), he said.', '4 in the morning', 'TIME', '2000-04-06T04:00', null],
  ['2000-04-05', 'The blast came at 10 at night on Monday.', '10 at night', 'TIME', '2000-04-03T22:00', null],
  // time zones: an offset in the value, the zone kept
  ['2024-05-16', 'Talks begin at 10 a.m. Beijing time on Thursday.', '10 a.m.', 'TIME', '2024-05-16T10:00+08:00', null, 'Asia/Shanghai'],
  ['2024-05-16', 'The quake struck at 0915 GMT on Monday.', '0915', 'TIME', '2024-05-13T09:15Z', null, 'UTC'],
  ['2024-05-16', 'It struck at 4:15 p.m. local time on Monday.', '4:15', 'TIME', '2024-05-13T16:15', null, 'local'],
  ['2024-01-16', 'Polls closed at 8 p.m. ET Tuesday.', '8 p.m.', 'TIME', '2024-01-16T20:00-05:00', null, 'America/New_York'],
  ['2024-05-16', 'It ended at 14:00 +03:00 on Friday.', '14:00', 'TIME', '2024-05-10T14:00+03:00', null, '+03:00'],
];

describe('time: TIMEX3 values, mods, types and zones (table)', () => {
  for (const [published, text, needle, type, value, mod, zone] of ROWS) {
    it(`${JSON.stringify(text)} (published ${published}) → ${type} ${value}${mod ? ` ${mod}` : ''}${zone ? ` ${zone}` : ''}`, () => {
      const at = text.indexOf(needle);
      expect(at, 'needle in text').to.be.at.least(0);
      const f = times(text, published).find((t) => t.start < at + needle.length && t.end > at);
      expect(f, `a time over "${needle}"`).to.not.equal(undefined);
      expect(f!.timex, f!.chain).to.equal(type);
      expect(f!.value, f!.chain).to.equal(value);
      expect(f!.mod ?? null, f!.chain).to.equal(mod);
      expect(f!.zone, f!.chain).to.equal(zone);
    });
  }
});

describe('time: text that must yield no TIMEX3', () => {
  for (const text of [
    'Now, the alliance faces new questions.',
    'The future of the alliance is unclear.',
    'Their future plans were not disclosed.',
    'The present government resigned.',
    'They put up the Christmas tree.',
    'Church leaders marked Good Friday prayers.',
    'Guards stand there 24 hours a day.',
    'He said so on CBS\'s "60 Minutes" about the case.',
    'They marked the 10th anniversary of the forum.',
    'The Daily Telegraph printed it first.',
    'At the time of the attack, the road was closed.',
    'Ticket prices went up.',
    'Crowds joined the March rally and the May government fell.',
    'The force grew from 1500 to 2000 soldiers.',
    'Historians still study the October Revolution.',
    'They staged a post-March rally.',
    'They met at the weekend.',
    'He was injured in the past season.',
    'He spoke of 25 or 30 people.',
    'For the people of the region, high noon has come.',
    'He read the next morning\'s papers.',
    'They ate Easter eggs all week.',
    'Soldiers killed 4 in the morning raid.',
    'They shared the midday meal.',
    'The coming storm was forecast.',
    'In the days before the vote, prices rose.',
    'Two sundays ago is a phrase in lower case.',
    'The years were hard.',
    'They said that same thing.',
  ]) {
    it(`${JSON.stringify(text)} yields no time`, () => {
      expect(times(text, '2024-05-16').map((t) => `${t.text} → ${t.value}`)).to.deep.equal([]);
    });
  }
});

describe('time: a clock time whose day is counted from an event', () => {
  const two = (a: string, b: string): Sentence[] => [
    { index: 0, paragraph: 0, start: 0, end: a.length, heading: false },
    { index: 1, paragraph: 0, start: a.length + 1, end: a.length + 1 + b.length, heading: false },
  ];
  const run = (a: string, b: string): TimeFact[] => extractTimes({ article: 'a', body: `${a} ${b}`, sentences: two(a, b), published: '1999-05-05' });

  it('takes no day from an earlier sentence ("at 6 a.m. near the home 10 days before the murder")', () => {
    const f = run('On April 8, investigators found a rifle.', 'A jogger saw the car at 6 a.m. near the home 10 days before the murder.').find((t) => t.text.includes('6 a.m.'));
    expect(f?.timex).to.equal('TIME');
    expect(f?.value, f?.chain).to.equal(null);
  });

  it('still takes the day an earlier sentence gives without such a count', () => {
    const f = run('On April 8, investigators found a rifle.', 'A jogger saw the car at 6 a.m. near the home.').find((t) => t.text.includes('6 a.m.'));
    expect(f?.value, f?.chain).to.equal('1999-04-08T06:00');
  });
});

describe('time: a lone clock time takes the day of an earlier sentence with its verb', () => {
  const sentences = (parts: string[]): Sentence[] => {
    let at = 0;
    return parts.map((p, index) => {
      const s = { index, paragraph: 0, start: at, end: at + p.length, heading: false };
      at += p.length + 1;
      return s;
    });
  };
  const run = (parts: string[]): TimeFact[] => extractTimes({ article: 'a', body: parts.join(' '), sentences: sentences(parts), published: '1999-04-19' });

  it('"shot to death last Oct. 23" ... "April 8" ... "shot to death at 10 p.m." → Oct. 23 (published 1999-04-19)', () => {
    const f = run(['He was shot to death last Oct. 23 at his home.', 'The rifle was discovered April 8.', 'He was shot to death at 10 p.m. in his kitchen.']).find((t) => t.text.includes('10 p.m.'));
    expect(f?.value, f?.chain).to.equal('1998-10-23T22:00');
    expect(f?.rule).to.equal('time/clock/event-date');
  });

  it('without the same verb, the latest day before it (April 8)', () => {
    const f = run(['He was shot to death last Oct. 23 at his home.', 'The rifle was discovered April 8.', 'A jogger saw the car at 6 a.m. near the home.']).find((t) => t.text.includes('6 a.m.'));
    expect(f?.value, f?.chain).to.equal('1999-04-08T06:00');
  });

  it('a light verb ("was") names no event', () => {
    const f = run(['He was in Buffalo last Oct. 23.', 'The rifle was discovered April 8.', 'He was at home at 10 p.m.']).find((t) => t.text.includes('10 p.m.'));
    expect(f?.value, f?.chain).to.equal('1999-04-08T22:00');
  });
});

describe('time: a number after a month-day and "and"', () => {
  it('is no date when a word follows ("April 24 and 25 people")', () => {
    const text = 'They met on April 24 and 25 people died.';
    expect(times(text, '1999-02-10').map((t) => t.text)).to.deep.equal(['on April 24']);
  });
});
