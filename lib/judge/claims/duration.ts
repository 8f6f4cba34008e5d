/**
 * Durations that measure an event: "a two-day visit", "talks for over four hours" — times of the
 * mention's sentence that are not linked as its time.
 */
import type { Document, EventFact, Fact } from '../../types.ts';
import type { Candidate, ClaimInput } from './types.ts';
import { eventSlot, makeClaim, span, type EventParts } from './make.ts';

/** The duration claims of an event mention, in offset order. */
export function durationClaims(input: ClaimInput, doc: Document, e: EventFact, parts: EventParts): Candidate[] {
  const out: Candidate[] = [];
  // "a two-day visit": durations in the sentence of a travel or meeting mention, not linked as its time.
  for (const f of input.index.byArticle.get(doc.article.id) ?? []) {
    if (f.kind !== 'time' || f.timex !== 'DURATION' || f.value === null || f.sentence !== e.sentence || f.id === e.when) continue;
    if (!modifies(doc.body, f, e)) continue;
    out.push(makeClaim(doc, {
      ...parts.base, ...span(doc, f, e), attribute: 'duration', block: `duration|${parts.family}`, slot: eventSlot(parts, 'duration'),
      fact: f.id, value: f.value, shown: f.value, cmp: { kind: 'duration', value: f.value }, blanks: [f], why: `'${f.text}' → ${f.value}`,
    }));
  }
  return out;
}

/**
 * True when a duration measures the event itself: right before its trigger with at most two
 * words between ("a two-day state visit"), or right after it ("talks for over four hours",
 * "a visit lasting three days") — not "a visit since commencing his six-year term".
 */
function modifies(body: string, d: Fact, e: Fact): boolean {
  // Length first: the pattern then runs on at most 30 characters, whatever the text.
  if (d.end <= e.start) return e.start - d.end <= 30 && /^[\s-]*(?:[\p{L}-]+\s+){0,2}$/u.test(body.slice(d.end, e.start));
  if (d.start >= e.end) return d.start - e.end <= 12 && /^\s+(?:for|lasting|of)\s+$/.test(body.slice(e.end, d.start));
  return false;
}
