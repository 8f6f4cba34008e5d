/**
 * Judging: claims aligned slot by slot → findings.
 *
 * Claims are compared only within a block (attribute + event family, counted noun, person or
 * speaker), so the work grows with the claims of a block, not with the corpus. Within a block:
 *
 * 1. **Same statement, other value** — two claims whose sentences are near-identical apart from
 *    the value ("landed in the capital early on _") and whose values cannot both be true: a
 *    `conflict`, whatever else is known. This is what a copied-and-edited report looks like.
 * 2. **One event** — claims of one event, article by article: when some article's values are all
 *    incompatible with another's, a `conflict` if every value involved is resolved and trusted,
 *    else `unresolved` — as it is for two roles or places in other words, a hedged account
 *    ("tried to storm"), two days of an event that goes on for days (a riot), or a bare weekday
 *    whose week only the tool chose; when every article is compatible with another, an `agreement` (a coarser
 *    and a finer value agree: "in May" and "May 16"; so does a forecast that came true).
 * 3. **Two events** — the current news of two different events (the main events of articles)
 *    with values of one type that would clash: `different-events` when trusted dates separate the
 *    events, or when, undated, the events were told apart by these very weekdays (each side's
 *    articles agree on its day and share no story), else `unresolved`, saying that only the
 *    wording sets them apart.
 *
 * A value only one source states is no finding. Ids are fingerprints of what a finding is about
 * (rule, slot, the articles and sentences of its claims), so they survive reruns, other machines
 * and other input orders; the evidence fingerprint changes when a claim's words or value do.
 */
import { groupBy, pushTo } from '../util/group.ts';
import { isOngoing, MAX_NEWS_GAP_DAYS, mentions as findMentions } from '../mentions/index.ts';
import { weekdayMismatches } from '../extract/time/index.ts';
import { WEEKDAY_NAMES } from '../extract/time/words.ts';
import { isoDate, isoWeekday } from '../calendar/days.ts';
import { dayOnWeekday } from '../calendar/intervals.ts';
import type { Claim, Clustering, Document, EventInfo, Fact, Finding, Mentions, PersonFact, TimeFact, Verdict } from '../types.ts';
import { fingerprint } from '../util/hash.ts';
import { buildClaims, vagueCount, type Candidate } from './claims.ts';
import { compatible, contextSimilarity, sameStatement, similarity, wordOverlap } from './compare.ts';
import { describe, type Draft } from './messages.ts';

/** Contexts at least this similar make two vague numbers ("3 people") the same count. */
const SAME_COUNT_CONTEXT = 0.5;
/** The most claims of one block and event compared pair by pair; beyond, only equal contexts meet. */
const MAX_PAIRWISE = 300;

/**
 * Judges the facts of all documents into findings, sorted by verdict severity then id. The
 * mentions are the mentions stage's (`lib/mentions`), made here when a script runs this stage alone.
 */
