/**
 * Whether two claims can both be true, and whether they speak of the same thing at all.
 */
import stringSimilarity from 'string-similarity';
import { rankWords, sameRole } from '../text/names.ts';
import { samePlaceOrWithin } from '../text/gazetteer.ts';
import type { Candidate, Comparable } from './claims/index.ts';
import { numbersCompatible } from './values.ts';
import type { DayInterval } from '../types.ts';
import { civilFromDays, isoWeekday } from '../calendar/days.ts';

/** Two clock times with zones this close (minutes) are one moment told by two outlets ("about 3 p.m."). */
export const SAME_INSTANT_MINUTES = 30;

/** Contexts this similar (bigram Dice) are one statement in other copies: "landed on _ in the capital". */
export const NEAR_DUPLICATE = 0.8;

const monthOf = (day: number): number => civilFromDays(day).m;
const dayOf = (day: number): number => civilFromDays(day).d;

/** A resolved interval against a time known only by weekday or month: true, false, or null (cannot tell). */
function intervalVsStated(i: DayInterval, s: { weekday?: number; month?: number; day?: number }): boolean | null {
  // month and day first: "Tuesday, April 9" is not "Tuesday, May 9", whatever the weekdays
  if (s.month !== undefined && s.day !== undefined && i.grain === 'day') return monthOf(i.from) === s.month && dayOf(i.from) === s.day;
  if (s.weekday !== undefined && i.grain === 'day') return isoWeekday(i.from) === s.weekday;
  if (s.month !== undefined && (i.grain === 'day' || i.grain === 'month')) return monthOf(i.from) === s.month;
  return null;
}

/** True when the words of the shorter quotation stand in order in the longer, gaps allowed. */
function contains(long: readonly string[], short: readonly string[]): boolean {
  if (short.length > long.length) return false;
  // In order, words may be left out between ("That person [is dangerous and] needs to be found"):
  // an excerpt, not another wording.
  let i = 0;
  for (const w of long) if (i < short.length && w === short[i]) i++;
  return i === short.length;
}

/** Share of distinct words two quotations have in common. */
export function wordOverlap(a: readonly string[], b: readonly string[]): number {
  const x = new Set(a);
  const y = new Set(b);
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / Math.max(1, Math.min(x.size, y.size));
}

/**
 * Whether two values can both be true: `true` compatible (equal, or one covers the other),
 * `false` incompatible, `null` cannot tell (a weekday against a month, quotations of other words).
 */
export function compatible(a: Comparable, b: Comparable): boolean | null {
  if (a.kind === 'interval' && b.kind === 'interval') {
    // one instant written in two zones agrees, whatever day each zone's clock shows
    if (a.instant !== undefined && b.instant !== undefined && Math.abs(a.instant - b.instant) <= SAME_INSTANT_MINUTES) return true;
    return a.interval.from <= b.interval.to && b.interval.from <= a.interval.to;
  }
  if (a.kind === 'interval' && b.kind === 'stated') return intervalVsStated(a.interval, b);
  if (a.kind === 'stated' && b.kind === 'interval') return intervalVsStated(b.interval, a);
  if (a.kind === 'stated' && b.kind === 'stated') {
    if (a.weekday !== undefined && b.weekday !== undefined && a.weekday !== b.weekday) return false;
    if (a.month !== undefined && b.month !== undefined && a.month !== b.month) return false;
    if (a.day !== undefined && b.day !== undefined && a.month === b.month && a.day !== b.day) return false;
    if ((a.weekday !== undefined && b.weekday !== undefined) || (a.month !== undefined && b.month !== undefined)) return true;
    return null;
  }
  if (a.kind === 'number' && b.kind === 'number') return numbersCompatible(a.range, b.range);
  if (a.kind === 'duration' && b.kind === 'duration') return a.value === b.value;
  if (a.kind === 'exact' && b.kind === 'exact') return a.value === b.value;
  if (a.kind === 'role' && b.kind === 'role') {
    if (sameRole(a.role, b.role)) return true;
    // "assistant district attorney" is not "district attorney", nor "former minister" "minister":
    // one role holding the other's words with another rank is another office.
    if (rankWords(a.role) !== rankWords(b.role)) return false;
    return a.role.includes(b.role) || b.role.includes(a.role);
  }
  if (a.kind === 'place' && b.kind === 'place') return samePlaceOrWithin(a.value, b.value);
  if (a.kind === 'quote' && b.kind === 'quote') {
    const [long, short] = a.words.length >= b.words.length ? [a.words, b.words] : [b.words, a.words];
    if (contains(long, short)) return true;
    // Another quotation altogether, not another wording of this one.
    return wordOverlap(a.words, b.words) >= 0.6 ? false : null;
  }
  return null;
}

