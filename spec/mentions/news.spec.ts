/**
 * The mentions stage as a table: one sentence and a publication date → the news status of its
 * event mention, with the reason, and what each reader makes of it (grouping articles counts
 * more mentions as news than comparing dates does). Rows that must not be the news are as many as
 * those that must.
 */
import { expect } from 'chai';
import { extractFacts, numberFacts } from '../../lib/extract/index.ts';
import { defaultExtractors } from '../../lib/extract/registry.ts';
import { makeArticle } from '../../lib/load/article.ts';
import { mentions, newsForDates, newsForGrouping } from '../../lib/mentions/index.ts';
import { prepare } from '../../lib/pipeline.ts';
import type { Mention, NewsStatus } from '../../lib/types.ts';

/** The mentions of one article, by their trigger's words. */
function mentionsIn(text: string, published: string | null): Map<string, Mention> {
  const doc = prepare(makeArticle('a.txt', 'a.txt', 'txt', text, published ? { published } : {}));
  const found = mentions([doc], numberFacts(extractFacts(doc, defaultExtractors)));
  return new Map([...found.byFact.values()].map((m) => [m.fact.text, m]));
}

type Row = [what: string, text: string, published: string | null, trigger: string, status: NewsStatus, grouping: boolean, dates: boolean, reason: RegExp];

// Published 2024-05-16, a Thursday.
const ROWS: Row[] = [
  ['a day within the week of publication', 'The minister arrived in Lyon on Tuesday.', '2024-05-16', 'arrived', 'current', true, true, /'on Tuesday' is a day within 7 days of publication/],
  ['a day to come within that week', 'The minister will arrive in Lyon on Friday.', '2024-05-16', 'arrive', 'current', true, true, /within 7 days/],
  ['a weekday with no date to count from', 'The minister arrived in Lyon on Tuesday.', null, 'arrived', 'weekday', true, true, /weekday no date resolves/],
  ['a week meeting the window: news for grouping, no date to compare', 'The minister arrived in Lyon this week.', '2024-05-16', 'arrived', 'near', true, false, /no single day/],
  ['no time at all: news for grouping only', 'The minister arrived in Lyon.', '2024-05-16', 'arrived', 'undated', true, false, /no time is linked/],
  [
    'a day counted from an inferred publication date: a guess',
    'The company reported the figures in a filing dated May 2, 2019. The minister arrived in Lyon on Tuesday.',
    null, 'arrived', 'doubtful', true, false, /inferred from the text/,
  ],
  // Not the news, for either reader.
  ['"last visited": an earlier occasion by its words', 'The minister last visited Lyon in 2019.', '2024-05-16', 'visited', 'earlier', false, false, /earlier occasion/],
  [
    'a mention sharing the time of an earlier occasion',
    'The minister last visited Lyon from October 17-18, 2023, one of her first trips abroad that year.',
    '2024-05-16', 'trips', 'retold', false, false, /earlier occasion the article tells/,
  ],
  ['a date years before publication', 'The minister arrived in Lyon on May 2, 2019.', '2024-05-16', 'arrived', 'other-occasion', false, false, /outside the 7 days/],
  ['a month before publication', 'The minister arrived in Lyon last month.', '2024-05-16', 'arrived', 'other-occasion', false, false, /outside the 7 days/],
  ['a month named without a day and no year to count', 'The two leaders met in March.', null, 'met', 'month-only', false, false, /month/],
];

describe('mentions: the news status of an event mention, decided once', () => {
  for (const [what, text, published, trigger, status, grouping, dates, reason] of ROWS) {
    it(`${what}: ${status}`, () => {
      const m = mentionsIn(text, published).get(trigger);
      expect(m, `a mention '${trigger}' in ${JSON.stringify(text)}`).to.not.equal(undefined);
      expect(m!.news.status).to.equal(status);
      expect(m!.news.reason).to.match(reason);
      expect(newsForGrouping(m!.news), 'news for grouping articles').to.equal(grouping);
      expect(newsForDates(m!.news), 'news for comparing dates').to.equal(dates);
    });
  }

  it('keeps what the time says apart from what the words say ("last visited ... in 2019")', () => {
    const m = mentionsIn('The minister last visited Lyon in 2019.', '2024-05-16').get('visited')!;
    expect([m.news.status, m.news.dated]).to.deep.equal(['earlier', 'other-occasion']);
  });

  it('makes no mention of a text without events', () => {
    expect(mentionsIn('Prices were higher on Tuesday than in March.', '2024-05-16').size).to.equal(0);
  });
});
