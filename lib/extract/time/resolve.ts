/**
 * Anchoring: turns a {@link Reading} into a TIMEX3 value against the publication date, the clause's
 * tense, or an earlier date of the article, and writes the date chain that says how.
 *
 * Conventions:
 * - A bare weekday, month or month-day takes the occurrence the tense points to: past → the latest
 *   one starting on or before the anchor; future → the earliest one ending on or after it (the
 *   anchor's own day or month counts both ways); present or no cue → the one containing the
 *   anchor, else the nearest (ties go to the past). "last"/"next" pick strictly before/after.
 * - A part of a period is a range one grain finer: "the second half of May" → 2024-05-16..2024-05-31,
 *   "late last year" → 2023-09..2023-12, "the first week of June" → 2024-06-01..2024-06-07.
 * - A part of the day ("Thursday evening", "early on Thursday") keeps the date as the value; the
 *   part is told in the chain. Only a clock time makes a TIME value (2024-05-16T18:00).
 */
import type { DateParts, TimeAnchor, TimexType } from '../../types.ts';
import {
  addMonths,
  civilFromDays,
  dayPeriod,
  daysFromCivil,
  daysInMonth,
  formatPeriod,
  isoDate,
  isoWeek,
  isoWeekday,
  isValidDate,
  periodBounds,
  type Period,
} from '../../calendar/days.ts';
import { zoneName, zoneOffset } from './clock.ts';
import { holidayDay } from './holiday.ts';
import type { Mod, Part, PartOfDay, Reading } from './reading.ts';
import type { Tense } from './tense.ts';

/** Something a value can be counted from: the publication date or an earlier fact. */
export interface Anchor {
  /** The anchor period. */
  period: Period;
  /** The fact's `anchor`: the publication date or another time fact; null for the other end of a range. */
  ref: TimeAnchor | null;
  /** As the chain says it: `published 2024-05-16` or `'in 2013' (2013)`. */
  label: string;
  /** The zone word of an anchor that is a clock time ("02: 24 GMT"). */
  zone?: string;
  /**
   * The anchor is only the earliest it can be: a publication date inferred from the text, or a
   * value counted from one. Every relative reading moves forward with its anchor, so a value
   * counted from it is the earliest too, and the chain says so.
   */
  earliest?: boolean;
}

/** What a reading is resolved against. */
export interface ResolveEnv {
  /** The publication date (a day period), or null when unknown. */
  published: Anchor | null;
  /** The tense of the clause (used by cyclic readings). */
  tense: Tense;
  /** The latest resolved date before the expression (used by anaphoric readings). */
  prior: Anchor | null;
  /** The first explicit year after the expression in its sentence (used by anniversaries). */
  yearAfter: Anchor | null;
  /**
   * For a clock time: `article` when {@link prior} is the latest day of an earlier sentence, not of
   * its own; `event` when it is the day of an earlier sentence with the clock time's verb.
   */
  clockFrom?: 'sentence' | 'article' | 'event';
  /**
   * For a bare weekday in the past tense that falls the day after publication: another mention of
   * the same weekday in the article that names that next day ("'Tuesday morning' (1998-08-18)").
   */
  nextDaySeen?: string;
}

/** A resolved reading: the TimeFact fields that depend on resolution. */
export interface Resolved {
  value: string | null;
  endValue?: string;
  timex: TimexType;
  stated: DateParts;
  implied: DateParts;
  anchor: TimeAnchor | null;
  rule: string;
  chain: string;
  /** The resolved period (its start for ranges), for later anaphora; null for durations. */
  period: Period | null;
  /** True when the value was counted from an anchor that is only the earliest it can be. */
  earliest: boolean;
  /** The TIMEX3 mod of the reading, when it has one and a value. */
  mod?: Mod;
  /** The zone the text gives with a clock time (see `TimeFact.zone`). */
  zone?: string;
}

// not a word list: TIMEX3's part-of-day codes and the labels of the date chain
const PART_OF_DAY: Record<PartOfDay, string> = { MO: 'morning', MI: 'midday', AF: 'afternoon', EV: 'evening', NI: 'night' };

/** Outcome of placing one reading on the calendar. */
interface Placed {
  period: Period | null;
  anchor: Anchor | null;
  /** Rule suffix: `past-tense`, `future-tense`, `nearest`, `last`, `explicit`, `unresolved`... */
  how: string;
  /** Parenthetical for the chain: "past tense 'landed'". */
  why: string | null;
}

