/**
 * The place of an event the text says happened: "arrived in Lyon" → Lyon. A plan or a hedge
 * ("will travel to", "may visit") states no place of the event.
 */
import type { Document, EventFact } from '../../types.ts';
import type { Candidate, ClaimInput } from './types.ts';
import { eventSlot, makeClaim, span, type EventParts } from './make.ts';

/** The place claim of an event mention, or null. */
export function placeClaim(input: ClaimInput, doc: Document, e: EventFact, parts: EventParts): Candidate | null {
  const where = e.where ? input.index.byId.get(e.where) : undefined;
  if (where?.kind !== 'place' || e.status !== 'happened') return null;
  return makeClaim(doc, {
    ...parts.base, ...span(doc, e, where), attribute: 'place', block: `place|${parts.family}`, slot: eventSlot(parts, 'place'),
    fact: where.id, value: where.value, shown: where.value, cmp: { kind: 'place', value: where.value }, blanks: [where], why: `'${where.text}' → ${where.value}`,
  });
}
