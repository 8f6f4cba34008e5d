/**
 * Relative dates: counted from the publication date ("yesterday", "last month", "earlier this
 * month", "this week", "two days ago", "75 years ago") or from the previous date of the article
 * ("the previous day", "the following week", "the same year", "five years later").
 */
import type { TimeParser } from './engine.ts';
import type { Mod, PartOfDay, Reading, ShiftUnit } from './reading.ts';
import type { Grain } from '../../calendar/days.ts';
import { NUMBER_SOURCE, parseNumber } from './words.ts';
import { PART_PREFIX } from './parts.ts';
import { alternation, lazy, phraseAlternation, wordSet, wordTable } from '../../text/words.ts';

/** "in the next week", "over the past month": a stretch of time, not a date. */
const SPAN_BEFORE = new RegExp(`(?:^|[^\\w])(?:${alternation('span-prepositions')})\\s{1,3}$`, 'i');

const DAY_WORDS: Record<string, { n: number; part?: PartOfDay }> = {
  today: { n: 0 }, tonight: { n: 0, part: 'NI' }, yesterday: { n: -1 }, tomorrow: { n: 1 },
  'this morning': { n: 0, part: 'MO' }, 'this afternoon': { n: 0, part: 'AF' }, 'this evening': { n: 0, part: 'EV' },
  'last night': { n: -1, part: 'NI' }, 'last evening': { n: -1, part: 'EV' },
  'the day before yesterday': { n: -2 }, 'the day after tomorrow': { n: 2 },
};

/** "'s youth", "'s world" after "today" (data/lexicon/words/present-generic-nouns.txt). */
const GENERIC_AFTER = lazy(() => new RegExp(`^['’]s\\s{1,3}(?:${alternation('present-generic-nouns')})\\b`, 'i'));

/** "today", "tonight", "yesterday", "tomorrow", "this morning", "last night", "the day before yesterday". */
export const relativeDayParser: TimeParser = {
  extractor: 'time/relative',
  pattern:
    /(?<![\w-])(the\s{1,3}day\s{1,3}before\s{1,3}yesterday|the\s{1,3}day\s{1,3}after\s{1,3}tomorrow|today|tonight|yesterday|tomorrow|this\s{1,3}(?:morning|afternoon|evening)|last\s{1,3}(?:night|evening))(?![\w-])/gi,
  extract(ctx, m) {
    const key = m[1].toLowerCase().replace(/\s+/g, ' ');
    const word = DAY_WORDS[key];
    if (!word) return null;
    // "USA Today", "the Today programme": a title, not a date
    const prevWord = /([A-Za-z][\w.]*)\s{1,3}$/.exec(ctx.before(m.index, 30))?.[1];
    if (/^[A-Z]/.test(m[1]) && prevWord !== undefined && /^[A-Z]/.test(prevWord)) return null;
    if (/^\s{1,3}(?:programme|program|show|newspaper)\b/i.test(ctx.after(m.index + m[0].length, 20))) return null;
    // "today's youth", "in today's world": the present in general, not the publication day
    if (key === 'today' && GENERIC_AFTER().test(ctx.after(m.index + m[0].length, 24))) {
      return { mode: 'reference', grain: 'day', stated: {}, value: 'PRESENT_REF', label: 'today (the present in general)', rule: 'reference/present' };
    }
    const reading: Reading = { mode: 'deictic', grain: 'day', stated: {}, shift: { unit: 'day', n: word.n }, label: key, rule: `relative/${key.replace(/ /g, '-')}` };
    if (word.part) reading.partOfDay = word.part;
    return reading;
  },
};

const UNIT_GRAIN: Record<string, { unit: ShiftUnit; grain: Grain }> = {
  day: { unit: 'day', grain: 'day' },
  week: { unit: 'week', grain: 'week' },
  weekend: { unit: 'week', grain: 'weekend' },
  month: { unit: 'month', grain: 'month' },
  year: { unit: 'year', grain: 'year' },
};

/**
 * "this year", "last month", "earlier this month", "next week", "last weekend" (from publication);
 * "the previous day", "the following week", "the same year", "that day", "that same day" (from the previous date);
 * "the past week", "the coming month" (durations: P1W, P1M).
 */
