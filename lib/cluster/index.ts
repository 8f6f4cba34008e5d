/**
 * Clustering: articles and event mentions → real-world events.
 *
 * 1. Articles are grouped by the main event they report (`articles.ts`): one event per group,
 *    dated by the group's current mentions ("arrived on Tuesday" + published 2023-10-17). An
 *    article that tells the group's news as an earlier occasion ("last visited Lyon ... from
 *    October 17-18, 2023") leaves the group: that is not its news.
 * 2. Mentions of other occasions ("met in March", "visited Lyon from October 17-18, 2023") are
 *    joined to a main event whose dates they overlap and whose participants or place they share
 *    (so one article can date the event of another), or to the one undated main event whose news
 *    weekday falls on one of their days ("arrived on Tuesday": October 17, 2023), else grouped
 *    with mentions of the same family and period into events of their own: linked from the
 *    articles, never merged into their main events.
 * 3. Every fact gets its event: an event mention's own, a time linked as its `when`, the event of
 *    the mentions of its sentence when all of them are about one other occasion, else the
 *    article's main event.
 */
import { pushTo } from '../util/group.ts';
import type { Clustering, CrossEvent, DayInterval, Document, EventInfo, Fact, FactIndex, Mention, Mentions, TermCounts } from '../types.ts';
import { clusterArticles, type ArticleGroup, type ArticleGrouping } from './articles.ts';
import { noteLimit } from '../util/limits.ts';
import { isEarlier, MAX_NEWS_GAP_DAYS, mentions as findMentions, monthOnly, newsForGrouping, publicationDay } from '../mentions/index.ts';
import { documentTerms } from './terms.ts';
import { cosine, tfidf, type Vector } from './vectors.ts';
import { dayOnWeekday, gapDays, overlaps } from '../calendar/intervals.ts';
import { placeCountry, samePlaceOrWithin } from '../text/gazetteer.ts';
import { isoDate } from '../calendar/days.ts';
import { maxOf, minOf } from '../util/lists.ts';

interface Draft {
  key: string;
  main: boolean;
  articles: Set<string>;
  mentions: Mention[];
  terms: string[];
  interval: DayInterval | null;
  datedBy: string | null;
}

const TOP_TERMS = 8;

const dayString = isoDate;

/** The contract's start/end strings of an interval, at its grain. */
export function intervalBounds(i: DayInterval | null): { start: string | null; end: string | null } {
  if (i === null) return { start: null, end: null };
  const a = dayString(i.from);
  const b = dayString(i.to);
  if (i.grain === 'year' || i.grain === 'decade') return { start: a.slice(0, 4), end: b.slice(0, 4) };
  if (i.grain === 'month' || i.grain === 'season') return { start: a.slice(0, 7), end: b.slice(0, 7) };
  return { start: a, end: b };
}

const shares = (a: readonly string[], b: readonly string[]): boolean => a.some((x) => b.includes(x));

/** True when two places can be the same (one unknown, the same value, or a city in the named country). */
function placesAgree(a: Mention, b: Mention): boolean {
  if (a.place === null || b.place === null) return true;
  return samePlaceOrWithin(a.place.value, b.place.value);
}

/**
 * Groups the documents' articles and mentions into events. The mentions are the mentions stage's
 * (`lib/mentions`), made here when a caller (a script) runs this stage alone. `corpus`: the term
 * counts of the corpus the documents were picked from (an index), for the articles' grouping.
 * `grouping`: that grouping, when the caller made it already for exactly these documents, facts
 * and corpus (`check`'s last round): its groups are taken and its limits noted again, not made anew.
 */
