/**
 * Mutations for the mutation test: one weekday, number or date of an article changed, the rest
 * byte for byte the same. A change is chosen by the text alone, never by what the tool extracted,
 * so that a missed extraction counts as a miss.
 */

/** The kinds of change. */
export type MutationKind = 'weekday' | 'number' | 'date';

/** One change: where, what was there, what is there now. */
export interface Mutation {
  kind: MutationKind;
  /** Offsets of the changed span in the original text. */
  start: number;
  end: number;
  before: string;
  after: string;
  /** The mutated text. */
  text: string;
  /** Offsets of the changed span in the mutated text. */
  newStart: number;
  newEnd: number;
}

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function apply(kind: MutationKind, text: string, start: number, end: number, after: string): Mutation {
  return { kind, start, end, before: text.slice(start, end), after, text: text.slice(0, start) + after + text.slice(end), newStart: start, newEnd: start + after.length };
}

/** Lines after the first (a headline often repeats the lead): where mutations are looked for. */
function bodyStart(text: string): number {
  const nl = text.indexOf('\n');
  return nl < 0 ? 0 : nl + 1;
}

/** "on Tuesday" → "on Friday": the first weekday after the headline, moved three days on. */
export function mutateWeekday(text: string, from = bodyStart(text)): Mutation | null {
  const re = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m) return null;
  const i = WEEKDAYS.indexOf(m[1]);
  return apply('weekday', text, m.index, m.index + m[1].length, WEEKDAYS[(i + 3) % 7]);
}

/**
 * "123 member states" → "161 member states": the first count after the headline that is not a
 * year, a day of a month or part of a date or time, raised by a third (at least 2), keeping its
 * digit grouping.
 */
export function mutateNumber(text: string, from = bodyStart(text)): Mutation | null {
  // Not inside an identifier ("MS08-078", "4x4", "76ers", "9-1-1") or a clock time ("3: 33").
  const re = /(?<![\p{L}\d.,:/-])(\d{1,3}(?:,\d{3})+|\d+)(?![\p{L}\d:/]|[.,]\d|-\d-)/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[1];
    const n = Number(raw.replace(/,/g, ''));
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const after = text.slice(m.index + raw.length, m.index + raw.length + 12);
    if (n >= 1900 && n <= 2099 && !raw.includes(',')) continue; // a year
    if (new RegExp(`(?:${MONTHS.join('|')}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?\\s*$`).test(before)) continue; // "May 16"
    if (new RegExp(`^\\s*(?:${MONTHS.join('|')})`).test(after) || /^(?:st|nd|rd|th)\s+(?:of\s+)?[A-Z]/.test(after)) continue; // "16 May"
    if (/^\s*(?:a\.\s?m\.|p\.\s?m\.|am\b|pm\b|GMT|UTC)/i.test(after) || /\d:\s?$/.test(before)) continue; // a clock time
    if (/^\s?\/\s?\d/.test(after) || /\d\s?\/\s?$/.test(before)) continue; // "5 / 5 / 2010", a date
    if (n < 2) continue; // "1" is often "one of", a score, a rank
    // A number on a line without words ("14" under a share button) states nothing.
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = text.indexOf('\n', m.index);
    if (!/\p{L}{3}/u.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd))) continue;
    const changed = n + Math.max(2, Math.round(n / 3));
    const out = raw.includes(',') ? changed.toLocaleString('en-US') : String(changed);
    return apply('number', text, m.index, m.index + raw.length, out);
  }
  return null;
}

/**
 * "March 21, 2023" → "March 28, 2023", "21 March" → "28 March", "in February 2022" → "in April 2022":
 * the first explicit date after the headline, its day moved a week (within the month), or
 * its month two months on.
 */
export function mutateDate(text: string, from = bodyStart(text)): Mutation | null {
  const month = MONTHS.join('|');
  const re = new RegExp(`\\b(?:(${month})\\s+(\\d{1,2})\\b|(\\d{1,2})\\s+(${month})\\b|(${month})\\s+(?:of\\s+)?(?=\\d{4}\\b))`, 'g');
  re.lastIndex = from;
  const m = re.exec(text);
  if (!m) return null;
  if (m[2] !== undefined || m[3] !== undefined) {
    const dayText = m[2] ?? m[3];
    const day = Number(dayText);
    const start = m[2] !== undefined ? m.index + m[0].length - dayText.length : m.index;
    // A week on keeps a stated weekday true ("Wednesday, March 13" → "Wednesday, March 20").
    const moved = day <= 21 ? day + 7 : day - 7;
    return apply('date', text, start, start + dayText.length, String(moved));
  }
  const name = m[5];
  const i = MONTHS.indexOf(name);
  return apply('date', text, m.index, m.index + name.length, MONTHS[(i + 2) % 12]);
}

/** Every mutation kind's change of a text (null where the text has nothing of that kind). */
export function mutations(text: string): Record<MutationKind, Mutation | null> {
  return { weekday: mutateWeekday(text), number: mutateNumber(text), date: mutateDate(text) };
}
