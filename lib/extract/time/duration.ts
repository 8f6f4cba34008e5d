/**
 * Durations: "a two-day visit" → P2D, "a six-year term" → P6Y, "for over four hours" → PT4H,
 * "2-1/2 hours" → PT2H30M, "the past two years" → P2Y, "its 600th day" → P600D (an ordinal day,
 * kept as a duration). Spans carry their hedges ("over four hours"), told as a TIMEX3 mod.
 */
import type { TimeParser } from './engine.ts';
import type { Mod, Reading } from './reading.ts';
import { isAnniversarySpan } from './anniversary.ts';
import { isoDuration, NUMBER_SOURCE, parseNumber, UNIT_SOURCE, unitOf } from './words.ts';
import { alternation, alternationOf, lazy, phraseAlternation, phraseAlternationOf, wordTable } from '../../text/words.ts';

/** "for one day", "took one day": a length, not the idiom. */
const ONE_DAY_GOVERNOR = new RegExp(`(?:${alternation('one-day-governors')})\\s{1,3}$`, 'i');
/** "a few days ago": a point, not a length. */
const POINT_AFTER = new RegExp(`^\\s{1,3}(?:${alternation('point-after-words')})\\b`, 'i');

/** Hedges with the mod each tells: "over four hours" → MORE_THAN, "nearly two years" → LESS_THAN. */
const HEDGES = (): ReadonlyMap<string, string> => wordTable('duration-hedges');

const HEDGE_SOURCE = `(?:${phraseAlternationOf(HEDGES().keys())}|the\\s{1,3}(?:${alternation('duration-the-words')}))`;

/** "two-day", "six-year", "24-hour", "10-year-old", "2-1/2-hour". */
export const adjectivalDurationParser: TimeParser = {
  extractor: 'time/duration',
  pattern: new RegExp(`(?<![\\w-])(?:(${NUMBER_SOURCE})-)?(second|minute|hour|day|week|month|year|decade|century)(?:-(long|old))?(?![\\w-])`, 'gi'),
  extract(_ctx, m) {
    // "a day-long meeting", "a year-long inquiry": one of the unit
    if (m[1] === undefined) {
      const one = m[3]?.toLowerCase() === 'long' ? unitOf(m[2]) : null;
      return one === null ? null : { mode: 'duration', grain: 'day', stated: {}, value: isoDuration(1, one), label: m[0].replace(/\s+/g, ' '), rule: 'duration/unit-long' };
    }
    if (/^an?$/i.test(m[1])) return null;
    const n = parseNumber(m[1]);
    const unit = unitOf(m[2]);
    if (n === null || unit === null || n <= 0) return null;
    // "a 36-year-old man": an age, which is a quantity (the quantity extractor reads it), not a time
    if (m[3]?.toLowerCase() === 'old') return null;
    // "a two-day visit" → P2D
    return { mode: 'duration', grain: 'day', stated: {}, value: isoDuration(n, unit), label: m[0].replace(/\s+/g, ' '), rule: 'duration/adjectival' };
  },
};

/** "four hours", "over four hours", "the past two years", "two and a half hours", "a decade". */
export const durationParser: TimeParser = {
  extractor: 'time/duration',
  pattern: new RegExp(`(?<![\\w-])(?:(${HEDGE_SOURCE})\\s{1,3})?(${NUMBER_SOURCE})\\s{1,3}(?:more\\s{1,3})?(${UNIT_SOURCE})(?![\\w-])`, 'gi'),
  extract(ctx, m) {
    const [whole, hedge, numText, unitText] = m;
    const n = parseNumber(numText);
    const unit = unitOf(unitText);
    if (n === null || unit === null || n <= 0) return null;
    const article = /^an?$/i.test(numText);
    // "a second term", "a second time": "second" is an ordinal there
    if (article && unit === 'second') return null;
    const before = ctx.before(m.index, 24);
    const after = ctx.after(m.index + whole.length, 16);
    // "$1m a year", "twice a week": a rate, not a duration
    if (article && !hedge && /(?:\d[\d.,]*\s?\w{0,8}|\bper|\bonce|\btwice|\btimes)\s{1,3}$/i.test(before)) return null;
    // "One day, he will return": the idiom, not a day's length ("for one day", "took one day" are)
    if (/^one$/i.test(numText) && unit === 'day' && !hedge && !ONE_DAY_GOVERNOR.test(before)) return null;
    // "75 years since": an anniversary (anniversary.ts, which reads years only: "one month since
    // then" stays a duration)
    if (unit === 'year' && isAnniversarySpan(before, after)) return null;
    // "about 30 years old", "two months old": an age, a quantity
    if (/^\s{1,3}old\b/i.test(after)) return null;
    // "24 hours a day", "seven days a week": a rate of presence, not a length
    if (/^\s{1,3}(?:a|an|per)\s{1,3}(?:day|week|month|year)\b/i.test(after)) return null;
    // "CBS's '60 Minutes'": a capitalised unit inside a sentence is a name
    if (/^[A-Z][a-z]/.test(unitText) && ctx.before(m.index, 2).trim() !== '') return null;
    const reading: Reading = { mode: 'duration', grain: 'day', stated: {}, value: isoDuration(n, unit), label: whole.replace(/\s+/g, ' '), rule: 'duration/count' };
    if (hedge) {
      const h = hedge.toLowerCase().replace(/\s+/g, ' ');
      if (h.startsWith('the ')) reading.rule = `duration/${h.slice(4)}`;
      else reading.mod = HEDGES().get(h) as Mod;
    }
    return reading;
  },
};