export function cluster(docs: readonly Document[], facts: readonly Fact[], found: Mentions = findMentions(docs, facts), corpus?: TermCounts, grouping?: ArticleGrouping): Clustering {
  const index = found.index;
  const sorted = [...docs].sort((a, b) => (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0));
  const mentions = new Map(sorted.map((d) => [d.article.id, found.byArticle.get(d.article.id) ?? []]));
  const groups: ArticleGroup[] = articleGroups(sorted, facts, corpus, grouping)
    .flatMap((g) => splitByNewsDate(g, sorted, mentions))
    .flatMap((g) => withoutEarlierTellers(g, mentions));

  // 1. One main event per article group, dated by its current, trustworthy mentions.
  const drafts: Draft[] = [];
  const mainOf = new Map<string, Draft>();
  for (const g of groups) {
    const ms = g.articles.flatMap((a) => mentions.get(a) ?? []).filter((m) => newsForGrouping(m.news));
    // Days only: "this week" says the news is recent, not which day the event began.
    const dated = ms.filter((m) => m.interval !== null && m.fact.status !== 'negated' && m.interval.grain === 'day');
    let interval: DayInterval | null = null;
    let datedBy: string | null = null;
    for (const m of dated) {
      interval = interval === null ? { ...m.interval! } : { from: Math.min(interval.from, m.interval!.from), to: Math.max(interval.to, m.interval!.to), grain: 'day' };
    }
    if (dated.length > 0) {
      const first = [...dated].sort((a, b) => a.interval!.from - b.interval!.from || (a.fact.article < b.fact.article ? -1 : 1) || a.fact.start - b.fact.start)[0];
      datedBy = `'${first.time!.text}' in ${first.fact.article} (${first.time!.chain})`;
    }
    const d: Draft = { key: `main:${g.articles[0]}`, main: true, articles: new Set(g.articles), mentions: ms, terms: g.terms.slice(0, TOP_TERMS), interval, datedBy };
    drafts.push(d);
    for (const a of g.articles) mainOf.set(a, d);
  }

  occasionTerms(drafts, sorted);

  // 2. Mentions of other occasions: joined to a main event they fit, else to events of their own.
  // Both lookups go through an index by month, so that each mention meets only the events of its dates.
  const mainIndex = new DraftIndex();
  for (const d of drafts) mainIndex.add(d);
  // Undated main events by what their news names ("travel" and a person, or a place), for a
  // dated mention elsewhere to date them through a weekday ({@link weekdayDay}).
  const undatedMains = new Map<string, Array<[Draft, Mention]>>();
  for (const d of drafts) {
    if (d.interval !== null) continue;
    for (const x of d.mentions) {
      if (x.interval !== null || x.time?.stated.weekday === undefined) continue;
      for (const k of newsKeys(x)) pushTo(undatedMains, k, [d, x] as [Draft, Mention]);
    }
  }
  const otherIndex = new DraftIndex();
  const others: Draft[] = [];
  const mentionEvent = new Map<string, Draft>();
  // Occasions named by a month the text gives no year for ("last met in March"): grouped by month
  // with mentions whose people and places can be the same, never with a dated event. Filed by
  // month and family, and by month and country of the place, so that a mention meets only the
  // occasions it could join.
  const byMonth = new Map<string, Draft[]>();
  const made = new Map<Draft, number>();
  const monthKeys = (m: Mention): string[] => {
    const month = m.time!.stated.month;
    return [`${month}\u0000${m.family}`, ...(m.place ? [`${month}\u0000@${placeCountry(m.place.value)}`] : [])];
  };
  const undatedOccasion = (m: Mention, article: string): void => {
    const keys = monthKeys(m);
    const near = [...new Set(keys.flatMap((k) => byMonth.get(k) ?? []))].sort((a, b) => made.get(a)! - made.get(b)!);
    // "The two men last met in March in Lima" names no one: people agree unless both name some
    // and share none. Another family counts when both name the place, as for dated occasions
    // ({@link sameOccasion}): "met in March in Lima" and "went to Lima ... in March".
    const d = near.find((x) =>
      x.mentions.some((y) => placesAgree(y, m) && (y.who.length === 0 || m.who.length === 0 || shares(y.who, m.who)) && (y.family === m.family || (y.place !== null && m.place !== null))),
    );
    const target = d ?? { key: `other:${m.fact.article}:${m.fact.start}`, main: false, articles: new Set([article]), mentions: [], terms: [], interval: null, datedBy: null };
    if (!d) {
      made.set(target, made.size);
      others.push(target);
    }
    target.articles.add(article);
    target.mentions.push(m);
    mentionEvent.set(m.fact.id, target);
    // Later mentions find the occasion under every family and country its mentions give.
    for (const k of keys) if (!(byMonth.get(k) ?? []).includes(target)) pushTo(byMonth, k, target);
  };
  for (const doc of sorted) {
    for (const m of mentions.get(doc.article.id) ?? []) {
      if (newsForGrouping(m.news)) {
        mentionEvent.set(m.fact.id, mainOf.get(doc.article.id)!);
        continue;
      }
      if (m.interval === null) {
        if (monthOnly(m.time)) undatedOccasion(m, doc.article.id);
        continue;
      }
      const fits = (d: Draft): boolean =>
        d.interval !== null && overlaps(d.interval, m.interval!) && m.interval!.grain !== 'year' && m.interval!.grain !== 'decade' &&
        d.mentions.some((x) => x.family === m.family && placesAgree(x, m) && (shares(x.who, m.who) || (x.place !== null && m.place !== null) ||
          // "both trips, on October 17-18": no one named, but the very days of the event.
          (m.who.length === 0 && m.place === null && m.interval!.grain === 'day')));
      const main = mainIndex.near(m.interval).find((d) => d !== mainOf.get(doc.article.id) && fits(d)) ?? (fits(mainOf.get(doc.article.id)!) ? mainOf.get(doc.article.id)! : undefined);
      if (main) {
        main.articles.add(doc.article.id);
        main.mentions.push(m);
        mentionEvent.set(m.fact.id, main);
        continue;
      }
      const byWeekday = datesByWeekday(m, undatedMains);
      if (byWeekday) {
        const { draft, news } = byWeekday;
        draft.interval = { ...m.interval };
        draft.datedBy = `'${m.time!.text}' in ${m.fact.article} (${m.time!.chain}), on which '${news.time!.text}' in ${news.fact.article} falls (${dayString(weekdayDay(news, m)!)})`;
        draft.articles.add(doc.article.id);
        draft.mentions.push(m);
        mentionEvent.set(m.fact.id, draft);
        mainIndex.add(draft);
        continue;
      }
      const other = otherIndex.near(m.interval).find((d) => d.interval !== null && sameOccasion(d, m));
      if (other) {
        other.articles.add(doc.article.id);
        other.mentions.push(m);
        // The event spans the finest dates its mentions give: "in March" and "on March 21" → March 21 wins the start.
        if (m.interval.to - m.interval.from < other.interval!.to - other.interval!.from) other.interval = { ...m.interval };
        mentionEvent.set(m.fact.id, other);
      } else {
        const d: Draft = { key: `other:${m.fact.article}:${m.fact.start}`, main: false, articles: new Set([doc.article.id]), mentions: [m], terms: [], interval: { ...m.interval }, datedBy: `'${m.time!.text}' in ${m.fact.article} (${m.time!.chain})` };
        others.push(d);
        otherIndex.add(d);
        mentionEvent.set(m.fact.id, d);
      }
    }
  }

  // 3. Ids in order of first date, then key; labels from families, places and terms.
  const all = [...drafts, ...others].filter((d) => d.main || d.mentions.length > 0);
  all.sort((a, b) => (a.interval?.from ?? Infinity) - (b.interval?.from ?? Infinity) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const idOf = new Map<Draft, string>();
  all.forEach((d, i) => idOf.set(d, `E${i + 1}`));
  const info = new Map<string, EventInfo>();
  const events: CrossEvent[] = all.map((d) => {
    const id = idOf.get(d)!;
    const families = rank(d.mentions.map((m) => m.family));
    const who = rank(d.mentions.flatMap((m) => m.who));
    const { start, end } = intervalBounds(d.interval);
    const event: CrossEvent = { id, label: label(d, families, who), start, end, articles: [...d.articles].sort() };
    info.set(id, { event, main: d.main, terms: d.terms, interval: d.interval, datedBy: d.datedBy, families, who });
    return event;
  });

  // Each article: its main event first, then the other events it mentions.
  const byArticle = new Map<string, string[]>();
  for (const doc of sorted) {
    const main = idOf.get(mainOf.get(doc.article.id)!)!;
    const rest = new Set<string>();
    for (const m of mentions.get(doc.article.id) ?? []) {
      const d = mentionEvent.get(m.fact.id);
      if (d && idOf.get(d) !== main) rest.add(idOf.get(d)!);
    }
    byArticle.set(doc.article.id, [main, ...[...rest].sort((a, b) => +a.slice(1) - +b.slice(1))]);
  }

  return { events, byArticle, factEvent: factEvents(sorted, index, mentions, mentionEvent, idOf, mainOf), info };
}

/**
 * The articles' grouping: `grouping` when it groups exactly the documents (each once), with the
 * limits it reached noted again for this run; else made now.
 */
function articleGroups(sorted: readonly Document[], facts: readonly Fact[], corpus: TermCounts | undefined, grouping: ArticleGrouping | undefined): ArticleGroup[] {
  if (grouping) {
    const ids = grouping.groups.members.flat().sort();
    if (ids.length === sorted.length && ids.every((id, i) => id === sorted[i].article.id)) {
      for (const w of grouping.warnings) noteLimit(w.rule, w.message);
      return grouping.groups.describe();
    }
  }
  return clusterArticles(sorted, facts, undefined, corpus);
}

/**
 * The words that set each main event apart from the others ("forum, anniversary, initiative"
 * against "state, visit, term"): TF-IDF with each main event's articles as one document.
 */
function occasionTerms(drafts: Draft[], docs: readonly Document[]): void {
  if (drafts.length < 2) return;
  const byId = new Map(docs.map((d) => [d.article.id, d]));
  const bags = drafts.map((d) => {
    const bag = new Map<string, number>();
    for (const id of d.articles) {
      // Weights of the lead and of names count, capped: a word one long article repeats does not name the occasion.
      for (const [t, w] of documentTerms(byId.get(id)!)) if (!t.startsWith('#')) bag.set(t, (bag.get(t) ?? 0) + Math.min(w, 6));
    }
    return bag;
  });
  const { vectors } = tfidf(bags);
  drafts.forEach((d, i) => {
    d.terms = [...vectors[i]].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TOP_TERMS).map(([t]) => t);
  });
}