export function judge(docs: readonly Document[], facts: readonly Fact[], clustering: Clustering, found: Mentions = findMentions(docs, facts)): Finding[] {
  const index = found.index;
  const docMap = new Map(docs.map((d) => [d.article.id, d]));
  const mainEvents = new Set([...clustering.info.values()].filter((i) => i.main).map((i) => i.event.id));
  const people = groupBy(facts.filter((f): f is PersonFact => f.kind === 'person'), (f) => `${f.article}\u0000${f.sentence}`);
  const claims = buildClaims({ docs: docMap, index, mentions: found.byFact, factEvent: clustering.factEvent, mainEvents, people });
  const memo = new Map<string, number>();
  const drafts: Draft[] = [];
  // Facts already in a same-statement conflict: one changed value is one finding, in whichever
  // block (travel, attend, ...) it was met first.
  const changed = new Set<string>();

  const blocks = groupBy(claims, (c) => c.block);
  for (const block of [...blocks.keys()].sort()) {
    const list = blocks.get(block)!;
    if (new Set(list.map((c) => c.article)).size < 2) continue;
    drafts.push(...judgeBlock(list, clustering.info, memo, changed));
  }
  // A quotation whose copy changed only a number or a date in it ("including 7 rifles") is one
  // finding, the number's: the more exact claim.
  const inside = (outer: Candidate, inner: Candidate): boolean => outer !== inner && outer.article === inner.article && outer.start <= inner.start && inner.end <= outer.end;
  const statements = drafts.filter((d) => d.reason === 'same-statement');
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i];
    if (d.reason !== 'same-statement' || d.claims[0].attribute !== 'quote') continue;
    if (statements.some((o) => o !== d && d.claims.every((c) => o.claims.some((x) => inside(c, x))))) drafts.splice(i, 1);
  }

  // A weekday that disagrees with its date and with another copy of its sentence is one finding, the latter.
  const compared = new Set(drafts.filter((d) => d.reason === 'same-statement').flatMap((d) => d.claims.map((c) => c.fact)));
  drafts.push(...mismatches(docs, facts).filter((d) => !compared.has(d.claims[0].fact)));
  return finish(drafts, clustering.info);
}

/** Claims of one block grouped by event (null events by article: nothing ties them). */
function byEvent(list: readonly Candidate[]): Map<string, Candidate[]> {
  return groupBy(list, (c) => c.event ?? `~${c.article}`);
}

/** The findings of one block. */
function judgeBlock(list: readonly Candidate[], info: Map<string, EventInfo>, memo: Map<string, number>, changed: Set<string>): Draft[] {
  const out: Draft[] = [];
  const used = new Set<Candidate>();
  const events = byEvent(list);

  // 1. The same statement with another value: near-identical sentences, incompatible values. Across
  // events too: an event is dated by these very values, so a changed date lands in another one.
  // Copies stand at the same offsets, give or take an edit: the nearest pairs are taken first.
  // A statement found unchanged in the other article (same words, same value, same words around)
  // is not the changed copy of another one there.
  const stated = new Set(list.map((c) => statementKey(c.article, c)));
  const unchanged = (c: Candidate, other: string): boolean => stated.has(statementKey(other, c));
  const copies = pairsOf(list)
    .filter(([a, b]) => a.type === b.type && !unchanged(a, b.article) && !unchanged(b, a.article) && differs(a, b) && sameStatement(a, b, memo))
    .sort(([a, b], [c, d]) => Math.abs(a.start - b.start) - Math.abs(c.start - d.start) || a.start - c.start || b.start - d.start);
  const factKey = (c: Candidate): string => `${c.article}\u0000${c.fact || c.start}`;
  for (const [a, b] of copies) {
    if (used.has(a) || used.has(b)) continue;
    used.add(a).add(b);
    if (changed.has(factKey(a)) || changed.has(factKey(b))) continue;
    changed.add(factKey(a)).add(factKey(b));
    out.push({ verdict: 'conflict', reason: 'same-statement', claims: [a, b], confidence: 0.9 });
  }

  if (list[0].loose) return out;

  // 2. One event, article by article.
  for (const [key, group] of [...events].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (key.startsWith('~')) continue;
    const rest = group.filter((c) => !used.has(c) && !changed.has(factKey(c)));
    const d = judgeEvent(rest, memo, info.get(key));
    if (d) out.push(d);
  }

  // 3. Two events whose current news would clash.
  out.push(...acrossEvents(list.filter((c) => !used.has(c) && !changed.has(factKey(c)) && c.current === true && c.status === 'happened'), info));
  return out;
}

/** A claim's sentence, words, value and neighbours, as stated in one article. */
function statementKey(article: string, c: Candidate): string {
  // The sentence index too: a text may say the same twice ("a 15-year-old boy"), and a copy that
  // changes one of the two still holds the other unchanged.
  return [article, c.sentence, c.text, c.value ?? '', c.sides?.[0] ?? '', c.sides?.[1] ?? ''].join('\u0000');
}

