/**
 * What a count counts, read from the words next to it: "killing 10 people", "10 were killed", "the
 * death toll rose to 10" and "10 fatalities" all count deaths. The cue words and their meanings are
 * `data/lexicon/words/count-meanings.tsv`; the nearest cue within a few words of the number, in its
 * clause, decides. A judge joins the counts of one meaning in one event into one slot, whatever the
 * sentence around them.
 */
import type { Range } from '../types.ts';
import { CLAUSE, scan, type Piece } from './tokens.ts';
import { dataJson, lazy, wordList, wordSet, wordTable } from './words.ts';

/** The meaning of a count and the words that gave it. */
export interface CountMeaning {
  /** `deaths`, `injured`, `arrested`...: the second column of count-meanings.tsv. */
  meaning: string;
  /** The cue as written ("death toll", "wounded"). */
  cue: string;
  /** Where the cue stands (offsets into the text). */
  start: number;
  end: number;
}

/** Cue phrases of a meaning table by their first word, longest first. */
type Cues = Map<string, Array<{ words: string[]; meaning: string }>>;

/** The cues of `count-meanings.tsv` and of `measure-meanings.tsv`. */
const CUES = lazy(() => cuesOf('count-meanings'));
const MEASURE_CUES = lazy(() => cuesOf('measure-meanings'));
const MONEY_CUES = lazy(() => cuesOf('money-meanings'));
const DURATION_CUES = lazy(() => cuesOf('duration-meanings'));

