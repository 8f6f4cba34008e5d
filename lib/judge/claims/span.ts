/**
 * Duration claims by meaning: a length of time read by the cue next to it ("sentenced to 25
 * years": sentence; "served four months in jail": time served; "the jury deliberated for 30
 * hours": deliberation; `duration-meanings.tsv`), a slot of its event judged by value groups like
 * counts, compared in hours at the precision its words give ("more than 30 hours" holds 40 hours,
 * not 30; "about four and a half months" is within 10%).
 */
import { durationMeaning } from '../../text/meaning.ts';
import type { Document, TimeFact } from '../../types.ts';
import { boundOf, type NumberRange } from '../values.ts';
import type { Candidate, ClaimInput } from './types.ts';
import { makeClaim, personBefore, personKey } from './make.ts';

/** Meanings that are facts of one person: compared only with the person named. */
const PERSONAL = new Set(['sentence', 'time served']);

/** Hours in a unit of an ISO 8601 duration (a year of 365.25 days, a month of a twelfth of it). */
const HOURS: Record<string, number> = { Y: 8766, M: 730.5, W: 168, D: 24, H: 1, TM: 1 / 60, S: 1 / 3600 };

/** The hours of an ISO duration ("P25Y", "PT30H", "P4.5M"), or null for one of several parts or none. */
export function durationHours(value: string): number | null {
  const m = /^P(?:(\d+(?:\.\d+)?)([YMWD])|T(\d+(?:\.\d+)?)([HMS]))$/.exec(value);
  if (!m) return null;
  const [n, unit] = m[1] !== undefined ? [Number(m[1]), m[2]] : [Number(m[3]), m[4] === 'M' ? 'TM' : m[4]];
  return n * HOURS[unit];
}

/** The duration claim of a time fact a cue gives a meaning, or null. */
export function spanClaim(input: ClaimInput, doc: Document, t: TimeFact): Candidate | null {
  if (t.timex !== 'DURATION' || t.value === null) return null;
  const hours = durationHours(t.value);
  const sentence = doc.sentences[t.sentence];
  if (hours === null || !sentence) return null;
  const m = durationMeaning(doc.body, sentence, t);
  if (m === null) return null;
  // A prison sentence, time served: facts of a person — whose, the sentence must name ("Gigante
  // was sentenced to 12 years"); "He was sentenced to seven years" may be anyone's of the story.
  const personal = PERSONAL.has(m.meaning);
  const owner = personal ? personBefore(input, doc, t.sentence, t.start) : undefined;
  if (personal && !owner) return null;
  const range = spanRange(hours, t.text);
  // "40 hours" and "four days" of deliberation are not one length told twice: days of a trial are
  // working days, not 24 hours each. Lengths compare within one unit only.
  const who = owner ? `|${personKey(owner.value, 1)}` : '';
  const key = `duration|${m.meaning}${who}|${t.value.replace(/[\d.]/g, '')}`;
  return makeClaim(doc, {
    start: t.start, end: t.end, text: t.text, block: `meaning|${key}`, attribute: 'duration', slot: owner ? `${m.meaning} of ${owner.value}` : m.meaning, type: key, meaning: key, growing: false,
    fact: t.id, value: t.value, shown: t.text.replace(/\s+/g, ' ').trim(), cmp: { kind: 'number', range }, event: input.factEvent.get(t.id) ?? null,
    sentence: t.sentence, blanks: [t], why: `${t.text} → ${t.value}`,
    ...(doc.article.published ? { asOf: doc.article.published } : {}),
  });
}

/** The hours a duration's words allow: "more than" opens it upward, "about" widens it by 10%, else exact to a twentieth. */
function spanRange(hours: number, text: string): NumberRange {
  switch (boundOf(text)) {
    case 'above':
    case 'at least':
      return { value: hours, low: hours, high: Infinity, exact: false };
    case 'at most':
      return { value: hours, low: 0, high: hours, exact: false };
    case 'about':
      return { value: hours, low: hours * 0.9, high: hours * 1.1, exact: false };
    default:
      // "four and a half months" may be 136 days: a twentieth either way.
      return { value: hours, low: hours * 0.95, high: hours * 1.05, exact: false };
  }
}