/**
 * The day an article's news happened: the earliest day of its current, trustworthy, day-level
 * mentions ("arrived on Tuesday"), else its publication date when a manifest, metadata or a
 * line of the text gives it (an inferred one is only a lower bound), else null.
 */
function newsDay(doc: Document, ms: readonly Mention[]): number | null {
  const days = ms.filter((m) => newsForGrouping(m.news) && m.interval !== null && m.interval.grain === 'day').map((m) => m.interval!.from);
  if (days.length > 0) return minOf(days);
  if (doc.article.publishedFrom === 'inferred') return null;
  return publicationDay(doc)?.from ?? null;
}

/**
 * True when the group reports one kind of event twice: two of its articles tell, as their own
 * news, that the same person (or place) did the same thing ("arrived on Tuesday", "landed on
 * Thursday") on days further apart than {@link MAX_NEWS_GAP_DAYS}. Follow-up reports of one
 * event, weeks later, tell other things (a charge after an arrest) and stay together.
 */
function recurs(g: ArticleGroup, mentions: Map<string, Mention[]>): boolean {
  const days = new Map<string, Array<[string, number]>>();
  for (const id of g.articles) {
    for (const m of mentions.get(id) ?? []) {
      if (!newsForGrouping(m.news) || m.fact.status !== 'happened' || m.interval === null || m.interval.grain !== 'day') continue;
      for (const k of [...m.who, ...(m.place ? [m.place.value] : [])]) {
        pushTo(days, `${m.family}\u0000${k}`, [id, m.interval.from] as [string, number]);
      }
    }
  }
  for (const l of days.values()) {
    const ds = l.map(([, d]) => d);
    if (maxOf(ds) - minOf(ds) > MAX_NEWS_GAP_DAYS && new Set(l.map(([a]) => a)).size > 1) return true;
  }
  return false;
}