/** Resolves a reading into value, parts, rule and chain. */
export function resolve(r: Reading, env: ResolveEnv): Resolved {
  if (r.mode === 'duration' || r.mode === 'set' || r.mode === 'reference') {
    const value = r.value ?? null;
    return {
      value,
      timex: r.mode === 'set' ? 'SET' : r.mode === 'reference' ? 'DATE' : 'DURATION',
      stated: { ...r.stated },
      implied: {},
      anchor: null,
      rule: r.rule,
      chain: `${r.label}${modNote(r)} → ${value}`,
      period: null,
      earliest: false,
      ...(r.mod && value !== null ? { mod: r.mod } : {}),
    };
  }
  if (r.mode === 'since') return resolveSince(r, env);
  if (r.mode === 'century' || r.mode === 'fiscal') return resolveFromPublicationYear(r, env);
  if (r.mode === 'two-digit') {
    // "in '67" published 1998 → 1967; "the '90s" → 199: the century that puts the year at most ten
    // years after publication; without a publication date, 19xx for 30 and above, else 20xx.
    const yy = r.shift?.n ?? 0;
    const pubYear = env.published ? env.published.period.y : null;
    const year = pubYear === null ? (yy >= 30 ? 1900 + yy : 2000 + yy) : centuryFor(yy, pubYear);
    const fixed: Reading = { ...r, mode: 'fixed', stated: { year: r.grain === 'decade' ? year - (year % 10) : year } };
    delete fixed.shift;
    const out = resolve(fixed, env);
    const why = pubYear === null ? "two digits, no publication date: 19xx from '30'" : `two digits + published ${pubYear}`;
    return { ...out, stated: {}, implied: { year }, chain: `${r.label} (${why}) → ${out.value}` };
  }

  let start: Placed;
  let end: Placed | null = null;
  if (r.end && r.mode === 'cyclic' && r.end.mode !== 'cyclic') {
    // "from September to January 2011": the end fixes the year, the start is the latest September before it.
    end = place(r.end, env);
    start = end.period ? placeCyclic(r, anchorFrom(end.period, 'start'), PAST_OF_END) : place(r, env);
  } else {
    start = place(r, env);
    if (r.end) {
      // "May 16-17", "from Monday to Wednesday": a cyclic end is the first occurrence on or after the start.
      end = r.end.mode === 'cyclic' && start.period ? placeCyclic(r.end, anchorFrom(start.period, 'start'), FUTURE_OF_START) : place(r.end, env);
    }
  }

  let period = start.period;
  if (period && r.dayOffset && period.grain === 'day' && period.d !== undefined) {
    // "the day before last Tuesday" → the Tuesday, one day back
    period = dayPeriod(daysFromCivil(period.y, period.m!, period.d) + r.dayOffset);
  }
  if (period && r.weekOf && period.grain === 'day' && period.d !== undefined) {
    // "the week of March 6" → 2000-W10: the ISO week of the day
    const w = isoWeek(daysFromCivil(period.y, period.m!, period.d));
    period = { grain: 'week', y: w.year, week: w.week };
  }
  if (period && r.stated.hour !== undefined && (period.grain === 'day' || period.grain === 'minute')) {
    period = { ...period, grain: 'minute', hh: r.stated.hour, mi: r.stated.minute ?? 0 };
  }
  let value: string | null = period ? formatPeriod(period) : null;
  // "10: 04 PM ET" on 2012-07-07 → 2012-07-07T22:04-04:00: the zone the text names, as an offset
  if (value !== null && period?.grain === 'minute' && r.zone) value += zoneOffset(r.zone, period.y, period.m ?? 1, period.d ?? 1) ?? '';
  let endValue: string | undefined;
  if (period && r.part) {
    // TIMEX3 keeps the grain the text names and says the part with a code or a mod: "early March"
    // → 2024-03 mod START (read as its first ten days by lib/calendar/intervals.ts), "the third
    // quarter of 2023" → 2023-Q3. Only parts TIMEX3 has no code for ("the second half of May",
    // "the first week of June") become a range of days.
    const coded = timexPart(period, r.part);
    if (coded !== null) value = coded;
    else {
      const range = partRange(period, r.part);
      if (range) [value, endValue] = range;
    }
  }
  // "Friday night" → 1998-08-07TNI: the part of the day is part of the TIMEX3 value when no clock
  // time is given (the interval of the value stays its day).
  if (value !== null && r.partOfDay && period?.grain === 'day' && !endValue && !r.end) value += `T${r.partOfDay}`;
  if (end) {
    if (end.period && value !== null) {
      let endPeriod = end.period;
      if (r.end?.stated.hour !== undefined && (endPeriod.grain === 'day' || endPeriod.grain === 'minute')) {
        endPeriod = { ...endPeriod, grain: 'minute', hh: r.end.stated.hour, mi: r.end.stated.minute ?? 0 };
      }
      endValue = r.end?.part ? partRange(endPeriod, r.end.part)?.[1] ?? formatPeriod(endPeriod) : formatPeriod(endPeriod);
    } else {
      value = null;
      endValue = undefined;
    }
  }

  const timex: TimexType = period?.grain === 'minute' || (r.mode === 'clock' && !period) ? 'TIME' : 'DATE';
  const anchor = start.anchor ?? end?.anchor ?? null;
  const how = value === null ? 'unresolved' : start.how;
  const rule = `${r.rule}/${how}${r.part ? `+${partName(r.part)}` : ''}${r.end ? '+range' : ''}`;
  const earliest = value !== null && anchor?.earliest === true;
  // "March of last year" + published 2023-10-18 (inferred) → 2022-03 or later: the article may
  // be newer than its latest date, and the value moves with it.
  const shown = value === null ? 'unresolved' : `${endValue ? `${value}..${endValue}` : value}${earliest ? ' or later' : ''}`;
  const anchorText = anchor ? ` + ${anchor.label}` : r.mode === 'fixed' ? '' : env.published || r.mode === 'anaphoric' ? ' + no anchor' : ' + no publication date';
  const whyText = [start.why, r.partOfDay ? PART_OF_DAY[r.partOfDay] : null, modText(r)].filter(Boolean).join('; ');
  return {
    value,
    endValue,
    timex,
    stated: { ...r.stated },
    implied: value === null || !period ? {} : implied(period, r.stated),
    anchor: value === null ? null : (anchor?.ref ?? null),
    rule,
    chain: `${r.label}${anchorText}${whyText ? ` (${whyText})` : ''} → ${shown}`,
    period: value === null ? null : period,
    earliest,
    ...(r.mod && value !== null ? { mod: r.mod } : {}),
    ...(r.zone && value !== null && zoneName(r.zone) !== null ? { zone: zoneName(r.zone) as string } : {}),
  };
}

