/**
 * Claims: what one article says about one slot (event family + attribute), with the value in a
 * form that can be compared, the sentence around it for alignment, and whether the value can be
 * trusted. One builder per attribute; each declines (returns nothing) for facts it cannot place.
 */
import { pushTo } from '../util/group.ts';
import { nameKey } from '../text/names.ts';
import { canonicalRole } from '../text/names.ts';
import { CURRENT_WINDOW_DAYS, familyOf, previousOccasion, publicationDay, timeDoubt, type FactIndex } from '../cluster/mentions.ts';
import type { DayInterval, Document, EventFact, Fact, PersonFact, QuantityFact, QuoteFact, TimeFact } from '../types.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../extract/time/words.ts';
import { timeInterval } from '../calendar/intervals.ts';
import { numberRange, type NumberRange } from './values.ts';

/** What a claim's value is, for comparison. */
export type Comparable =
  | { kind: 'interval'; interval: DayInterval }
  /** A time the text gives only by weekday or month ("on Thursday" with no publication date). */
  | { kind: 'stated'; weekday?: number; month?: number; day?: number }
  | { kind: 'number'; range: NumberRange }
  | { kind: 'duration'; value: string }
  | { kind: 'role'; role: string }
  | { kind: 'quote'; words: string[] }
  | { kind: 'place'; value: string };

/** The attribute a slot is about. */
export type Attribute = 'date' | 'duration' | 'place' | 'number' | 'age' | 'role' | 'quote';

/** One article's claim on one slot. */
export interface Candidate {
  /** Blocking key: claims are compared only within one. */
  block: string;
  attribute: Attribute;
  /** The slot as a reader sees it, without event ids: "travel of Anna Novak: date". */
  slot: string;
  /** What must match for two values to be able to conflict: the event type, the counted noun. */
  type: string;
  /** The event family, for date, place and duration claims. */
  family: string | null;
  /** Participants of the event, or the person a claim is about. */
  who: string[];
  article: string;
  /** The fact holding the value. */
  fact: string;
  /** The evidence span: the trigger and its time when close ("arrived in Lyon on Tuesday"), else the fact. */
  start: number;
  end: number;
  text: string;
  /** The normalized value as the report shows it. */
  value: string | null;
  /** The value as a message shows it: "2024-05-16", "Thursday (unresolved)"; `why` says how it was reached. */
  shown: string;
  /** True for a time counted from an inferred publication date: the value is only the earliest. */
  earliest?: boolean;
  cmp: Comparable;
  event: string | null;
  sentence: number;
  /** The sentence with the claim's own words blanked: near-identical contexts mean the same statement. */
  context: string;
  /** The words right before and after the claim's value in its sentence. */
  sides?: [string, string];
  /** Where the value stands in its sentence (characters from its start). */
  at?: number;
  /** The weekday the text states with the value, ISO (1 = Monday), if any. */
  weekday?: number;
  /**
   * The weekday of a day the tool counted from a publication date: "on Saturday", or a clock time
   * counted from it ("... on Saturday about 8.40am ... arrested around 9.35am"). Which week is a guess.
   */
  bareWeekday?: number;
  /** True when the value was counted from another date ("Friday" + published ...): its words are the claim. */
  anchored?: boolean;
  /** False when the value rests on a guess (an inferred publication date) or is not resolved. */
  certain: boolean;
  /** How the value was reached: a date chain, a qualifier. */
  why: string;
  /** For claims of an event mention: true when it reports the article's current news ("arrived on Tuesday"). */
  current?: boolean;
  /** For claims of an event mention: whether the text says it happened, is planned, hedged... */
  status?: EventFact['status'];
  /** For claims of an event mention: where it happened, when the text says. */
  place?: string;
  /**
   * True for a value no slot could be given to ("marking 10 years", "the 75th"): compared only with
   * copies of its own sentence, where a changed value is a changed statement.
   */
  loose?: boolean;
}

/** What every builder gets. */
export interface ClaimInput {
  docs: Map<string, Document>;
  index: FactIndex;
  factEvent: Map<string, string>;
  /** Ids of the events that are some article's main event. */
  mainEvents: ReadonlySet<string>;
  /** People by article and sentence (`article\u0000sentence`), in offset order. */
  people: Map<string, PersonFact[]>;
}

