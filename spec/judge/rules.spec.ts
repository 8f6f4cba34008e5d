/**
 * Every judge rule and every softening as a table: rows of claims → the verdict and the rule that
 * decided (and the softening that applied), including rows that must yield nothing or an agreement.
 */
import { expect } from 'chai';
import { SOFTENINGS } from '../../lib/judge/softenings.ts';
import { RULES } from '../../lib/judge/rules/index.ts';
import { weekdayMismatchRule } from '../../lib/judge/rules/weekday-mismatch.ts';
import type { Document, TimeFact } from '../../lib/types.ts';
import { judgeRows, mainEvents, type Row, type Verdicts } from './table.ts';

type Table = Array<[string, Row[], Verdicts[]]>;

/** Runs a table: each case's rows judged, the drafts compared with the expected ones. */
function table(cases: Table, info?: Parameters<typeof judgeRows>[1]): void {
  for (const [name, rows, expected] of cases) {
    it(name, () => expect(judgeRows(rows, info)).to.deep.equal(expected));
  }
}

const conflict = (rule: Verdicts['rule']): Verdicts => ({ verdict: 'conflict', rule });
const softened = (softening: Verdicts['softening']): Verdicts => ({ verdict: 'unresolved', rule: 'one-event', softening });

describe('judge rules: the registry', () => {
  it('lists every rule once, each with an id and a description', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).to.deep.equal(['same-statement', 'one-event', 'one-event-agreement', 'slot-scattered', 'update', 'dispute', 'slot-scoped', 'slot-conflict', 'slot-agreement', 'slot-uncorroborated', 'name-spelling', 'two-events', 'two-events-weekday', 'two-events-undated', 'weekday-mismatch']);
    for (const r of RULES) expect(r.describe).to.match(/^[A-Z].{20,}\.$/);
  });
  it('lists the softenings in priority order', () => {
    expect(SOFTENINGS.map((s) => s.id)).to.deep.equal(['uncertain-value', 'quote-wording', 'weak-alignment', 'spread-event', 'hedged', 'ongoing', 'other-week', 'zone-day', 'other-words']);
  });
});

describe('judge rule same-statement', () => {
  // Copies of one sentence, no event ties them: only the same statement can decide.
  const copy = (article: string, value: string, extra: Partial<Row> = {}): Row => ({
    article, value, attribute: 'number', event: null, sides: ['police said', 'people were hurt'], context: 'police said _ people were hurt', ...extra,
  });
  table([
    ['"police said 40 people were hurt" against "... 52 ...": conflict', [copy('a', '40'), copy('b', '52')], [conflict('same-statement')]],
    ['the same value in both copies: nothing', [copy('a', '40'), copy('b', '40')], []],
    ['"more than 40" and "more than 52" overlap as ranges, but one statement cannot say both', [copy('a', '40', { qualifier: 'more than', text: 'more than 40' }), copy('b', '52', { qualifier: 'more than', text: 'more than 52' })], [conflict('same-statement')]],
    ['other words around the values: not one statement', [copy('a', '40'), copy('b', '52', { sides: ['the mayor counted', 'cars on fire'], context: 'the mayor counted _ cars on fire' })], []],
    ['the values far apart in their sentences: not copies', [copy('a', '40'), copy('b', '52', { at: 40 })], []],
    ['two values of one article: nothing', [copy('a', '40'), copy('a', '52', { start: 30, end: 32 })], []],
    ['one distance converted by a copy editor ("about 15 miles", "about 24km"): nothing', [copy('a', '15', { unit: 'mi', qualifier: 'about' }), copy('b', '24', { unit: 'km', qualifier: 'about' })], []],
    ['a distance changed in a copy ("15 miles", "40 km"): conflict', [copy('a', '15', { unit: 'mi' }), copy('b', '40', { unit: 'km' })], [conflict('same-statement')]],
    ['one name punctuated two ways ("Robert J Pickell", "Robert J. Pickell"): nothing', [
      copy('a', 'Robert J Pickell', { attribute: 'name', type: 'name', block: 'name' }), copy('b', 'Robert J. Pickell', { attribute: 'name', type: 'name', block: 'name' }),
    ], []],
    ['dates of one sentence: "arrived in the capital on _"', [
      { article: 'a', value: '2024-05-16', event: null, sides: ['arrived in the capital on', 'for talks'], context: 'arrived in the capital on _ for talks' },
      { article: 'b', value: '2024-05-14', event: null, sides: ['arrived in the capital on', 'for talks'], context: 'arrived in the capital on _ for talks' },
    ], [conflict('same-statement')]],
  ]);
});