/**
 * Splits a group of articles that reports one kind of event twice ({@link recurs}) where its
 * articles' news days lie more than {@link MAX_NEWS_GAP_DAYS} apart (linked in a chain of nearer
 * days): content alike, occasions apart — the same two leaders meeting in October and again in May. Undated articles go with the part whose words they share
 * most.
 */
function splitByNewsDate(g: ArticleGroup, docs: readonly Document[], mentions: Map<string, Mention[]>): ArticleGroup[] {
  if (g.articles.length < 2) return [g];
  if (!recurs(g, mentions)) return splitByWeekday(g, docs, mentions);
  const byId = new Map(docs.map((d) => [d.article.id, d]));
  const dated: Array<[string, number]> = [];
  const undated: string[] = [];
  for (const id of g.articles) {
    const day = newsDay(byId.get(id)!, mentions.get(id) ?? []);
    if (day === null) undated.push(id);
    else dated.push([id, day]);
  }
  dated.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  const parts: string[][] = [];
  let last = -Infinity;
  for (const [id, day] of dated) {
    if (parts.length === 0 || day - last > MAX_NEWS_GAP_DAYS) parts.push([]);
    parts[parts.length - 1].push(id);
    last = day;
  }
  if (parts.length < 2) return splitByWeekday(g, docs, mentions);
  return attachRest(g, parts, undated, contentVectors(g, byId));
}

