/**
 * The extraction pipeline of one article: parsers → engine → refiners → resolution → TimeFacts.
 * Its public face is `index.ts`.
 */
import type { Sentence, TimeFact } from '../../types.ts';
import { draftId } from '../index.ts';
import { dayPeriod, formatPeriod, parseIsoDate } from '../../calendar/days.ts';
import { chronoScanner } from './chrono.ts';
import { clockParser } from './clock.ts';
import { markEventCountedClock, mergeDateTime } from './datetime.ts';
import { anniversaryParser, yearsSinceParser } from './anniversary.ts';
import { adjectivalDurationParser, durationParser, ordinalDayParser, pluralDurationParser, vagueDurationParser, weekendLengthParser } from './duration.ts';
import { lineSentences, removeOverlaps, scan, type Candidate, type Refiner, type TimeParser, type TimeScanner } from './engine.ts';
import { monthParser } from './month.ts';
import { attachDayBeforeAfter, attachParts, attachWeekOf } from './parts.ts';
import { extendPrepositions } from './preposition.ts';
import { addListedDays, mergeRanges } from './range.ts';
import { mergeRelativeYear } from './relative-year.ts';
import { relativeBeforeAfterParser, relativeCountParser, relativeDayPartParser, relativeDayParser, relativePeriodParser, relativeThePeriodParser } from './relative.ts';
import { resolve, type Anchor, type Resolved } from './resolve.ts';
import { seasonParser } from './season.ts';
import { frequencyParser, setParser } from './set.ts';
import { possessiveFutureParser, referenceParser } from './reference.ts';
import { centuryParser, shortYearParser } from './century.ts';
import { holidayParser } from './holiday.ts';
import { fiscalParser } from './fiscal.ts';
import { tenseAround, type Tense } from './tense.ts';
import { eventDay, eventVerb, type DaySentence } from './event-day.ts';
import { nextDayWeekdays } from './weekday-discourse.ts';
import { weekdayAbbrParser, weekdayParser, weekdaysAgoParser } from './weekday.ts';
import { mergeWeekdayDate } from './weekday-date.ts';
import { numericDateParser } from './numeric.ts';
import { yearParser } from './year.ts';

/** Every regex parser, in no particular order: overlaps are settled by length, not by order. */
const PARSERS: readonly TimeParser[] = [
  weekdayParser,
  weekdayAbbrParser,
  weekdaysAgoParser,
  monthParser,
  yearParser,
  seasonParser,
  relativeDayParser,
  relativePeriodParser,
  relativeBeforeAfterParser,
  relativeDayPartParser,
  relativeThePeriodParser,
  relativeCountParser,
  adjectivalDurationParser,
  durationParser,
  ordinalDayParser,
  vagueDurationParser,
  yearsSinceParser,
  anniversaryParser,
  setParser,
  frequencyParser,
  referenceParser,
  possessiveFutureParser,
  pluralDurationParser,
  weekendLengthParser,
  centuryParser,
  shortYearParser,
  holidayParser,
  fiscalParser,
  clockParser,
  numericDateParser,
];

const SCANNERS: readonly TimeScanner[] = [chronoScanner];

/** Refiners, in order: each sees what the one before it made. */
const REFINERS: readonly Refiner[] = [mergeWeekdayDate, mergeRelativeYear, mergeDateTime, markEventCountedClock, attachParts, attachWeekOf, attachDayBeforeAfter, mergeRanges, addListedDays, extendPrepositions];

/** The input of {@link extractTimes}. */
export interface ExtractTimesInput {
  /** The article id the facts carry. */
  article: string;
  /** The cleaned text (boilerplate replaced by spaces; offsets are the article's). */
  body: string;
  /** Sentences of the body; when empty, each non-blank line is taken as one. */
  sentences: Sentence[];
  /** Publication date `YYYY-MM-DD`, or null: relative expressions then stay unresolved. */
  published: string | null;
  /** True when {@link published} was inferred from the text: only the earliest it can be. */
  publishedEarliest?: boolean;
}

/** Readings whose value depends on another date of the article. */
const dependent = (c: Candidate): boolean => c.reading.mode === 'anaphoric' || c.reading.mode === 'since' || c.reading.mode === 'clock';

const NO_TENSE: Tense = { kind: 'unknown', cue: null, why: 'no tense cue' };

/**
 * The candidates of the last scan, kept for one more call with the same body and the same
 * sentences (the same array): a document without a publication date is scanned whole to find one
 * (`inferPublished`), then again by the time extractor with the date found. Scanning and refining
 * never read the publication date, so the second call takes the first one's candidates instead of
 * scanning again. Taken once, then dropped, so no document's candidates outlive its extraction.
 */
