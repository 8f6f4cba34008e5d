/**
 * Softenings: when the claims of one event clash, what makes the clash `unresolved` rather than
 * a `conflict`. One list, in priority order: the first entry that applies decides, and its reason
 * is the finding's `why` (null: the message says it by attribute, see `messages.ts`). None applies:
 * a conflict.
 */
import { isoWeekday } from '../calendar/days.ts';
import { isOngoing, MAX_NEWS_GAP_DAYS } from '../mentions/index.ts';
import { alignedClosely } from './align.ts';
import type { Candidate } from './claims/index.ts';
import type { EventBlock, SofteningId } from './rule.ts';

/** A reason a clash of one event is no conflict. */
export interface Softening {
  id: SofteningId;
  /** The `why` of the finding; null when the message gives it by attribute. */
  reason: string | null;
  /** True when it applies to the clash. */
  applies(clash: EventBlock): boolean;
}

/** Days within which two dates of an ongoing event (a riot, a strike) may be two of its days. */
export const ONGOING_DAYS = 7;

/** True when a clash rests on a loose alignment: the same counted noun in unlike sentences. */
const weak = (b: EventBlock): boolean => b.pairs.some(([x, y]) => !alignedClosely(x, y, b.memo));

/** The softenings, in priority order. */
export const SOFTENINGS: readonly Softening[] = [
  {
    // A value not resolved to a date the text fixes (no publication date, or an inferred one).
    id: 'uncertain-value',
    reason: null,
    applies: (b) => b.pairs.some(([x, y]) => !x.certain || !y.certain),
  },
  {
    // Quotations of one speaker in other words, in two articles: two renderings of one remark, two
    // remarks, or a misquote — the wording is for an editor to check (the message shows the word
    // diff); a quotation is no fact of the event. Copies of one sentence with a changed word are
    // the same-statement rule's conflict, before this.
    id: 'quote-wording',
    reason: null,
    applies: (b) => b.clash[0].attribute === 'quote',
  },
  {
    id: 'weak-alignment',
    reason: 'the values differ, but the words around them differ too: they may count or measure different things',
    applies: weak,
  },
  {
    // An event whose own news days lie weeks apart may be two occasions the grouping joined.
    id: 'spread-event',
    reason: "the values differ, but this event's own dates lie weeks apart: it may be two occasions",
    applies: (b) => b.clash[0].attribute === 'date' && (b.info?.interval ? b.info.interval.to - b.info.interval.from > MAX_NEWS_GAP_DAYS : false),
  },
  {
    // "protesters tried to storm it on Wednesday" against "stormed it on Tuesday": an attempt or a
    // possibility is no statement that the thing happened then. (A "foiled attack" is negated, but
    // the attempt has a day of its own, which outlets can tell differently: that stays a conflict.)
    id: 'hedged',
    reason: 'the values differ, but one account only says it was tried or may happen',
    applies: (b) => b.clash.some((c) => c.status === 'hedged'),
  },
  {
    // "rioted tonight" against "the riot ... Monday": riots, protests and strikes go on for days.
    id: 'ongoing',
    reason: `the days differ by at most ${ONGOING_DAYS}, and this kind of event goes on for days: each may tell one of them`,
    applies: (b) => b.clash[0].attribute === 'date' && b.clash.every((c) => isOngoing(c.type)) && daysApart(b.clash) <= ONGOING_DAYS,
  },
  {
    id: 'other-week',
    reason: 'the values differ only in the week: a weekday counted from a publication date a week or more later names the same weekday as the other date',
    applies: (b) => b.pairs.some(([x, y]) => otherWeek(x, y) || otherWeek(y, x)),
  },
  {
    // "on Thursday" in an article dated 2024-05-16 against "on Wednesday" in one dated 2024-05-15:
    // each day was counted from its own publication day, whose time zone is unknown; across a date
    // line the local days of one moment differ by one.
    id: 'zone-day',
    reason: 'the days are one apart, and each was counted from its own publication date, whose time zone is unknown: the local days of one moment can differ by one',
    applies: (b) => b.clash[0].attribute === 'date' && b.pairs.every(([x, y]) => zoneDay(x, y)),
  },
  {
    // Roles in other words may be synonyms; one event may take the reader to several places
    // ("met in the capital, then toured the north"): an editor decides.
    id: 'other-words',
    reason: null,
    applies: (b) => b.clash[0].attribute === 'role' || b.clash[0].attribute === 'place',
  },
];

/**
 * True when two day values are one day apart and at least one was counted from its publication
 * date, the two publication dates differing: the publishers may sit on two sides of a date line.
 */
export function zoneDay(a: Candidate, b: Candidate): boolean {
  if (a.cmp.kind !== 'interval' || b.cmp.kind !== 'interval') return false;
  const ai = a.cmp.interval;
  const bi = b.cmp.interval;
  if (ai.from !== ai.to || bi.from !== bi.to || Math.abs(ai.from - bi.from) !== 1) return false;
  if (a.fromPublished === undefined && b.fromPublished === undefined) return false;
  return a.fromPublished !== b.fromPublished;
}

/** The first softening that applies to a clash, or undefined: then it is a conflict. */
export function softening(clash: EventBlock): Softening | undefined {
  return SOFTENINGS.find((s) => s.applies(clash));
}

/**
 * True when `a` is a bare weekday counted from its publication date ("on Saturday" in an article
 * of Tuesday 18 June → the 15th) and `b` is a day one to three weeks earlier that falls on that very
 * weekday (Saturday 8 June): a follow-up report retelling the event; the words fit both, and only
 * the week was the tool's guess.
 */
export function otherWeek(a: Candidate, b: Candidate): boolean {
  if (a.bareWeekday === undefined || a.cmp.kind !== 'interval' || b.cmp.kind !== 'interval') return false;
  const ai = a.cmp.interval;
  const bi = b.cmp.interval;
  if (ai.from !== ai.to || bi.from !== bi.to) return false;
  const diff = ai.from - bi.from;
  return diff > 0 && diff <= 21 && diff % 7 === 0 && isoWeekday(bi.from) === a.bareWeekday;
}

/** Days from the earliest end to the latest start of the claims' dates; Infinity when one is not a date. */
function daysApart(claims: readonly Candidate[]): number {
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of claims) {
    if (c.cmp.kind !== 'interval') return Infinity;
    lo = Math.min(lo, c.cmp.interval.to);
    hi = Math.max(hi, c.cmp.interval.from);
  }
  return hi - lo;
}