/** An evidence span joining two facts of one sentence when they stand close, else the second. */
function span(doc: Document, a: Fact | null, b: Fact): { start: number; end: number; text: string } {
  if (a !== null && a.sentence === b.sentence) {
    const start = Math.min(a.start, b.start);
    const end = Math.max(a.end, b.end);
    if (end - start <= 80) return { start, end, text: doc.article.text.slice(start, end) };
  }
  return { start: b.start, end: b.end, text: b.text };
}

/** How far on each side of a claim its near context reaches. */
const NEAR = 60;

/**
 * The words right before and right after a claim in its sentence: two copies of one statement
 * share both; two values of one sentence ("from 20,000 to 40,000 km") do not.
 */
function sidesOf(doc: Document, _sentence: number, start: number, end: number): [string, string] {
  const norm = (t: string): string => t.replace(/\s+/g, ' ').trim().toLowerCase();
  // Across sentence ends: a dateline "May 3, 2013" alone on its line is told apart from another
  // article's by the headline before it and the lead after it.
  return [norm(doc.body.slice(Math.max(0, start - NEAR), start)), norm(doc.body.slice(end, end + NEAR))];
}

/** The sentence of a fact with the given ranges blanked. */
function contextOf(doc: Document, sentence: number, blanks: ReadonlyArray<{ start: number; end: number }>): string {
  const s = doc.sentences[sentence];
  if (!s || blanks.length === 0) return '';
  // At most CONTEXT characters either side of the claim: a "sentence" of a run-on page can be
  // the whole text, and every claim copying it would cost the square of its length.
  const lo = Math.max(s.start, Math.min(...blanks.map((b) => b.start)) - CONTEXT);
  const hi = Math.min(s.end, Math.max(...blanks.map((b) => b.end)) + CONTEXT);
  let text = doc.body.slice(lo, hi);
  for (const b of [...blanks].sort((x, y) => y.start - x.start)) {
    const from = Math.max(0, b.start - lo);
    const to = Math.min(text.length, b.end - lo);
    if (from < to) text = `${text.slice(0, from)}_${text.slice(to)}`;
  }
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Characters of sentence kept on each side of a claim for its context. */
const CONTEXT = 240;


/**
 * "on Saturday about 8.40am ... arrested around 9.35am": a clock time alone takes the weekday of
 * the bare weekday it was counted from (one step), so that it is as much a guess of the week.
 */
function bareWeekdayOfAnchor(t: TimeFact, index: FactIndex): number | undefined {
  if (t.stated.day !== undefined || t.stated.month !== undefined || t.anchor === null) return undefined;
  const a = index.byId.get(t.anchor);
  if (a?.kind !== 'time' || a.stated.day !== undefined || a.stated.month !== undefined) return undefined;
  return a.stated.weekday;
}

/** The comparable form of a time fact, and whether it can be trusted. */
function timeComparable(doc: Document, t: TimeFact): { cmp: Comparable; certain: boolean } | null {
  const interval = timeInterval(t);
  // "last week" counted from a publication day: readers take it as the past seven days as often as
  // the calendar week before, so a week from a relative phrase decides no conflict on its own.
  const fuzzy = interval !== null && interval.grain === 'week' && t.anchor !== null;
  if (interval !== null) return { cmp: { kind: 'interval', interval }, certain: timeDoubt(doc, t) === null && !fuzzy };
  if (t.timex === 'DURATION' && t.value !== null) return { cmp: { kind: 'duration', value: t.value }, certain: true };
  const { weekday, month, day } = t.stated;
  if (weekday !== undefined || month !== undefined) return { cmp: { kind: 'stated', weekday, month, day }, certain: false };
  return null;
}

/** The value shown for a time fact: its TIMEX value, or what the text stated when unresolved. */
function timeShown(t: TimeFact): string {
  if (t.value !== null) return t.endValue ? `${t.value}/${t.endValue}` : t.value;
  const parts = [t.stated.weekday ? WEEKDAY_NAMES[t.stated.weekday] : '', t.stated.month ? MONTH_NAMES[t.stated.month] : ''].filter(Boolean);
  return parts.length > 0 ? `${parts.join(', ')} (unresolved)` : 'unresolved';
}

/** True when a time is day-level and within the window of the publication date: the article's news. */
function current(doc: Document, t: TimeFact): boolean {
  const i = timeInterval(t);
  const pub = publicationDay(doc);
  if (i === null || pub === null || i.grain !== 'day' || timeDoubt(doc, t) !== null) return t.value === null && t.stated.weekday !== undefined;
  return i.from >= pub.from - CURRENT_WINDOW_DAYS && i.to <= pub.to + CURRENT_WINDOW_DAYS;
}

/** Date, duration and place claims of event mentions. */
function eventClaims(input: ClaimInput, doc: Document, e: EventFact): Candidate[] {
  const out: Candidate[] = [];
  const family = familyOf(e.value);
  const who = e.who.map((id) => input.index.byId.get(id)).filter((p): p is PersonFact => p?.kind === 'person').map((p) => p.value);
  const people = [...new Set(who)].sort();
  const event = input.factEvent.get(e.id) ?? null;
  const whereFact = e.where ? input.index.byId.get(e.where) : undefined;
  const base = { type: e.value, family, who: people, article: doc.article.id, event, sentence: e.sentence, status: e.status, place: whereFact?.kind === 'place' ? whereFact.value : undefined };
  const principal = people[0] ?? '';
  const time = e.when ? input.index.byId.get(e.when) : undefined;
  if (time?.kind === 'time') {
    const c = timeComparable(doc, time);
    if (c !== null) {
      const attribute: Attribute = c.cmp.kind === 'duration' ? 'duration' : 'date';
      const sp = span(doc, e, time);
      // An occasion in passing ("met in March", "went to the capital in March of last year") is one
      // event whatever verb tells it: its dates align across families.
      const occasion = attribute === 'date' && event !== null && !input.mainEvents.has(event);
      out.push({
        ...base, ...sp, ...c, attribute,
        block: occasion ? 'date|occasion' : `${attribute}|${family}`,
        slot: `${family}${principal ? ` of ${principal}` : ''}: ${attribute}`,
        fact: time.id, value: time.value, shown: timeShown(time), ...(time.earliest ? { earliest: true } : {}),
        context: contextOf(doc, e.sentence, [time]), why: time.chain, anchored: time.anchor !== null, current: current(doc, time) && !previousOccasion(doc, e),
      });
    }
  }
  // "a two-day visit": durations in the sentence of a travel or meeting mention, not linked as its time.
  for (const f of input.index.byArticle.get(doc.article.id) ?? []) {
    if (f.kind !== 'time' || f.timex !== 'DURATION' || f.value === null || f.sentence !== e.sentence || f.id === e.when) continue;
    if (!modifies(doc.body, f, e)) continue;
    const sp = span(doc, f, e);
    out.push({
      ...base, ...sp, attribute: 'duration', block: `duration|${family}`, slot: `${family}${principal ? ` of ${principal}` : ''}: duration`,
      fact: f.id, value: f.value, shown: f.value, cmp: { kind: 'duration', value: f.value }, certain: true,
      context: contextOf(doc, e.sentence, [f]), why: `'${f.text}' → ${f.value}`
    });
  }
  const where = e.where ? input.index.byId.get(e.where) : undefined;
  if (where?.kind === 'place' && e.status === 'happened') {
    const sp = span(doc, e, where);
    out.push({
      ...base, ...sp, attribute: 'place', block: `place|${family}`, slot: `${family}${principal ? ` of ${principal}` : ''}: place`,
      fact: where.id, value: where.value, shown: where.value, cmp: { kind: 'place', value: where.value }, certain: true,
      context: contextOf(doc, e.sentence, [where]), why: `'${where.text}' → ${where.value}`
    });
  }
  return out;
}

/**
 * True when a duration measures the event itself: right before its trigger with at most two
 * words between ("a two-day state visit"), or right after it ("talks for over four hours",
 * "a visit lasting three days") — not "a visit since commencing his six-year term".
 */
function modifies(body: string, d: Fact, e: Fact): boolean {
  // Length first: the pattern then runs on at most 30 characters, whatever the text.
  if (d.end <= e.start) return e.start - d.end <= 30 && /^[\s-]*(?:[\p{L}-]+\s+){0,2}$/u.test(body.slice(d.end, e.start));
  if (d.start >= e.end) return d.start - e.end <= 12 && /^\s+(?:for|lasting|of)\s+$/.test(body.slice(e.end, d.start));
  return false;
}

/** Ranges merged and sorted, for asking whether a range touches any of them in logarithmic time. */
class Spans {
  private starts: number[] = [];
  private ends: number[] = [];

  constructor(ranges: ReadonlyArray<{ start: number; end: number }>) {
    for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
      const last = this.ends.length - 1;
      if (last >= 0 && r.start <= this.ends[last]) this.ends[last] = Math.max(this.ends[last], r.end);
      else {
        this.starts.push(r.start);
        this.ends.push(r.end);
      }
    }
  }

  /** True when [start, end) overlaps one of the ranges. */
  covers(start: number, end: number): boolean {
    // The last merged range starting before `end` is the only one that can overlap.
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < end) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && this.ends[found] > start;
  }
}

