/**
 * Role claims: a specific role of a person (two words or more: "defence minister", not "leader").
 */
import { canonicalRole, nameKey } from '../../text/names.ts';
import type { Document, PersonFact } from '../../types.ts';
import type { Candidate, ClaimInput } from './types.ts';
import { makeClaim } from './make.ts';

/** The role claim of a person, or null when the text gives no specific role. */
export function roleClaim(input: ClaimInput, doc: Document, p: PersonFact): Candidate | null {
  if (p.role === null) return null;
  const role = canonicalRole(p.role);
  if (!/\s/.test(role)) return null;
  return makeClaim(doc, {
    start: p.start, end: p.end, text: p.text, block: `role|${nameKey(p.value)}`, attribute: 'role', slot: `role of ${p.value}`, type: 'role',
    who: [p.value], fact: p.id, value: p.role, shown: p.role, cmp: { kind: 'role', role },
    event: input.factEvent.get(p.id) ?? null, sentence: p.sentence, blanks: [p], why: `role '${p.role}' → ${role}`,
  });
}
