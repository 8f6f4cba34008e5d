/**
 * The one constructor of claims, and what it needs: the evidence span, the near sides and the
 * blanked sentence of a value. Every builder gives what it knows (slot, value, comparable form,
 * why) and the constructor fills the common fields, so no builder assembles a claim by hand.
 */
import { timexInterval } from '../../calendar/intervals.ts';
import { nameKey, nameWords } from '../../text/names.ts';
import type { DayInterval, Document, Fact, PersonFact, Range } from '../../types.ts';
import type { Candidate, ClaimInput } from './types.ts';
import { firstIndex } from '../../util/search.ts';
import { maxOf, minOf } from '../../util/lists.ts';

/** What a builder gives; the constructor adds the article and the context, and the defaults. */
export type ClaimFields = Omit<Candidate, 'article' | 'context' | 'family' | 'who' | 'certain'> &
  Partial<Pick<Candidate, 'family' | 'who' | 'certain'>> & {
    /** The ranges of the sentence blanked for the context: the value, and the person of an age. */
    blanks: ReadonlyArray<Range>;
  };

/**
 * A claim of a document: the builder's fields, the article's id, the sentence with the blanks as
 * its context, and the defaults — no family, no one, certain.
 */
export function makeClaim(doc: Document, fields: ClaimFields): Candidate {
  const { blanks, ...own } = fields;
  // An outlet given as "unknown (...)" names none: the title says more.
  const outlet = (doc.article.outlet && !/^unknown\b/i.test(doc.article.outlet) ? doc.article.outlet : null) ?? doc.article.title;
  return { family: null, who: [], certain: true, ...own, article: doc.article.id, ...(outlet ? { outlet } : {}), context: contextOf(doc, fields.sentence, blanks) };
}

/** An evidence span joining two facts of one sentence when they stand close, else the second. */
export function span(doc: Document, a: Fact | null, b: Fact): { start: number; end: number; text: string } {
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
export function sidesOf(doc: Document, _sentence: number, start: number, end: number): [string, string] {
  const norm = (t: string): string => t.replace(/\s+/g, ' ').trim().toLowerCase();
  // Across sentence ends: a dateline "May 3, 2013" alone on its line is told apart from another
  // article's by the headline before it and the lead after it.
  return [norm(doc.body.slice(Math.max(0, start - NEAR), start)), norm(doc.body.slice(end, end + NEAR))];
}

/** Characters of sentence kept on each side of a claim for its context. */
const CONTEXT = 240;

/** The sentence of a fact with the given ranges blanked; empty when there is nothing to blank. */
export function contextOf(doc: Document, sentence: number, blanks: ReadonlyArray<Range>): string {
  if (blanks.length === 0) return '';
  const s = doc.sentences[sentence];
  if (!s) return '';
  // At most CONTEXT characters either side of the claim: a "sentence" of a run-on page can be
  // the whole text, and every claim copying it would cost the square of its length.
  const lo = Math.max(s.start, minOf(blanks.map((b) => b.start)) - CONTEXT);
  const hi = Math.min(s.end, maxOf(blanks.map((b) => b.end)) + CONTEXT);
  let text = doc.body.slice(lo, hi);
  for (const b of [...blanks].sort((x, y) => y.start - x.start)) {
    const from = Math.max(0, b.start - lo);
    const to = Math.min(text.length, b.end - lo);
    if (from < to) text = `${text.slice(0, from)}_${text.slice(to)}`;
  }
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Ranges merged and sorted, for asking whether a range touches any of them in logarithmic time. */
export class Spans {
  private starts: number[] = [];
  private ends: number[] = [];

  constructor(ranges: ReadonlyArray<Range>) {
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
    const found = firstIndex(this.starts, (s) => s < end) - 1;
    return found >= 0 && this.ends[found] > start;
  }
}

/** What every claim of one event mention shares. */
export interface EventParts {
  /** The fields the claims copy. */
  base: Pick<Candidate, 'type' | 'family' | 'who' | 'event' | 'sentence' | 'status' | 'place'>;
  /** The event family: "travel" for an arrival and a visit. */
  family: string;
  /** The first participant by name, for the slot: "travel of Anna Novak: date". */
  principal: string;
}

/** "travel of Anna Novak: date": the slot of an event's attribute as a reader sees it. */
export function eventSlot(parts: EventParts, attribute: string): string {
  return `${parts.family}${parts.principal ? ` of ${parts.principal}` : ''}: ${attribute}`;
}

/** An article's facts by sentence, and the latest day the article states: read once per article. */
interface ArticleFacts {
  bySentence: Map<number, Fact[]>;
  /** The last day (day number) of the latest resolved, trusted date the article states; null for none. */
  latestDay: number | null;
}

/** Per article fact list (the index's own array), so that every claim of an article shares one reading. */
const perArticle = new WeakMap<readonly Fact[], ArticleFacts>();

/** The days a fact states when it is a resolved, trusted date ("in December 2003"), else null. */
export function statedDays(f: Fact): DayInterval | null {
  return f.kind === 'time' && f.timex === 'DATE' && f.value !== null && !f.earliest ? timexInterval(f.value) : null;
}

function articleFacts(input: ClaimInput, doc: Document): ArticleFacts {
  const facts = input.index.byArticle.get(doc.article.id) ?? [];
  let a = perArticle.get(facts);
  if (!a) {
    const bySentence = new Map<number, Fact[]>();
    let latest: number | null = null;
    for (const f of facts) {
      (bySentence.get(f.sentence) ?? bySentence.set(f.sentence, []).get(f.sentence)!).push(f);
      const d = statedDays(f);
      if (d !== null && (latest === null || d.to > latest)) latest = d.to;
    }
    perArticle.set(facts, (a = { bySentence, latestDay: latest }));
  }
  return a;
}

/**
 * The facts of one sentence of an article, in offset order. Claim builders ask about the facts
 * next to a value many times an article: indexed once, each question is the size of a sentence.
 */
export function factsIn(input: ClaimInput, doc: Document, sentence: number): readonly Fact[] {
  return articleFacts(input, doc).bySentence.get(sentence) ?? [];
}

/** The latest day an article states (a resolved, trusted date), or null: its "now" when no publication date is known. */
export function latestDay(input: ClaimInput, doc: Document): number | null {
  return articleFacts(input, doc).latestDay;
}

/** The last person named in a sentence before `at`, or undefined. */
export function personBefore(input: ClaimInput, doc: Document, sentence: number, at: number): PersonFact | undefined {
  return (input.people.get(`${doc.article.id}\u0000${sentence}`) ?? []).filter((p) => p.end <= at).pop();
}

/** A person's slot key: the last `words` words of the name, each by its sound key ("robert buckley"). */
export function personKey(name: string, words: number): string {
  return nameWords(name).slice(-words).map(nameKey).join(' ');
}