/**
 * Whether two copies of one statement differ in value. A number in the same words is compared
 * as written: "more than 40" and "more than 52" overlap as ranges, but one statement cannot say both.
 */
function differs(a: Candidate, b: Candidate): boolean {
  if (a.cmp.kind === 'number' && b.cmp.kind === 'number') return a.value !== b.value;
  // One quotation in two copies of a sentence: any word changed is another quotation, even one
  // that reads like an excerpt of it.
  if (a.cmp.kind === 'quote' && b.cmp.kind === 'quote') {
    const [x, y] = [` ${a.cmp.words.join(' ')} `, ` ${b.cmp.words.join(' ')} `];
    // One copy quoting more of the remark ("... the rest of his life. I'm not disappointed") is no change.
    return !x.includes(y) && !y.includes(x);
  }
  // "on Saturday 8 October" and "on Tuesday 8 October": one date, two statements.
  if (a.weekday !== undefined && b.weekday !== undefined && a.weekday !== b.weekday) return true;
  return compatible(a.cmp, b.cmp) === false;
}

/** Pairs of claims from different articles; large groups meet only on equal contexts. */
function pairsOf(group: readonly Candidate[]): Array<[Candidate, Candidate]> {
  const out: Array<[Candidate, Candidate]> = [];
  if (group.length <= MAX_PAIRWISE) {
    for (let i = 0; i < group.length; i++) for (let j = i + 1; j < group.length; j++) if (group[i].article !== group[j].article) out.push([group[i], group[j]]);
    return out;
  }
  // Beyond the cap, block again on the context's opening words: copies of a statement share them.
  for (const l of groupBy(group, (c) => c.context.slice(0, 24)).values()) if (l.length <= MAX_PAIRWISE) out.push(...pairsOf(l));
  return out;
}

/**
 * Whether a clash of two claims of one event is about one statement: numbers in sentences alike
 * (half their bigrams shared: "sentenced to seven life terms" and "to four life terms" may be two
 * counts of one sentence hearing), quotations mostly the same words (one changed word in a long
 * quotation, not two excerpts of a speech).
 */
function alignedClosely(a: Candidate, b: Candidate, memo: Map<string, number>): boolean {
  // The words right around the two numbers, not the whole sentence: "killed 10 people" and
  // "5 people were hurt" share a long sentence about one quake, not one count.
  if (a.attribute === 'number' || a.attribute === 'age' || a.attribute === 'duration') return nearSimilarity(a, b, memo) >= SAME_COUNT_CONTEXT;
  if (a.cmp.kind === 'quote' && b.cmp.kind === 'quote') return Math.min(a.cmp.words.length, b.cmp.words.length) >= 6 && wordOverlap(a.cmp.words, b.cmp.words) >= 0.8;
  return true;
}

/** Mean bigram similarity of the words just before and just after two claims. */
function nearSimilarity(a: Candidate, b: Candidate, memo: Map<string, number>): number {
  const side = (x: string, y: string): number => similarity(x, y, memo);
  const [al, ar] = a.sides ?? ['', ''];
  const [bl, br] = b.sides ?? ['', ''];
  return (side(al.slice(-30), bl.slice(-30)) + side(ar.slice(0, 30), br.slice(0, 30))) / 2;
}

/** Whether two claims of one event speak of the same thing. */
function aligned(a: Candidate, b: Candidate, memo: Map<string, number>): boolean {
  if (a.attribute === 'number') return vagueCount(a) ? contextSimilarity(a, b, memo) >= SAME_COUNT_CONTEXT : a.type === b.type;
  if (a.attribute === 'quote') return compatible(a.cmp, b.cmp) !== null;
  // The date of an arrest of one person, not of anyone's arrest in the story.
  if (a.attribute === 'date' && a.who.length > 0 && b.who.length > 0) return a.who.some((w) => b.who.includes(w));
  return true;
}

