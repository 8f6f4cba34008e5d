/**
 * Whether a figure is given as a revised value: "the death toll rose to 40", "has risen to",
 * "was revised up to", "raising the toll to 52", "now stands at", "the latest figure", "40, up from
 * 31". Text-level and pure: the caller gives an article body, a sentence and a figure inside it, and
 * gets the words of the cue, or null.
 *
 * Shapes, with their words in `data/lexicon/words/`:
 * - a verb of moving to a value, then "to" and the figure (`revision-verbs.txt`, with
 *   `revision-particles.txt` between: "revised up to 40", and an old value: "rose from 31 to 40");
 * - a verb moving a figure noun to a value (`revision-raisers.txt`, `figure-nouns.txt`): "raising
 *   the toll to 52", "updated its count to 31";
 * - a phrase right before the figure (`revision-phrases.txt` [before]): "now stands at 40";
 * - a phrase right after it (`revision-phrases.txt` [after]): "40, up from 31";
 * - a newest-value modifier on a figure noun in the figure's clause (`revision-modifiers.txt`):
 *   "the latest toll is 40", "according to the latest figures, 40 died".
 *
 * Not revisions: a change by an amount ("rose by 5", "prices rose 5 percent"), the old value of
 * "rose from 31 to 40" (31), and "to" before something else ("rose from his seat", "took 40 people
 * to hospital"). The caller asks about counts; "increased to 40 percent" is a revision too.
 */
import { figureClause, isDigits, type FigureClause, type TextSpan } from './figure-clause.ts';
import type { Token } from './tokens.ts';
import { lazy, wordSection, wordSet } from './words.ts';

/** A revision cue governing a figure: the words as written and where they stand. */
export interface RevisionCue {
  /** "rose to", "raising the toll to", "now stands at", "latest figures", "up from". */
  cue: string;
  start: number;
  end: number;
}

const VERBS = wordSet('revision-verbs');
const RAISERS = wordSet('revision-raisers');
const PARTICLES = wordSet('revision-particles');
const FIGURE_NOUNS = wordSet('figure-nouns');
const QUALIFIERS = wordSet('count-approximators', 'approximate-qualifiers', 'revision-qualifiers');

/** Phrases of a section of `revision-phrases.txt` (or of a word list), as lower-case words, longest first. */
const phrases = (words: () => readonly string[]) =>
  lazy(() =>
    words()
      .map((p) => p.toLowerCase().split(/\s+/))
      .sort((a, b) => b.length - a.length),
  );
const BEFORE = phrases(() => wordSection('revision-phrases', 'before'));
const AFTER = phrases(() => wordSection('revision-phrases', 'after'));
const MODIFIERS = phrases(() => [...wordSet('revision-modifiers')]);
const QUALIFIER_PHRASES = phrases(() => [...QUALIFIERS]);

/** Words between "to" and its figure at most: "to at least 40", "to more than 1,000". */
const QUALIFIER_WORDS = 3;
/** Words between a raising verb and its "to" at most: "bringing the overall death toll to". */
const OBJECT_WORDS = 5;
/** Tokens between a newest-value modifier's noun and the figure at most, either side. */
const MODIFIER_REACH = 15;

/**
 * The revision wording that governs the figure at `value` in `sentence` of `body`, or null when the
 * text gives the figure as no revised value.
 */
export function revisionAt(body: string, sentence: TextSpan, value: TextSpan): RevisionCue | null {
  const fc = figureClause(body, sentence, value);
  if (!fc) return null;
  const found = moved(fc) ?? phraseBefore(fc) ?? phraseAfter(fc) ?? newest(fc);
  if (!found) return null;
  const [a, b] = found;
  const start = fc.tokens[a].start;
  const end = fc.tokens[b].end;
  return { cue: body.slice(start, end), start, end };
}

/** The token before the figure and its qualifier: "to" of "rose to at least 40". */
function lead(fc: FigureClause): number {
  const k = fc.first - 1;
  // "at least", "more than", "about": the longest qualifier phrase ending right before the figure.
  for (const p of QUALIFIER_PHRASES()) {
    if (p.length <= QUALIFIER_WORDS && matchAt(fc, k - p.length + 1, p)) return k - p.length;
  }
  return k;
}

