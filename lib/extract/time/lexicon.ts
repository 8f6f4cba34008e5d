/**
 * The word lists of the time extractor, read once from `data/lexicon/time/`.
 *
 * Data stays out of the code: a list is one entry a line, `#` starts a comment, and a tab splits an
 * entry from its value where it has one.
 */
import { alternation, dataLines } from '../../text/words.ts';

/** The non-comment lines of a lexicon file, each split at tabs. */
function rows(file: string): string[][] {
  return dataLines(`lexicon/time/${file}`).map((line) => line.split('\t').map((cell) => cell.trim()));
}

/** Irregular past-tense and past-participle forms ("met", "told", "begun"). */
export const PAST_IRREGULAR: ReadonlySet<string> = new Set(rows('past-irregular.txt').map((r) => r[0].toLowerCase()));

/** Words ending in -ed that are not past-tense verbs ("hundred", "indeed"). */
export const ED_NOT_PAST: ReadonlySet<string> = new Set(rows('ed-not-past.txt').map((r) => r[0].toLowerCase()));

/** A cue that puts a clause in the future: its first word, the word that must follow it (or null), and its kind. */
export interface FutureCue {
  word: string;
  next: string | null;
  kind: 'future' | 'modal' | 'past-future';
}

/** Future cues by their first word ("will", "scheduled", "set" + "to"). */
export const FUTURE_CUES: ReadonlyMap<string, FutureCue[]> = (() => {
  const map = new Map<string, FutureCue[]>();
  for (const [phrase, kind] of rows('future-cues.txt')) {
    const [word, next] = phrase.toLowerCase().split(/\s+/);
    const list = map.get(word) ?? [];
    list.push({ word, next: next ?? null, kind: kind === 'modal' || kind === 'past-future' ? kind : 'future' });
    map.set(word, list);
  }
  return map;
})();

/** A phrase around a weekday that is not a date ("Sunday Times", "Good Friday"), split at the weekday. */
export interface WeekdayBlocker {
  /** The words before the weekday, lower case, space-joined ("mail on"); '' when none. */
  before: string;
  /** The weekday, lower case. */
  weekday: string;
  /** The words after the weekday, lower case ("times"); '' when none. */
  after: string;
}

const WEEKDAY_WORD = new RegExp(`^(${alternation('weekday-names')})s?$`, 'i');

/** Weekday phrases that are names, holidays or institutions, not dates. */
export const WEEKDAY_BLOCKERS: readonly WeekdayBlocker[] = rows('weekday-blockers.txt').map(([phrase]) => {
  const words = phrase.toLowerCase().split(/\s+/);
  const at = words.findIndex((w) => WEEKDAY_WORD.test(w));
  return { before: words.slice(0, at).join(' '), weekday: words[at].replace(/s$/, ''), after: words.slice(at + 1).join(' ') };
});

/** Cardinal number words ("two" → 2, "a dozen" → 12). */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(rows('number-words.txt').map(([w, v]) => [w.toLowerCase(), Number(v)]));

/** Ordinal words ("tenth" → 10, "seventy-fifth" → 75). */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map(rows('ordinal-words.txt').map(([w, v]) => [w.toLowerCase(), Number(v)]));