const PAST_OF_END: Tense = { kind: 'past', cue: null, why: 'the latest one before it' };
const FUTURE_OF_START: Tense = { kind: 'future', cue: null, why: 'the first one after it' };

/** The year ending in `yy` at most ten years after `pubYear`: (67, 1998) → 1967, (04, 1998) → 2004. */
function centuryFor(yy: number, pubYear: number): number {
  let y = Math.floor(pubYear / 100) * 100 + yy;
  if (y > pubYear + 10) y -= 100;
  return y;
}

/**
 * "this century" published 1999 → `19`; "last century" → `18`; "last fiscal year" published 2024 →
 * `FY2023`; unresolved without a publication date.
 */
function resolveFromPublicationYear(r: Reading, env: ResolveEnv): Resolved {
  const base = {
    timex: 'DATE' as const, stated: {}, implied: {}, period: null, earliest: false,
  };
  if (!env.published) return { ...base, value: null, anchor: null, rule: `${r.rule}/unresolved`, chain: `${r.label} + no publication date → unresolved` };
  // "last fiscal year" published 2024 → FY2023: the fiscal year named by the publication year
  const value =
    r.mode === 'fiscal'
      ? `FY${env.published.period.y + (r.shift?.n ?? 0)}`
      : String(Math.floor(env.published.period.y / 100) + Math.round((r.shift?.n ?? 0) / 100)).padStart(2, '0');
  return { ...base, value, anchor: env.published.ref, rule: `${r.rule}/deictic`, chain: `${r.label} + ${env.published.label} → ${value}` };
}

/** An anchor at the first or last day of a period. */
function anchorFrom(p: Period, at: 'start' | 'end'): Anchor {
  const [s, e] = periodBounds(p);
  const day = at === 'start' ? s : e;
  // Not an anchor outside the fact: the other end of the same range (so the fact's `anchor` stays null).
  return { period: dayPeriod(day), ref: null, label: `the other end of the range (${formatPeriod(p)})` };
}

