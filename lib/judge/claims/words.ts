/**
 * The word lists the claim builders read, kept in one place (to be loaded from data/ later).
 */

/** Counted nouns too vague to align numbers on without near-identical sentences. */
export const VAGUE = /^(?:times?|things?|ways?|men|women|people|persons?|others?|ones?|years?|days?|months?|weeks?|hours?|minutes?|parts?|countries|nations|sides|percent)$/;

/** "the Monday morning attack", "a Friday statement": a day or month name no time fact took. */
export const CALENDAR_WORD = /\b(?:(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(January|February|March|April|June|July|August|September|October|November|December))\b/g;
