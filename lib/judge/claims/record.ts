/**
 * Record claims: a win-loss record of a named fighter, player or team ("Klitschko (52-3, 46 KOs)",
 * "Riddick Bowe, 43-1,", "The Colts (11-4)", "improved his record to 53-3"), a slot by meaning
 * of its owner (`record|<owner>`), compared as written: "52-3" and "53-3" cannot both be one
 * record at one time. A score ("a 31-24 victory") is no record: only a record set off right after
 * a capitalised name, or after a record word (`record-cues.txt`), is read.
 */
import { alternation, lazy, phraseAlternation } from '../../text/words.ts';
import type { Document } from '../../types.ts';
import type { Candidate, ClaimInput } from './types.ts';
import { factsIn, makeClaim, personBefore, personKey, sidesOf } from './make.ts';

/** "52-3", "11-4", "8-7-1": wins, losses and perhaps draws, each of at most three digits. */
const RECORD = /(?<![\p{L}\d.,/-])(\d{1,3})-(\d{1,3})(?:-(\d{1,2}))?(?![\p{L}\d/-]|\.\d)/gu;
/** Characters before a record read for its owner or cue. */
const LEAD = 48;
/** "Klitschko (52-3", "The Colts (11-4)": a capitalised name with the record in brackets right after it. */
const BRACKETED = /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s*\(\s*$/u;
/** "Riddick Bowe, 43-1,": a person's record set off by a comma (after a team, "beat Evansville, 91-73" is a score). */
const COMMA = /,\s*$/;
const CUE = lazy(() => new RegExp(`(?:${phraseAlternation('record-cues')})\\s+(?:a\\s+)?$`, 'i'));
/** "an overall record of", "a career mark of": another record than the story's own. */
const MODIFIED = lazy(() => new RegExp(`\\b(?:${alternation('record-modifiers')})\\s+(?:record|mark)\\b`, 'i'));
/** Characters between the person and a record word after which the record is theirs ("Klitschko improved his record to"). */
const SUBJECT_REACH = 32;

/** The record claims of a document, sentence by sentence. */
export function recordClaims(input: ClaimInput, doc: Document): Candidate[] {
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    const text = doc.body.slice(s.start, s.end);
    for (const m of text.matchAll(RECORD)) {
      const start = s.start + m.index!;
      const end = start + m[0].length;
      const lead = doc.body.slice(Math.max(s.start, start - LEAD), start);
      const owner = ownerOf(input, doc, s.index, start, lead);
      if (owner === null) continue;
      const key = `record|${personKey(owner, 1)}`;
      out.push(makeClaim(doc, {
        start, end, text: m[0], fact: '', event: eventOf(input, doc, s.index), sentence: s.index, blanks: [{ start, end }], attribute: 'number',
        block: `meaning|${key}`, slot: `record of ${owner}`, type: key, meaning: key, growing: false, value: m[0], shown: m[0],
        cmp: { kind: 'exact', value: m[0] }, why: `'${m[0]}' a record`, sides: sidesOf(doc, s.index, start, end), at: start - s.start,
        ...(doc.article.published ? { asOf: doc.article.published } : {}),
      }));
    }
  }
  return out;
}

/** The owner of a record: the name set off right before it, or after a record word the person named last before it. */
function ownerOf(input: ClaimInput, doc: Document, sentence: number, start: number, lead: string): string | null {
  const bracketed = BRACKETED.exec(lead);
  if (bracketed) return bracketed[1];
  const last = personBefore(input, doc, sentence, start);
  if (COMMA.test(lead)) return last && /^\s*,\s*$/.test(doc.body.slice(last.end, start)) ? last.value : null;
  if (!CUE().test(lead) || MODIFIED().test(lead) || !last || start - last.end > SUBJECT_REACH) return null;
  // "Klitschko improved his record to", "took Klitschko's record to": the person is the subject or
  // owns the record; not "the taller Klitschko's reach, and dropped to" (another's subject), nor
  // "over Thompson, and with it he improves to" (a clause between).
  const between = doc.body.slice(last.end, start);
  if (between.includes(',')) return null;
  if (/^['’]s\s/.test(between) && !/^['’]s\s+(?:record|mark)\b/i.test(between)) return null;
  return last.value;
}

/** The event of a sentence: the event of its first fact that has one. */
function eventOf(input: ClaimInput, doc: Document, sentence: number): string | null {
  for (const f of factsIn(input, doc, sentence)) {
    const e = input.factEvent.get(f.id);
    if (e) return e;
  }
  return null;
}