/** Places any non-duration reading. */
function place(r: Reading, env: ResolveEnv): Placed {
  switch (r.mode) {
    case 'fixed':
      return { period: fixedPeriod(r), anchor: null, how: 'explicit', why: null };
    case 'cyclic':
      if (!env.published) return { period: null, anchor: null, how: 'unresolved', why: null };
      return placeCyclic(r, env.published, env.tense, env.nextDaySeen);
    case 'deictic':
      if (!env.published) return { period: null, anchor: null, how: 'unresolved', why: null };
      return { period: shifted(r, env.published.period), anchor: env.published, how: 'deictic', why: null };
    case 'anaphoric': {
      if (!env.prior) return { period: null, anchor: null, how: 'unresolved', why: null };
      const period = shifted(r, env.prior.period);
      return { period, anchor: period ? env.prior : null, how: 'anaphoric', why: null };
    }
    case 'clock': {
      // "landed on Thursday and spoke at 6 pm": the day of the sentence's date, else the latest day
      // before it in the article; with none, unresolved
      const p = env.prior?.period;
      // "at 6 a.m. ten days before the shooting" with no day in its sentence: the day is the
      // event's, which no date gives; the latest day of an earlier sentence is another day
      if (r.dayFromEvent && env.clockFrom !== undefined && env.clockFrom !== 'sentence') return { period: null, anchor: null, how: 'unresolved', why: 'its day is counted from an event' };
      if (!env.prior || !p || (p.grain !== 'day' && p.grain !== 'minute')) return { period: null, anchor: null, how: 'unresolved', why: null };
      // "at 6 a.m. ten days before the shooting" with no day in its sentence: the day is the
      // event's, which no date gives; the latest day of an earlier sentence is another day
      if (r.dayFromEvent && env.clockFrom !== undefined && env.clockFrom !== 'sentence') return { period: null, anchor: null, how: 'unresolved', why: 'a day counted from an event' };
      // "shot to death at 10 p.m." after "shot to death last Oct. 23": the day of the same event
      const how = env.clockFrom === 'article' ? 'previous-date' : env.clockFrom === 'event' ? 'event-date' : 'sentence-date';
      // "02: 24 GMT ... The quake struck at 1023 GMT": a past event at a later hour than the time
      // stamp before it, in the same zone, happened the day before.
      const later = p.grain === 'minute' && r.zone !== undefined && env.prior.zone === r.zone && (r.stated.hour ?? 0) * 60 + (r.stated.minute ?? 0) > (p.hh ?? 0) * 60 + (p.mi ?? 0);
      if (later && env.tense.kind === 'past') return { period: dayPeriod(daysFromCivil(p.y, p.m!, p.d!) - 1), anchor: env.prior, how: `${how}-day-before`, why: `${env.tense.why}, later in the day than ${env.prior.label}` };
      return { period: { grain: 'day', y: p.y, m: p.m, d: p.d }, anchor: env.prior, how, why: null };
    }
    default:
      return { period: null, anchor: null, how: 'unresolved', why: null };
  }
}

/** The period a fixed reading states: "March 21, 2023" → day; "February 2022" → month; "2013" → year. */
function fixedPeriod(r: Reading): Period | null {
  const { year, month, day } = r.stated;
  if (year === undefined) return null;
  if (r.grain === 'decade') return { grain: 'decade', y: year };
  if (r.grain === 'season') return { grain: 'season', y: year, season: r.season };
  if (month === undefined) return { grain: 'year', y: year };
  if (day === undefined) return { grain: 'month', y: year, m: month };
  return isValidDate(year, month, day) ? { grain: 'day', y: year, m: month, d: day } : null;
}

