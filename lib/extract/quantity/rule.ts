/**
 * What a quantity rule is: a function from a number in context to a reading, a veto, or no opinion.
 *
 * Like chrono-node's parsers, each rule handles one concern and lives in its own file, named after
 * what it matches. The engine (`index.ts`) tries the rules in order on every number the finder
 * found: the first rule that answers decides. A rule answers with a {@link Reading} (this is a
 * quantity, spanning these tokens) or with {@link decline} (this is not a quantity: a year, a
 * date, a name); `null` means "not mine", and the next rule is asked. Rules speak in token
 * indices; the engine turns them into text offsets.
 */
import type { Lexicon } from './lexicon.ts';
import type { NumberMatch } from './numbers.ts';
import type { Token } from './tokens.ts';

/** A number in its sentence, as every rule sees it. */
export interface Context {
  /** The sentence's tokens. */
  tokens: readonly Token[];
  /** The number being read. */
  num: NumberMatch;
  /** The compiled lexicon. */
  lex: Lexicon;
  /** Index of the sentence's first word or number token (after opening quotes and brackets). */
  sentenceFirst: number;
  /** True when the sentence holds at least one word (a line of only "0" or "14" holds none). */
  hasWords: boolean;
}

/** A rule's reading of a number as a quantity. */
export interface Reading {
  /** Index of the span's first token (a cue such as "aged", a currency symbol). */
  first: number;
  /** Index of the span's last token (a unit, the counted noun). */
  last: number;
  /** The value as a decimal string, when it differs from the number's own value ("50 cents" → "0.5"). */
  value?: string;
  unit: string | null;
  counted: string | null;
  /** A qualifier the rule found; otherwise the engine looks for one before the span. */
  qualifier?: string | null;
}

/** A rule's veto: the number is not a quantity, and why. */
export interface Decline {
  decline: string;
}

/** What a rule says about a number. */
export type Outcome = Reading | Decline | null;

/** One quantity rule. */
export interface Rule {
  /** Short name; facts made by the rule have extractor `quantity/<name>`. */
  name: string;
  read(ctx: Context): Outcome;
}

/** A veto with its reason (the reason shows in specs and debugging, never in facts). */
export function decline(why: string): Decline {
  return { decline: why };
}

/** True when an outcome is a veto. */
export function isDecline(o: Outcome): o is Decline {
  return o !== null && 'decline' in o;
}