describe('judge rule one-event', () => {
  table([
    ['two articles, one event, two days: conflict', [{ article: 'a', value: '2024-05-16' }, { article: 'b', value: '2024-05-14' }], [conflict('one-event')]],
    ['three articles, one against two: one conflict', [{ article: 'a', value: '2024-05-16' }, { article: 'b', value: '2024-05-16' }, { article: 'c', value: '2024-05-14' }], [conflict('one-event')]],
    ['numbers of one count in like sentences: conflict', [
      { article: 'a', value: '7', attribute: 'number', sides: ['police seized', 'rifles from the house'] },
      { article: 'b', value: '9', attribute: 'number', sides: ['police seized', 'rifles from the house'] },
    ], [conflict('one-event')]],
    ['two events: no one-event finding between them', [{ article: 'a', value: '2024-05-16', event: 'E1', current: false }, { article: 'b', value: '2024-05-14', event: 'E2', current: false }], []],
    ['one article: nothing', [{ article: 'a', value: '2024-05-16' }, { article: 'a', value: '2024-05-14' }], []],
    ['claims no event holds: nothing', [{ article: 'a', value: '2024-05-16', event: null, sides: ['x', 'y'] }, { article: 'b', value: '2024-05-14', event: null, sides: ['p', 'q'] }], []],
    ['other event types clash not: a visit spans days, an arrival is one of them', [{ article: 'a', value: '2024-05-16', type: 'visit', block: 'date|travel' }, { article: 'b', value: '2024-05-14', type: 'arrive', block: 'date|travel' }], []],
  ]);
});

describe('judge rule one-event-agreement', () => {
  table([
    ['the same day in two articles', [{ article: 'a', value: '2024-05-16' }, { article: 'b', value: '2024-05-16' }], [{ verdict: 'agreement', rule: 'one-event-agreement' }]],
    ['"in May" and "May 16": a coarser and a finer value', [{ article: 'a', value: '2024-05' }, { article: 'b', value: '2024-05-16' }], [{ verdict: 'agreement', rule: 'one-event-agreement' }]],
    ['"more than 40" and 42', [
      { article: 'a', value: '40', attribute: 'number', qualifier: 'more than' }, { article: 'b', value: '42', attribute: 'number' },
    ], [{ verdict: 'agreement', rule: 'one-event-agreement' }]],
    ['a weekday and its day', [{ article: 'a', value: 'Thursday' }, { article: 'b', value: '2024-05-16' }], [{ verdict: 'agreement', rule: 'one-event-agreement' }]],
    ['one source alone: nothing', [{ article: 'a', value: '2024-05-16' }], []],
  ]);
});