/**
 * True when two claims are copies of one statement: the words right before and right after the
 * value are (nearly) the same in both, and the value is worded differently.
 */
export function sameStatement(a: Candidate, b: Candidate, memo: Map<string, number>): boolean {
  if (!a.sides || !b.sides || a.text === b.text) return false;
  // Two values of one sentence ("eight hours a day") have near sides that overlap; copies of one
  // value stand at the same place in their sentences, give or take an edit before them.
  if (Math.abs((a.at ?? 0) - (b.at ?? 0)) > STATEMENT_SHIFT) return false;
  // ... and between the same two words: "worked _ a day" is not "worked eight hours _".
  if (lastWord(a.sides[0]) !== lastWord(b.sides[0]) || firstWord(a.sides[1]) !== firstWord(b.sides[1])) return false;
  const sim = (x: string, y: string): number => similarity(x, y, memo);
  // A value that is the whole text has no sides: only its place tells which copy it is.
  if (a.sides[0] === '' && a.sides[1] === '' && b.sides[0] === '' && b.sides[1] === '') return a.sentence === b.sentence;
  return sim(a.sides[0], b.sides[0]) >= NEAR_DUPLICATE && sim(a.sides[1], b.sides[1]) >= NEAR_DUPLICATE && contextSimilarity(a, b, memo) >= NEAR_DUPLICATE;
}

/** How far apart in their sentences two copies of one value may stand ({@link sameStatement}). */
export const STATEMENT_SHIFT = 12;

/**
 * What two claims must share to be copies of one statement ({@link sameStatement}): the word right
 * before the value and the word right after; null for a claim that is no copy of any (no sides, or
 * sides but no context). Claims are blocked by it, so that only claims that could be copies are ever paired.
 */
export function statementBlock(c: Candidate): string | null {
  if (!c.sides) return null;
  // Sides but no sentence to compare: a copy needs its sentence near-identical, and there is none.
  if (c.context === '' && (c.sides[0] !== '' || c.sides[1] !== '')) return null;
  return `${lastWord(c.sides[0])}\u0000${firstWord(c.sides[1])}`;
}

/**
 * The last word of a side: its last run of non-space characters, spaces after it aside ("landed
 * in the capital on" → "on"). Read from the end: the pattern `(\S+)\s*$` it stands for tries every
 * position of the text from its start, and is asked of every claim of a block.
 */
function lastWord(s: string): string {
  let end = s.length;
  while (end > 0 && SPACE.test(s[end - 1])) end--;
  let start = end;
  while (start > 0 && !SPACE.test(s[start - 1])) start--;
  return s.slice(start, end);
}

/** One white-space character, as `\s` reads it. */
const SPACE = /\s/;
const firstWord = (s: string): string => /^\s*(\S+)/.exec(s)?.[1] ?? '';

/** Bigram (Dice) similarity of two strings, memoized: the same pair of contexts meets many times. */
export function similarity(x: string, y: string, memo: Map<string, number>): number {
  if (x === y) return 1;
  const key = x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
  let v = memo.get(key);
  if (v === undefined) memo.set(key, (v = stringSimilarity.compareTwoStrings(x, y)));
  return v;
}

/** Bigram similarity of two claims' sentences with their own values blanked, memoized per pair. */
export function contextSimilarity(a: Candidate, b: Candidate, memo: Map<string, number>): number {
  if (a.context === '' || b.context === '') return 0;
  return similarity(a.context, b.context, memo);
}
