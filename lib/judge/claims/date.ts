/**
 * The date of an event mention: its linked time as a day interval ("arrived on Tuesday" + published
 * 2023-10-17 → 2023-10-17), a weekday or month the text states when unresolved, or a duration when
 * the time is one. Also the comparable form and the shown value of any time, for loose claims.
 */
import { timeInterval } from '../../calendar/intervals.ts';
import { alternation, lazy } from '../../text/words.ts';
import { instantOf, zoneOfPlace } from '../../text/zones.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../../extract/time/words.ts';
import { newsForDates, timeDoubt } from '../../mentions/index.ts';
import type { Document, EventFact, FactIndex, TimeFact } from '../../types.ts';
import type { Attribute, Candidate, ClaimInput, Comparable } from './types.ts';
import { eventSlot, makeClaim, span, type EventParts } from './make.ts';

/** The date (or duration) claim of an event mention's linked time, or null when it has none to compare. */
export function dateClaim(input: ClaimInput, doc: Document, e: EventFact, parts: EventParts): Candidate | null {
  const time = e.when ? input.index.byId.get(e.when) : undefined;
  if (time?.kind !== 'time') return null;
  // "4:15 p.m. local time": the zone of the place where the event happened
  const where = e.where ? input.index.byId.get(e.where) : undefined;
  const c = timeComparable(doc, time, where?.kind === 'place' ? zoneOfPlace(where.value) : null);
  if (c === null) return null;
  const attribute: Attribute = c.cmp.kind === 'duration' ? 'duration' : 'date';
  // "informal talks" on Monday, "official talks" on Tuesday: two occasions of one visit, each
  // compared only with its own. (A date of an occasion in passing goes to one block whatever its
  // family, once the grouping says which events are occasions: `bindClaims`.)
  const which = attribute === 'date' ? occasionWord(doc, e) : null;
  return makeClaim(doc, {
    ...parts.base, ...span(doc, e, time), ...c, attribute,
    block: `${attribute}|${parts.family}${which ? `|${which}` : ''}`,
    slot: eventSlot(parts, attribute),
    fact: time.id, value: time.value, shown: timeShown(time), ...(time.earliest ? { earliest: true } : {}),
    blanks: [time], why: time.chain, anchored: time.anchor !== null,
    // Compared as the news of two events only when the mentions stage says its date is the news.
    current: newsForDates(input.mentions.get(e.id)!.news),
  });
}

/** Occasion words (data/lexicon/words/occasion-qualifiers.txt) right before an event word. */
const OCCASION_BEFORE = lazy(() => new RegExp(`(?:^|[^\\p{L}])(${alternation('occasion-qualifiers')})(?:\\s{1,3}[\\p{L}-]{2,20})?\\s{1,3}$`, 'iu'));

/**
 * The word naming which occasion an event mention is ("informal talks" → informal, "the second
 * round" → second, "the state banquet" → state), from at most two words before it; null for none.
 */
export function occasionWord(doc: Document, e: EventFact): string | null {
  const m = OCCASION_BEFORE().exec(doc.body.slice(Math.max(0, e.start - 40), e.start));
  return m ? m[1].toLowerCase() : null;
}

/** The comparable form of a time fact, and whether it can be trusted. */
export function timeComparable(doc: Document, t: TimeFact, localZone: string | null = null): { cmp: Comparable; certain: boolean } | null {
  const interval = timeInterval(t);
  // A clock time with a zone is an instant: "0915 GMT" and "4:15 p.m. local time" in a place seven
  // hours ahead are one moment, though their days may differ across midnight.
  const instant = interval !== null && t.timex === 'TIME' && t.value !== null && t.zone !== undefined ? instantOf(t.value, t.zone === 'local' ? localZone : null) : null;
  if (interval !== null && instant !== null) return { cmp: { kind: 'interval', interval, instant }, certain: timeDoubt(doc, t) === null };
  // "last week" counted from a publication day: readers take it as the past seven days as often as
  // the calendar week before, so a week from a relative phrase decides no conflict on its own.
  const fuzzy = interval !== null && interval.grain === 'week' && t.anchor !== null;
  if (interval !== null) return { cmp: { kind: 'interval', interval }, certain: timeDoubt(doc, t) === null && !fuzzy };
  // "for years" (PXY), "several days" (PXD): a vague length agrees with any count of its unit
  if (t.timex === 'DURATION' && t.value !== null && t.value.includes('X')) return null;
  if (t.timex === 'DURATION' && t.value !== null) return { cmp: { kind: 'duration', value: t.value }, certain: true };
  const { weekday, month, day } = t.stated;
  if (weekday !== undefined || month !== undefined) return { cmp: { kind: 'stated', weekday, month, day }, certain: false };
  return null;
}

/** The value shown for a time fact: its TIMEX value, or what the text stated when unresolved. */
export function timeShown(t: TimeFact): string {
  if (t.value !== null) return t.endValue ? `${t.value}/${t.endValue}` : t.value;
  const parts = [t.stated.weekday ? WEEKDAY_NAMES[t.stated.weekday] : '', t.stated.month ? MONTH_NAMES[t.stated.month] : ''].filter(Boolean);
  return parts.length > 0 ? `${parts.join(', ')} (unresolved)` : 'unresolved';
}

/**
 * "on Saturday about 8.40am ... arrested around 9.35am": a clock time alone takes the weekday of
 * the bare weekday it was counted from (one step), so that it is as much a guess of the week.
 */
export function bareWeekdayOfAnchor(t: TimeFact, index: FactIndex): number | undefined {
  if (t.stated.day !== undefined || t.stated.month !== undefined || t.anchor === null) return undefined;
  const a = t.anchor.kind === 'fact' ? index.byId.get(t.anchor.fact) : undefined;
  if (a?.kind !== 'time' || a.stated.day !== undefined || a.stated.month !== undefined) return undefined;
  return a.stated.weekday;
}
