/**
 * Claims of an event mention: the date (or duration) of its time, durations that measure it, and
 * its place. What the three share — type, family, participants, event, status, place — is read
 * once here.
 */
import type { Document, EventFact, PersonFact } from '../../types.ts';
import { familyOf } from '../../mentions/index.ts';
import { dateClaim } from './date.ts';
import { durationClaims } from './duration.ts';
import type { Candidate, ClaimInput } from './types.ts';
import { placeClaim } from './place.ts';
import type { EventParts } from './make.ts';
import { pushAll } from '../../util/lists.ts';

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
  pushAll(out, durationClaims(input, doc, e, parts));
  const place = placeClaim(input, doc, e, parts);
  if (place !== null) out.push(place);
  return out;
}