/** TF-IDF vectors of a group's articles, computed within the group. */
function contentVectors(g: ArticleGroup, byId: Map<string, Document>): Map<string, Vector> {
  const vectors = tfidf(g.articles.map((id) => documentTerms(byId.get(id)!))).vectors;
  return new Map(g.articles.map((id, i) => [id, vectors[i]]));
}

/** The parts as groups, each article of `rest` added to the part whose words it shares most. */
function attachRest(g: ArticleGroup, parts: string[][], rest: readonly string[], vec: Map<string, Vector>): ArticleGroup[] {
  for (const id of rest) {
    let best = 0;
    let bestSim = -1;
    parts.forEach((p, i) => {
      const sim = p.reduce((sum, other) => sum + cosine(vec.get(id)!, vec.get(other)!), 0) / p.length;
      if (sim > bestSim) [best, bestSim] = [i, sim];
    });
    parts[best].push(id);
  }
  return parts.map((p) => ({ articles: p.sort(), terms: g.terms, start: null }));
}

/**
 * Two articles at least this alike in words (cosine of their TF-IDF vectors within the group) are
 * versions of one story: a weekday they tell differently is a conflict for the judge, not a sign
 * of two occasions.
 */
export const SAME_STORY_SIMILARITY = 0.8;

/**
 * The weekday an article gives, as its own news, for one thing one person did: the
 * ISO weekday of "arrived on Tuesday" when no publication date resolves it; null when it gives
 * none or two different ones.
 */
function newsWeekdays(ms: readonly Mention[]): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const m of ms) {
    const wd = m.time?.stated.weekday;
    // Resolved days are the date rule's ({@link recurs}); plans and hedges are not news that happened.
    if (!newsForGrouping(m.news) || m.fact.status !== 'happened' || m.interval !== null || wd === undefined || m.time!.stated.day !== undefined) continue;
    // People only: a city sees many things on many days ("shot on Saturday", "struck on
    // Wednesday" in one week of riots); one person arrives once on one occasion.
    for (const k of m.who) {
      const key = `${m.family}\u0000${k}`;
      const seen = out.get(key);
      out.set(key, seen === undefined || seen === wd ? wd : null);
    }
  }
  return out;
}

/**
 * Splits a group whose articles, undated, tell as their own news that the same person did the
 * same thing on different weekdays ("arrived on Tuesday", "landed on Thursday"), when no
 * two of those articles are versions of one story ({@link SAME_STORY_SIMILARITY}): one occasion
 * would have one arrival day, and articles that share no story are not one outlet's error
 * repeated. The parts follow the weekdays of the key most articles give; the other articles go
 * with the part whose words they share most. Versions of one story that differ in the weekday stay
 * together, for the judge to call a conflict.
 */
function splitByWeekday(g: ArticleGroup, docs: readonly Document[], mentions: Map<string, Mention[]>): ArticleGroup[] {
  const byKey = new Map<string, Array<[string, number]>>();
  for (const id of g.articles) {
    for (const [key, wd] of newsWeekdays(mentions.get(id) ?? [])) if (wd !== null) pushTo(byKey, key, [id, wd] as [string, number]);
  }
  // The key most articles date, then the first in code-unit order: the choice is deterministic.
  const keys = [...byKey].filter(([, l]) => new Set(l.map(([, wd]) => wd)).size > 1).sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  if (keys.length === 0) return [g];
  const byId = new Map(docs.map((d) => [d.article.id, d]));
  const vec = contentVectors(g, byId);
  for (const [, list] of keys) {
    const apart = list.every(([a, x]) => list.every(([b, y]) => x === y || cosine(vec.get(a)!, vec.get(b)!) < SAME_STORY_SIMILARITY));
    if (!apart) continue;
    const byDay = new Map<number, string[]>();
    for (const [id, wd] of list) pushTo(byDay, wd, id);
    const parts = [...byDay].sort((a, b) => a[0] - b[0]).map(([, ids]) => ids);
    const placed = new Set(list.map(([id]) => id));
    return attachRest(g, parts, g.articles.filter((id) => !placed.has(id)), vec);
  }
  return [g];
}