/** "rose to 40", "was revised up to 40", "rose from 31 to 40", "raising the toll to 52". */
function moved(fc: FigureClause): [number, number] | null {
  const t = fc.tokens;
  const to = lead(fc);
  if (to < fc.from || t[to].lower !== 'to') return null;
  let k = to - 1;
  // "from 31 to 40": over the old value to its "from".
  for (let j = k, n = 0; j >= fc.from && n < 5; j--, n++) {
    if (t[j].lower === 'from') {
      k = j - 1;
      break;
    }
    if (!(isDigits(t[j]) || t[j].text === ',' || (t[j].word && QUALIFIERS.has(t[j].lower)))) break;
  }
  for (let n = 0; k >= fc.from && n < 2 && PARTICLES.has(t[k].lower); k--, n++);
  if (k >= fc.from && VERBS.has(t[k].lower)) return [k, to];
  // "raising the toll to 52", "updated it to 31": a figure noun or "it" as the moved object.
  let object = false;
  for (let j = k, n = 0; j >= fc.from && n <= OBJECT_WORDS; j--, n++) {
    if (!t[j].word || isDigits(t[j])) return null;
    if (RAISERS.has(t[j].lower)) return object ? [j, to] : null;
    if (FIGURE_NOUNS.has(t[j].lower) || t[j].lower === 'it') object = true;
  }
  return null;
}

/** True when the words of `phrase` stand at tokens k.. of the clause. */
function matchAt(fc: FigureClause, k: number, phrase: readonly string[]): boolean {
  return k >= fc.from && k + phrase.length <= fc.to && phrase.every((w, p) => fc.tokens[k + p].lower === w);
}

/** "now stands at 40", "has now reached more than 40". */
function phraseBefore(fc: FigureClause): [number, number] | null {
  const end = lead(fc);
  for (const p of BEFORE()) {
    const k = end - p.length + 1;
    if (matchAt(fc, k, p)) return [k, end];
  }
  return null;
}

/** "40, up from 31". */
function phraseAfter(fc: FigureClause): [number, number] | null {
  let k = fc.last + 1;
  if (fc.tokens[k]?.text === ',') k++;
  for (const p of AFTER()) if (matchAt(fc, k, p)) return [k, k + p.length - 1];
  return null;
}

/** "the latest toll is 40", "according to the latest figures, 40 died", "an updated count of 31". */
function newest(fc: FigureClause): [number, number] | null {
  const t = fc.tokens;
  const lo = Math.max(fc.from, fc.first - MODIFIER_REACH - 3);
  const hi = Math.min(fc.to, fc.last + MODIFIER_REACH);
  let best: [number, number] | null = null;
  let bestDistance = Infinity;
  for (let k = lo; k < hi; k++) {
    if (k >= fc.first && k <= fc.last) continue;
    const p = MODIFIERS().find((m) => matchAt(fc, k, m));
    if (!p) continue;
    // The figure noun right after the modifier or one word on: "latest toll", "latest death toll".
    for (let n = k + p.length; n < Math.min(hi, k + p.length + 2); n++) {
      if (!t[n].word || isDigits(t[n])) break;
      if (!FIGURE_NOUNS.has(t[n].lower)) continue;
      const distance = n < fc.first ? fc.first - n : k - fc.last;
      if (distance > 0 && distance <= MODIFIER_REACH && distance < bestDistance && !otherFigureBetween(t, n, fc)) {
        best = [k, n];
        bestDistance = distance;
      }
      break;
    }
  }
  return best;
}

/**
 * True when another figure stands between the modifier's noun at n and the figure: "the latest
 * toll is 40, and 12 were hurt" revises 40, not 12.
 */
function otherFigureBetween(t: readonly Token[], n: number, fc: FigureClause): boolean {
  const [a, b] = n < fc.first ? [n + 1, fc.first] : [fc.last + 1, n];
  for (let j = a; j < b; j++) if (isDigits(t[j])) return true;
  return false;
}
