/**
 * The table tester of the judge's rules: claims built from rows — attribute, value, event,
 * article, publication date, certainty, status — judged by the rules without any extraction
 * (`judgeClaims`), and the drafts reduced to what a table asserts: verdict, rule, softening.
 */
import { timexInterval } from '../../lib/calendar/intervals.ts';
import { daysFromCivil, isoWeekday } from '../../lib/calendar/days.ts';
import { WEEKDAY_NAMES } from '../../lib/extract/time/words.ts';
import { judgeClaims } from '../../lib/judge/index.ts';
import { quoteWords, type Attribute, type Candidate, type Comparable } from '../../lib/judge/claims/index.ts';
import type { Draft } from '../../lib/judge/rule.ts';
import { measureInBase, numberRange } from '../../lib/judge/values.ts';
import type { DayInterval, EventInfo, EventStatus } from '../../lib/types.ts';


/** One claim of a table: only `article` and `value` are required. */
export interface Row {
  article: string;
  /**
   * The value as the attribute reads it: a TIMEX date ("2024-05-16", "2024-05") or a bare weekday
   * name ("Tuesday") for dates; a number ("40"); a role, a place, a quotation's words; a duration ("P2D").
   */
  value: string;
  /** Default `date`. */
  attribute?: Attribute;
  /** Default `E1`; null for a claim no event holds. */
  event?: string | null;
  /**
   * The article's publication date: with a weekday `value` of a date, the day counted from it
   * ("Saturday" + published 2024-06-18 → 2024-06-15), a bare weekday whose week is the tool's guess.
   */
  published?: string;
  /** The publication date a dated value was counted from ("on Thursday" + published ...); see `Candidate.fromPublished`. */
  fromPublished?: string;
  /** Default true; false for a value not resolved or resting on a guess. */
  certain?: boolean;
  /** Default `happened`. */
  status?: EventStatus;
  /** Default true for dates: the article's current news. */
  current?: boolean;
  /** The event type or counted noun; default `arrive` for dates, `rifles|` for numbers. */
  type?: string;
  /** Default one shared person. */
  who?: string[];
  /** For numbers: "more than", "about"... */
  qualifier?: string;
  /** The words right before and after the value; default the same in every article. */
  sides?: [string, string];
  /**
   * The sentence with the value blanked; default none, so that no two claims read as copies of
   * one statement unless a row says so (same-statement tables give it).
   */
  context?: string;
  /** Default 0: where the value stands in its sentence. */
  at?: number;
  /** The sentence index; default 0. */
  sentence?: number;
  /** Offsets of the claim; default 10..20. */
  start?: number;
  end?: number;
  /** Default the value. */
  text?: string;
  /** Default `<attribute>|<family>`. */
  block?: string;
  /** Default false: a value no slot took. */
  loose?: boolean;
  /** A count's meaning ("deaths", "magnitude"): the claim is judged by value groups (issue 14). */
  meaning?: string;
  /** With a meaning: a figure that only grows (deaths, arrests). */
  growing?: boolean;
  /** Who the text says gave the value; `named` false for "officials". */
  source?: { name: string; named: boolean };
  /** When the value held (ISO date). */
  asOf?: string;
  /** Revision words governing the value ("rose to"). */
  revision?: string;
  /** The time a count is given for ("Wednesday night"). */
  scope?: string;
  /** A vague amount ("dozens"). */
  vague?: boolean;
  /** The count is a total over a span ("over four nights"). */
  span?: boolean;
  /** The place a count is given for ("in Athens"). */
  where?: string;
  /** For numbers: a unit ("mi", "km"); the value is then compared in its base unit, at the precision written. */
  unit?: string;
}

/** The day number of an ISO date. */
function day(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return daysFromCivil(y, m, d);
}

/** The comparable form of a row's value, and whether its date is a bare weekday counted from publication. */
function comparable(r: Row, attribute: Attribute): { cmp: Comparable; bareWeekday?: number; weekday?: number } {
  switch (attribute) {
    case 'date': {
      const wd = WEEKDAY_NAMES.indexOf(r.value);
      if (wd > 0 && r.published) {
        // "on Saturday" in an article of Tuesday 18 June: the Saturday before, the 15th.
        const pub = day(r.published);
        const back = (isoWeekday(pub) - wd + 7) % 7;
        const d = pub - back;
        return { cmp: { kind: 'interval', interval: { from: d, to: d, grain: 'day' } }, bareWeekday: wd, weekday: wd };
      }
      if (wd > 0) return { cmp: { kind: 'stated', weekday: wd }, weekday: wd };
      return { cmp: { kind: 'interval', interval: timexInterval(r.value)! } };
    }
    case 'duration':
      return { cmp: { kind: 'duration', value: r.value } };
    case 'number':
    case 'age':
      if (r.unit) return { cmp: { kind: 'number', range: measureInBase({ value: r.value, unit: r.unit, qualifier: r.qualifier ?? null })!.range } };
      return { cmp: { kind: 'number', range: numberRange({ value: r.value, qualifier: r.qualifier ?? null })! } };
    case 'role':
      return { cmp: { kind: 'role', role: r.value } };
    case 'place':
    case 'name':
      return { cmp: { kind: 'place', value: r.value } };
    case 'quote':
      return { cmp: { kind: 'quote', words: quoteWords(r.value) } };
  }
}