export const relativePeriodParser: TimeParser = {
  extractor: 'time/relative',
  pattern:
    new RegExp(
      `(?<![\\w-])(?:(earlier|later|early|late)\\s{1,3}this|(this|last|next)|the\\s{1,3}(${alternation('anaphoric-period-words')})|(that)(?:\\s{1,3}(?:same|very))?)\\s{1,3}(${alternation('relative-periods')})(?![\\w-])`,
      'gi',
    ),
  extract(ctx, m) {
    const [whole, inThis, deictic, the, that, unitWord] = m;
    const unit = unitWord.toLowerCase();
    const ug = UNIT_GRAIN[unit];
    const label = whole.toLowerCase().replace(/\s+/g, ' ');
    const after = ctx.after(m.index + whole.length, 24);
    if (inThis) {
      if (unit === 'day') return null;
      const edge = inThis.toLowerCase();
      // "early this year" is a part (parts.ts reads "early" before "this year"); "earlier this month" → this month
      if (edge === 'early' || edge === 'late') return null;
      return { mode: 'deictic', grain: ug.grain, stated: {}, shift: { unit: ug.unit, n: 0 }, label, rule: `relative/${edge}-this-${unit}` };
    }
    if (deictic) {
      if (unit === 'day') return null; // "this day", "last day": not a date
      const n = { this: 0, last: -1, next: 1 }[deictic.toLowerCase() as 'this'];
      // "last year" → published year - 1; "this week" → the ISO week of publication
      return { mode: 'deictic', grain: ug.grain, stated: {}, shift: { unit: ug.unit, n }, label, rule: `relative/${deictic.toLowerCase()}-${unit}` };
    }
    if (that) {
      // "that day", "that same year", "that very day": the period of the previous date
      return { mode: 'anaphoric', grain: ug.grain, stated: {}, shift: { unit: ug.unit, n: 0 }, label, rule: `relative/that-${unit}` };
    }
    const kind = the.toLowerCase();
    if (kind === 'past' || kind === 'coming' || kind === 'last' || (kind === 'next' && SPAN_BEFORE.test(ctx.before(m.index, 12)))) {
      // "the past weekend" is the weekend of the week before publication, a date as "last weekend"
      // is ("the coming weekend" depends on the publication weekday, which a parser does not see)
      if (unit === 'weekend' && kind === 'past') return { mode: 'deictic', grain: 'weekend', stated: {}, shift: { unit: 'week', n: -1 }, label, rule: 'relative/the-past-weekend' };
      if (unit === 'weekend') return null;
      // "over the past week" → P1W
      const value = { day: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y' }[unit as 'day'];
      return { mode: 'duration', grain: 'day', stated: {}, value, label, rule: `duration/${kind}-${unit}` };
    }
    if (unit === 'day' && kind === 'next' && /^\s{1,3}(?:or|and)\s/i.test(after)) return null; // "the next day or two"
    const n = { previous: -1, following: 1, next: 1, same: 0 }[kind as 'same'];
    // "the previous day", "the following week": from the previous date of the article
    return { mode: 'anaphoric', grain: ug.grain, stated: {}, shift: { unit: ug.unit, n }, label, rule: `relative/the-${kind}-${unit}` };
  },
};

/** The TIMEX3 code of a part of the day: "morning" → MO (data/lexicon/words/day-part-values.tsv). */
const DAY_PART_VALUES = (): ReadonlyMap<string, string> => wordTable('day-part-values');

/**
 * "the next morning", "the following evening", "the previous night", "that night": a part of the
 * day counted from the previous date of the article (the day after it, before it, or that day), as
 * "the next day" is; the value carries the part ("2000-02-22TMO").
 */
export const relativeDayPartParser: TimeParser = {
  extractor: 'time/relative',
  pattern: new RegExp(`(?<![\\w-])(?:the\\s{1,3}(next|following|previous)|(that))\\s{1,3}(${alternation('day-parts')})(?![\\w-])`, 'gi'),
  extract(ctx, m) {
    const [whole, kind, that, partWord] = m;
    const part = DAY_PART_VALUES().get(partWord.toLowerCase()) as PartOfDay | undefined;
    if (!part) return null;
    // "the next morning's papers", "that evening of talks": something the part of the day names
    if (/^(?:['’]s\b|\s{1,3}of\b)/i.test(ctx.after(m.index + whole.length, 6))) return null;
    const k = that ? 'that' : kind.toLowerCase();
    const n = k === 'previous' ? -1 : k === 'that' ? 0 : 1;
    const label = whole.toLowerCase().replace(/\s+/g, ' ');
    return { mode: 'anaphoric', grain: 'day', stated: {}, shift: { unit: 'day', n }, partOfDay: part, label, rule: `relative/${k === 'that' ? 'that' : `the-${k}`}-day-part` };
  },
};

/** "the day before,", "the week after." used as adverbs (a noun after them means another anchor). */
export const relativeBeforeAfterParser: TimeParser = {
  extractor: 'time/relative',
  pattern: /(?<![\w-])the\s{1,3}(day|week|month|year)\s{1,3}(before|after|earlier|later)(?=\s{0,3}(?:[,.;:)]|$))/gi,
  extract(_ctx, m) {
    const ug = UNIT_GRAIN[m[1].toLowerCase()];
    const n = /before|earlier/i.test(m[2]) ? -1 : 1;
    return { mode: 'anaphoric', grain: ug.grain, stated: {}, shift: { unit: ug.unit, n }, label: m[0].toLowerCase().replace(/\s+/g, ' '), rule: `relative/the-${m[1].toLowerCase()}-${m[2].toLowerCase()}` };
  },
};

/** "the year", "the month" after a part word: "the end of the year" → this year (parts.ts adds the part). */
export const relativeThePeriodParser: TimeParser = {
  extractor: 'time/relative',
  pattern: /(?<![\w-])the\s{1,3}(month|year)(?![\w-])/gi,
  extract(ctx, m) {
    if (!PART_PREFIX.test(`${ctx.before(m.index, 40)}`)) return null;
    const ug = UNIT_GRAIN[m[1].toLowerCase()];
    return { mode: 'deictic', grain: ug.grain, stated: {}, shift: { unit: ug.unit, n: 0 }, label: `the ${m[1].toLowerCase()}`, rule: `relative/the-${m[1].toLowerCase()}` };
  },
};

const APPROX = `(?:${phraseAlternation('count-approximators')})`;
/** "two days after the vote": directions that count from another event when words follow. */
const RELATIONAL = wordSet('relational-directions');
/** "two days ago", "three months earlier": directions that count back. */
const BACKWARD = wordSet('backward-directions');

/** The mod each hedge gives a length: "more than" → MORE_THAN, "about" → APPROX (data/lexicon/words/duration-hedges.tsv). */
const HEDGE_MODS = (): ReadonlyMap<string, string> => wordTable('duration-hedges');

/**
 * The mod of a point counted with a hedged length: "more than four decades ago" lies before the
 * point four decades back (BEFORE), "nearly 40 years ago" after it (AFTER), "more than two years
 * later" after it; "about two years ago" is APPROX. `sign` is -1 for a count back.
 */
function pointMod(hedge: string, sign: number): Mod {
  const length = HEDGE_MODS().get(hedge.toLowerCase().replace(/\s+/g, ' '));
  const longer = length === 'MORE_THAN' || length === 'EQUAL_OR_MORE';
  const shorter = length === 'LESS_THAN' || length === 'EQUAL_OR_LESS';
  if (!longer && !shorter) return 'APPROX';
  const inclusive = length === 'EQUAL_OR_MORE' || length === 'EQUAL_OR_LESS';
  const before = (sign < 0) === longer;
  return inclusive ? (before ? 'ON_OR_BEFORE' : 'ON_OR_AFTER') : before ? 'BEFORE' : 'AFTER';
}

/** "two days ago", "75 years ago", "a week later", "five years later", "three months earlier", "two weeks from now". */
export const relativeCountParser: TimeParser = {
  extractor: 'time/relative',
  pattern: new RegExp(
    `(?<![\\w-])(?:(${APPROX})\\s{1,3})?(${NUMBER_SOURCE})\\s{1,3}(days?|weeks?|months?|years?|decades?)\\s{1,3}(${phraseAlternation('count-directions')})(?![\\w-])`,
    'gi',
  ),
  extract(ctx, m) {
    const [whole, approx, numText, unitText, dirText] = m;
    const count = parseNumber(numText);
    if (count === null || !Number.isInteger(count) || count < 1) return null;
    const dir = dirText.toLowerCase().replace(/\s+/g, ' ');
    // "two days after the vote" counts from the vote, not from a date: only the adverb is read
    if (RELATIONAL.has(dir) && !/^\s{0,3}(?:[,.;:)]|$)/.test(ctx.after(m.index + whole.length, 4))) return null;
    let unitWord = unitText.toLowerCase().replace(/s$/, '');
    let n = count;
    if (unitWord === 'decade') [unitWord, n] = ['year', count * 10];
    const ug = UNIT_GRAIN[unitWord];
    const sign = BACKWARD.has(dir) ? -1 : 1;
    const deictic = dir === 'ago' || dir === 'from now' || dir === 'hence';
    const reading: Reading = {
      mode: deictic ? 'deictic' : 'anaphoric',
      grain: ug.grain,
      stated: {},
      shift: { unit: ug.unit, n: sign * n },
      label: whole.replace(/\s+/g, ' '),
      rule: deictic ? `relative/${dir === 'ago' ? 'ago' : 'from-now'}` : `relative/${sign < 0 ? 'earlier' : 'later'}`,
    };
    if (approx) reading.mod = pointMod(approx, sign);
    return reading;
  },
};
