/**
 * The types of claims, apart from their builders: every builder and the constructor import them
 * from here, so that the builders and the module that runs them do not import each other.
 */
import type { DayInterval, Document, EventFact, FactIndex, Mention, PersonFact } from '../../types.ts';
import type { NumberRange } from '../values.ts';

/** What a claim's value is, for comparison. */
export type Comparable =
  | { kind: 'interval'; interval: DayInterval; instant?: number }
  /** A time the text gives only by weekday or month ("on Thursday" with no publication date). */
  | { kind: 'stated'; weekday?: number; month?: number; day?: number }
  | { kind: 'number'; range: NumberRange }
  | { kind: 'duration'; value: string }
  | { kind: 'role'; role: string }
  | { kind: 'quote'; words: string[] }
  | { kind: 'place'; value: string }
  /** A value compared as written, equal or not: a win-loss record ("52-3"). */
  | { kind: 'exact'; value: string };

/** The attribute a slot is about. */
export type Attribute = 'date' | 'duration' | 'place' | 'number' | 'age' | 'role' | 'quote' | 'name';

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
  /** The outlet (or else the title) of the article, when known: messages name it beside the file. */
  outlet?: string;
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
  /**
   * The publication date a day was counted from ("on Thursday" + published 2024-05-15): a day of
   * the publisher's calendar, whose time zone is unknown.
   */
  fromPublished?: string;
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
  /**
   * What a count counts, by meaning rather than by sentence (`lib/text/meaning.ts`): `deaths`,
   * `injured|child`, `count|village`, `magnitude`. Claims with a meaning are judged by value groups
   * (`lib/judge/groups.ts`): "killed five" and "the toll rose to 5" fill one slot.
   */
  meaning?: string;
  /** For a number: its unit as the text gives it ("mi", "km"), when it has one. */
  unit?: string;
  /** True for a meaning whose figure only grows as reports come in (deaths, arrests): a later higher figure is an update. */
  growing?: boolean;
  /** Who the text says gave the value ("police"), and whether it names someone rather than "officials". */
  source?: { name: string; named: boolean };
  /** When the value held: the article's publication date, or a time stated with the value. */
  asOf?: string;
  /** The place a count is given for when one follows it closely ("12 were injured in Athens"). */
  where?: string;
  /** True when that time is a span the count totals ("over four nights", "in the past eight days"). */
  span?: boolean;
  /** The time a count is given for when one stands next to it ("46 were arrested Wednesday night"): its value or words. */
  scope?: string;
  /** A vague amount ("dozens", "hundreds"): an order of magnitude, never one side of a conflict. */
  vague?: boolean;
  /** Revision words governing the value ("rose to", "climbed to"): a later figure that replaces an earlier one. */
  revision?: string;
}

/**
 * What every builder gets: one article (`articleClaims`), before any grouping of events. A claim's
 * `event` is read from `factEvent`, which maps each fact to itself: the claim names the fact whose
 * event it takes, and `bindClaims` puts that fact's event in its place once the grouping is known.
 */
export interface ClaimInput {
  docs: Map<string, Document>;
  index: FactIndex;
  /** The mentions stage's event mentions by event fact id: whether each is its article's news. */
  mentions: Map<string, Mention>;
  /** Fact id → the fact whose event a claim of it takes: itself (see above). */
  factEvent: ReadonlyMap<string, string>;
  /** People by article and sentence (`article\u0000sentence`), in offset order. */
  people: Map<string, PersonFact[]>;
}