/** Counted nouns too vague to align numbers on without near-identical sentences. */
const VAGUE = /^(?:times?|things?|ways?|men|women|people|persons?|others?|ones?|years?|days?|months?|weeks?|hours?|minutes?|parts?|countries|nations|sides|percent)$/;

/** Number and age claims. */
function quantityClaim(input: ClaimInput, doc: Document, q: QuantityFact): Candidate | null {
  const range = numberRange(q);
  if (range === null || q.unit === 'ordinal') return null;
  const counted = (q.counted ?? '').toLowerCase();
  const event = input.factEvent.get(q.id) ?? null;
  const sp = { start: q.start, end: q.end, text: q.text };
  const why = q.qualifier ? `${q.qualifier} ${q.value}` : q.value;
  if (counted === 'age') {
    // "Novak, 71," / "aged 71": the age belongs to the nearest person named before it in the sentence.
    const owner = (input.people.get(`${doc.article.id}\u0000${q.sentence}`) ?? []).filter((p) => p.end <= q.start).pop();
    if (!owner) return null;
    return {
      ...sp, block: `age|${nameKey(owner.value)}`, attribute: 'age', slot: `age of ${owner.value}`, type: 'age', family: null, who: [owner.value],
      article: doc.article.id, fact: q.id, value: q.value, shown: q.value, cmp: { kind: 'number', range }, event, sentence: q.sentence,
      context: contextOf(doc, q.sentence, [q, owner]), certain: true, why,
    };
  }
  const unit = q.unit ?? '';
  if (!counted && !unit) return null;
  return {
    ...sp, block: `number|${counted}|${unit}`, attribute: 'number', slot: `${counted || unit}${counted && unit ? ` (${unit})` : ''}: number`,
    type: `${counted}|${unit}`, family: null, who: [], article: doc.article.id, fact: q.id, value: q.value,
    shown: `${q.qualifier ? `${q.qualifier} ` : ''}${q.value}${unit ? ` ${unit}` : ''}`, cmp: { kind: 'number', range }, event, sentence: q.sentence,
    context: contextOf(doc, q.sentence, [q]), certain: true, why,
  };
}