/**
 * The one day of a mention's dates that falls on the weekday another mention states for its news:
 * "arrived in Lyon on Tuesday" (no date to count from) and "visited France from October 17-18,
 * 2023" → 2023-10-17, a Tuesday. Null when the dates are not days, span more than a week, or hold
 * no such weekday.
 */
export function weekdayDay(news: Mention, dated: Mention): number | null {
  const wd = news.time?.stated.weekday;
  if (wd === undefined || news.interval !== null || news.time!.stated.day !== undefined || dated.interval === null) return null;
  return dayOnWeekday(dated.interval, wd);
}

/**
 * True when `news` (an article's own news) and `dated` (a dated mention elsewhere) can tell one
 * occasion: the same family, a shared person or agreeing named places, and dates that overlap or,
 * for news with only a weekday, dates that hold that weekday.
 */
function sameNews(news: Mention, dated: Mention): boolean {
  if (!newsForGrouping(news.news) || news.fact.status !== 'happened' || news.family !== dated.family || dated.interval === null) return false;
  // Tied by a person, or by two named places; and no two places that cannot be one.
  const tied = shares(news.who, dated.who) || (news.place !== null && dated.place !== null);
  if (!tied || !placesAgree(news, dated)) return false;
  return news.interval !== null ? overlaps(news.interval, dated.interval) : weekdayDay(news, dated) !== null;
}

/** Keys an undated main event is found by: family with each person, family with its place. */
function newsKeys(m: Mention): string[] {
  return [...m.who, ...(m.place ? [`@${m.place.value}`] : [])].map((k) => `${m.family}\u0000${k}`);
}

/**
 * The one undated main event a dated mention of another occasion dates through a weekday, with
 * the news mention that decides: none when no event, or more than one, fits.
 */
function datesByWeekday(m: Mention, undatedMains: Map<string, Array<[Draft, Mention]>>): { draft: Draft; news: Mention } | null {
  if (m.interval === null || m.interval.grain !== 'day' || m.fact.status !== 'happened') return null;
  const found = new Map<Draft, Mention>();
  // Each key holds the weekday news of undated main events, in the order of the drafts: the
  // first news of a draft that fits decides its message.
  for (const k of newsKeys(m)) {
    for (const [d, x] of undatedMains.get(k) ?? []) {
      if (d.interval !== null || found.has(d) || !sameNews(x, m)) continue;
      found.set(d, x);
    }
  }
  if (found.size !== 1) return null;
  const [[draft, news]] = [...found];
  return { draft, news };
}

/**
 * Takes out of a group each article that tells the group's news as an earlier occasion: "Novak last
 * visited Lyon for the forum from October 17-18, 2023" is not a report of the visit another
 * article tells ("arrived in Lyon on Tuesday", October 17 a Tuesday), however alike their words. Such
 * an article reports something else (here, the next visit) and stands as its own main event.
 */
function withoutEarlierTellers(g: ArticleGroup, mentions: Map<string, Mention[]>): ArticleGroup[] {
  if (g.articles.length < 2) return [g];
  const tellers = g.articles.filter((a) => (mentions.get(a) ?? []).some((m) => isEarlier(m.news) && m.fact.status === 'happened' && m.interval !== null));
  if (tellers.length === 0) return [g];
  // The group's news by family and person or place, so that each earlier occasion meets only the
  // news it could be: the work grows with the group, not with its square.
  const news = new Map<string, Mention[]>();
  for (const a of g.articles) for (const x of mentions.get(a) ?? []) if (newsForGrouping(x.news) && x.fact.status === 'happened') for (const k of newsKeys(x)) pushTo(news, k, x);
  const out = new Set<string>();
  for (const a of tellers) {
    for (const m of mentions.get(a) ?? []) {
      if (!isEarlier(m.news) || m.fact.status !== 'happened' || m.interval === null) continue;
      const told = newsKeys(m).some((k) => (news.get(k) ?? []).some((x) => x.fact.article !== a && !out.has(x.fact.article) && sameNews(x, m)));
      if (told) {
        out.add(a);
        break;
      }
    }
  }
  if (out.size === 0 || out.size === g.articles.length) return [g];
  return [{ ...g, articles: g.articles.filter((a) => !out.has(a)) }, ...[...out].map((a) => ({ articles: [a], terms: g.terms, start: null }))];
}

