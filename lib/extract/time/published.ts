/**
 * The publication date when no metadata gives it: from a line of the text that states it
 * ("Published: 16 May 2024", "Updated: ...", a dateline "CITY, May 16, 2024 (Agency) -", a line
 * that is only a date, or an archive line "on July 13, 2009 at 10: 50 AM, updated July 29, 2009"),
 * else inferred from the text's own explicit full dates (unless it reports a later year or month
 * as past: then the full dates are history, not news), else unknown.
 */
import type { Sentence } from '../../types.ts';
import { lineSentences } from './engine.ts';
import { extractTimes } from './extract.ts';
import { tenseAround } from './tense.ts';
import type { TimeFact } from '../../types.ts';
import { alternation, lazy } from '../../text/words.ts';

/** "ran until 2020", "a target for 2030": a bound or an aim before a time. */
const BOUND_BEFORE = new RegExp(`\\b(?:${alternation('bound-prepositions')}|for|to)\\s+(?:the\\s+)?(?:end\\s+of\\s+)?$`, 'i');
/** A time span that starts with its bound: "until 2020". */
const BOUND_START = new RegExp(`^(?:${alternation('bound-prepositions')})\\b`, 'i');

/** Where a publication date came from, and why. */
export interface InferredPublished {
  /** `YYYY-MM-DD`, or null. */
  published: string | null;
  /** `text`: a line states it; `inferred`: deduced from the dates in the text; `unknown`: neither. */
  from: 'text' | 'inferred' | 'unknown';
  /** One phrase for `publishedWhy`: "line 'Published: 16 May 2024'". */
  why: string;
  /** Offsets of the date the decision rests on. */
  start?: number;
  end?: number;
}

/** How many lines at the top and at the bottom may carry a publication line. */
const HEAD = 12;
const TAIL = 6;

/** "Published: 16 May 2024", "First posted 3 June", "Last updated 4 June": a line's label, read from its start. */
const LABEL = lazy(() => new RegExp(`^\\W{0,3}(?:(first\\s+)?(${alternation('publication-labels')})|(updated|last\\s+updated|modified|last\\s+modified))\\b`, 'i'));

/** The first day of a stated year or month without a day ("in 1947", "January 1955"), or null. */
function periodStart(f: TimeFact): string | null {
  const { year, month, day } = f.stated;
  if (year === undefined || day !== undefined || f.value === null || f.timex !== 'DATE') return null;
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(f.value);
  if (!m) return null;
  return `${m[1]}-${m[2] ?? (month !== undefined ? String(month).padStart(2, '0') : '01')}-01`;
}

/** A full date (year, month and day stated) of a fact, or null. */
function fullDate(f: TimeFact, useEnd = false): string | null {
  const { year, month, day } = f.stated;
  if (year === undefined || month === undefined || day === undefined || f.value === null) return null;
  const v = useEnd && f.endValue ? f.endValue : f.value;
  return /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null;
}