/** True when a counted noun is too vague to align on alone. */
export function vagueCount(c: Candidate): boolean {
  return c.attribute === 'number' && (VAGUE.test(c.type.split('|')[0]) || c.type.startsWith('|'));
}

/** Role claims: a specific role (two words or more: "defence minister", not "leader"). */
function roleClaim(input: ClaimInput, doc: Document, p: PersonFact): Candidate | null {
  if (p.role === null) return null;
  const role = canonicalRole(p.role);
  if (!/\s/.test(role)) return null;
  return {
    start: p.start, end: p.end, text: p.text, block: `role|${nameKey(p.value)}`, attribute: 'role', slot: `role of ${p.value}`, type: 'role',
    family: null, who: [p.value], article: doc.article.id, fact: p.id, value: p.role, shown: p.role, cmp: { kind: 'role', role },
    event: input.factEvent.get(p.id) ?? null, sentence: p.sentence, context: contextOf(doc, p.sentence, [p]), certain: true, why: `role '${p.role}' → ${role}`,
  };
}

/** The words of a quotation, lower case, without punctuation: "differ beyond punctuation" compares these. */
export function quoteWords(s: string): string[] {
  return s
    .toLowerCase()
    .normalize('NFKC')
    // "(Tara Reid)", "[this year]": the editor's words inside a quotation, not the speaker's.
    .replace(/\([^()]{0,80}\)|\[[^\[\]]{0,80}\]/g, ' ')
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    // "population's" and "populations'": where the apostrophe goes is punctuation.
    .map((w) => spelling(w.replace(/'s$|s'$|'$/, '').replace(/^'/, '')))
    .filter(Boolean);
}