/**
 * Events by the months their dates cover (a year or a decade by its years): the events a dated
 * mention can belong to are found without a pass over all of them.
 */
class DraftIndex {
  private months = new Map<number, Draft[]>();
  private years = new Map<number, Draft[]>();
  private order = new Map<Draft, number>();

  /** Files an event under its months, or under its years when it spans more than two years. */
  add(d: Draft): void {
    if (d.interval === null) return;
    this.order.set(d, this.order.size);
    const [a, b] = [monthKey(d.interval.from), monthKey(d.interval.to)];
    if (b - a <= 24) for (let k = a; k <= b; k++) pushTo(this.months, k, d);
    else for (let y = Math.floor(a / 12); y <= Math.floor(b / 12); y++) pushTo(this.years, y, d);
  }

  /** Events whose months or years meet the interval's, in the order they were added. */
  near(i: DayInterval): Draft[] {
    const found = new Set<Draft>();
    const [a, b] = [monthKey(i.from), monthKey(i.to)];
    for (let k = a; k <= Math.min(b, a + 120); k++) for (const d of this.months.get(k) ?? []) found.add(d);
    for (let y = Math.floor(a / 12); y <= Math.floor(b / 12); y++) for (const d of this.years.get(y) ?? []) found.add(d);
    return [...found].sort((x, y) => this.order.get(x)! - this.order.get(y)!);
  }
}

/** A month count of a day number (year × 12 + month), through the calendar of values.ts. */
function monthKey(day: number): number {
  const [y, m] = dayString(day).split('-').map(Number);
  return y * 12 + (m - 1);
}

/** True when a mention is of the same other occasion as an event: same family or place, overlapping dates, shared people or place. */
function sameOccasion(d: Draft, m: Mention): boolean {
  if (!overlaps(d.interval!, m.interval!)) return false;
  // A year is too coarse to join two occasions on ("in 2013"): only the same family and place.
  const coarse = m.interval!.grain === 'year' || m.interval!.grain === 'decade' || d.interval!.grain === 'year';
  return d.mentions.some((x) => {
    const people = x.who.length === 0 || m.who.length === 0 || shares(x.who, m.who);
    const place = placesAgree(x, m);
    if (coarse) return x.family === m.family && place && people && gapDays(x.interval ?? d.interval!, m.interval!) === 0;
    return place && people && (x.family === m.family || (x.place !== null && m.place !== null));
  });
}

/** Values by frequency, then alphabetically. */
function rank(values: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([v]) => v);
}

/** "travel · Anna Novak · Lyon, FR · forum, summit, trade" — enough to tell two events apart. */
function label(d: Draft, families: string[], who: string[]): string {
  const places = rank(d.mentions.filter((m) => m.place !== null).map((m) => m.place!.value));
  const parts = [families[0] ?? 'event', who[0], places[0], d.terms.slice(0, 3).join(', ')].filter((p) => p);
  return parts.join(' · ');
}

/** Every fact's event. */
function factEvents(
  docs: readonly Document[],
  index: FactIndex,
  mentions: Map<string, Mention[]>,
  mentionEvent: Map<string, Draft>,
  idOf: Map<Draft, string>,
  mainOf: Map<string, Draft>,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const doc of docs) {
    const main = idOf.get(mainOf.get(doc.article.id)!)!;
    const bySentence = new Map<number, Set<string>>();
    const linked = new Map<string, string>();
    for (const m of mentions.get(doc.article.id) ?? []) {
      const d = mentionEvent.get(m.fact.id);
      const id = d ? idOf.get(d)! : main;
      out.set(m.fact.id, id);
      for (const l of [m.fact.when, m.fact.where]) if (l) linked.set(l, id);
      let s = bySentence.get(m.fact.sentence);
      if (!s) bySentence.set(m.fact.sentence, (s = new Set()));
      s.add(id);
    }
    for (const f of index.byArticle.get(doc.article.id) ?? []) {
      if (out.has(f.id)) continue;
      const l = linked.get(f.id);
      if (l) {
        out.set(f.id, l);
        continue;
      }
      // "The two men met in March in Madrid, when Novak signed ...": a sentence wholly about another occasion.
      const s = bySentence.get(f.sentence);
      out.set(f.id, s && s.size === 1 ? [...s][0] : main);
    }
  }
  return out;
}
