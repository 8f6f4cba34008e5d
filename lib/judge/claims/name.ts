/**
 * Name claims: how an article spells a person's full name ("Duncan Rait") or a place's
 * ("Independence Street"), for the name-spelling rule: outlets that spell one name two ways
 * ("Rait", "Raite") disagree on a fact.
 */
import { nameWords } from '../../text/names.ts';
import type { Document, PersonFact, PlaceFact } from '../../types.ts';
import type { Candidate, ClaimInput } from './types.ts';
import { makeClaim } from './make.ts';

/**
 * The name claim of a person named with two words or more, or of a place named so as written
 * ("Independence Street"), or null.
 */
export function nameClaim(input: ClaimInput, doc: Document, p: PersonFact | PlaceFact): Candidate | null {
  // A place as written: its canonical value may carry a country ("Lima, PE").
  const name = p.kind === 'place' ? p.text.replace(/\s+/g, ' ').trim() : p.value;
  if (nameWords(name).length < 2) return null;
  return makeClaim(doc, {
    start: p.start, end: p.end, text: p.text, block: 'name', attribute: 'name', slot: `name of ${name}`, type: 'name', who: p.kind === 'person' ? [name] : [],
    fact: p.id, value: name, shown: name, cmp: { kind: 'place', value: name }, event: input.factEvent.get(p.id) ?? null,
    sentence: p.sentence, blanks: [p], why: `spelled '${name}'`,
  });
}
