/**
 * Number and age claims: a count by its counted noun and unit ("240 billion USD", "42 people"),
 * an age by its person ("Novak, 71,").
 */
import { nameKey } from '../../text/names.ts';
import type { Document, QuantityFact } from '../../types.ts';
import { numberRange } from '../values.ts';
import type { Candidate, ClaimInput } from './types.ts';
import { makeClaim } from './make.ts';
import { VAGUE } from './words.ts';

/** The number or age claim of a quantity, or null when it counts nothing a slot can name. */
export function quantityClaim(input: ClaimInput, doc: Document, q: QuantityFact): Candidate | null {
  const range = numberRange(q);
  if (range === null || q.unit === 'ordinal') return null;
  const counted = (q.counted ?? '').toLowerCase();
  const event = input.factEvent.get(q.id) ?? null;
  const sp = { start: q.start, end: q.end, text: q.text };
  // "between 200 and 400": a range shows both ends.
  const stated = q.high !== undefined ? `${q.value}–${q.high}` : q.value;
  const why = q.high !== undefined ? `between ${q.value} and ${q.high}` : q.qualifier ? `${q.qualifier} ${q.value}` : q.value;
  if (counted === 'age') {
    // "Novak, 71," / "aged 71": the age belongs to the nearest person named before it in the sentence.
    const owner = (input.people.get(`${doc.article.id}\u0000${q.sentence}`) ?? []).filter((p) => p.end <= q.start).pop();
    if (!owner) return null;
    return makeClaim(doc, {
      ...sp, block: `age|${nameKey(owner.value)}`, attribute: 'age', slot: `age of ${owner.value}`, type: 'age', who: [owner.value],
      fact: q.id, value: q.value, shown: q.value, cmp: { kind: 'number', range }, event, sentence: q.sentence, blanks: [q, owner], why,
    });
  }
  const unit = q.unit ?? '';
  if (!counted && !unit) return null;
  return makeClaim(doc, {
    ...sp, block: `number|${counted}|${unit}`, attribute: 'number', slot: `${counted || unit}${counted && unit ? ` (${unit})` : ''}: number`,
    type: `${counted}|${unit}`, fact: q.id, value: q.value,
    shown: `${q.qualifier && q.high === undefined ? `${q.qualifier} ` : ''}${stated}${unit ? ` ${unit}` : ''}`, cmp: { kind: 'number', range }, event, sentence: q.sentence, blanks: [q], why,
  });
}

/** True when a counted noun is too vague to align on alone. */
export function vagueCount(c: Candidate): boolean {
  return c.attribute === 'number' && (VAGUE.has(c.type.split('|')[0]) || c.type.startsWith('|'));
}