/** Candidate occurrences of a cyclic reading around an anchor day. */
function occurrences(r: Reading, anchorDay: number): Period[] {
  const { weekday, month, day } = r.stated;
  const { y } = civilFromDays(anchorDay);
  const out: Period[] = [];
  if (r.holiday) {
    for (let yy = y - 1; yy <= y + 1; yy++) {
      const d = holidayDay(r.holiday, yy);
      if (d === null) continue;
      // "Easter week": the ISO week of the holiday's day
      const w = r.grain === 'week' ? isoWeek(d) : null;
      out.push(w ? { grain: 'week', y: w.year, week: w.week } : dayPeriod(d));
    }
  } else if (month !== undefined && day !== undefined) {
    for (let yy = y - 1; yy <= y + 1; yy++) if (isValidDate(yy, month, day)) out.push({ grain: 'day', y: yy, m: month, d: day });
  } else if (month !== undefined) {
    for (let yy = y - 1; yy <= y + 1; yy++) out.push({ grain: 'month', y: yy, m: month });
  } else if (r.grain === 'season' && r.season) {
    for (let yy = y - 2; yy <= y + 1; yy++) out.push({ grain: 'season', y: yy, season: r.season });
  } else if (weekday !== undefined) {
    for (let d = anchorDay - 7; d <= anchorDay + 7; d++) if (isoWeekday(d) === weekday) out.push(dayPeriod(d));
  }
  return out;
}

/**
 * Chooses the occurrence of a weekday, month or month-day that the pick or the tense points to.
 * "arrived on Tuesday" (past), published Tuesday → that same Tuesday.
 */
function placeCyclic(r: Reading, anchor: Anchor, tense: Tense, nextDaySeen?: string): Placed {
  const a = periodBounds(anchor.period)[0];
  const list = occurrences(r, a).map((p) => ({ p, b: periodBounds(p) }));
  let chosen: Period | undefined;
  let how: string;
  let why: string | null;
  if (r.pick === 'last') {
    // "last Tuesday" → strictly before; "last March" said in March → the March of the year before.
    chosen = list.filter((o) => (r.stated.weekday !== undefined ? o.b[0] < a : o.b[1] < a)).at(-1)?.p;
    [how, why] = ['last', `'last'`];
  } else if (r.pick === 'next') {
    chosen = list.find((o) => (r.stated.weekday !== undefined ? o.b[0] > a : o.b[0] > periodBoundsOfSame(r, a)))?.p;
    [how, why] = ['next', `'next'`];
  } else if (r.pick === 'this') {
    if (r.stated.weekday !== undefined && r.stated.month === undefined) {
      const week = isoWeek(a);
      chosen = list.find((o) => { const w = isoWeek(o.b[0]); return w.year === week.year && w.week === week.week; })?.p;
    } else {
      const { y } = civilFromDays(a);
      chosen = list.find((o) => o.p.y === y)?.p;
    }
    [how, why] = ['this', `'this'`];
  } else if (r.stated.weekday !== undefined && r.stated.day !== undefined && r.stated.month !== undefined) {
    // "on Monday, Oct. 26": a date written with its weekday is news of the days around publication;
    // the nearest occurrence, whatever the tense, so that a wrong weekday shows as a mismatch
    // (mismatch.ts) rather than moving the date a year.
    chosen = nearestOf(list, a);
    [how, why] = ['nearest', `${tense.why}; a date with its weekday: nearest`];
  } else if (tense.kind === 'past') {
    chosen = list.filter((o) => o.b[0] <= a).at(-1)?.p;
    [how, why] = ['past-tense', tense.why];
    // "arrived on Thursday" in a page dated Wednesday: the Thursday before, or the day after
    // publication where the event's clock runs ahead of the publisher's (a zone the date does not
    // give). The value stays the Thursday before; the rule says which doubt it carries.
    if (r.stated.weekday !== undefined && r.stated.month === undefined && r.stated.day === undefined && list.some((o) => o.b[0] === a + 1)) {
      [how, why] = ['past-tense-or-next-day', `${tense.why}; or the next day, in a zone ahead of the publication date's`];
      // "headed Tuesday to East Africa" ... "her first stop Tuesday morning" (the day after
      // publication): one weekday names one day in an article, so the next day it is
      if (nextDaySeen !== undefined) {
        chosen = list.find((o) => o.b[0] === a + 1)?.p;
        [how, why] = ['past-tense-next-day', `${tense.why}, but ${nextDaySeen} in the same article is the day after publication: a zone ahead of the publication date's`];
      }
    }
  } else if (tense.kind === 'future') {
    chosen = list.find((o) => o.b[1] >= a)?.p;
    [how, why] = ['future-tense', tense.why];
  } else {
    chosen = nearestOf(list, a);
    [how, why] = [tense.kind === 'present' ? 'present-nearest' : 'nearest', `${tense.why}: nearest`];
  }
  // "The incidents of Aug. 7 underscore that ... will", published Aug. 13: a day of the month a
  // few weeks from publication is the one meant, whatever a verb of the sentence says; the tense
  // moves a stated day a whole year only when no occurrence is that near.
  if (chosen && r.stated.day !== undefined && r.stated.month !== undefined && (how === 'past-tense' || how === 'future-tense')) {
    const near = nearestOf(list, a);
    if (near && near !== chosen && distanceTo(periodBounds(near), a) <= NEAR_DAYS) {
      chosen = near;
      [how, why] = ['nearest', `${tense.why}, but ${r.stated.month}/${r.stated.day} within ${NEAR_DAYS} days of the anchor is nearer than a year away: nearest`];
    }
  }
  return chosen ? { period: chosen, anchor, how, why } : { period: null, anchor: null, how: 'unresolved', why: null };
}

