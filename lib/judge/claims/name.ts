/**
 * Name claims: how an article spells a person's full name ("Duncan Rait"), for the name-spelling
 * rule: outlets that spell one person's name two ways ("Rait", "Raite") disagree on a fact.
 */
import { nameWords } from '../../text/names.ts';
import type { Document, PersonFact } from '../../types.ts';
import type { Candidate, ClaimInput } from './types.ts';
import { makeClaim } from './make.ts';

/** The name claim of a person named with two words or more, or null. */
export function nameClaim(input: ClaimInput, doc: Document, p: PersonFact): Candidate | null {
  if (nameWords(p.value).length < 2) return null;
  return makeClaim(doc, {
    start: p.start, end: p.end, text: p.text, block: 'name', attribute: 'name', slot: `name of ${p.value}`, type: 'name', who: [p.value],
    fact: p.id, value: p.value, shown: p.value, cmp: { kind: 'place', value: p.value }, event: input.factEvent.get(p.id) ?? null,
    sentence: p.sentence, blanks: [p], why: `spelled '${p.value}'`,
  });
}