function cuesOf(table: string): Cues {
  const byFirst: Cues = new Map();
  for (const [phrase, meaning] of wordTable(table)) {
    const words = phrase.split(/\s+/);
    const list = byFirst.get(words[0]) ?? byFirst.set(words[0], []).get(words[0])!;
    list.push({ words, meaning });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

/** "prior arrests", "previous deaths": adjectives that put a count before the news (`anterior-adjectives.txt`). */
const ANTERIOR = lazy(() => wordSet('anterior-adjectives'));

/** Meanings whose figure only grows as reports come in (`growing-counts.txt`). */
export const GROWING = lazy(() => wordSet('growing-counts'));

/** Counted nouns naming people in general (`people-nouns.txt`): "10 people killed" counts deaths. */
export const PEOPLE_NOUNS = lazy(() => wordSet('people-nouns'));

/** Words either side of a count within which a cue is looked for. */
const BEFORE = 4;
const AFTER = 5;
/** Characters either side of the count read at most: the window stays small on run-on text. */
const REACH = 80;

/** Marks that end the clause a cue may stand in: "killed 3; 40 were hurt". */
const CLAUSE_END = new Set([';', ':', '(', ')', '[', ']', '—', '–', '"', '“', '”']);

/** The cue of `words` starting at `i`, longest phrase first, or null. */
function cueAt(words: readonly Piece[], i: number, cues: Cues = CUES()): { meaning: string; last: number } | null {
  const list = cues.get(words[i].text.toLowerCase());
  if (!list) return null;
  for (const c of list) {
    if (i + c.words.length > words.length) continue;
    if (c.words.every((w, k) => words[i + k].text.toLowerCase() === w)) return { meaning: c.meaning, last: i + c.words.length - 1 };
  }
  return null;
}

/** True for a piece holding a digit: another number stands between the count and a cue. */
const numeric = (p: Piece): boolean => /\d/.test(p.text);

/**
 * The meaning of the count at `value` (its fact span: "at least 10 people") in the sentence
 * `sentence` of `text`, or null when no cue stands near it. The counted noun itself may be the cue
 * ("10 fatalities", "80 wounded"); else the nearest cue within {@link BEFORE} words before or
 * {@link AFTER} words after, not past the end of the clause or another number.
 */
export function countMeaning(text: string, sentence: Range, value: Range): CountMeaning | null {
  const lo = Math.max(sentence.start, value.start - REACH);
  const hi = Math.min(sentence.end, value.end + REACH);
  const pieces = scan(text, CLAUSE, lo, hi);
  const inside = pieces.filter((p) => p.start >= value.start && p.end <= value.end && p.kind === 'word' && !numeric(p));
  // "four prior arrests": a count from before the news, not of it.
  if (inside.some((p) => ANTERIOR().has(p.text.toLowerCase()))) return null;
  if (partOfSum(pieces, value)) return null;
  // "10 fatalities", "at least 80 wounded": the last word of the span.
  for (let i = inside.length - 1; i >= Math.max(0, inside.length - 1); i--) {
    const c = cueAt(inside, i);
    if (c && c.last === inside.length - 1) return { meaning: c.meaning, cue: inside[i].text, start: inside[i].start, end: inside[i].end };
  }
  return nearestCue(text, pieces, value, CUES()) ?? subjectCue(text, sentence, value);
}

/** What a length measures ("fell about 200 feet": fall; "at a depth of 10 km": depth), by `measure-meanings.tsv`, or null. */
export function measureMeaning(text: string, sentence: Range, value: Range): CountMeaning | null {
  return cueNear(text, sentence, value, MEASURE_CUES());
}

/** What a sum of money is ("a $184 million offer", "damage estimated at $2 million"), by `money-meanings.tsv`, or null. */
export function moneyMeaning(text: string, sentence: Range, value: Range): CountMeaning | null {
  return cueNear(text, sentence, value, MONEY_CUES());
}

/**
 * What a length of time measures ("sentenced to 25 years": sentence; "the jury deliberated for 30
 * hours": deliberation), by `duration-meanings.tsv`, or null.
 */
export function durationMeaning(text: string, sentence: Range, value: Range): CountMeaning | null {
  return cueNear(text, sentence, value, DURATION_CUES(), NEXT_TO);
}

/** Words either side of a duration its cue stands within ("deliberated Nichols' fate for 40 hours"). */
const NEXT_TO = 4;

/** The nearest cue of `cues` next to a value, in the bounded window of its sentence. */
function cueNear(text: string, sentence: Range, value: Range, cues: Cues, reach = Infinity): CountMeaning | null {
  const pieces = scan(text, CLAUSE, Math.max(sentence.start, value.start - REACH), Math.min(sentence.end, value.end + REACH));
  return nearestCue(text, pieces, value, cues, reach);
}

/** The nearest cue of `cues` within the words either side of a value, in its clause, or null. */
function nearestCue(text: string, pieces: readonly Piece[], value: Range, cues: Cues, reach = Infinity): CountMeaning | null {
  let best: (CountMeaning & { distance: number }) | null = null;
  // After the count: "10 people were killed", "50 injured".
  const after = pieces.filter((p) => p.start >= value.end);
  let n = 0;
  for (let i = 0; i < after.length && n < Math.min(AFTER, reach); i++) {
    const p = after[i];
    if (p.kind === 'mark') {
      if (CLAUSE_END.has(p.text)) break;
      continue;
    }
    if (numeric(p)) break;
    n++;
    const words = after.slice(i).filter((x) => x.kind === 'word');
    const c = cueAt(words, 0, cues);
    if (c) {
      best = { meaning: c.meaning, cue: text.slice(p.start, words[c.last].end), start: p.start, end: words[c.last].end, distance: n };
      break;
    }
  }
  // Before the count: "killing 10 people", "the death toll rose to 10".
  const before = pieces.filter((p) => p.end <= value.start).reverse();
  n = 0;
  for (let i = 0; i < before.length && n < Math.min(BEFORE, reach); i++) {
    const p = before[i];
    if (p.kind === 'mark') {
      // "Of the 23 pirates arrested, 12 are Somali": a cue before a comma is another phrase's.
      if (CLAUSE_END.has(p.text) || p.text === ',') break;
      continue;
    }
    if (numeric(p)) break;
    n++;
    if (best && n >= best.distance) break;
    // A phrase ending here ("death toll") starts up to two words earlier.
    const words = before.slice(i, i + 3).filter((x) => x.kind === 'word').reverse();
    for (let k = 0; k < words.length; k++) {
      const c = cueAt(words, k, cues);
      if (c && c.last === words.length - 1) {
        return { meaning: c.meaning, cue: text.slice(words[k].start, p.end), start: words[k].start, end: p.end };
      }
    }
  }
  return best === null ? null : { meaning: best.meaning, cue: best.cue, start: best.start, end: best.end };
}

/** Words of a clause's subject read back from "rose to": "The death toll from Monday's quake in the bay rose to 11". */
const SUBJECT_REACH = 16;

/**
 * The cue of the subject of "rose to N", "stands at N", "reached N": the figure's meaning is
 * what rose ("the death toll ... rose to 11", "the number of injured climbed to 80"), however far
 * the verb stands from it. Read back from the verb to the start of its clause, nearest cue first.
 */
function subjectCue(text: string, sentence: Range, value: Range): CountMeaning | null {
  const before = scan(text, CLAUSE, Math.max(sentence.start, value.start - REACH * 2), value.start).reverse();
  const words = before.filter((p) => p.kind === 'word');
  // "rose to", "stands at", "climbed to": a verb of change or standing, then "to" or "at".
  if (words.length < 2 || !LINKS().has(words[0].text.toLowerCase()) || !FIGURE_VERBS().has(words[1].text.toLowerCase())) return null;
  const verbAt = words[1].start;
  const clause = before.filter((p) => p.end <= verbAt);
  let n = 0;
  for (let i = 0; i < clause.length && n < SUBJECT_REACH; i++) {
    const p = clause[i];
    if (p.kind === 'mark') {
      if (CLAUSE_END.has(p.text) || p.text === ',') break;
      continue;
    }
    n++;
    const ws = clause.slice(i, i + 3).filter((x) => x.kind === 'word').reverse();
    for (let k = 0; k < ws.length; k++) {
      const c = cueAt(ws, k);
      if (c && c.last === ws.length - 1) return { meaning: c.meaning, cue: text.slice(ws[k].start, p.end), start: ws[k].start, end: p.end };
    }
  }
  return null;
}

/** "to", "at": the words between a verb of change and its figure ("rose to 11", "stands at 40"). */
const LINKS = lazy(() => new Set(wordList('figure-links')));

/** Verbs a figure follows: of change ("rose", `revision-verbs.txt`) and of standing ("stands", `figure-verbs.txt`). */
const FIGURE_VERBS = lazy(() => new Set([...wordList('revision-verbs'), ...wordList('figure-verbs')]));

/**
 * True when the count is one term of a sum: "one Australian and one English climber", "three
 * police officers and two civilians" — a part, not the figure of the slot.
 */
function partOfSum(pieces: readonly Piece[], value: Range): boolean {
  // "and" right next to the count, then another count within two words with no cue between:
  // "killed 3 people and injured 27" is two counts of two meanings, not a sum.
  const near = (list: readonly Piece[]): boolean => {
    const words = list.filter((p) => p.kind === 'word').slice(0, 3);
    if (words[0]?.text.toLowerCase() !== 'and') return false;
    const k = words.findIndex((p, i) => i > 0 && numberWord(p));
    return k > 0 && !words.slice(1, k).some((p, i) => cueAt(words, i + 1) !== null);
  };
  const before = pieces.filter((p) => p.end <= value.start).reverse();
  const after = pieces.filter((p) => p.start >= value.end);
  return near(before) || near(after);
}

/** True for a number in figures or a small number word ("one", "two"): the terms of a sum. */
const numberWord = (p: Piece): boolean => numeric(p) || SMALL_NUMBERS().has(p.text.toLowerCase());

/** Number words: the cardinals of the unit lexicon ("one", "twelve"), for the terms of a sum and spans in words. */
export const SMALL_NUMBERS = lazy(() => new Set(Object.keys(dataJson<{ cardinals: Record<string, number> }>('lexicon/units.json').cardinals)));

/** "villages" → "village", "casualties" → "casualty": the singular a slot is keyed by. */
export function singular(word: string): string {
  const w = word.toLowerCase();
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ss') || w.endsWith('us') || w.length <= 3) return w;
  return w.endsWith('s') ? w.slice(0, -1) : w;
}
