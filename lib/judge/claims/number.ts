/**
 * Number and age claims: a count by what it means ("killing 10 people", "the death toll rose to
 * 10": deaths), else by its counted noun and unit ("240 billion USD", "42 people"); an age by its
 * person ("Novak, 71,").
 */
import { countMeaning, GROWING, measureMeaning, moneyMeaning, PEOPLE_NOUNS, singular, SMALL_NUMBERS } from '../../text/meaning.ts';
import { revisionAt } from '../../text/revision.ts';
import { alternation, dataJson, lazy, phraseAlternation, wordList } from '../../text/words.ts';
import { sourceOf } from '../../text/source.ts';
import type { Document, PersonFact, QuantityFact } from '../../types.ts';
import { timexInterval, withoutPartOfDay } from '../../calendar/intervals.ts';
import { isVague, measureInBase, numberRange, type NumberRange } from '../values.ts';
import type { Candidate, ClaimInput } from './types.ts';
import { factsIn, latestDay, makeClaim, personBefore, personKey, statedDays } from './make.ts';
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
    const owner = ageOwner(input, doc, q);
    // "the 29-year-old Mr. Gigante" in a sentence about 1957: an age at another time of a life.
    if (!owner || olderTimeIn(input, doc, q.sentence)) return null;
    // An age is a fact of its person: judged by value groups like a count by meaning, keyed by
    // the person's last two name words ("32-year-old Englishman Robert Buckley", "Robert Buckley, 32").
    const key = `age|${personKey(owner.value, 2)}`;
    return makeClaim(doc, {
      ...sp, block: key, attribute: 'age', slot: `age of ${owner.value}`, type: 'age', who: [owner.value], meaning: key, growing: false,
      fact: q.id, value: q.value, shown: q.value, cmp: { kind: 'number', range }, event, sentence: q.sentence, blanks: [q, owner], why,
      ...(doc.article.published ? { asOf: doc.article.published } : {}),
    });
  }
  const unit = q.unit ?? '';
  const shown = `${q.qualifier && q.high === undefined ? `${q.qualifier} ` : ''}${stated}${unit ? ` ${unit}` : ''}`;
  const meaning = meaningOf(input, doc, q, counted, unit);
  if (meaning !== null) {
    return makeClaim(doc, {
      ...sp, block: `meaning|${meaning.key}`, attribute: 'number', slot: meaning.slot, type: meaning.key, meaning: meaning.key, growing: meaning.growing,
      fact: q.id, value: q.value, shown, cmp: { kind: 'number', range: meaning.range ?? range }, event, sentence: q.sentence, blanks: [q], why,
      ...(unit ? { unit } : {}),
      ...(doc.article.published ? { asOf: doc.article.published } : {}),
      ...(isVague(q.qualifier) ? { vague: true } : {}),
      ...scopeOf(input, doc, q),
      // Counts only: a magnitude or a distance names the place it is of.
      ...(unit ? {} : placeOf(input, doc, q)),
      ...saidBy(doc, q),
    });
  }
  if (!counted && !unit) return null;
  return makeClaim(doc, {
    ...sp, block: `number|${counted}|${unit}`, attribute: 'number', slot: `${counted || unit}${counted && unit ? ` (${unit})` : ''}: number`,
    type: `${counted}|${unit}`, fact: q.id, value: q.value,
    shown, cmp: { kind: 'number', range }, event, sentence: q.sentence, blanks: [q], why,
  });
}

/** Characters between "32-year-old" and the name it describes ("32-year-old Englishman Robert Buckley"). */
const AGE_BEFORE_NAME = 12;

/**
 * The person an age belongs to: the person named right after an "N-year-old", else the nearest
 * named before it in the sentence ("Novak, 71," / "aged 71").
 */