/**
 * One spelling for British and American forms, so that a quotation is not "changed" by a house
 * style: "neighbourhood"/"neighborhood", "organise"/"organize", "centre"/"center",
 * "travelled"/"traveled".
 */
function spelling(w: string): string {
  return w.replace(/our/g, 'or').replace(/is(e|es|ed|ing|ation)$/, 'iz$1').replace(/ys(e|ed|ing)$/, 'yz$1').replace(/([^aeiou])tre$/, '$1ter').replace(/ll(ed|ing|er)$/, 'l$1');
}

/** Quote claims with a speaker. */
function quoteClaim(input: ClaimInput, doc: Document, q: QuoteFact): Candidate | null {
  if (q.speaker === null) return null;
  const words = quoteWords(q.value);
  if (words.length < 3) return null;
  return {
    start: q.start, end: q.end, text: q.text, block: `quote|${nameKey(q.speaker)}`, attribute: 'quote', slot: `quote of ${q.speaker}`, type: 'quote',
    family: null, who: [q.speaker], article: doc.article.id, fact: q.id, value: q.value, shown: `"${q.value}"`, cmp: { kind: 'quote', words },
    event: input.factEvent.get(q.id) ?? null, sentence: q.sentence, context: contextOf(doc, q.sentence, [q]), certain: true, why: `quoted from ${q.speaker}`,
  };
}

/**
 * Every claim of every document, in article then offset order. A time linked to several mentions
 * ("will address the forum and meet the president on Wednesday") is a claim of each: the date of
 * the address and the date of the meeting are both stated.
 */
export function buildClaims(input: ClaimInput): Candidate[] {
  const kept = collect(input);
  const claims = [...kept, ...looseClaims(input, kept)];
  for (const c of claims) {
    const f = c.fact === '' ? undefined : input.index.byId.get(c.fact);
    const doc = input.docs.get(c.article);
    if (f && doc) {
      if (f.kind === 'time') {
        c.weekday = f.stated.weekday;
        const bare = f.stated.day === undefined && f.stated.month === undefined && f.anchor !== null;
        c.bareWeekday = bare ? (f.stated.weekday ?? bareWeekdayOfAnchor(f, input.index)) : undefined;
      }
      c.sides = sidesOf(doc, f.sentence, f.start, f.end);
      c.at = f.start - (doc.sentences[f.sentence]?.start ?? 0);
    }
  }
  return claims;
}

/** Times and numbers no slot took, as loose claims: one block per kind. */
function looseClaims(input: ClaimInput, kept: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const taken = new Set(kept.map((c) => c.fact));
  const spans = new Map<string, Array<{ start: number; end: number }>>();
  for (const c of kept) {
    const f = input.index.byId.get(c.fact);
    if (!f) continue;
    pushTo(spans, c.article, f);
  }
  const claimed = new Map([...spans].map(([a, l]) => [a, new Spans(l)]));
  for (const doc of [...input.docs.values()].sort((a, b) => (a.article.id < b.article.id ? -1 : 1))) {
    const times = new Spans((input.index.byArticle.get(doc.article.id) ?? []).filter((t) => t.kind === 'time'));
    for (const f of input.index.byArticle.get(doc.article.id) ?? []) {
      if (taken.has(f.id) || (f.kind !== 'time' && f.kind !== 'quantity')) continue;
      // "40-year-old" is an age (a claim) and a duration (P40Y): the claim speaks for both.
      if (claimed.get(doc.article.id)?.covers(f.start, f.end)) continue;
      // "the 10th anniversary" is a time (P10Y) and a number (10th): one claim, the time's.
      if (f.kind === 'quantity' && times.covers(f.start, f.end)) continue;
      const base = {
        start: f.start, end: f.end, text: f.text, family: null, who: [], article: doc.article.id, fact: f.id, event: input.factEvent.get(f.id) ?? null,
        sentence: f.sentence, context: contextOf(doc, f.sentence, [f]), loose: true,
      };
      if (f.kind === 'time') {
        const c = timeComparable(doc, f);
        if (c === null) continue;
        const attribute: Attribute = c.cmp.kind === 'duration' ? 'duration' : 'date';
        out.push({ ...base, ...c, attribute, block: `loose|time`, slot: `time: ${attribute}`, type: 'time', value: f.value, shown: timeShown(f), why: f.chain, anchored: f.anchor !== null });
      } else {
        const range = numberRange(f);
        if (range === null) continue;
        out.push({ ...base, attribute: 'number', block: 'loose|number', slot: `${f.counted ?? f.unit ?? 'number'}: number`, type: 'number', value: f.value, shown: f.value, cmp: { kind: 'number', range }, certain: true, why: f.qualifier ? `${f.qualifier} ${f.value}` : f.value });
      }
    }
    out.push(...numberTokens(input, doc));
  }
  return out;
}