let lastScan: { body: string; sentences: readonly Sentence[]; candidates: Candidate[] } | null = null;

/** The refined candidates of `sentences` of `body`: the last scan's when it was of the same ones. */
function candidatesOf(body: string, sentences: readonly Sentence[], given: readonly Sentence[]): Candidate[] {
  const kept = lastScan;
  lastScan = null;
  if (kept !== null && kept.sentences === given && kept.body === body) return kept.candidates;
  let candidates = scan(body, sentences, PARSERS, SCANNERS);
  // A refiner may widen a span over a shorter one ("the last week" inside "the last week of May").
  for (const refine of REFINERS) candidates = removeOverlaps(refine(candidates, body));
  // Only a whole document's scan is worth keeping; a line's (inferPublished reads lines one by one) is not.
  if (given.length > 1) lastScan = { body, sentences: given, candidates };
  return candidates;
}

/**
 * Finds and normalizes the time expressions of one article. Facts come in offset order with
 * `id: ''` and `event: null` (the runner assigns both), and `text === body.slice(start, end)`.
 * Linear in the length of the body; no clock, no locale, no randomness.
 */
export function extractTimes(input: ExtractTimesInput): TimeFact[] {
  const { body } = input;
  const sentences = input.sentences.length > 0 ? input.sentences : lineSentences(body);
  const candidates = candidatesOf(body, sentences, input.sentences);

  const publishedDay = input.published ? parseIsoDate(input.published) : null;
  const published: Anchor | null =
    publishedDay === null
      ? null
      : {
          period: dayPeriod(publishedDay),
          ref: { kind: 'published', date: input.published! },
          label: `published ${input.published}${input.publishedEarliest ? ' (inferred, the earliest)' : ''}`,
          ...(input.publishedEarliest ? { earliest: true } : {}),
        };

  const tenseOf = (c: Candidate): Tense => {
    // Clock times too: "struck at 1023 GMT" after a stamp of 02: 24 GMT was the day before.
    const needs = c.reading.mode === 'cyclic' || c.reading.end?.mode === 'cyclic' || c.reading.mode === 'clock';
    if (!needs) return NO_TENSE;
    const s = c.sentence;
    const text = body.slice(s.start, s.end);
    const tense = tenseAround(text, c.start - s.start, c.end - s.start, s.heading);
    // "struck at 1353 (1023 GMT)": a time restated in brackets has the tense of the words before them.
    const open = c.reading.mode === 'clock' && tense.kind === 'unknown' ? /\(\s{0,2}$/.exec(text.slice(Math.max(0, c.start - s.start - 3), c.start - s.start)) : null;
    return open ? tenseAround(text, c.start - s.start - open[0].length, c.end - s.start, s.heading) : tense;
  };

  // Pass 1: everything that needs only the publication date.
  const results: (Resolved | null)[] = candidates.map((c) =>
    dependent(c) ? null : resolve(c.reading, { published, tense: tenseOf(c), prior: null, yearAfter: null }),
  );

  // "headed Tuesday to East Africa" (past) ... "her first stop Tuesday morning" (the day after
  // publication): one weekday names one day in the article.
  if (publishedDay !== null) {
    const seen = nextDayWeekdays(body, candidates, results, publishedDay);
    candidates.forEach((c, i) => {
      const nextDaySeen = c.reading.stated.weekday === undefined ? undefined : seen.get(c.reading.stated.weekday);
      if (nextDaySeen !== undefined && results[i]?.rule.endsWith('/past-tense-or-next-day')) {
        results[i] = resolve(c.reading, { published, tense: tenseOf(c), prior: null, yearAfter: null, nextDaySeen });
      }
    });
  }

  // Explicit years, for anniversaries: "75 years since ... in 1949".
  const years = candidates
    .map((c, i) => ({ c, r: results[i] }))
    .filter(({ c, r }) => c.reading.mode === 'fixed' && c.reading.stated.year !== undefined && r?.period);

  // For a dateline's clock time before its date ("14: 25 Sun Sep 15 2013"): the next day-grain
  // date of the same sentence, found by one backward sweep.
  const nextDay: (Anchor | null)[] = new Array(candidates.length).fill(null);
  for (let j = candidates.length - 1, next: Anchor | null = null, sentence = -1; j >= 0; j--) {
    const c = candidates[j];
    if (c.sentence.index !== sentence) [next, sentence] = [null, c.sentence.index];
    nextDay[j] = next;
    const r = results[j];
    if (r?.period && r.value !== null && !r.endValue && (r.period.grain === 'day' || r.period.grain === 'minute')) {
      next = { period: r.period, ref: { kind: 'fact', fact: draftId('time', c.start, c.end) }, label: `'${body.slice(c.start, c.end)}' (${formatPeriod(r.period)})`, ...(r.earliest ? { earliest: true } : {}) };
    }
  }

  // Pass 2, in text order: anaphora take the latest date before them; anniversaries the next year.
  let prior: Anchor | null = null;
  let priorSentence = -1;
  // The latest day (or day and time) before: the day the narrative is on, for clock times alone.
  let priorDay: Anchor | null = null;
  // The sentences with a day so far, each with its latest day: where a lone clock time's event
  // may have been dated ("shot to death last Oct. 23" ... "shot to death at 10 p.m.").
  const daySentences: DaySentence[] = [];
  let y = 0;
  candidates.forEach((c, i) => {
    if (dependent(c)) {
      while (y < years.length && years[y].c.start < c.end) y++;
      const next = years[y];
      const yearAfter: Anchor | null =
        c.reading.mode === 'since' && next && next.c.sentence.index === c.sentence.index && next.r?.period
          ? { period: next.r.period, ref: { kind: 'fact', fact: draftId('time', next.c.start, next.c.end) }, label: `'${body.slice(next.c.start, next.c.end)}' (${next.r.value})` }
          : null;
      // "He landed on Thursday and spoke at 6 pm": a lone clock time takes the day of its own
      // sentence; without one, the latest day before it ("... on Saturday. He was arrested at
      // Millom Pier around 9.35am." → that Saturday, 09:35).
      const own = c.reading.mode !== 'clock' || priorSentence === c.sentence.index;
      const tense = c.reading.mode === 'clock' ? tenseOf(c) : NO_TENSE;
      // A clock time with no day in its sentence: the day of an earlier sentence with the same
      // verb, else the latest day before it.
      const verb = own || nextDay[i] ? null : eventVerb(tense);
      const found = verb === null ? null : eventDay(verb, daySentences);
      const event = found ? { ...found, label: `${found.label}, the day an earlier sentence gives '${verb}'` } : null;
      const usable = own ? prior : (nextDay[i] ?? event ?? priorDay);
      const clockFrom = own || nextDay[i] ? {} : { clockFrom: event ? ('event' as const) : ('article' as const) };
      results[i] = resolve(c.reading, { published, tense, prior: usable, yearAfter, ...clockFrom });
    }
    const r = results[i];
    if (r?.period && r.value !== null && r.timex !== 'DURATION' && r.timex !== 'SET') {
      prior = {
        period: r.period,
        ref: { kind: 'fact', fact: draftId('time', c.start, c.end) },
        label: `'${body.slice(c.start, c.end)}' (${formatPeriod(r.period)}${r.earliest ? ' or later' : ''})`,
        ...(c.reading.zone ? { zone: c.reading.zone } : {}),
        ...(r.earliest ? { earliest: true } : {}),
      };
      priorSentence = c.sentence.index;
      if ((r.period.grain === 'day' || r.period.grain === 'minute') && !r.endValue) {
        priorDay = prior;
        const s = c.sentence;
        if (daySentences.at(-1)?.index === s.index) daySentences[daySentences.length - 1].anchor = prior;
        else daySentences.push({ index: s.index, text: body.slice(s.start, s.end), anchor: prior });
      }
    }
  });

  // "the 10th anniversary of the forum" with no start year in the sentence: an ordinal count (the
  // quantity extractor reads it), not a length of time; TIMEX3 annotates no time there.
  return candidates.flatMap((c, i) => ((results[i] as Resolved).rule === 'anniversary/ordinal/duration' ? [] : [toFact(input.article, body, c, results[i] as Resolved)]));
}

/** The TimeFact of a resolved candidate. */
function toFact(article: string, body: string, c: Candidate, r: Resolved): TimeFact {
  const fact: TimeFact = {
    id: '',
    article,
    kind: 'time',
    start: c.start,
    end: c.end,
    text: body.slice(c.start, c.end),
    sentence: c.sentence.index,
    extractor: c.extractor,
    event: null,
    value: r.value,
    timex: r.timex,
    stated: r.stated,
    implied: r.implied,
    anchor: r.anchor,
    rule: r.rule,
    chain: r.chain,
  };
  if (r.endValue !== undefined) fact.endValue = r.endValue;
  if (r.earliest) fact.earliest = true;
  if (r.mod) fact.mod = r.mod;
  if (r.zone) fact.zone = r.zone;
  return fact;
}