/** The claims of a table's rows. */
export function claimsOf(rows: readonly Row[]): Candidate[] {
  return rows.map((r) => {
    const attribute = r.attribute ?? 'date';
    const type = r.type ?? (attribute === 'number' ? 'rifles|' : attribute === 'date' || attribute === 'duration' || attribute === 'place' ? 'arrive' : attribute);
    const family = attribute === 'date' || attribute === 'duration' || attribute === 'place' ? type : null;
    const { cmp, bareWeekday, weekday } = comparable(r, attribute);
    const interval = cmp.kind === 'interval';
    return {
      block: r.block ?? (r.meaning ? `meaning|${r.meaning}` : `${attribute}|${family ?? type}`),
      attribute,
      slot: `${family ?? type}: ${attribute}`,
      type,
      family,
      who: r.who ?? ['Person A'],
      article: r.article,
      fact: `F-${r.article}-${r.value}`,
      start: r.start ?? 10,
      end: r.end ?? 20,
      text: r.text ?? r.value,
      value: interval || cmp.kind !== 'stated' ? r.value : null,
      shown: r.value,
      cmp,
      event: r.event === undefined ? 'E1' : r.event,
      sentence: r.sentence ?? 0,
      context: r.context ?? '',
      sides: r.sides ?? ['the minister said', 'in the capital'],
      at: r.at ?? 0,
      certain: r.certain ?? (cmp.kind !== 'stated' && bareWeekday === undefined ? true : false),
      why: r.value,
      ...(weekday !== undefined ? { weekday } : {}),
      ...(bareWeekday !== undefined ? { bareWeekday, anchored: true } : {}),
      ...(bareWeekday !== undefined && r.published ? { fromPublished: r.published } : r.fromPublished ? { fromPublished: r.fromPublished } : {}),
      ...(attribute === 'date' || attribute === 'duration' || attribute === 'place' ? { status: r.status ?? 'happened', current: r.current ?? attribute === 'date' } : {}),
      ...(r.loose ? { loose: true } : {}),
      ...(r.meaning ? { meaning: r.meaning, growing: r.growing ?? false } : {}),
      ...(r.source ? { source: r.source } : {}),
      ...(r.asOf ? { asOf: r.asOf } : {}),
      ...(r.revision ? { revision: r.revision } : {}),
      ...(r.scope ? { scope: r.scope } : {}),
      ...(r.vague ? { vague: true } : {}),
      ...(r.span ? { span: true } : {}),
      ...(r.where ? { where: r.where } : {}),
      ...(r.unit ? { unit: r.unit } : {}),
    };
  });
}

/** Main events for two-events tables: each id with its articles and, optionally, its days. */
export function mainEvents(events: Record<string, { articles: string[]; days?: [string, string] }>): Map<string, EventInfo> {
  const out = new Map<string, EventInfo>();
  for (const [id, e] of Object.entries(events)) {
    const interval: DayInterval | null = e.days ? { from: day(e.days[0]), to: day(e.days[1]), grain: 'day' } : null;
    out.set(id, {
      event: { id, label: id, start: e.days?.[0] ?? null, end: e.days?.[1] ?? null, articles: e.articles },
      main: true, terms: [], interval, datedBy: e.days ? 'a table' : null, families: [], who: [],
    });
  }
  return out;
}

/** What a table asserts of a draft. */
export interface Verdicts {
  verdict: Draft['verdict'];
  rule: Draft['rule'];
  softening?: Draft['softening'];
}

/** The rules' drafts on the rows, as verdict, rule and softening. */
export function judgeRows(rows: readonly Row[], info: Map<string, EventInfo> = new Map()): Verdicts[] {
  return judgeClaims(claimsOf(rows), info).map((d) => ({ verdict: d.verdict, rule: d.rule, ...(d.softening ? { softening: d.softening } : {}) }));
}