/** The TIMEX3 value of each unit of a vague duration: "a few minutes" → PTXM. */
const VAGUE_VALUE = (): ReadonlyMap<string, string> => wordTable('vague-durations');

/** The units of a vague duration as the text writes them, plural: "seconds|minutes|...|years". */
const VAGUE_UNITS = lazy(() => alternationOf([...VAGUE_VALUE().keys()].map((u) => `${u}s`)));

/**
 * Lengths of time without a number: "a few minutes" → PTXM, "several days" → PXD, "a couple of
 * hours", and bare "hours"/"minutes" counted from an event ("hours after the meeting", "minutes
 * later"). Bare "days", "weeks", "years" are left alone: "in recent years", "for years" are vague.
 */
export const vagueDurationParser: TimeParser = {
  extractor: 'time/duration',
  pattern: new RegExp(`(?<![\\w-])(?:(?:a\\s{1,3}few|several|a\\s{1,3}couple\\s{1,3}of|a\\s{1,3}number\\s{1,3}of)\\s{1,3}(${VAGUE_UNITS()})|(minutes|hours)(?=\\s{1,3}(?:after|before|later|earlier)\\b))(?![\\w-])`, 'gi'),
  extract(ctx, m) {
    const unit = (m[1] ?? m[2]).toLowerCase().replace(/s$/, '');
    // "a few days ago", "several years later": a point, not a length (relative.ts reads the counted form)
    if (m[1] && POINT_AFTER.test(ctx.after(m.index + m[0].length, 12))) return null;
    // "his first few days": an ordinal position
    if (/\b(?:first|last|next|past)\s{1,3}$/i.test(ctx.before(m.index, 8)) && !m[1]) return null;
    return { mode: 'duration', grain: 'day', stated: {}, value: VAGUE_VALUE().get(unit) as string, label: m[0].replace(/\s+/g, ' '), rule: 'duration/vague' };
  },
};

/**
 * "its 600th day", "the 100th day of the war": a day counted from the first day of an occasion
 * (TIMEX3 reads it as a DATE, not a length); the time layer does not know that first day, so the
 * value stays unresolved and the chain says what would fix it.
 */
export const ordinalDayParser: TimeParser = {
  extractor: 'time/duration',
  pattern: new RegExp(`(?<=(?:^|[^\\w])(?:${alternation('ordinal-day-determiners')})\\s{1,3})(\\d{1,5})(?:st|nd|rd|th)\\s{1,3}(day|week|month|year)(?![\\w-])`, 'gi'),
  extract(_ctx, m) {
    const n = Number(m[1]);
    const unit = unitOf(m[2]);
    if (!n || unit === null) return null;
    // a 'reference' reading without a value: a DATE left unresolved
    return { mode: 'reference', grain: 'day', stated: {}, label: `${m[0].replace(/\s+/g, ' ')} (counted from a first day the text does not give)`, rule: `ordinal-${unit}` };
  },
};

/** The TIMEX3 value of one of a period named without a number: "the past decade" → P10Y. */
const ONE_OF: Record<string, string> = { decade: 'P10Y', century: 'P100Y' };

