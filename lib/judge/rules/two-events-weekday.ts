/**
 * Two events, told apart by weekdays: undated, but the articles of each event agree on one
 * weekday for one person's act, and the two weekdays differ. One occasion has one arrival day;
 * two sets of articles that the words already part (versions of one story never are: see
 * `lib/cluster/index.ts`, splitByWeekday) and that each agree on their own day report two
 * occasions. Less sure than dates: confidence 0.6, and the message says it rests on words; 0.7
 * when one event is dated and the other's weekday falls on none of its days.
 */
import { isoDate } from '../../calendar/days.ts';
import { dayOnWeekday } from '../../calendar/intervals.ts';
import { WEEKDAY_NAMES } from '../../extract/time/words.ts';
import type { EventInfo } from '../../types.ts';
import type { Candidate } from '../claims/index.ts';
import type { PairBlock, Rule } from '../rule.ts';

/** The two-events-by-weekday rule. */
export const twoEventsWeekdayRule: Rule<PairBlock> = {
  id: 'two-events-weekday',
  describe: "Undated, the articles of each of two events agree on one weekday for one person's act, and the two weekdays differ: different events, resting on the words.",
  judge({ matched, claims, events, info }) {
    const days = weekdaysApart(matched);
    if (days === null) return [];
    // "arrived on Tuesday" in one event dated 2023-10-17..18 by another article's statement, "landed
    // on Thursday" in the other: Thursday is no day of the first, a fact, not a reading of words.
    const excluded = notADayOf(days.weekdays, events, info);
    return [{
      verdict: 'different-events',
      rule: 'two-events-weekday',
      claims,
      confidence: excluded ? 0.7 : 0.6,
      events,
      why: `${days.phrase}; ${excluded ?? 'no date in the text fixes both, so this rests on the words'}`,
    }];
  },
};

/**
 * When the matched claims of two events (first of each pair from one, second from the other)
 * that name a shared person give one weekday on each side, and the two differ: a phrase naming
 * them ("Tuesday in 004 against Thursday in 001, 003"); else null.
 */
function weekdaysApart(matched: ReadonlyArray<[Candidate, Candidate]>): { phrase: string; weekdays: [number, number] } | null {
  const side = [new Map<number, Set<string>>(), new Map<number, Set<string>>()];
  for (const pair of matched) {
    if (!pair[0].who.some((w) => pair[1].who.includes(w))) continue;
    pair.forEach((c, k) => {
      if (c.cmp.kind !== 'stated' || c.cmp.weekday === undefined) return;
      let s = side[k].get(c.cmp.weekday);
      if (!s) side[k].set(c.cmp.weekday, (s = new Set()));
      s.add(c.article);
    });
  }
  if (side[0].size !== 1 || side[1].size !== 1) return null;
  const [[a, as]] = side[0];
  const [[b, bs]] = side[1];
  if (a === b) return null;
  const told = (wd: number, ids: Set<string>) => `${WEEKDAY_NAMES[wd]} in ${[...ids].sort().join(', ')}`;
  return { phrase: `the articles of each tell one day for the same act (${told(a, as)} against ${told(b, bs)}), and their words part them: one occasion has one such day`, weekdays: [a, b] };
}

/**
 * "Thursday falls on no day of E10 (2023-10-17..2023-10-18)": when one of the two events is dated
 * to at most a week of days that holds its own weekday but not the other event's; else null.
 */
function notADayOf(weekdays: [number, number], events: [string, string], info: Map<string, EventInfo>): string | null {
  for (const k of [0, 1]) {
    const i = info.get(events[k])?.interval;
    if (!i) continue;
    const other = weekdays[1 - k];
    if (dayOnWeekday(i, weekdays[k]) !== null && dayOnWeekday(i, other) === null) {
      const span = i.from === i.to ? isoDate(i.from) : `${isoDate(i.from)}..${isoDate(i.to)}`;
      const by = info.get(events[k])!.datedBy;
      return `${WEEKDAY_NAMES[other]} falls on no day of ${events[k]} (${span}${by ? `, dated by ${by}` : ''})`;
    }
  }
  return null;
}