/** A stated month and day this close to the anchor is that occurrence, whatever the tense. */
const NEAR_DAYS = 31;

/** Days from the anchor day to a period (0 when it holds the day). */
function distanceTo(b: [number, number], a: number): number {
  return b[0] > a ? b[0] - a : b[1] < a ? a - b[1] : 0;
}

/** The occurrence nearest the anchor day (the earlier one on a tie). */
function nearestOf(list: { p: Period; b: [number, number] }[], a: number): Period | undefined {
  let best: { p: Period; dist: number } | undefined;
  for (const o of list) {
    const dist = distanceTo(o.b, a);
    if (!best || dist < best.dist) best = { p: o.p, dist };
  }
  return best?.p;
}

/** For "next March": the last day of the anchor's own month (or season), so "next" starts after it. */
function periodBoundsOfSame(r: Reading, a: number): number {
  const { y, m } = civilFromDays(a);
  if (r.stated.month !== undefined && r.stated.day === undefined) return daysFromCivil(y, m, daysInMonth(y, m));
  return a;
}

/**
 * Applies a deictic or anaphoric shift to an anchor period.
 * "last month", published 2024-03-19 → 2024-02; "March of last year" → 2023-03;
 * "five years later" after 2013 → 2018; "the next day" after a year-only date → null.
 */
function shifted(r: Reading, anchor: Period): Period | null {
  const shift = r.shift ?? { unit: 'day', n: 0 };
  const [first] = periodBounds(anchor);
  const needsDay = shift.unit === 'day' || shift.unit === 'week' || r.grain === 'day' || r.grain === 'week' || r.grain === 'weekend';
  if (needsDay && !['day', 'minute', 'week', 'weekend'].includes(anchor.grain)) return null;
  if (shift.unit === 'month' && ['year', 'decade', 'season'].includes(anchor.grain)) return null;
  switch (shift.unit) {
    case 'day':
      return dayPeriod(first + shift.n);
    case 'week': {
      const w = isoWeek(first + 7 * shift.n);
      return { grain: r.grain === 'weekend' ? 'weekend' : 'week', y: w.year, week: w.week };
    }
    case 'month': {
      const base = civilFromDays(first);
      const { y, m } = addMonths(base.y, base.m, shift.n);
      return { grain: 'month', y, m };
    }
    case 'year': {
      const y = anchor.y + shift.n;
      const { month, day } = r.stated;
      if (r.grain === 'season') return { grain: 'season', y, season: r.season };
      if (month !== undefined && day !== undefined) return isValidDate(y, month, day) ? { grain: 'day', y, m: month, d: day } : null;
      if (month !== undefined) return { grain: 'month', y, m: month };
      return { grain: 'year', y };
    }
  }
}

/** "75 years since ... in 1949" → 2024; without a year in the sentence, the duration P75Y. */
function resolveSince(r: Reading, env: ResolveEnv): Resolved {
  const n = r.shift?.n ?? 0;
  if (env.yearAfter) {
    const y = env.yearAfter.period.y + n;
    const period: Period = { grain: 'year', y };
    return {
      value: formatPeriod(period),
      timex: 'DATE',
      stated: { ...r.stated },
      implied: { year: y },
      anchor: env.yearAfter.ref,
      rule: `${r.rule}/from-year`,
      chain: `${r.label} + ${env.yearAfter.label} → ${formatPeriod(period)}`,
      period,
      earliest: false,
    };
  }
  return {
    value: r.value ?? null,
    timex: 'DURATION',
    stated: { ...r.stated },
    implied: {},
    anchor: null,
    rule: `${r.rule}/duration`,
    chain: `${r.label} (no start year in the sentence) → ${r.value}`,
    period: null,
    earliest: false,
  };
}