// A number standing as a word: "31-24", "dies at 91", "No. 2"; not inside a word ("MS08", "4x4").
const NUMBER_TOKEN = /(?<![\p{L}\d.,])\d{1,3}(?:,\d{3})+(?![\p{L}\d])|(?<![\p{L}\d.,])\d+(?:\.\d+)?(?![\p{L}\d]|[.,]\d)/gu;

/**
 * Numbers of the text that no extractor made a fact of ("a 31-24 win", "dies at 91"), as loose
 * claims of their words: a copy of the sentence with another number says something else.
 */
function numberTokens(input: ClaimInput, doc: Document): Candidate[] {
  // Only facts that read the number hide it: a number inside a quotation or a name is still one.
  const facts = new Spans((input.index.byArticle.get(doc.article.id) ?? []).filter((f) => f.kind === 'time' || f.kind === 'quantity'));
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    const text = doc.body.slice(s.start, s.end);
    for (const m of text.matchAll(NUMBER_TOKEN)) {
      const start = s.start + m.index!;
      const end = start + m[0].length;
      if (facts.covers(start, end)) continue;
      const value = m[0].replace(/,/g, '');
      out.push({
        start, end, text: m[0], family: null, who: [], article: doc.article.id, fact: '', event: null, sentence: s.index,
        context: contextOf(doc, s.index, [{ start, end }]), loose: true, attribute: 'number', block: 'loose|number', slot: 'number as written',
        type: 'number', value, shown: m[0], cmp: { kind: 'number', range: { value: Number(value), low: Number(value), high: Number(value), exact: true } },
        certain: true, why: `'${m[0]}' as written`, sides: sidesOf(doc, s.index, start, end), at: start - s.start,
      });
    }
    for (const m of text.matchAll(CALENDAR_WORD)) {
      const start = s.start + m.index!;
      const end = start + m[0].length;
      if (facts.covers(start, end)) continue;
      const weekday = WEEKDAY_NAMES.indexOf(m[1] ?? '');
      const month = MONTH_NAMES.indexOf(m[2] ?? '');
      out.push({
        start, end, text: m[0], family: null, who: [], article: doc.article.id, fact: '', event: null, sentence: s.index,
        context: contextOf(doc, s.index, [{ start, end }]), loose: true, attribute: 'date', block: 'loose|time', slot: 'time: date',
        type: 'time', value: null, shown: `${m[0]} (as written)`,
        cmp: weekday > 0 ? { kind: 'stated', weekday } : { kind: 'stated', month },
        certain: false, why: `'${m[0]}' as written`, sides: sidesOf(doc, s.index, start, end), at: start - s.start, weekday: weekday > 0 ? weekday : undefined,
      });
    }
  }
  return out;
}

// "the Monday morning attack", "a Friday statement": a day or month name no time fact took.
const CALENDAR_WORD = /\b(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(January|February|March|April|June|July|August|September|October|November|December))\b/g;

function collect(input: ClaimInput): Candidate[] {
  const out: Candidate[] = [];
  for (const doc of [...input.docs.values()].sort((a, b) => (a.article.id < b.article.id ? -1 : 1))) {
    for (const f of input.index.byArticle.get(doc.article.id) ?? []) {
      if (f.kind === 'event') out.push(...eventClaims(input, doc, f));
      else if (f.kind === 'quantity') pushIf(out, quantityClaim(input, doc, f));
      else if (f.kind === 'person') pushIf(out, roleClaim(input, doc, f));
      else if (f.kind === 'quote') pushIf(out, quoteClaim(input, doc, f));
    }
  }
  return out;
}

function pushIf<T>(list: T[], x: T | null): void {
  if (x !== null) list.push(x);
}