/** True when `body` holds an ASCII digit between `start` and `end`, without slicing it. */
function hasDigit(body: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = body.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

const quote = (s: string): string => (s.length > 80 ? `${s.slice(0, 77)}...` : s).replace(/\s+/g, ' ');

/**
 * Finds the publication date in the text. A stated publication line wins (`from: 'text'`; a
 * "published" line over an "updated" one); otherwise the latest explicit full date in a past-tense
 * clause (`from: 'inferred'`: the article cannot be older than what it reports as past); otherwise
 * the latest full date not in a future clause; otherwise `unknown`.
 */
export function inferPublished(body: string, sentences: Sentence[]): InferredPublished {
  const all = sentences.length > 0 ? sentences : lineSentences(body);
  const lines = [...new Set([...all.slice(0, HEAD), ...all.slice(-TAIL)])];
  let updated: InferredPublished | null = null;
  for (const s of lines) {
    // A publication line states a full date, so it has a digit ("Published: 16 May 2024"); a line
    // without one is not scanned (lines are scanned one by one, and their scans are not kept).
    if (s.end - s.start > 200 || !hasDigit(body, s.start, s.end)) continue;
    const text = body.slice(s.start, s.end);
    const dated = extractTimes({ article: '', body, sentences: [s], published: null }).filter((f) => fullDate(f) !== null);
    if (dated.length === 0) continue;
    const label = LABEL().exec(text);
    // "on July 13, 2009 at 10: 50 AM, updated July 29, 2009": the first date not after "updated"
    const first = dated.find((f) => !/\bupdated\W{0,3}$/i.test(body.slice(Math.max(s.start, f.start - 12), f.start))) ?? dated[0];
    const hit = (why: string, f: TimeFact): InferredPublished => ({ published: fullDate(f), from: 'text', why: `${why} '${quote(text)}'`, start: f.start, end: f.end });
    if (label) {
      if (label[3]) updated ??= hit('updated line', dated[0]);
      else return hit('publication line', first);
      continue;
    }
    const lead = first.start - s.start;
    if (/^\W{0,3}on\s/i.test(text) && lead <= 8) return hit('date line', first);
    // "CITY, May 16, 2024 (Agency) -": a dateline
    if (/^[A-Z][A-Za-z.'’ -]{1,40},\s{1,3}$/.test(body.slice(s.start, first.start)) && /^\s{0,3}(?:\(|[-–—])/.test(body.slice(first.end, s.end))) return hit('dateline', first);
    // A line that is only a date: "Thursday 16 May 2024 10.30 BST"
    let rest = text;
    for (const f of dated) rest = rest.replace(f.text, ' ');
    if ((rest.match(/[A-Za-z]+/g) ?? []).length <= 3 && text.length <= 80) return hit('date line', first);
  }
  if (updated) return updated;

  // All the sentences, as the extractor will read them: it then takes this scan's candidates
  // instead of scanning again (`candidatesOf` in extract.ts keeps the last whole scan).
  const facts = extractTimes({ article: '', body, sentences: all, published: null });
  const byStart = new Map(all.map((s) => [s.index, s]));
  let bestPast: { date: string; f: TimeFact } | null = null;
  let bestAny: { date: string; f: TimeFact } | null = null;
  // The latest start of a stated year or month the text reports as past ("in 1947", "January 1955").
  let laterPeriod: { start: string; f: TimeFact } | null = null;
  for (const f of facts) {
    const s = byStart.get(f.sentence);
    if (!s) continue;
    const date = fullDate(f, true);
    const start = date === null ? periodStart(f) : null;
    if (date === null && start === null) continue;
    const tense = tenseAround(body.slice(s.start, s.end), f.start - s.start, f.end - s.start, s.heading).kind;
    if (start !== null) {
      // "ran until 2020", "a target for 2030": a bound or an aim, not something that happened
      const bound = BOUND_BEFORE.test(body.slice(Math.max(0, f.start - 24), f.start)) || BOUND_START.test(f.text);
      if (tense === 'past' && !bound && (!laterPeriod || start > laterPeriod.start)) laterPeriod = { start, f };
      continue;
    }
    if (date === null) continue;
    if (tense === 'past' && (!bestPast || date > bestPast.date)) bestPast = { date, f };
    if (tense !== 'future' && (!bestAny || date > bestAny.date)) bestAny = { date, f };
  }
  // "born on April 22, 1923" and "in the late 1950s she quit": the latest full date is not the
  // latest the text reports, so it says nothing of when the article was written.
  const best = bestPast ?? bestAny;
  if (best && laterPeriod && laterPeriod.start > best.date) {
    return { published: null, from: 'unknown', why: `the latest explicit full date '${quote(best.f.text)}' is older than '${quote(laterPeriod.f.text)}', which the text also reports as past` };
  }
  if (bestPast) {
    return { published: bestPast.date, from: 'inferred', why: `latest explicit date in a past-tense clause '${bestPast.f.text}' (the article is not older)`, start: bestPast.f.start, end: bestPast.f.end };
  }
  if (bestAny) {
    return { published: bestAny.date, from: 'inferred', why: `latest explicit date not in a future clause '${bestAny.f.text}' (weak)`, start: bestAny.f.start, end: bestAny.f.end };
  }
  return { published: null, from: 'unknown', why: 'no publication line and no explicit full date in the text' };
}