/** The parts of a resolved period that the text did not state. */
function implied(p: Period, stated: DateParts): DateParts {
  const out: DateParts = {};
  const put = (key: keyof DateParts, v: number | undefined): void => {
    if (v !== undefined && stated[key] === undefined) out[key] = v;
  };
  if (p.grain !== 'week' && p.grain !== 'weekend') put('year', p.y);
  else out.year = p.y;
  put('month', p.m);
  put('day', p.d);
  put('hour', p.hh);
  put('minute', p.mi);
  return out;
}

/** Human name of a part, for rule ids: `second-half`, `early`, `first-week`, `q1`. */
function partName(part: Part): string {
  const names: Record<Part, string> = {
    early: 'early', mid: 'mid', late: 'late', H1: 'first-half', H2: 'second-half', Q1: 'q1', Q2: 'q2', Q3: 'q3', Q4: 'q4',
    W1: 'first-week', W2: 'second-week', W3: 'third-week', W4: 'fourth-week', WL: 'last-week',
  };
  return names[part];
}

/**
 * The TIMEX3 value of a part of a period when TIMEX3 has one: early, mid and late keep the
 * period's own value (the mod says which part), quarters and halves of a year have codes
 * (`2023-Q3`, `2023-H2`). Null for parts written as a range of days.
 */
export function timexPart(p: Period, part: Part): string | null {
  if (part === 'early' || part === 'mid' || part === 'late') return p.grain === 'week' || p.grain === 'month' || p.grain === 'year' || p.grain === 'decade' ? formatPeriod(p) : null;
  if (p.grain !== 'year') return null;
  if (part === 'H1' || part === 'H2' || part === 'Q1' || part === 'Q2' || part === 'Q3' || part === 'Q4') return `${formatPeriod(p)}-${part}`;
  return null;
}

/**
 * A part of a period as a range one grain finer, or null when the part does not apply.
 * Month: early 1-10, mid 11-20, late 21-end, halves 1-15 / 16-end, weeks 1-7, 8-14, 15-21, 22-28,
 * last week end-6..end. Year: early Jan-Apr, mid May-Aug, late Sep-Dec, halves, quarters.
 * Decade: early 0-3, mid 4-6, late 7-9.
 */
export function partRange(p: Period, part: Part): [string, string] | null {
  if (p.grain === 'month' && p.m !== undefined) {
    const last = daysInMonth(p.y, p.m);
    const days: Partial<Record<Part, [number, number]>> = {
      early: [1, 10], mid: [11, 20], late: [21, last], H1: [1, 15], H2: [16, last],
      W1: [1, 7], W2: [8, 14], W3: [15, 21], W4: [22, 28], WL: [last - 6, last],
    };
    const r = days[part];
    return r ? [isoDate(daysFromCivil(p.y, p.m, r[0])), isoDate(daysFromCivil(p.y, p.m, r[1]))] : null;
  }
  if (p.grain === 'year') {
    const months: Partial<Record<Part, [number, number]>> = {
      early: [1, 4], mid: [5, 8], late: [9, 12], H1: [1, 6], H2: [7, 12], Q1: [1, 3], Q2: [4, 6], Q3: [7, 9], Q4: [10, 12],
    };
    const r = months[part];
    return r ? [formatPeriod({ grain: 'month', y: p.y, m: r[0] }), formatPeriod({ grain: 'month', y: p.y, m: r[1] })] : null;
  }
  if (p.grain === 'decade') {
    const years: Partial<Record<Part, [number, number]>> = { early: [0, 3], mid: [4, 6], late: [7, 9] };
    const r = years[part];
    return r ? [String(p.y + r[0]), String(p.y + r[1])] : null;
  }
  return null;
}

function modText(r: Reading): string | null {
  if (!r.mod && !r.relation) return null;
  return [r.relation ? `'${r.relation}'` : null, r.mod ? `mod ${r.mod}` : null].filter(Boolean).join(', ');
}

function modNote(r: Reading): string {
  const t = modText(r);
  return t ? ` (${t})` : '';
}
