/**
 * The word lists the claim builders read, in one place, loaded from `data/lexicon/words/` on first use.
 */
import { alternation, alternationOf, lazy, wordList, wordSet } from '../../text/words.ts';

/** Counted nouns too vague to align numbers on without near-identical sentences ("three times", "two people"). */
export const VAGUE: ReadonlySet<string> = wordSet('vague-counted-nouns');

/**
 * "the Monday morning attack", "a Friday statement": a day or month name no time fact took; group 1
 * holds a weekday, group 2 a month. "May" is left out: it is also the modal verb
 * ("May I ask", "it may rain"), too often no month.
 */
export const CALENDAR_WORD = lazy(
  () => new RegExp(`\\b(?:(${alternation('weekday-names')})|(${alternationOf(wordList('month-names').filter((m) => m !== 'May'))}))\\b`, 'g'),
);
