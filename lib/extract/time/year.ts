/**
 * Years and decades written as numbers: "in 2013", "since 1949", "until at least 2030",
 * "the 2022 invasion", "2010-2011", "the 1990s".
 *
 * A four-digit number is a year only where English puts a year: after a temporal preposition, or
 * between a determiner or possessive and a noun. "1,000", "$2013", "2030 troops", "Agenda 2030",
 * "2024-05-16" (chrono's), "3-2024" and "2024%" are not years here.
 */
import { alternation, alternationOf, wordList, wordSet, wordTable } from '../../text/words.ts';
import type { TimeParser } from './engine.ts';
import type { Mod, Reading } from './reading.ts';

/** Prefixes joined to a year by a hyphen, with their mod: "mid-1990s" → MID, "post-1959" → AFTER (data/lexicon/words/period-prefixes.tsv). */
const PREFIXES = (): ReadonlyMap<string, string> => wordTable('period-prefixes');

/** A temporal preposition (with hedges) right before the number: "in ", "until at least ", "mid-", "late-". */
const GOVERNOR = new RegExp(
  `(?:(?:^|[^\\w])(${alternation('year-governors')})\\s{1,3}` +
    '(at\\s+least\\s+|at\\s+the\\s+latest\\s+|as\\s+early\\s+as\\s+|as\\s+late\\s+as\\s+|about\\s+|around\\s+|the\\s+end\\s+of\\s+)?|' +
    `(?:^|[^\\w])(?:${alternationOf(PREFIXES().keys())})-)$`,
  'i',
);

/** A prefix that puts the time on one side of the year, in the span: "post-1959", "pre-2000". */
const SIDE_PREFIX = new RegExp(
  `^(${alternationOf([...PREFIXES()].filter(([, mod]) => mod === 'BEFORE' || mod === 'AFTER').map(([w]) => w))})-`,
  'i',
);

// Articles, possessives but "my" and "your" (the rule never listed them: adding them would change
// which years are read), "this", "that", "whose".
const DETERMINER_WORDS = [...wordList('articles'), ...wordList('possessive-determiners').filter((w) => w !== 'my' && w !== 'your'), 'this', 'that', 'whose'];
/** A determiner or possessive before an attributive year: "the 2024 election", "its 2030 target". */
const DETERMINER = new RegExp(`(?:['’]s|(?:^|[^\\w])(?:${DETERMINER_WORDS.join('|')}))\\s{1,3}$`, 'i');

/** Function words ending in -s that are not plural nouns. */
const NOT_PLURAL = wordSet('not-plural-s-words');
/** Plural nouns that a year commonly modifies: "the 2024 elections". */
const YEAR_PLURALS = wordSet('year-plurals');

/** True for a word that reads as a plural count noun ("troops", "cases"), which a number counts. */
function countedNoun(after: string): boolean {
  const m = /^\s{1,3}([a-z]+)\b/.exec(after);
  if (!m) return false;
  const w = m[1];
  return w.length >= 4 && /s$/.test(w) && !/(?:ss|us|is)$/.test(w) && !NOT_PLURAL.has(w) && !YEAR_PLURALS.has(w);
}

const RELATIONS = new RegExp(`(?:^|[^\\w])(${alternation('year-relations')})\\s{1,3}(?:at\\s+least\\s+)?$`, 'i');

/** "in 2013", "since 1949", "2010-2011", "the 1990s", "the country's 2022 invasion" (any possessive). */
export const yearParser: TimeParser = {
  extractor: 'time/year',
  // "post-1959": a side prefix is read into the span (SIDE_PREFIX, optional)
  pattern: new RegExp(
    `(?:(?<![\\w$£€¥#@.,:/+-])${SIDE_PREFIX.source.slice(1)})?(?<![\\w$£€¥#@.,:/+])(1\\d{3}|2[01]\\d{2})(s)?(?:\\s?[-–]\\s?(1\\d{3}|2[01]\\d{2}|\\d{2})(?!\\d))?(?![\\w%]|[.,:/]\\d|[-–]\\d)`,
    'gi',
  ),
  extract(ctx, m) {
    const [matched, side, yearText, decade, endText] = m;
    // "post-1959" → 1959 mod AFTER: the prefix is in the span, the year is what is read
    const whole = side ? matched.slice(side.length + 1) : matched;
    const yearAt = m.index + matched.length - whole.length;
    const year = Number(yearText);
    const before = ctx.before(yearAt, 40);
    const after = ctx.after(yearAt + whole.length, 30);
    if (/\d\s?[-–]\s?$/.test(before)) return null; // "3-2024", "1999 - 2024" read from its start
    // "from 1000-1200 people", "from 1500 to 2000 troops": counts; "from 1991 to 1997." is a range of years
    const toNumber = /^\s?(?:[-–]|to)\s?(\d+)/.exec(after);
    if (toNumber && (!/^\s{1,3}to\s{1,3}(?:1\d{3}|2[01]\d{2})(?!\d)/.test(after) || countedNoun(after.slice(toNumber[0].length)))) return null;
    // "between 1994 and 1997", "in 1994, 1995 and 1997": a year listed after a year
    const governed = GOVERNOR.test(before) || /(?:^|[^\w$£€¥#@.,:/+-])(?:1\d{3}|2[01]\d{2})s?(?:,\s{0,2}|\s{1,3})(?:(?:and|or|to|through)\s{1,3})?$/.test(before);
    // "the 2024 election", "the 1990s"
    const attributive = DETERMINER.test(before) && (decade !== undefined || /^\s{1,3}[A-Za-z]/.test(after));
    if (!governed && !attributive) return null;
    // "in 2000 cases", "the 1500 troops"; but "the post-1959 politics": a side prefix makes it a year
    if (!decade && !side && countedNoun(after)) return null;
    if (decade) {
      // "the 1990s" → 199
      if (year % 10 !== 0) return null;
      const reading: Reading = { mode: 'fixed', grain: 'decade', stated: { year }, label: `the ${year}s`, rule: 'year/decade' };
      if (side) reading.mod = PREFIXES().get(side.toLowerCase()) as Mod;
      return reading;
    }
    const reading: Reading = { mode: 'fixed', grain: 'year', stated: { year }, label: yearText, rule: 'year' };
    if (side) {
      reading.mod = PREFIXES().get(side.toLowerCase()) as Mod;
      reading.label = `${side.toLowerCase()}-${yearText}`;
    }
    const relation = RELATIONS.exec(before);
    if (relation) reading.relation = relation[0].trim().toLowerCase();
    if (endText !== undefined) {
      // "2010-2011", "2023-24" → a range of years
      let end = Number(endText);
      if (endText.length === 2) end = Math.floor(year / 100) * 100 + end + (end < year % 100 ? 100 : 0);
      if (end <= year || end - year > 100) return null;
      reading.end = { mode: 'fixed', grain: 'year', stated: { year: end }, label: String(end), rule: 'year' };
      reading.label = `${yearText} to ${end}`;
    }
    return reading;
  },
};
