/**
 * What a time parser reads from a match, before any anchoring: the parts the text stated and how
 * the missing ones are to be found. Parsers produce readings; `resolve.ts` turns them into values.
 */
import type { DateParts, TimexMod } from '../../types.ts';
import type { Grain, Season } from '../../calendar/days.ts';

/** A calendar unit that relative expressions count in. */
export type ShiftUnit = 'day' | 'week' | 'month' | 'year';

/** Part of a day: morning, midday, afternoon, evening, night (TIMEX3 codes). */
export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI';

/**
 * A part of a month, year or decade. `early`/`mid`/`late` are thirds; `H1`/`H2` halves;
 * `Q1`..`Q4` quarters; `W1`..`W4` and `WL` the first four and the last week of a month.
 */
export type Part = 'early' | 'mid' | 'late' | 'H1' | 'H2' | 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'W1' | 'W2' | 'W3' | 'W4' | 'WL';

/** TIMEX3 modifiers the text adds: "around May 7" → APPROX, "early on Thursday" → START (the one type of lib/types.ts). */
export type Mod = TimexMod;

/**
 * How a reading reaches its value.
 * - `fixed`: the text states the year ("March 21, 2023", "in 2013").
 * - `cyclic`: a weekday, month, month-day or season without a year; the clause's tense (or
 *   `pick`) chooses the occurrence around the anchor ("arrived on Tuesday", "last March").
 * - `deictic`: counted from the publication date ("yesterday", "last month", "two days ago").
 * - `anaphoric`: counted from the previous date in the article ("the next day", "five years later").
 * - `since`: an anniversary; counted from a year later in the same sentence ("75 years since ... 1949"),
 *   else a duration.
 * - `duration`, `set`: the value is fixed by the text (`P2D`, `XXXX-WXX-1`).
 * - `clock`: a time of day only ("at 6 pm"); unresolved unless merged with a date.
 * - `reference`: a value the text fixes that is no day: the present, past or future in general
 *   ("now" → `PRESENT_REF`), a century ("the 19th century" → `18`).
 * - `century`: "this century", "last century": the publication year's century, shifted by
 *   `shift.n` years (a multiple of 100).
 * - `two-digit`: "in '67", "the '90s": the two digits are `shift.n`; the century comes from the
 *   publication year.
 * - `fiscal`: "this fiscal year", "last fiscal year": `FY` and the publication year shifted by
 *   `shift.n`.
 */
export type Mode = 'fixed' | 'cyclic' | 'deictic' | 'anaphoric' | 'since' | 'duration' | 'set' | 'clock' | 'reference' | 'century' | 'two-digit' | 'fiscal';

/** One reading of a time expression. */
export interface Reading {
  mode: Mode;
  /** The grain of the value once resolved. */
  grain: Grain;
  /** The parts the text itself stated. */
  stated: DateParts;
  /** For `cyclic`: the occurrence the text picked ("last Tuesday" → last); else tense decides. */
  pick?: 'last' | 'this' | 'next';
  /** For `deictic`, `anaphoric` and `since`: how far from the anchor. */
  shift?: { unit: ShiftUnit; n: number };
  /** For a holiday: the rule of data/lexicon/words/holidays.tsv that gives its day in a year. */
  holiday?: string;
  /** For `season` grain. */
  season?: Season;
  /** For `duration`, `set` and `reference`: the TIMEX3 value. */
  value?: string;
  /** A part of the day the text named ("Thursday evening"); the value stays the date. */
  partOfDay?: PartOfDay;
  /** A clock time whose day is counted from an event ("at 6 a.m. ten days before the shooting"): no day. */
  dayFromEvent?: boolean;
  /** "the day before last Tuesday": days added to the day the rest of the reading gives (-1). */
  dayOffset?: number;
  /** "the week of March 6": the value is the ISO week that holds the day (`2000-W10`). */
  weekOf?: boolean;
  /** A part of the period ("the second half of May"); the value becomes a range. */
  part?: Part;
  /** A TIMEX3 modifier. */
  mod?: Mod;
  /** The relation word before the expression ("since 1949", "until 2030"), for the chain. */
  relation?: string;
  /** A zone word written after a clock time ("GMT", "ET"); the value gets its offset. */
  zone?: string;
  /** For ranges: the reading of the end ("from September 2010 to January 2011"). */
  end?: Reading;
  /** The words of the expression as a chain shows them: "Thursday evening", "March of last year". */
  label: string;
  /** The rule family, e.g. `weekday`, `month`, `date`, `relative/last-month`, `duration/adjectival`. */
  rule: string;
}