/** Distinct accounts of one event compared pair by pair at most; beyond, the first by article id. */
const MAX_ACCOUNTS = 80;

/**
 * The verdict on one event's claims of one block, or null when fewer than two articles align.
 * Articles that make the same claims in the same words (reprints, copies) are one account: each
 * account is compared with each other once, and its verdict holds for all its articles.
 */
function judgeEvent(group: readonly Candidate[], memo: Map<string, number>, info?: EventInfo): Draft | null {
  const of = groupBy(group, (c) => c.article);
  if (of.size < 2) return null;
  const signature = (cs: readonly Candidate[]): string => cs.map((c) => `${c.type}\u0001${c.value}\u0001${c.text}\u0001${c.context}`).sort().join('\u0002');
  const accounts = groupBy([...of.keys()].sort(), (article) => signature(of.get(article)!));
  const reps = [...accounts.values()].slice(0, MAX_ACCOUNTS);
  const agree = new Map<string, Candidate>();
  const clash: Candidate[] = [];
  let allCertain = true;
  // True when a clash rests on a loose alignment: the same counted noun in unlike sentences.
  let weak = false;
  // True when a clash is only in the week a bare weekday was counted into (see otherWeek).
  let weekGuessed = false;
  // The claim of an article matching a representative's claim (same type, value and words).
  const twin = (article: string, c: Candidate): Candidate => of.get(article)!.find((x) => x.type === c.type && x.value === c.value && x.text === c.text) ?? c;
  const agreeAll = (members: readonly string[], c: Candidate): void => {
    for (const m of members) if (!agree.has(m)) agree.set(m, twin(m, c));
  };
  for (const members of reps) if (members.length > 1) agreeAll(members, of.get(members[0])![0]);
  for (let i = 0; i < reps.length; i++) {
    for (let j = i + 1; j < reps.length; j++) {
      const A = of.get(reps[i][0])!;
      const B = of.get(reps[j][0])!;
      let compat: [Candidate, Candidate] | null = null;
      let conflict: [Candidate, Candidate] | null = null;
      for (const a of A) {
        for (const b of B) {
          if (!aligned(a, b, memo)) continue;
          // "killed Friday" in both, counted from two publication dates: the sources say the same
          // words; where the dates they count from differ, that is its own finding.
          const v = a.anchored && b.anchored && a.text === b.text ? true : compatible(a.cmp, b.cmp);
          if (v === true && compat === null) compat = [a, b];
          // Only claims of one type can clash: a visit spans days, an arrival is one of them.
          if (v === false && a.type === b.type && conflict === null) conflict = [a, b];
        }
      }
      if (compat) {
        agreeAll(reps[i], compat[0]);
        agreeAll(reps[j], compat[1]);
      } else if (conflict) {
        if (!alignedClosely(conflict[0], conflict[1], memo)) weak = true;
        for (const [members, c] of [[reps[i], conflict[0]], [reps[j], conflict[1]]] as const) {
          for (const m of members) {
            const t = twin(m, c);
            if (!clash.includes(t)) clash.push(t);
          }
        }
        if (!conflict[0].certain || !conflict[1].certain) allCertain = false;
        if (otherWeek(conflict[0], conflict[1]) || otherWeek(conflict[1], conflict[0])) weekGuessed = true;
      }
    }
  }
  if (clash.length > 0) {
    // Roles in other words may be synonyms; one event may take the reader to several places
    // ("met in the capital, then toured the north"): an editor decides.
    // An event whose own news days lie weeks apart may be two occasions the grouping joined.
    const spread = info?.interval ? info.interval.to - info.interval.from > MAX_NEWS_GAP_DAYS : false;
    // "protesters tried to storm it on Wednesday" against "stormed it on Tuesday": an attempt or a
    // possibility is no statement that the thing happened then. (A "foiled attack" is negated, but
    // the attempt has a day of its own, which outlets can tell differently: that stays a conflict.)
    const tentative = clash.some((c) => c.status === 'hedged');
    // "rioted tonight" against "the riot ... Monday": riots, protests and strikes go on for days.
    const ongoing = clash[0].attribute === 'date' && clash.every((c) => isOngoing(c.type)) && daysApart(clash) <= ONGOING_DAYS;
    const soft = clash[0].attribute === 'role' || clash[0].attribute === 'place' || weak || (clash[0].attribute === 'date' && spread) || tentative || ongoing || weekGuessed;
    const verdict: Verdict = allCertain && !soft ? 'conflict' : 'unresolved';
    const others = [...agree.values()].filter((c) => !clash.some((x) => x.article === c.article));
    const why = !allCertain ? undefined
      : weak ? (clash[0].attribute === 'quote' ? undefined : 'the values differ, but the words around them differ too: they may count or measure different things')
      : clash[0].attribute === 'date' && spread ? "the values differ, but this event's own dates lie weeks apart: it may be two occasions"
      : tentative ? 'the values differ, but one account only says it was tried or may happen'
      : ongoing ? `the days differ by at most ${ONGOING_DAYS}, and this kind of event goes on for days: each may tell one of them`
      : weekGuessed ? 'the values differ only in the week: a weekday counted from a publication date a week or more later names the same weekday as the other date'
      : undefined;
    return { verdict, reason: verdict === 'conflict' ? 'one-event' : 'one-event-uncertain', claims: [...clash, ...others], confidence: verdict === 'conflict' ? 0.7 : 0.4, why };
  }
  if (agree.size >= 2) return { verdict: 'agreement', reason: 'one-event', claims: [...agree.values()], confidence: [...agree.values()].every((c) => c.certain) ? 0.8 : 0.5 };
  return null;
}

