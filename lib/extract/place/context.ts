/**
 * What a place parser sees, and what it gives back: word indexes, never offsets. The engine
 * (`index.ts`) turns indexes into offsets and facts.
 */
import type { Document, Sentence } from '../../types.ts';
import type { Word } from '../../text/name-words.ts';
import type { Gazetteer, Place } from '../../text/gazetteer.ts';

/** One sentence being read. */
export interface PlaceContext {
  readonly doc: Document;
  readonly sentence: Sentence;
  readonly words: readonly Word[];
  readonly gaz: Gazetteer;
  /** True when word `i` lies in a person's name the person extractor found ("Ottawa Irving"). */
  inPerson(i: number): boolean;
}

/** A place a parser found. */
export interface PlaceFound {
  /** Index of the first word. */
  first: number;
  /** Index of the last word. */
  last: number;
  /** The gazetteer readings, best first; empty for a venue or an unlisted town. */
  places: readonly Place[];
  /** The value when there is no gazetteer reading: the venue name, or "Town, GB". */
  value: string | null;
  /** The rule, e.g. `place/gazetteer`. */
  rule: string;
  /** For a town a cue made a place ("the resort of Cannes"): its name, which is the same place elsewhere in the article. */
  name?: string;
}

/** A place parser. Declines by returning nothing. */
export interface PlaceParser {
  readonly rule: string;
  find(ctx: PlaceContext): PlaceFound[];
}
