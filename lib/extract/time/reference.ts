/**
 * References to the present, past or future in general (TIMEX3 `PRESENT_REF`, `PAST_REF`,
 * `FUTURE_REF`): "is now operating", "for now", "currently", "in the past", "at the time", "the
 * future". They name no day, so they are never compared; they are read so that a time word is not
 * mistaken for something else and the time layer covers what TIMEX3 annotates.
 */
import type { TimeParser } from './engine.ts';
import { alternation, lazy, phraseAlternationOf, wordTable } from '../../text/words.ts';

/** Reference phrases with their value (data/lexicon/words/reference-words.tsv). */
const REFERENCES = (): ReadonlyMap<string, string> => wordTable('reference-words');

/**
 * After "the past"/"the future", what makes the phrase part of something else: a count or period
 * ("the past two years", "the past week": durations and dates of their own parsers) or "of"
 * ("the future of the alliance": a topic, not a time).
 */
const CONTINUES = lazy(() => new RegExp(`^\\s{0,3}(?:\\d|(?:${alternation('reference-continuations')})\\b)`, 'i'));

/** "a year from now", "two weeks from now": a count or unit before "from now" (data/lexicon/words/time-units.txt). */
const UNITS_FROM = lazy(() => new RegExp(`(?:\\d|\\b(?:${alternation('time-units')})s?)\\s{1,3}from\\s{1,3}$`, 'i'));
/** "the present and the past", "the present is": the noun, not an adjective (coordinators and be-forms). */
const CLAUSE_AFTER = lazy(() => new RegExp(`^\\s{1,3}(?:${alternation('coordinators', 'be-forms')})\\b`, 'i'));

/** "'s future", "their future": "future" after a possessive (data/lexicon/words/possessive-determiners.txt). */
function possessiveFuturePattern(): RegExp {
  return new RegExp(`(?<=(?:\\w['\u2019]s|(?<![\\w-])(?:${alternation('possessive-determiners')}))\\s{1,3})future(?![\\w-])`, 'gi');
}

/** "now", "currently", "in the past", "the future". */
export const referenceParser: TimeParser = {
  extractor: 'time/reference',
  pattern: new RegExp(`(?<![\\w-])(?:${phraseAlternationOf(REFERENCES().keys())})(?![\\w-])`, 'gi'),
  extract(ctx, m) {
    const phrase = m[0].toLowerCase().replace(/\s+/g, ' ');
    const value = REFERENCES().get(phrase);
    if (!value) return null;
    const after = ctx.after(m.index + m[0].length, 24);
    const before = ctx.before(m.index, 24);
    if (/(?:past|future|present)$/.test(phrase) && CONTINUES().test(after)) return null;
    // "a year from now", "until now": the relative parsers read the counted form; "until now" stays
    if (phrase === 'now' && /\bfrom\s{1,3}$/i.test(before) && UNITS_FROM().test(before)) return null;
    // "Now, the alliance ...": a discourse word opening a sentence, not the present
    if (phrase === 'now' && /^\s*$/.test(before) && /^N/.test(m[0])) return null;
    // "the present government": an adjective before a noun; "at the time of the attack" is that time
    if (phrase === 'the present' && /^\s{1,3}[a-z]/.test(after) && !CLAUSE_AFTER().test(after)) return null;
    if (phrase === 'at the time' && /^\s{1,3}(?:of|when|that)\b/i.test(after)) return null;
    return { mode: 'reference', grain: 'day', stated: {}, value, label: m[0].replace(/\s+/g, ' '), rule: `reference/${value === 'PRESENT_REF' ? 'present' : value === 'PAST_REF' ? 'past' : 'future'}` };
  },
};

/**
 * What may follow "future" when it is the noun: punctuation, the end, or a closed-class word
 * ("the boy's future away from", "their future is", "our future and"); a content word after it
 * makes it the adjective ("their future plans").
 */
const NOUN_FUTURE_NEXT = lazy(
  () => new RegExp(`^(?:\\s{0,3}(?:[.,;:!?)"'\u2019\u201d]|$)|\\s{1,3}(?:${alternation('prepositions', 'coordinators', 'be-forms', 'modals', 'plain-adverbs', 'place-adverbs')})\\b)`, 'i'),
);

/**
 * "the boy's future", "their future" → FUTURE_REF: the noun after a possessive is the time ahead,
 * as "the future" is (TimeML 1.2.1). Only the noun: "their future plans" yields nothing.
 */
export const possessiveFutureParser: TimeParser = {
  extractor: 'time/reference',
  pattern: possessiveFuturePattern(),
  extract(ctx, m) {
    if (!NOUN_FUTURE_NEXT().test(ctx.after(m.index + m[0].length, 24))) return null;
    return { mode: 'reference', grain: 'day', stated: {}, value: 'FUTURE_REF', label: m[0], rule: 'reference/future-possessive' };
  },
};