describe('judge softenings of a one-event clash', () => {
  table([
    ['other-words: a rank added to a role ("assistant district attorney", "district attorney") clashes, for an editor', [
      { article: 'a', value: 'assistant district attorney', attribute: 'role', type: 'role', block: 'role|rossi' },
      { article: 'b', value: 'district attorney', attribute: 'role', type: 'role', block: 'role|rossi' },
    ], [softened('other-words')]],
    ['negative: a role with a modifier more is the same role ("minister", "defense minister")', [
      { article: 'a', value: 'defense minister', attribute: 'role', type: 'role', block: 'role|rossi' },
      { article: 'b', value: 'minister', attribute: 'role', type: 'role', block: 'role|rossi' },
    ], [{ verdict: 'agreement', rule: 'one-event-agreement' }]],
    ['other-words: roles in other words ("state judge", "federal judge") are for an editor', [
      { article: 'a', value: 'state judge', attribute: 'role', type: 'role', block: 'role|rossi' },
      { article: 'b', value: 'federal judge', attribute: 'role', type: 'role', block: 'role|rossi' },
    ], [softened('other-words')]],
    ['uncertain-value: one value is not resolved or trusted', [{ article: 'a', value: '2024-05-16' }, { article: 'b', value: '2024-05-14', certain: false }], [softened('uncertain-value')]],
    ['uncertain-value comes first: also hedged', [{ article: 'a', value: '2024-05-16', status: 'hedged' }, { article: 'b', value: '2024-05-14', certain: false }], [softened('uncertain-value')]],
    ['quote-wording: quotations alike in few words', [
      { article: 'a', value: 'we will never give up the fight', attribute: 'quote', type: 'quote' },
      { article: 'b', value: 'we will never give up this struggle', attribute: 'quote', type: 'quote' },
    ], [softened('quote-wording')]],
    ['quote-wording: one changed word in a long quotation of two articles is for an editor', [
      { article: 'a', value: 'we will never give up the fight for our city and our homes', attribute: 'quote', type: 'quote' },
      { article: 'b', value: 'we will never give up the fight for our town and our homes', attribute: 'quote', type: 'quote' },
    ], [softened('quote-wording')]],
    ['negative: "11th hour" and "eleventh-hour" are one wording', [
      { article: 'a', value: 'by rolling back this 11th hour regulation we protect species', attribute: 'quote', type: 'quote' },
      { article: 'b', value: 'by rolling back this eleventh-hour regulation we protect species', attribute: 'quote', type: 'quote' },
    ], [{ verdict: 'agreement', rule: 'one-event-agreement' }]],
    ['weak-alignment: the same counted noun in unlike sentences', [
      { article: 'a', value: '7', attribute: 'number', sides: ['police seized', 'rifles from the house'] },
      { article: 'b', value: '9', attribute: 'number', sides: ['the gang had bought', 'rifles abroad last year'] },
    ], [softened('weak-alignment')]],
    ['hedged: "tried to storm it on Wednesday" against "stormed it on Tuesday"', [{ article: 'a', value: '2024-05-15', status: 'hedged' }, { article: 'b', value: '2024-05-14' }], [softened('hedged')]],
    ['ongoing: two days of a riot three days apart', [{ article: 'a', value: '2024-05-16', type: 'riot', block: 'date|riot' }, { article: 'b', value: '2024-05-13', type: 'riot', block: 'date|riot' }], [softened('ongoing')]],
    ['not ongoing beyond a week: conflict', [{ article: 'a', value: '2024-05-16', type: 'riot', block: 'date|riot' }, { article: 'b', value: '2024-05-06', type: 'riot', block: 'date|riot' }], [conflict('one-event')]],
    ['other-week: "on Saturday" counted from ten days later names the weekday of the other date', [
      { article: 'a', value: 'Saturday', published: '2024-06-18', certain: true }, { article: 'b', value: '2024-06-08' },
    ], [softened('other-week')]],
    ['zone-day: one day apart, each counted from its own publication date', [
      { article: 'a', value: '2024-05-16', fromPublished: '2024-05-16' }, { article: 'b', value: '2024-05-15', fromPublished: '2024-05-15' },
    ], [softened('zone-day')]],
    ['zone-day: a day counted from a publication date against a stated day one apart', [
      { article: 'a', value: '2024-05-16', fromPublished: '2024-05-16' }, { article: 'b', value: '2024-05-15' },
    ], [softened('zone-day')]],
    ['negative: one day apart, both counted from the same publication date: conflict', [
      { article: 'a', value: '2024-05-16', fromPublished: '2024-05-16' }, { article: 'b', value: '2024-05-15', fromPublished: '2024-05-16' },
    ], [conflict('one-event')]],
    ['negative: two days apart across publication dates: conflict', [
      { article: 'a', value: '2024-05-16', fromPublished: '2024-05-16' }, { article: 'b', value: '2024-05-14', fromPublished: '2024-05-15' },
    ], [conflict('one-event')]],
    ['negative: two stated days one apart: conflict', [{ article: 'a', value: '2024-05-16' }, { article: 'b', value: '2024-05-15' }], [conflict('one-event')]],
    ['other-words: two roles in other words', [
      { article: 'a', value: 'defence minister', attribute: 'role', type: 'role' }, { article: 'b', value: 'finance minister', attribute: 'role', type: 'role' },
    ], [softened('other-words')]],
    ['other-words: two places', [{ article: 'a', value: 'Lyon', attribute: 'place' }, { article: 'b', value: 'Marseille', attribute: 'place' }], [softened('other-words')]],
  ]);
  describe('spread-event: the event\'s own dates lie weeks apart', () => {
    table([['two days of an event spread over a month', [{ article: 'a', value: '2024-05-16' }, { article: 'b', value: '2024-05-14' }], [softened('spread-event')]]], mainEvents({ E1: { articles: ['a', 'b'], days: ['2024-05-01', '2024-05-30'] } }));
    table([['an event of two days: conflict', [{ article: 'a', value: '2024-05-16' }, { article: 'b', value: '2024-05-14' }], [conflict('one-event')]]], mainEvents({ E1: { articles: ['a', 'b'], days: ['2024-05-14', '2024-05-16'] } }));
  });
});