function ageOwner(input: ClaimInput, doc: Document, q: QuantityFact): PersonFact | null {
  // "under age 40", "from age 16 to 19", "turns 29 on April 11": a bound or another time of a life.
  if (q.qualifier !== null || AGE_CHANGE.test(doc.body.slice(Math.max(0, q.start - AGE_LEAD), q.start))) return null;
  const people = input.people.get(`${doc.article.id}\u0000${q.sentence}`) ?? [];
  if (/old$/i.test(q.text)) {
    const next = people.find((p) => p.start >= q.end && p.start - q.end <= AGE_BEFORE_NAME);
    if (next) return next;
    // "a 13-year-old girl": the age of someone unnamed, not of the person named before.
    if (/^\s*\p{Ll}/u.test(doc.body.slice(q.end, q.end + 2))) return null;
  }
  // "Novak, 71,", "Novak (71)": the age stands right after the name, set off; "the girls, age 6
  // and 8" after a suspect named earlier in the sentence are not his.
  const before = people.filter((p) => p.end <= q.start).pop();
  return before && /^[\s,(]*(?:aged?\s+)?$/i.test(doc.body.slice(before.end, q.start)) ? before : null;
}

/** Characters before an age read for words that make it another time of a life. */
const AGE_LEAD = 16;
/** "turns 29", "will turn 29", "from age 16": an age to come or a span of a life, not the age now. */
const AGE_CHANGE = /\b(?:turns?|turning|from)\s+(?:age\s+)?$/i;

/** A count's slot by meaning: its key, its name for readers, and whether its figure only grows. */
interface Meaning {
  key: string;
  slot: string;
  growing: boolean;
  /** For a measure: its values in the base unit of its dimension, so that feet and metres compare. */
  range?: NumberRange;
}


/**
 * The meaning of a quantity, or null: a magnitude is one ("magnitude 6.1", "M6.1"); a count
 * without unit by the cue near it ("killing 10 people": deaths; "10 children were killed": deaths
 * of children) or, with no cue, by its counted noun ("seven villages": villages).
 */
function meaningOf(input: ClaimInput, doc: Document, q: QuantityFact, counted: string, unit: string): Meaning | null {
  if (unit === 'magnitude') return { key: 'magnitude', slot: 'magnitude', growing: false };
  const sentence = doc.sentences[q.sentence];
  if (!sentence) return null;
  if (unit && CURRENCIES().has(unit)) return moneyOf(input, doc, q, sentence, counted);
  if (unit) return measureOf(input, doc, q, sentence);
  const head = counted.split(/\s+/).pop() ?? '';
  const m = countMeaning(doc.body, sentence, q);
  if (m !== null && !earlierCue(input, doc, m, q)) {
    // "80 wounded": the counted word is the cue; "10 people were killed": people in general.
    const own = m.start >= q.start && m.end <= q.end;
    const part = own || head === '' || PEOPLE_NOUNS().has(head) ? '' : singular(head);
    return { key: part ? `${m.meaning}|${part}` : m.meaning, slot: part ? `${m.meaning} (${part})` : m.meaning, growing: GROWING().has(m.meaning) };
  }
  // "seven villages", "46 knockouts", "13 points": a noun alone does not say which count of the
  // story it is (points of one game or of a career); such counts stay with their counted noun.
  return null;
}

/** The currency codes of the unit lexicon ("USD", "EUR"): sums of money compare only in one currency. */
const CURRENCIES = lazy(() => new Set(Object.values(dataJson<{ currencyCodes: Record<string, string> }>('lexicon/units.json').currencyCodes)));

/**
 * The meaning of a sum of money, or null: what it counts ("a $184 million offer" counts the
 * offer) or the cue next to it (`money-meanings.tsv`: "damage estimated at 200 million euros"),
 * in its own currency — no fixed rate converts one into another.
 */
function moneyOf(input: ClaimInput, doc: Document, q: QuantityFact, sentence: { start: number; end: number }, counted: string): Meaning | null {
  const head = counted.split(/\s+/).pop() ?? '';
  const m = head ? null : moneyMeaning(doc.body, sentence, q);
  if (m !== null && earlierCue(input, doc, m, q)) return null;
  const what = head ? singular(head) : m?.meaning;
  if (!what || VAGUE.has(what)) return null;
  return { key: `money|${what}|${q.unit}`, slot: `${what} (${q.unit})`, growing: false };
}

/** Characters after a distance within which the place it is counted from stands ("940 miles south of Tehran"). */
const PLACE_AFTER = 40;

/**
 * The meaning of a length, or null: a distance from a place ("940 miles south of Tehran", "1,500
 * km from the capital"), else by its cue ("fell about 200 feet": the fall of the person named
 * before it; "at a depth of 10 km"). Its values are compared in metres, at the precision written.
 */
function measureOf(input: ClaimInput, doc: Document, q: QuantityFact, sentence: { start: number; end: number }): Meaning | null {
  const base = measureInBase({ value: q.value, unit: q.unit, qualifier: q.qualifier, ...(q.high !== undefined ? { high: q.high } : {}) });
  if (base === null || base.base !== 'm') return null;
  const next = (/^\s*(?:\(.*?\)\s*)?(\p{L}+)/u.exec(doc.body.slice(q.end, q.end + PLACE_AFTER))?.[1] ?? '').toLowerCase();
  if (DISTANCE_WORDS().has(next)) {
    const place = factsIn(input, doc, q.sentence).find((f) => f.kind === 'place' && f.start >= q.end && f.start - q.end <= PLACE_AFTER);
    if (!place || place.kind !== 'place') return null;
    return { key: `distance|${place.value.toLowerCase()}`, slot: `distance from ${place.value}`, growing: false, range: base.range };
  }
  const m = measureMeaning(doc.body, sentence, q);
  if (m === null || earlierCue(input, doc, m, q)) return null;
  const owner = m.meaning === 'fall' ? personBefore(input, doc, q.sentence, q.start) : undefined;
  const who = owner ? personKey(owner.value, 2) : '';
  return { key: `${m.meaning}${who ? `|${who}` : ''}`, slot: owner ? `${m.meaning} of ${owner.value}` : m.meaning, growing: false, range: base.range };
}

/** Words after a length that make it a distance from the place after them: "south of", "from", "away from". */
const DISTANCE_WORDS = lazy(() => new Set([...wordList('compass-directions'), 'from', 'away', 'outside', 'off']));

/**
 * Who gave a count and whether it is a revision, when its sentence says: "police said 12 were
 * arrested" (`lib/text/source.ts`), "the death toll rose to 40" (`lib/text/revision.ts`).
 */
function saidBy(doc: Document, q: QuantityFact): Pick<Candidate, 'source' | 'revision'> {
  const sentence = doc.sentences[q.sentence];
  if (!sentence) return {};
  const s = sourceOf(doc.body, sentence, q);
  const r = revisionAt(doc.body, sentence, q);
  return { ...(s ? { source: { name: s.source, named: s.named } } : {}), ...(r ? { revision: r.cue } : {}) };
}

/** Characters either side of a count within which a time limits what it counts. */
const SCOPE_REACH = 60;

/**
 * The time a count is given for, when one stands next to it in its sentence: "46 were arrested
 * Wednesday night", "86 arrests over the course of Saturday's protests", "over 50 arrests ... over
 * four nights". A count of one night is not the count of the whole event.
 */
function scopeOf(input: ClaimInput, doc: Document, q: QuantityFact): { scope?: string; span?: true; asOf?: string } {
  // The nearest time: "the toll from Monday's quake ... rose to 11 on Tuesday" holds on Tuesday.
  const distance = (f: { start: number; end: number }): number => (f.end <= q.start ? q.start - f.end : f.start >= q.end ? f.start - q.end : 0);
  const near = factsIn(input, doc, q.sentence)
    .filter((f) => f.kind === 'time' && distance(f) < SCOPE_REACH)
    .sort((a, b) => distance(a) - distance(b))[0];
  // A day given with a count ("46 were arrested Wednesday night") is the day it counts, not when
  // the figure held: `asOf` stays the publication date.
  if (!near || near.kind !== 'time') return spanInWords(doc, q);
  // "as of Tuesday", "by Tuesday evening the toll had risen to 40": the time the figure held,
  // stated — no part of the event it counts.
  const lead = doc.body.slice(Math.max(0, near.start - 12), near.start);
  const day = near.value !== null && !near.earliest && /^\d{4}-\d{2}-\d{2}/.test(near.value) ? near.value.slice(0, 10) : null;
  if (day !== null && AS_OF().test(lead)) return { asOf: day };
  // "over four nights", "in the past eight days": the count is a total over a span.
  const span = near.timex === 'DURATION' && SPAN_LEAD().test(doc.body.slice(Math.max(0, near.start - 24), near.start));
  // "Monday afternoon" and "Monday" scope a count to one day: the part of the day is no other scope
  return { scope: near.value !== null ? withoutPartOfDay(near.value) : near.text.toLowerCase(), ...(span ? { span: true as const } : {}) };
}

/** "as of", "by" right before a time (`as-of-leads.txt`). */
const AS_OF = lazy(() => new RegExp(`\\b(?:${phraseAlternation('as-of-leads')})\\s+$`, 'i'));

/** Characters after a count within which a place limits what it counts ("12 injured in Athens"). */
const PLACE_REACH = 40;

/**
 * The place a count is given for, when one follows it closely in its clause: "12 were injured in
 * Athens", "at least 70 injured in cities across the country" — a count of one town is not the
 * count of the whole region.
 */
function placeOf(input: ClaimInput, doc: Document, q: QuantityFact): { where?: string } {
  const place = factsIn(input, doc, q.sentence).find((f) => f.kind === 'place' && f.start >= q.end && f.start - q.end <= PLACE_REACH);
  if (!place || place.kind !== 'place') return {};
  // Only within the clause: no full stop, semicolon or dash between.
  if (/[;.—–]/.test(doc.body.slice(q.end, place.start))) return {};
  return { where: place.value };
}

/** "over four nights of protesting": a span in words no time fact read ("nights" is no time unit). */
function spanInWords(doc: Document, q: QuantityFact): { scope?: string; span?: true } {
  const after = doc.body.slice(q.end, q.end + SCOPE_REACH);
  const m = SPAN_WORDS().exec(after);
  return m ? { scope: m[0].trim().toLowerCase(), span: true } : {};
}

/** A span lead, a number in figures or words, and a period: "over four nights", "in the past 8 days". */
const SPAN_WORDS = lazy(() => {
  const numbers = [...SMALL_NUMBERS()];
  const periods = [...wordList('time-units'), 'night'].map((u) => `${u}s?`);
  return new RegExp(`^[^.;:]{0,30}?\\b(?:${alternation('span-leads')})\\s+(?:the\\s+)?(?:past\\s+|last\\s+)?(?:\\d{1,3}|${numbers.join('|')})\\s+(?:${periods.join('|')})\\b`, 'i');
});

/** Words before a duration that make a count next to it a total over that span: "over four nights" (`span-leads.txt`). */
const SPAN_LEAD = lazy(() => new RegExp(`\\b(?:${alternation('span-leads')})\\s+(?:the\\s+)?(?:past\\s+|last\\s+)?$`, 'i'));

/** News statuses that put an event mention before or beside the article's news ("the 2005 quake killed 13"). */
const NOT_NEWS = new Set(['earlier', 'retold', 'other-occasion']);

/**
 * True when a count is told of an occasion before or beside the news: its cue is an event mention
 * the mentions stage put there, or else the event mention nearest to it in its sentence is ("In
 * December 2003, the city was razed by a quake that left more than 31,000 people dead").
 */
function earlierCue(input: ClaimInput, doc: Document, cue: { start: number; end: number }, q: QuantityFact): boolean {
  const status = (f: { id: string }): string | undefined => input.mentions.get(f.id)?.news.status;
  const own = factsIn(input, doc, q.sentence).find((f) => f.kind === 'event' && f.start < cue.end && cue.start < f.end);
  const ownStatus = own ? status(own) : undefined;
  if (ownStatus !== undefined && (NOT_NEWS.has(ownStatus) || NEWS.has(ownStatus))) return NOT_NEWS.has(ownStatus);
  // "in December 2003, in which more than 31,000 people were killed": another mention of the
  // sentence is dated to another occasion, and nothing dates the count's own to the news.
  const earlierIn = (sentence: number): boolean => factsIn(input, doc, sentence).some((f) => f.kind === 'event' && NOT_NEWS.has(status(f) ?? ''));
  if (earlierIn(q.sentence) || olderTimeIn(input, doc, q.sentence)) return true;
  // "It killed 612 people", "That temblor killed at least six": the sentence goes on about the
  // occasion of the one before, and states no time of its own.
  const s = doc.sentences[q.sentence];
  const first = s ? (/^\s*(\p{L}+)/u.exec(doc.body.slice(s.start, s.start + 40))?.[1] ?? '').toLowerCase() : '';
  const ownTime = factsIn(input, doc, q.sentence).some((f) => f.kind === 'time');
  return !ownTime && ANAPHORIC().has(first) && q.sentence > 0 && earlierIn(q.sentence - 1);
}

/** Days before the article's time from which a date in a sentence makes what it tells background. */
const OLDER_DAYS = 60;

/**
 * True when the sentence states a date well before the article's time — its publication date, or
 * else the latest date it states — ("the world's worst disaster in December 2003, in which more
 * than 31,000 people were killed"; "in 2005, at the age of 91"): what it tells is another time.
 */
function olderTimeIn(input: ClaimInput, doc: Document, sentence: number): boolean {
  const now = doc.article.published ? (timexInterval(doc.article.published)?.to ?? null) : latestDay(input, doc);
  if (now === null) return false;
  return factsIn(input, doc, sentence).some((f) => (statedDays(f)?.to ?? Infinity) < now - OLDER_DAYS);
}

/** News statuses that date a mention to the article's news: a count cued by one is of the news. */
const NEWS = new Set(['current', 'weekday', 'near']);

/** Words that open a sentence going on about the occasion of the one before ("It", "That quake"). */
const ANAPHORIC = lazy(() => new Set([...wordList('demonstratives'), 'it']));

/** True when a counted noun is too vague to align on alone. */
export function vagueCount(c: Candidate): boolean {
  return c.attribute === 'number' && (VAGUE.has(c.type.split('|')[0]) || c.type.startsWith('|'));
}