/**
 * True when `a` is a bare weekday counted from its publication date ("on Saturday" in an article
 * of Tuesday 18 June → the 15th) and `b` is a day one to three weeks earlier that falls on that very
 * weekday (Saturday 8 June): a follow-up report retelling the event; the words fit both, and only
 * the week was the tool's guess.
 */
function otherWeek(a: Candidate, b: Candidate): boolean {
  if (a.bareWeekday === undefined || a.cmp.kind !== 'interval' || b.cmp.kind !== 'interval') return false;
  const ai = a.cmp.interval;
  const bi = b.cmp.interval;
  if (ai.from !== ai.to || bi.from !== bi.to) return false;
  const diff = ai.from - bi.from;
  return diff > 0 && diff <= 21 && diff % 7 === 0 && isoWeekday(bi.from) === a.bareWeekday;
}

/** Days within which two dates of an ongoing event (a riot, a strike) may be two of its days. */
const ONGOING_DAYS = 7;

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

/** Different-events or unresolved findings between the current news of two main events. */
function acrossEvents(list: readonly Candidate[], info: Map<string, EventInfo>): Draft[] {
  if (list.length === 0 || list[0].attribute !== 'date') return [];
  const out: Draft[] = [];
  const byEventId = new Map<string, Candidate[]>();
  // Events that name a participant: only events sharing one are compared, not every pair.
  const byPerson = new Map<string, Set<string>>();
  // The articles of each main event, as sets: a claim counts when its article reports the event.
  const reporters = new Map<string, Set<string>>();
  for (const [id, i] of info) if (i.main) reporters.set(id, new Set(i.event.articles));
  for (const c of list) {
    if (c.event === null || !reporters.get(c.event)?.has(c.article)) continue;
    pushTo(byEventId, c.event, c);
    // An earthquake names no one: the place it struck ties two reports of it together instead.
    for (const w of [...c.who, ...(c.place ? [`@${c.place}`] : [])]) {
      let s = byPerson.get(w);
      if (!s) byPerson.set(w, (s = new Set()));
      s.add(c.event);
    }
  }
  const num = (e: string): number => +e.slice(1);
  const pairs = new Set<string>();
  for (const events of byPerson.values()) {
    const sorted = [...events].sort((a, b) => num(a) - num(b)).slice(0, MAX_ACCOUNTS);
    for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) pairs.add(`${sorted[i]} ${sorted[j]}`);
  }
  for (const key of [...pairs].sort((x, y) => { const [a, b] = x.split(' ').map(num); const [c, d] = y.split(' ').map(num); return a - c || b - d; })) {
    const [ei, ej] = key.split(' ');
    const A = byEventId.get(ei)!;
    const B = byEventId.get(ej)!;
    // The type both events report, with a shared participant: "arrive" of one person.
    const matched: Array<[Candidate, Candidate]> = [];
    const together = (a: Candidate, b: Candidate): boolean => a.who.some((w) => b.who.includes(w)) || (a.place !== undefined && a.place === b.place);
    for (const a of A) for (const b of B) if (a.article !== b.article && a.type === b.type && together(a, b)) matched.push([a, b]);
    if (matched.length === 0) continue;
    if (matched.some(([a, b]) => compatible(a.cmp, b.cmp) !== false)) continue;
    const type = matched[0][0].type;
    const claims = [...A, ...B].filter((c) => c.type === type && matched.some((p) => p.includes(c)));
    const onePerArticle = [...new Map(claims.map((c) => [c.article, c])).values()];
    const dated = matched.every(([a, b]) => a.certain && b.certain);
    if (dated) {
      out.push({ verdict: 'different-events', reason: 'two-events', claims: onePerArticle, confidence: 0.8, events: [ei, ej] });
      continue;
    }
    // Undated, but told apart by the very days at stake: the articles of each event agree on one
    // weekday for one person's act, and the two weekdays differ. One occasion has one arrival day;
    // two sets of articles that the words already part (versions of one story never are: see
    // cluster/index.ts, splitByWeekday) and that each agree on their own day report two
    // occasions. Less sure than dates: confidence 0.6, and the message says it rests on words;
    // 0.7 when one event is dated and the other's weekday falls on none of its days.
    const days = weekdaysApart(matched);
    // "arrived on Tuesday" in one event dated 2023-10-17..18 by another article's statement, "landed
    // on Thursday" in the other: Thursday is no day of the first, a fact, not a reading of words.
    const excluded = days ? notADayOf(days.weekdays, [ei, ej], info) : null;
    out.push({
      verdict: days ? 'different-events' : 'unresolved',
      reason: days ? 'two-events-weekday' : 'two-events-undated',
      claims: onePerArticle,
      confidence: days ? (excluded ? 0.7 : 0.6) : 0.4,
      events: [ei, ej],
      ...(days ? { why: `${days.phrase}; ${excluded ?? 'no date in the text fixes both, so this rests on the words'}` } : {}),
    });
  }
  return out;
}

