/**
 * Qualifiers before a quantity, mapped to a small canonical set so that articles compare:
 *
 * | qualifier            | written                                                    |
 * | -------------------- | ---------------------------------------------------------- |
 * | `about`              | about, around, approximately, roughly, some, an estimated  |
 * | `nearly`             | nearly, almost, close to, just under                       |
 * | `more than`          | more than, over, above, upwards of, in excess of           |
 * | `at least`           | at least, no fewer than, a minimum of                      |
 * | `up to`              | up to, as many as, as much as                              |
 * | `less than`          | less than, fewer than, under, below                        |
 * | `at most`            | at most, no more than, a maximum of                        |
 * | `exactly`            | exactly, precisely                                         |
 * | `record`             | a record, record, record-high                              |
 * | `order of magnitude` | the vague amounts themselves: "tens of thousands", "hundreds", "several hundred", "dozens" |
 * | `between`            | a range of one quantity, read by the engine: "between 200 and 400", "200 to 400", "200-400" |
 *
 * After the number (`qualifiersAfter` in the lexicon, read by the engine): "50 or more" → `at
 * least`, "40 or fewer", "40 or less" → `at most`, "40 or so", "or thereabouts" → `about`.
 *
 * For `order of magnitude` the value is the scale named ("tens of thousands" → 10000,
 * "dozens" → 12, "several hundred" → 100): the true number is a few times the value, from about
 * two to nine times it.
 */
import type { Lexicon } from './lexicon.ts';
import type { Token } from './tokens.ts';

/** The qualifier phrase ending right before token `first`: its canonical name and first token. */
export function qualifierBefore(tokens: readonly Token[], first: number, lex: Lexicon): { qualifier: string; first: number } | null {
  const hit = lex.qualifiers.backward(tokens, first - 1);
  return hit ? { qualifier: hit.value, first: hit.at } : null;
}
