/**
 * The closed word classes of English grammar that the event and quote extractors read clauses
 * with: determiners, pronouns, prepositions, auxiliaries and modals, subordinators, relatives,
 * coordinators. The words are in `data/lexicon/words/` (one file a class) and read on first use;
 * open-class vocabulary (event triggers, verbs of saying, modality cues) is in `data/lexicon/`.
 */
import { LazySet, wordList, wordSet } from './words.ts';

/** Articles and determiners: "a", "the", "this", "no". */
export const DETERMINERS = wordSet('articles', 'demonstratives', 'quantifying-determiners');
/** Possessive determiners and the possessive ending as a token: "his", "their", "'s". */
export const POSSESSIVES = new LazySet(() => [...wordList('possessive-determiners'), "'s", "'"]);
/** Personal pronouns that can be a clause's subject. */
export const SUBJECT_PRONOUNS = wordSet('subject-pronouns');
/** Pronouns that refer back to one person: "he said", "his visit". */
export const PERSON_PRONOUNS = wordSet('person-pronouns');
/** Prepositions (without "to", which also marks an infinitive). */
export const PREPOSITIONS = wordSet('prepositions');
/** Forms of "be", "have" and "do". */
export const AUXILIARIES = wordSet('auxiliaries');
/** Modal verbs, including the contracted future. */
export const MODALS = wordSet('modals');
/** Words that open a subordinate clause. */
export const SUBORDINATORS = wordSet('subordinators');
/** Relative pronouns: ", who arrived ...". */
export const RELATIVES = wordSet('relatives');
/** Coordinating conjunctions. */
export const COORDINATORS = wordSet('coordinators');

/** True for "didn't", "won't", "hasn't": an auxiliary with the negation attached. */
export function isContractedNegation(lower: string): boolean {
  return lower.endsWith("n't") || lower === 'cannot';
}

/** True for a verb form that can only be an auxiliary or modal ("was", "will", "didn't"). */
export function isAuxiliary(lower: string): boolean {
  return AUXILIARIES.has(lower) || MODALS.has(lower) || isContractedNegation(lower);
}

/** Adjectives and nouns in "-ed" that are no past form: "hundred", "naked". */
const ED_WORDS = wordSet('ed-adjectives');

/** True for a word that looks like a regular past form: "deployed", "carried" (not "need", "hundred"). */
export function looksPast(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('ed') && !lower.endsWith('eed') && !ED_WORDS.has(lower) && /^[a-z-]+$/.test(lower);
}