/**
 * When the matched claims of two events (first of each pair from one, second from the other)
 * that name a shared person give one weekday on each side, and the two differ: a phrase naming
 * them ("Tuesday in 004 against Thursday in 001, 003"); else null.
 */
function weekdaysApart(matched: ReadonlyArray<[Candidate, Candidate]>): { phrase: string; weekdays: [number, number] } | null {
  const side = [new Map<number, Set<string>>(), new Map<number, Set<string>>()];
  for (const pair of matched) {
    if (!pair[0].who.some((w) => pair[1].who.includes(w))) continue;
    pair.forEach((c, k) => {
      if (c.cmp.kind !== 'stated' || c.cmp.weekday === undefined) return;
      let s = side[k].get(c.cmp.weekday);
      if (!s) side[k].set(c.cmp.weekday, (s = new Set()));
      s.add(c.article);
    });
  }
  if (side[0].size !== 1 || side[1].size !== 1) return null;
  const [[a, as]] = side[0];
  const [[b, bs]] = side[1];
  if (a === b) return null;
  const told = (wd: number, ids: Set<string>) => `${WEEKDAY_NAMES[wd]} in ${[...ids].sort().join(', ')}`;
  return { phrase: `the articles of each tell one day for the same act (${told(a, as)} against ${told(b, bs)}), and their words part them: one occasion has one such day`, weekdays: [a, b] };
}

