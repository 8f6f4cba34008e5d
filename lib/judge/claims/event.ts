/**
 * Claims of an event mention: the date (or duration) of its time, durations that measure it, and
 * its place. What the three share — type, family, participants, event, status, place — is read
 * once here.
 */
import type { Document, EventFact, PersonFact } from '../../types.ts';
import { familyOf } from '../../mentions/index.ts';
import { dateClaim } from './date.ts';
import { durationClaims } from './duration.ts';
import type { Candidate, ClaimInput } from './index.ts';
import { placeClaim } from './place.ts';

/** What every claim of one event mention shares. */
export interface EventParts {
  /** The fields the claims copy. */
  base: Pick<Candidate, 'type' | 'family' | 'who' | 'event' | 'sentence' | 'status' | 'place'>;
  /** The event family: "travel" for an arrival and a visit. */
  family: string;
  /** The first participant by name, for the slot: "travel of Anna Novak: date". */
  principal: string;
}

/** Date, duration and place claims of one event mention, in that order. */
export function eventClaims(input: ClaimInput, doc: Document, e: EventFact): Candidate[] {
  const family = familyOf(e.value);
  const who = e.who.map((id) => input.index.byId.get(id)).filter((p): p is PersonFact => p?.kind === 'person').map((p) => p.value);
  const people = [...new Set(who)].sort();
  const whereFact = e.where ? input.index.byId.get(e.where) : undefined;
  const parts: EventParts = {
    base: { type: e.value, family, who: people, event: input.factEvent.get(e.id) ?? null, sentence: e.sentence, status: e.status, place: whereFact?.kind === 'place' ? whereFact.value : undefined },
    family,
    principal: people[0] ?? '',
  };
  const out: Candidate[] = [];
  const date = dateClaim(input, doc, e, parts);
  if (date !== null) out.push(date);
  out.push(...durationClaims(input, doc, e, parts));
  const place = placeClaim(input, doc, e, parts);
  if (place !== null) out.push(place);
  return out;
}

/** "travel of Anna Novak: date": the slot of an event's attribute as a reader sees it. */
export function eventSlot(parts: EventParts, attribute: string): string {
  return `${parts.family}${parts.principal ? ` of ${parts.principal}` : ''}: ${attribute}`;
}