describe('judge rules between two events', () => {
  const two = mainEvents({ E1: { articles: ['a'] }, E2: { articles: ['b', 'c'] } });
  table([
    ['two-events: trusted dates set the events apart', [{ article: 'a', value: '2023-10-17', event: 'E1' }, { article: 'b', value: '2024-05-16', event: 'E2' }], [{ verdict: 'different-events', rule: 'two-events' }]],
    ['two-events-weekday: each side agrees on its weekday (and E2\'s two articles agree)', [
      { article: 'a', value: 'Tuesday', event: 'E1' }, { article: 'b', value: 'Thursday', event: 'E2' }, { article: 'c', value: 'Thursday', event: 'E2' },
    ], [{ verdict: 'agreement', rule: 'one-event-agreement' }, { verdict: 'different-events', rule: 'two-events-weekday' }]],
    ['two-events-undated: values that clash, no trusted date, no weekdays', [
      { article: 'a', value: '2023-10-17', event: 'E1', certain: false }, { article: 'b', value: '2024-05-16', event: 'E2' },
    ], [{ verdict: 'unresolved', rule: 'two-events-undated' }]],
    ['one side gives two weekdays: undated (and, within that event, a clash of unresolved weekdays)', [
      { article: 'a', value: 'Tuesday', event: 'E1' }, { article: 'b', value: 'Thursday', event: 'E2' }, { article: 'c', value: 'Friday', event: 'E2' },
    ], [softened('uncertain-value'), { verdict: 'unresolved', rule: 'two-events-undated' }]],
    ['compatible values: nothing', [{ article: 'a', value: '2024-05', event: 'E1' }, { article: 'b', value: '2024-05-16', event: 'E2' }], []],
    ['not the current news: nothing', [{ article: 'a', value: '2023-10-17', event: 'E1', current: false }, { article: 'b', value: '2024-05-16', event: 'E2', current: false }], []],
    ['planned, not happened: nothing', [{ article: 'a', value: '2023-10-17', event: 'E1', status: 'scheduled' }, { article: 'b', value: '2024-05-16', event: 'E2' }], []],
    ['no shared person: nothing', [{ article: 'a', value: '2023-10-17', event: 'E1', who: ['Person A'] }, { article: 'b', value: '2024-05-16', event: 'E2', who: ['Person B'] }], []],
  ], two);
});

describe('judge rule weekday-mismatch', () => {
  // "Tuesday, May 16, 2024": the weekday as stated, the day as resolved; no extraction.
  const judgeDates = (rows: Array<[string, number, string, boolean]>, publishedFrom = 'inferred'): Verdicts[] => {
    const facts = rows.map(([text, weekday, value, yearStated], i) => {
      const [y, m, d] = value.split('-').map(Number);
      return {
        kind: 'time', id: `F${i + 1}`, article: 'a', start: 0, end: text.length, text, sentence: 0, extractor: 'table', event: null,
        value, timex: 'DATE', stated: { weekday, month: m, day: d, ...(yearStated ? { year: y } : {}) }, implied: {}, anchor: null, rule: 'table', chain: text,
      } as TimeFact;
    });
    const docs = [{ article: { id: 'a', publishedFrom }, sentences: [] } as unknown as Document];
    return weekdayMismatchRule.judge({ docs, facts }).map((d) => ({ verdict: d.verdict, rule: d.rule }));
  };
  const cases: Array<[string, Array<[string, number, string, boolean]>, Verdicts[]]> = [
    ['"Tuesday, May 16, 2024" (a Thursday): conflict', [['Tuesday, May 16, 2024', 2, '2024-05-16', true]], [conflict('weekday-mismatch')]],
    ['"Thursday, May 16, 2024": nothing', [['Thursday, May 16, 2024', 4, '2024-05-16', true]], []],
    ['"Tuesday, May 16" with the year implied: unresolved', [['Tuesday, May 16', 2, '2024-05-16', false]], [{ verdict: 'unresolved', rule: 'weekday-mismatch' }]],
  ];
  for (const [name, rows, expected] of cases) it(name, () => expect(judgeDates(rows)).to.deep.equal(expected));
  it('"Tuesday, May 16" with the year from a publication date the metadata gives: conflict', () => {
    expect(judgeDates([['Tuesday, May 16', 2, '2024-05-16', false]], 'metadata')).to.deep.equal([conflict('weekday-mismatch')]);
  });
  it('"Tuesday, May 16" with the year from a dateline: conflict', () => {
    expect(judgeDates([['Tuesday, May 16', 2, '2024-05-16', false]], 'text')).to.deep.equal([conflict('weekday-mismatch')]);
  });
});
