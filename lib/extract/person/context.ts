/**
 * What a person parser sees, and what it gives back: word indexes, never offsets. The engine
 * (`index.ts`) turns indexes into offsets and facts.
 */
import type { Document, Sentence } from '../../types.ts';
import type { Gazetteer } from '../../text/gazetteer.ts';
import type { Titles } from '../../text/titles.ts';
import type { Word } from '../../text/name-words.ts';

/** One sentence being read, with the lexicons. */
export interface PersonContext {
  readonly doc: Document;
  readonly sentence: Sentence;
  readonly words: readonly Word[];
  readonly titles: Titles;
  readonly given: ReadonlySet<string>;
  readonly gaz: Gazetteer;
  /** How often each capitalised word stands alone in the article ("Novak said", "Mr Novak"). */
  readonly alone: ReadonlyMap<string, number>;
}

/** A person a parser found: the name's words, and what the text says of the person. */
export interface Found {
  /** Index of the first word of the name. */
  first: number;
  /** Index of the last word of the name. */
  last: number;
  /** The role in canonical form, or null. */
  role: string | null;
  /** A country code the text gives the person ("Peruvian President", "Peru's minister"), or null. */
  nationality: string | null;
  /** A relation the text gives instead of a role ("his Kenyan counterpart X" → "counterpart"), or null. */
  relation?: string | null;
  /** The rule, e.g. `person/title`. */
  rule: string;
  /** Words inside the span that are no part of the name: a nickname ("Vincent "The Chin" Gigante"). */
  skip?: [number, number];
}

/** A person parser: one way of telling a name. Declines by returning nothing. */
export interface PersonParser {
  /** The rule id its finds carry. */
  readonly rule: string;
  find(ctx: PersonContext): Found[];
}
