/**
 * Month names without a day: "in March" (the tense picks which March), "February 2022",
 * "March of last year", "last March". Days of a month ("March 21, 2023") are chrono's.
 *
 * A month name is a date only when it looks like one: capitalised (so the modal "may" and the
 * noun "march" never are), and for a bare month, governed by a preposition or a part word
 * ("in May", "since March", "mid-May", "the second half of May"), or an article before it and a
 * noun after ("the October slaying"). "the leader may visit", "a protest march" and "the March
 * rally" yield nothing.
 */
import type { TimeParser } from './engine.ts';
import type { Reading } from './reading.ts';
import { isAllCaps, isCapitalized, MONTH_ABBREVIATIONS, MONTH_NAMES, MONTH_SOURCE, monthNumber } from './words.ts';
import { alternation, alternationOf, lazy, wordList, wordSet, wordTable } from '../../text/words.ts';

/**
 * A part word joined by a hyphen: "mid-June", "late-November" (the prefixes of
 * data/lexicon/words/period-prefixes.tsv that name a part: START, MID, END).
 */
const PART_HYPHEN = lazy(() => {
  const parts = [...wordTable('period-prefixes')].filter(([, mod]) => mod === 'START' || mod === 'MID' || mod === 'END').map(([w]) => w);
  return new RegExp(`(?:^|[^\\w])(?:${alternationOf(parts)})-$`, 'i');
});

/** Words that govern a bare month name as a date: "in March", "since May", "the end of May". */
export const MONTH_GOVERNOR = lazy(() => new RegExp(`(?:^|[^\\w])(?:${alternation('month-governors')})\\s{1,3}$|${PART_HYPHEN().source}`, 'i'));

const ABBREVIATIONS = MONTH_ABBREVIATIONS;

/** An article or possessive right before: "the ", "its ", "the city's ". */
const DETERMINER_BEFORE = new RegExp(`(?:(?:^|[^\\w])(?:${[...wordList('articles'), ...wordList('possessive-determiners')].join('|')})|['’]s)\\s{1,3}$`, 'i');

/** Month names that are also words ("March", "May"): data/lexicon/words/month-homographs.txt. */
const HOMOGRAPHS = wordSet('month-homographs');

/**
 * "the October slaying", "its September attacks": a month before a common noun, after an article
 * or possessive, dates what the noun names. Not for a month that is also a word, nor before a
 * capitalised word ("the October Revolution" is a name).
 */
function attributive(word: string, before: string, after: string): boolean {
  if (HOMOGRAPHS.has(word.toLowerCase()) || ABBREVIATIONS.has(word.toLowerCase().replace(/\.$/, ''))) return false;
  return DETERMINER_BEFORE.test(before) && /^\s{1,3}[a-z]{3,}\b/.test(after);
}

/** "in March", "February 2022", "March of last year", "March this year", "last March", "Feb. 2022". */
export const monthParser: TimeParser = {
  extractor: 'time/month',
  pattern: new RegExp(
    `(?<!\\w)(?:(${alternation('period-pickers')})\\s{1,3})?(${MONTH_SOURCE})(\\.)?(?![\\w])(?:\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?![\\w:]|[.,]\\d))?` +
      `(?:(?:\\s{1,3}|,\\s{0,2})(?:of\\s{1,3})?(?:(\\d{4})(?![\\w]|[.,]?\\d)|(last|this|next)\\s{1,3}year(?![\\w-])|the\\s{1,3}(previous|following|same)\\s{1,3}year(?![\\w-])))?`,
    'gi',
  ),
  extract(ctx, m) {
    const [, which, word, dot, dayText, yearText, relYear, anaYear] = m;
    const month = monthNumber(word);
    if (month === null) return null;
    const hasYear = yearText !== undefined || relYear !== undefined || anaYear !== undefined;
    // "may", "march": lower case is the verb or noun; "MAY" in a shouted headline only with a year.
    if (!isCapitalized(word) || (isAllCaps(word) && !hasYear)) return null;
    // "Jan", "Mar" alone are names or words; abbreviations need a dot or a year.
    if (ABBREVIATIONS.has(word.toLowerCase()) && !dot && !hasYear) return null;
    const before = ctx.before(m.index, 16);
    // "post-March", "3-May": a hyphen before a month only after a part word ("mid-May", "late-November").
    if (/-$/.test(before) && !PART_HYPHEN().test(before)) return null;
    if (!hasYear && !which && !MONTH_GOVERNOR().test(before) && !attributive(word, before, ctx.after(m.index + m[0].length, 20))) return null;
    // "4 July the following year", "the 15th of May": a day of the month, chrono's
    if (/\d(?:st|nd|rd|th)?\s{1,3}(?:of\s{1,3})?$/i.test(before)) return null;
    const name = MONTH_NAMES[month];
    if (dayText !== undefined) {
      // "last Oct. 23", "next May 5": a picked month-day; without a picker the day is chrono's
      const day = Number(dayText);
      if (!which || yearText !== undefined || relYear !== undefined || anaYear !== undefined || day < 1 || day > 31) return null;
      const w = which.toLowerCase();
      const pick = w === 'past' ? 'last' : w === 'coming' ? 'next' : (w as 'last' | 'this' | 'next');
      return { mode: 'cyclic', grain: 'day', stated: { month, day }, pick, label: `${w} ${name} ${day}`, rule: 'date' };
    }

    if (yearText !== undefined) {
      const year = Number(yearText);
      if (year < 1000 || year > 2199) return null;
      // "February 2022" → 2022-02
      return { mode: 'fixed', grain: 'month', stated: { year, month }, label: `${name} ${year}`, rule: 'month' };
    }
    if (relYear !== undefined) {
      // "March of last year", published 2024-03-19 → 2023-03
      const n = { last: -1, this: 0, next: 1 }[relYear.toLowerCase() as 'last'];
      return { mode: 'deictic', grain: 'month', stated: { month }, shift: { unit: 'year', n }, label: `${name} of ${relYear.toLowerCase()} year`, rule: 'month/relative-year' };
    }
    if (anaYear !== undefined) {
      // "in March the following year": counted from the previous date of the article
      const n = { previous: -1, same: 0, following: 1 }[anaYear.toLowerCase() as 'same'];
      return { mode: 'anaphoric', grain: 'month', stated: { month }, shift: { unit: 'year', n }, label: `${name} of the ${anaYear.toLowerCase()} year`, rule: 'month/anaphoric-year' };
    }
    const reading: Reading = { mode: 'cyclic', grain: 'month', stated: { month }, label: name, rule: 'month' };
    if (which) {
      // "last March" → the March before the current month; "next March" → the one after it
      const w = which.toLowerCase();
      reading.pick = w === 'past' ? 'last' : w === 'coming' ? 'next' : (w as 'last' | 'this' | 'next');
      reading.label = `${w} ${name}`;
    }
    return reading;
  },
};
