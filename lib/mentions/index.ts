/**
 * The mentions stage, between extraction and clustering: every event mention with its
 * participants, place and time resolved, whether that time can be trusted, and — decided once,
 * here — whether the mention is its article's current news, with the reason.
 *
 * The decision ({@link News}) has two parts. `status` is what the words say first — `earlier`
 * ("the minister last visited Lyon", "his previous visit"), `retold` (a mention sharing its time
 * with such an earlier occasion: "... from October 17-18, one of her first trips abroad") — else
 * what the time says against the publication date (`dated`, a {@link DateStatus}). Two readers
 * read it, for two jobs, and each reads what its job needs:
 *
 * - **Grouping articles** (`lib/cluster`, {@link newsForGrouping}): a mention is news unless
 *   something says it is not: `current`, `weekday`, `near` (a day or a week meeting the window of
 *   ±{@link CURRENT_WINDOW_DAYS} days: "this week" tells that the news is recent), and also
 *   `undated`, `unresolved` and `doubtful` mentions — an article's news often comes with no date
 *   or one the tool can only guess, and leaving it out would leave the article without news to
 *   group by. Not news: `earlier`, `retold`, `month-only` ("met in March" is never the news),
 *   `unplaced` and `other-occasion`.
 * - **Comparing dates** (`lib/judge`, {@link newsForDates}): a date claim is compared as the
 *   news of two events only when its date says so plainly: `current` (a single day within the
 *   window) or `weekday` (a weekday no date resolves, compared by its name). A week, a guessed or
 *   unresolved date would set two events apart on nothing. The judge reads `dated` for a
 *   `retold` mention: only the mention's own words ("last visited") keep its date out; the
 *   grouping, which must not take an earlier occasion for the news, also keeps out the mentions
 *   that share its time.
 */
import { pushTo } from '../util/group.ts';
import { daysFromCivil } from '../calendar/days.ts';
import { gapDays, timeInterval } from '../calendar/intervals.ts';
import type { DateStatus, DayInterval, Document, EventFact, Fact, FactIndex, Mention, Mentions, News, PersonFact, TimeFact } from '../types.ts';
import { modalityLexicon } from '../text/modality.ts';
import { familyOf } from './families.ts';

export { familyOf, isOngoing } from './families.ts';

/** Days around the publication date within which a dated mention is the article's current news. */
export const CURRENT_WINDOW_DAYS = 7;

/**
 * Articles whose news is further apart than this report different main events (the cluster
 * stage splits them); one event whose own news days lie further apart may be two occasions
 * (the judge softens a conflict on it).
 */
export const MAX_NEWS_GAP_DAYS = 14;

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
  // "arrived on Thursday" dated Wednesday: last week's Thursday, or tomorrow's in a zone ahead
  if (/\/past-tense-or-next-day$/.test(t.rule)) {
    return `a weekday one day after the publication date (${doc.article.published}): the one of the week before, or the next day where the event's clock runs ahead of the publisher's`;
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
  if (!m || !modalityLexicon().previous.has(m[2].toLowerCase())) return false;
  // "the last match of the season", "the last stop of his tour": the final one, not an earlier one.
  if (/^\s+of\b/i.test(doc.body.slice(e.end, e.end + 4))) return false;
  return m[1]?.toLowerCase() !== 'at';
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

/** The states a mention is its article's news in, for grouping articles (see the module comment). */
// not a word list: states of the DateStatus type, checked by the compiler
const GROUPING: ReadonlySet<string> = new Set<DateStatus>(['current', 'weekday', 'near', 'undated', 'unresolved', 'doubtful']);

/** The date states a claim is compared as news in, for comparing dates (see the module comment). */
const DATES: ReadonlySet<string> = new Set<DateStatus>(['current', 'weekday']);

/**
 * True when a mention counts as its article's news for grouping articles into events: also
 * undated, unresolved and doubtful mentions ("arrived", "arrived on Tuesday" with no date to
 * count from), never earlier occasions, months in passing or dates away from publication.
 */
export function newsForGrouping(news: News): boolean {
  return GROUPING.has(news.status);
}

/**
 * True when a date claim of a mention counts as its article's news for comparing dates: a day
 * within the window of the publication date, or a weekday no date resolves — unless its own words
 * make it an earlier occasion.
 */
export function newsForDates(news: News): boolean {
  return news.status !== 'earlier' && DATES.has(news.dated);
}

/** True when the words or the time make a mention an earlier occasion than its article's news. */
export function isEarlier(news: News): boolean {
  return news.status === 'earlier' || news.status === 'retold';
}

/** What a mention's time says of it against its publication day, with the reason. */
function dateStatus(time: TimeFact | null, interval: DayInterval | null, doubt: string | null, pub: DayInterval | null): [DateStatus, string] {
  if (time === null) return ['undated', 'no time is linked to it'];
  if (interval === null) {
    // "last met in March" with no year to count from: a month named without a day is another
    // occasion, as it is when the year is known ("in March" is month grain, never the news).
    if (monthOnly(time)) return ['month-only', `'${time.text}' names a month without a day`];
    if (doubt !== null) return ['doubtful', `'${time.text}' is ${doubt}`];
    if (time.value === null && time.stated.weekday !== undefined) return ['weekday', `'${time.text}' is a weekday no date resolves`];
    return ['unresolved', `'${time.text}' gives no days`];
  }
  if (pub === null) return ['unplaced', `'${time.text}' gives days, but the article has no publication date to place them against`];
  const window: DayInterval = { from: pub.from - CURRENT_WINDOW_DAYS, to: pub.to + CURRENT_WINDOW_DAYS, grain: 'day' };
  if ((interval.grain === 'day' || interval.grain === 'week') && gapDays(interval, window) === 0) {
    if (interval.grain === 'day' && interval.from >= window.from && interval.to <= window.to) return ['current', `'${time.text}' is a day within ${CURRENT_WINDOW_DAYS} days of publication`];
    return ['near', `'${time.text}' meets the ${CURRENT_WINDOW_DAYS} days around publication, but is no single day within them`];
  }
  return ['other-occasion', `'${time.text}' lies outside the ${CURRENT_WINDOW_DAYS} days around publication, or is coarser than a week`];
}

/** The event mentions of one document, with their linked facts resolved and their news status. */
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
    const [dated, why] = dateStatus(time, interval, doubt, pub);
    const news: News = earlier.has(f.id)
      ? { status: 'earlier', dated, reason: `its words make '${f.text}' an earlier occasion than the news` }
      : f.when !== null && earlierTimes.has(f.when)
        ? { status: 'retold', dated, reason: 'its time is that of an earlier occasion the article tells' }
        : { status: dated, dated, reason: why };
    out.push({ fact: f, family: familyOf(f.value), who: [...new Set(who)].sort(), place: where?.kind === 'place' ? where : null, time, interval, doubt, news });
  }
  return out;
}

/** The mentions stage: every document's event mentions with their news status, and the facts indexed. */
export function mentions(docs: readonly Document[], facts: readonly Fact[]): Mentions {
  const index = indexFacts(facts);
  const byArticle = new Map<string, Mention[]>();
  const byFact = new Map<string, Mention>();
  for (const doc of docs) {
    const ms = mentionsOf(doc, index);
    byArticle.set(doc.article.id, ms);
    for (const m of ms) byFact.set(m.fact.id, m);
  }
  return { index, byArticle, byFact };
}