/**
 * Lengths of time named by a bare plural or by "recent" or "coming": "for years" → PXY, "For weeks
 * the government has held such rallies" → PXW, "in recent days" → PXD, "in the coming years" → PXY,
 * "over the past few months" → PXM, "the past decade" → P10Y, "a decades-long battle" → PXDE, "a
 * years-old slump" → PXY (how long a thing has lasted; a person's age has a number: "a 36-year-old"),
 * "in the years that followed", "the months since" → PXY, PXM (data/lexicon/words/period-followers.txt). The span is the length itself ("years", "recent days", "the past
 * few months"); "for" stays outside, as with counted durations.
 */
export const pluralDurationParser: TimeParser = {
  extractor: 'time/duration',
  pattern: new RegExp(
    `(?:(?<=(?:^|[^\\w-])for\\s{1,3})(days|weeks|months|years|decades|hours|minutes)|(?<![\\w-])(?:recent|coming)\\s{1,3}(days|weeks|months|years|decades)|(?<![\\w-])the\\s{1,3}(?:past|last)\\s{1,3}(?:(few|several|couple\\s{1,3}of)\\s{1,3}(days|weeks|months|years|decades|hours)|(decade|century))|(?<![\\w-])(days|weeks|months|years|decades)-(?:long|old)|(?<=(?:^|[^\\w-])the\\s{1,3})(days|weeks|months|years|decades)(?=\\s{1,3}(?:${phraseAlternation('period-followers')})\\b))(?![\\w-])`,
    'gi',
  ),
  extract(ctx, m) {
    const after = ctx.after(m.index + m[0].length, 16);
    // "for years to come" is still a length; "for days of talks" counts something else
    if (/^\s{1,3}of\b/i.test(after)) return null;
    // "the past decade" is one decade; the plural forms are vague lengths of their unit
    if (m[5]) return { mode: 'duration', grain: 'day', stated: {}, value: ONE_OF[m[5].toLowerCase()], label: m[0].replace(/\s+/g, ' '), rule: 'duration/the-past-period' };
    const plural = (m[1] ?? m[2] ?? m[4] ?? m[6] ?? m[7]).toLowerCase();
    const unit = plural.replace(/s$/, '');
    // "decades-long" → PXDE as "for decades" (TIMEX3's unit DE; the AQUAINT gold writes one PXY);
    // "a years-old slump" → PXY (the AQUAINT gold writes P1Y)
    const value = unit === 'decade' ? 'PXDE' : VAGUE_VALUE().get(unit);
    if (!value) return null;
    const rule = m[1] ? 'duration/for-plural' : m[2] ? `duration/${/^coming/i.test(m[0]) ? 'coming' : 'recent'}` : m[6] ? 'duration/plural-long' : m[7] ? 'duration/the-plural-since' : 'duration/the-past-few';
    return { mode: 'duration', grain: 'day', stated: {}, value, label: m[0].replace(/\s+/g, ' '), rule };
  },
};

/**
 * "over the weekend", "for the weekend" → DURATION P2D: "the weekend" after a preposition of
 * length (data/lexicon/words/length-prepositions.txt) is the stretch of the weekend, as "over the
 * past week" is P1W. TIMEX3 annotates the length when the text gives one ("The first batch of
 * evidence arrived over the weekend": P2D in two of the three AQUAINT cases; the third writes
 * the Saturday as a DATE). Elsewhere ("the weekend protests", "at the weekend") "the weekend"
 * is left alone: which weekend it is would need the tense, as a weekday does.
 */
export const weekendLengthParser: TimeParser = {
  extractor: 'time/duration',
  pattern: new RegExp(`(?<=(?:^|[^\\w-])(?:${alternation('length-prepositions')})\\s{1,3})the\\s{1,3}weekend(?![\\w-])`, 'gi'),
  extract(ctx, m) {
    // "over the weekend's protests", "during the weekend of June 3": another weekend than its own length
    if (/^(?:['’]s\b|\s{1,3}of\b)/i.test(ctx.after(m.index + m[0].length, 6))) return null;
    return { mode: 'duration', grain: 'day', stated: {}, value: 'P2D', label: m[0].replace(/\s+/g, ' '), rule: 'duration/the-weekend' };
  },
};
