/**
 * How a sentence uses a place, for choosing where an event happened: as the object of a locative
 * preposition ("arrived in Nairobi", "at the Royal Hall", "in northeastern Kenya"), as a goal or a
 * source ("a trip to Kenya", "visited Lima", "from Chile"), as a possessive ("Lima's
 * actions") or as something else, such as a subject or a modifier ("Nairobi has supported",
 * "Nairobi-based"). The place extractor cannot know the event; the event extractor asks this.
 */
import type { Document, PlaceFact } from '../../types.ts';
import { gazetteer } from '../../text/gazetteer.ts';
import { wordSet } from '../../text/words.ts';

/** The relation of a place to the words around it. */
export type PlaceRelation = 'in' | 'to' | 'from' | 'possessive' | 'modifier' | 'other';

/** What {@link placePhrase} tells. */
export interface PlacePhrase {
  relation: PlaceRelation;
  /** The preposition or verb that decided it ("in", "at", "to", "visited"), or null. */
  word: string | null;
}

/** Prepositions of location. */
const LOCATIVE = wordSet('place-locative-prepositions');
/** Prepositions and verbs of a goal. */
const GOAL = wordSet('goal-words');
/** Prepositions of a source. */
const SOURCE = new Set(['from', 'leaving', 'left', 'fled']);
/** Words that may stand between the preposition and the place: "in the central city of Mombasa". */
const BETWEEN = wordSet('place-phrase-fillers');

/**
 * The relation of a place fact to its sentence: `in` after a locative preposition, `to` after a
 * preposition or verb of a goal, `from` after one of a source, `possessive` for "Lima's",
 * `modifier` for "Nairobi-based", `other` otherwise (subjects, objects, list items).
 */
export function placePhrase(doc: Document, fact: Pick<PlaceFact, 'start' | 'end' | 'sentence'>): PlacePhrase {
  const s = doc.sentences[fact.sentence];
  const from = s && s.start <= fact.start ? s.start : 0;
  const after = doc.body.slice(fact.end, fact.end + 3);
  if (/^['’]s\b/.test(after)) return { relation: 'possessive', word: null };
  if (/^-\p{Ll}/u.test(after)) return { relation: 'modifier', word: null };
  // Walk back over "the", directions and "city of" to the word that governs the place.
  const before = doc.body.slice(from, fact.start).toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
  for (let k = before.length - 1, seen = 0; k >= 0 && seen < 6; k--, seen++) {
    const w = before[k];
    if (LOCATIVE.has(w)) return { relation: 'in', word: w };
    if (GOAL.has(w)) return { relation: 'to', word: w };
    if (SOURCE.has(w)) return { relation: 'from', word: w };
    // "in the Peruvian capital": a nationality may stand between too.
    if (!BETWEEN.has(w) && gazetteer().demonym(w.charAt(0).toUpperCase() + w.slice(1)) === null) break;
  }
  return { relation: 'other', word: null };
}
