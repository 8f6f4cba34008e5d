/**
 * One weekday, one day: in a news article a bare weekday names the same day each time it comes
 * back. A weekday in the past tense that falls the day after publication is either the one six
 * days before or, where the story's clock runs ahead of the publication date's, that next day;
 * another mention of the same weekday that names the next day ("her first stop Tuesday morning",
 * future) settles it: "headed Tuesday to East Africa", published Monday → that next Tuesday.
 */
import { dayPeriod, formatPeriod, periodBounds } from '../../calendar/days.ts';
import type { Candidate } from './engine.ts';
import type { Resolved } from './resolve.ts';

/** True for a weekday named alone: no month, no day, no "last"/"next". */
const bareWeekday = (c: Candidate): boolean =>
  c.reading.mode === 'cyclic' && c.reading.stated.weekday !== undefined && c.reading.stated.month === undefined && c.reading.stated.day === undefined && c.reading.pick === undefined && !c.reading.end;

/**
 * For each weekday (ISO number) that a bare mention of the article resolves to the day after
 * `publishedDay` (days since the epoch) without the past tense: that mention as a chain shows it
 * ("'Tuesday morning' (1998-08-18)").
 */
export function nextDayWeekdays(body: string, candidates: readonly Candidate[], results: readonly (Resolved | null)[], publishedDay: number): Map<number, string> {
  const out = new Map<number, string>();
  candidates.forEach((c, i) => {
    const r = results[i];
    if (!r?.period || r.period.grain !== 'day' || !bareWeekday(c) || /past-tense/.test(r.rule)) return;
    if (periodBounds(r.period)[0] !== publishedDay + 1) return;
    const weekday = c.reading.stated.weekday as number;
    if (!out.has(weekday)) out.set(weekday, `'${body.slice(c.start, c.end)}' (${formatPeriod(dayPeriod(publishedDay + 1))})`);
  });
  return out;
}
