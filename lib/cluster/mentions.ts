/**
 * Event mentions as the event stage reads them: the event fact with its participants, place and
 * time resolved to values, whether that time can be trusted, and whether the mention reports the
 * article's current news or an occasion in passing ("met in March", "visited in 2019").
 */
import { pushTo } from '../util/group.ts';
import { readFileSync } from 'node:fs';
import { daysFromCivil } from '../calendar/days.ts';
import { gapDays, timeInterval } from '../calendar/intervals.ts';
import type { DayInterval, Document, EventFact, Fact, PersonFact, PlaceFact, TimeFact } from '../types.ts';
import { MODALITY } from '../text/modality.ts';

/** Days around the publication date within which a dated mention is the article's current news. */
export const CURRENT_WINDOW_DAYS = 7;

const FAMILY_FILE = JSON.parse(readFileSync(new URL('../../data/lexicon/event-families.json', import.meta.url), 'utf8')) as { families: Record<string, string[]>; ongoing?: string[] };

const FAMILIES: Map<string, string> = (() => {
  const map = new Map<string, string>();
  for (const [family, types] of Object.entries(FAMILY_FILE.families)) for (const t of types) map.set(t, family);
  return map;
})();

const ONGOING: ReadonlySet<string> = new Set(FAMILY_FILE.ongoing ?? []);

/** True for an event type that goes on for days ("riot", "protest", "walkout"): see the families file. */
export function isOngoing(type: string): boolean {
  return ONGOING.has(type);
}

/** The family of an event type: types that describe one occasion in other words share it. */
export function familyOf(type: string): string {
  return FAMILIES.get(type) ?? type;
}

/** An event mention with what the event stage needs of its linked facts. */
export interface Mention {
  fact: EventFact;
  family: string;
  /** Canonical names of the participants. */
  who: string[];
  place: PlaceFact | null;
  time: TimeFact | null;
  /** The days the time covers, when resolved and trustworthy. */
  interval: DayInterval | null;
  /** Why the time cannot be trusted, when it was resolved but rests on a guess. */
  doubt: string | null;
  /** True when the mention is the article's current news (within the window of its publication, or undated). */
  current: boolean;
  /** True when the words make it an earlier occasion than the news ("last visited", "his previous visit"). */
  previous: boolean;
}

/** Facts of a run by id, and each article's facts in offset order. */
export interface FactIndex {
  byId: Map<string, Fact>;
  byArticle: Map<string, Fact[]>;
}

/** Indexes facts by id and by article. */
export function indexFacts(facts: readonly Fact[]): FactIndex {
  const byId = new Map<string, Fact>();
  const byArticle = new Map<string, Fact[]>();
  for (const f of facts) {
    byId.set(f.id, f);
    pushTo(byArticle, f.article, f);
  }
  return { byId, byArticle };
}

/** The publication day of a document as an interval, or null. */
export function publicationDay(doc: Document): DayInterval | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(doc.article.published ?? '');
  if (!m) return null;
  const d = daysFromCivil(+m[1], +m[2], +m[3]);
  return { from: d, to: d, grain: 'day' };
}

/**
 * Why a resolved time of this document is not to be trusted, or null when it is. A value
 * counted from a publication date the tool only inferred from the text ("published 2023-10-18"
 * as the earliest date the article could have) is a guess: the article may be months younger.
 */
export function timeDoubt(doc: Document, t: TimeFact): string | null {
  if (t.value === null) return null;
  if (doc.article.publishedFrom === 'inferred' && t.anchor !== null) {
    return `counted from a publication date inferred from the text (${doc.article.published}), which is only the earliest it can be`;
  }
  return null;
}

// The word right before an event's word, and the one before it: "last visited", "at last arrived".
// Letters only, anchored at the end of a slice of at most 40 characters: linear.
const WORDS_BEFORE = /(?:(\p{L}+)\s+)?(\p{L}+)\s+$/u;

/**
 * True when the words make the event an earlier occasion than the article's news: "the minister
 * last visited Lyon for the forum from October 17-18", "his previous visit", "a prior trip". Such
 * a mention is never the article's current news, whatever its date; "at last arrived" is not one.
 */
export function previousOccasion(doc: Document, e: EventFact): boolean {
  const m = WORDS_BEFORE.exec(doc.body.slice(Math.max(0, e.start - 40), e.start));
  if (!m || !MODALITY.previous.has(m[2].toLowerCase())) return false;
  // "the last match of the season", "the last stop of his tour": the final one, not an earlier one.
  if (/^\s+of\b/i.test(doc.body.slice(e.end, e.end + 4))) return false;
  return m[1]?.toLowerCase() !== 'at';
}

/** The event mentions of one document, with their linked facts resolved. */
export function mentionsOf(doc: Document, index: FactIndex): Mention[] {
  const pub = publicationDay(doc);
  const out: Mention[] = [];
  const facts = index.byArticle.get(doc.article.id) ?? [];
  // "Novak last visited Lyon for the forum from October 17-18, 2023, one of her first trips
  // abroad since ...": the trips are that earlier visit again, dated by the same words.
  const earlier = new Set<string>();
  const earlierTimes = new Set<string>();
  for (const f of facts) {
    if (f.kind !== 'event' || !previousOccasion(doc, f)) continue;
    earlier.add(f.id);
    if (f.when) earlierTimes.add(f.when);
  }
  for (const f of facts) {
    if (f.kind !== 'event') continue;
    const who = f.who.map((id) => index.byId.get(id)).filter((p): p is PersonFact => p?.kind === 'person').map((p) => p.value);
    const where = f.where ? index.byId.get(f.where) : undefined;
    const when = f.when ? index.byId.get(f.when) : undefined;
    const time = when?.kind === 'time' ? when : null;
    const doubt = time ? timeDoubt(doc, time) : null;
    const interval = time && doubt === null ? timeInterval(time) : null;
    // Undated mentions report the current news; dated ones only when the date falls near publication
    // ("arrived on Tuesday"), never a month or year in passing ("met in March", "in 2013").
    // "last met in March" with no year to count from: a month named without a day is another
    // occasion, as it is when the year is known ("in March" is month grain, never the news).
    const previous = earlier.has(f.id) || (f.when !== null && earlierTimes.has(f.when));
    let current = interval === null && !monthOnly(time) && !previous;
    if (previous) {
      current = false;
    } else if (interval !== null && pub !== null) {
      const window: DayInterval = { from: pub.from - CURRENT_WINDOW_DAYS, to: pub.to + CURRENT_WINDOW_DAYS, grain: 'day' };
      current = (interval.grain === 'day' || interval.grain === 'week') && gapDays(interval, window) === 0;
    } else if (interval !== null) {
      current = false;
    }
    out.push({ fact: f, family: familyOf(f.value), who: [...new Set(who)].sort(), place: where?.kind === 'place' ? where : null, time, interval, doubt, current, previous });
  }
  return out;
}

/**
 * True for a time that states a month but no day, weekday or clock: "in
 * March", "March of last year". Relative words ("this week", "recently") state none of these.
 */
export function monthOnly(t: TimeFact | null): boolean {
  if (t === null) return false;
  const s = t.stated;
  return s.month !== undefined && s.day === undefined && s.weekday === undefined && s.hour === undefined;
}