/**
 * "Thursday falls on no day of E10 (2023-10-17..2023-10-18)": when one of the two events is dated
 * to at most a week of days that holds its own weekday but not the other event's; else null.
 */
function notADayOf(weekdays: [number, number], events: [string, string], info: Map<string, EventInfo>): string | null {
  for (const k of [0, 1]) {
    const i = info.get(events[k])?.interval;
    if (!i) continue;
    const other = weekdays[1 - k];
    if (dayOnWeekday(i, weekdays[k]) !== null && dayOnWeekday(i, other) === null) {
      const span = i.from === i.to ? isoDate(i.from) : `${isoDate(i.from)}..${isoDate(i.to)}`;
      const by = info.get(events[k])!.datedBy;
      return `${WEEKDAY_NAMES[other]} falls on no day of ${events[k]} (${span}${by ? `, dated by ${by}` : ''})`;
    }
  }
  return null;
}

/** "Tuesday, May 16, 2024" when May 16, 2024 was a Thursday: an inconsistency within one article. */
function mismatches(docs: readonly Document[], facts: readonly Fact[]): Draft[] {
  const times = facts.filter((f): f is TimeFact => f.kind === 'time');
  const out: Draft[] = [];
  const known = new Set(docs.map((d) => d.article.id));
  for (const m of weekdayMismatches(times)) {
    const f = m.fact;
    if (!known.has(f.article)) continue;
    out.push({
      verdict: m.yearImplied ? 'unresolved' : 'conflict',
      reason: 'weekday-mismatch',
      mismatch: m,
      confidence: m.yearImplied ? 0.5 : 0.9,
      claims: [{
        block: 'time/weekday', attribute: 'date', slot: 'weekday and date', type: 'date', family: null, who: [], article: f.article, fact: f.id,
        start: f.start, end: f.end, text: f.text, value: f.value, shown: f.value ?? '', cmp: { kind: 'stated' }, event: f.event, sentence: f.sentence,
        context: '', certain: true, why: f.chain,
      }],
    });
  }
  return out;
}

const SEVERITY: Record<Verdict, number> = { conflict: 0, unresolved: 1, 'different-events': 2, agreement: 3 };

/** Drafts → findings: claims in order, ids, evidence, messages; duplicates dropped. */
function finish(drafts: readonly Draft[], info: Map<string, EventInfo>): Finding[] {
  const out = new Map<string, Finding>();
  for (const d of drafts) {
    const claims = [...d.claims].sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start));
    const first = claims[0];
    const rule = d.reason === 'weekday-mismatch' ? 'time/weekday-mismatch' : `${first.attribute}/${d.verdict}`;
    // The slot as named by its block, never by event ids: those depend on the rest of the corpus.
    const about = claims.map((c) => `${c.article}#${c.sentence}`);
    let id = fingerprint([rule, first.block, first.slot, ...about]);
    for (let n = 2; out.has(id); n++) id = fingerprint([rule, first.block, first.slot, ...about, String(n)]);
    const evidence = fingerprint(claims.map((c) => `${c.article}\u0000${c.start}\u0000${c.text}\u0000${c.value ?? ''}`));
    const out_claims: Claim[] = claims.map((c) => ({ article: c.article, fact: c.fact, text: c.text, start: c.start, end: c.end, value: c.value, event: c.event, why: c.why }));
    out.set(id, { id, evidence, verdict: d.verdict, rule, slot: first.slot, message: describe(d, claims, info), confidence: d.confidence, claims: out_claims, review: null });
  }
  return [...out.values()].sort((a, b) => SEVERITY[a.verdict] - SEVERITY[b.verdict] || (a.slot < b.slot ? -1 : a.slot > b.slot ? 1 : 0) || (a.id < b.id ? -1 : 1));
}
