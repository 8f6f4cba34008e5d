/**
 * Sentence segmentation with offsets into the cleaned body.
 *
 * A paragraph is one line: news pages pasted as text, and the ECB+ articles, put one sentence,
 * headline or paragraph per line, so a sentence never runs across a line break. Within a line,
 * wink-nlp proposes the boundaries; repairs follow, each for a way it goes wrong on news text:
 * cuts inside a token ("magnitude-5.2"), abbreviations ("Gov. Smith"), quotations that run over
 * several sentences, headlines without a final stop, and a sentence glued to the one before it
 * ("difference.Then").
 */
import { createRequire } from 'node:module';
import type { Model, WinkMethods } from 'wink-nlp';
import type { Sentence } from '../types.ts';
import { dataText, lazy } from '../text/words.ts';
import { winkModel } from '../util/packages.ts';

/** Abbreviation classes read from `data/abbreviations.txt`. */
interface Abbreviations {
  /** Never end a sentence: "Mr.", "Dr.", "No.". */
  title: Set<string>;
  /** May end a sentence: "Inc.", "U.S.", "Jan.". */
  abbrev: Set<string>;
  /** Words that commonly open a sentence: "The", "He". */
  starter: Set<string>;
}

const abbreviations: () => Abbreviations = lazy(() => parseAbbreviations(dataText('abbreviations.txt')));

/** Parses the `[section]`-headed word lists of `data/abbreviations.txt`. */
function parseAbbreviations(text: string): Abbreviations {
  const out: Abbreviations = { title: new Set(), abbrev: new Set(), starter: new Set() };
  let section: Set<string> | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) {
      const name = header[1];
      if (name !== 'title' && name !== 'abbrev' && name !== 'starter') {
        throw new Error(`data/abbreviations.txt: unknown section [${name}]; use [title], [abbrev] or [starter]`);
      }
      section = out[name];
    } else if (section) {
      section.add(line);
    } else {
      throw new Error(`data/abbreviations.txt: "${line}" stands before any [section] header`);
    }
  }
  return out;
}

// wink-nlp and its model take a few hundred milliseconds to load: only when first needed, and once.
let wink: WinkMethods | null = null;
function nlp(): WinkMethods {
  if (!wink) {
    const require = createRequire(import.meta.url);
    const winkNLP = require('wink-nlp') as typeof import('wink-nlp').default;
    const model = winkModel<Model>();
    // Only sentence boundaries: no part-of-speech or entity pass, which would triple the time.
    wink = winkNLP(model, ['sbd']);
  }
  return wink;
}

/** Splits a cleaned body into sentences; masked (blank) stretches yield none. */
export function segment(body: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let lineStart = 0;
  while (lineStart <= body.length) {
    let lineEnd = body.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = body.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && isSpace(body.charCodeAt(start))) start++;
    while (end > start && isSpace(body.charCodeAt(end - 1))) end--;
    // A line of only bullets or rules ("•", "* * *") holds no sentence and is no paragraph.
    if (start < end && HAS_WORD.test(body.slice(start, end))) {
      const spans = lineSentences(body, start, end);
      for (const [s, e] of spans) {
        // A headline or a subheading: alone on its line, without a closing stop.
        const heading = spans.length === 1 && !endsWithStop(body.slice(s, e));
        out.push({ index: out.length, paragraph, start: s, end: e, heading });
      }
      paragraph++;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

const HAS_WORD = /[\p{L}\p{N}]/u;

/** Whitespace as `String.prototype.trim` sees it (masks leave spaces; pasted text has NBSPs). */
function isSpace(c: number): boolean {
  return c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// Headlines are short; a long line that lost its final stop is a cut-off paragraph, not a headline.
const HEADLINE_MAX = 200;

/** The sentences of one trimmed line `body[start, end)`, as trimmed `[start, end)` pairs. */
function lineSentences(body: string, start: number, end: number): Array<[number, number]> {
  const line = body.slice(start, end);
  // "Leaders meet in capital. Talks expected": a headline stays one unit when it lacks a final stop.
  if (line.length <= HEADLINE_MAX && !endsWithStop(line)) return [[start, end]];

  let cuts = winkBoundaries(line).filter((b) => keepBoundary(line, b));
  cuts = mergeSorted(cuts, gluedBoundaries(line, 0, line.length));
  cuts = outsideQuotes(line, cuts);

  const spans: Array<[number, number]> = [];
  let from = 0;
  for (const cut of [...cuts, line.length]) {
    let s = from;
    let e = cut;
    while (s < e && isSpace(line.charCodeAt(s))) s++;
    while (e > s && isSpace(line.charCodeAt(e - 1))) e--;
    if (s === e) continue;
    // A stray piece with no word (a lone "”" or "—") joins the sentence before it, or the one after.
    if (!HAS_WORD.test(line.slice(s, e))) {
      if (spans.length > 0) {
        spans[spans.length - 1][1] = start + e;
        from = cut;
      }
      continue;
    }
    spans.push([start + s, start + e]);
    from = cut;
  }
  return spans;
}

// wink-nlp's tokenizer takes time quadratic in a token's length ("1111…x" of 8,000 characters takes
// a second), so runs without a space longer than any word or usual URL never reach it.
const LONG_RUN = /[^\s]{65,}/g;

/**
 * Offsets in `line` where wink-nlp starts a new sentence (the first sentence's start left out).
 * Long space-free runs are left out of what wink reads and yield no boundary.
 */
function winkBoundaries(line: string): number[] {
  const out: number[] = [];
  let from = 0;
  LONG_RUN.lastIndex = 0;
  for (let m = LONG_RUN.exec(line); m; m = LONG_RUN.exec(line)) {
    winkStretch(line, from, m.index, out);
    from = m.index + m[0].length;
  }
  winkStretch(line, from, line.length, out);
  return out;
}

/**
 * Adds to `out` the boundaries wink finds in `line[from, to)`. Token offsets are rebuilt from each
 * token's value and the spaces before it, which wink keeps losslessly; if that ever fails to line
 * up, the stretch falls back to a plain punctuation rule.
 */
function winkStretch(line: string, from: number, to: number, out: number[]): void {
  const text = line.slice(from, to);
  if (!HAS_WORD.test(text)) return;
  const w = nlp();
  const doc = w.readDoc(text);
  const values = doc.tokens().out(w.its.value) as string[];
  const spaces = doc.tokens().out(w.its.precedingSpaces) as string[];
  const spans = doc.sentences().out(w.its.span) as unknown as Array<[number, number]>;
  const tokenStart = new Array<number>(values.length);
  let pos = 0;
  for (let i = 0; i < values.length; i++) {
    pos += spaces[i].length;
    if (!text.startsWith(values[i], pos)) {
      for (const b of fallbackBoundaries(text)) out.push(from + b);
      return;
    }
    tokenStart[i] = pos;
    pos += values[i].length;
  }
  for (let i = 1; i < spans.length; i++) out.push(from + tokenStart[spans[i][0]]);
}

/** ". The", "?” She": a stop, maybe a closing quote, then space and a capital or opening quote. */
function fallbackBoundaries(line: string): number[] {
  const out: number[] = [];
  const re = /[.!?]["”’)]?\s+(?=[\p{Lu}“"])/gu;
  for (let m = re.exec(line); m; m = re.exec(line)) out.push(m.index + m[0].length);
  return out;
}

/** Whether a boundary wink proposed at `at` stands, given the word before and the word after. */
function keepBoundary(line: string, at: number): boolean {
  // "magnitude-5.2", "Golf-U.S.": wink may cut inside a token. Sentences pasted together without a
  // space are found by gluedBoundaries, which knows "difference.Then" from "U.S.Army".
  if (at > 0 && !isSpace(line.charCodeAt(at - 1))) return false;
  const word = lastWord(line, at);
  // "D-W. Va.", "ex-Gov. Smith": the abbreviation is the part after the hyphen.
  const before = word.slice(Math.max(word.lastIndexOf('-'), word.lastIndexOf('/')) + 1);
  const after = firstWord(line, at);
  // "... and e.g. the" / "said “yes.” and left": a sentence does not start in lower case.
  if (/^\p{Ll}/u.test(after)) return false;
  // "Mr. Smith", "No. 10": a title is always followed by what it titles.
  if (abbreviations().title.has(before)) return false;
  // "the U.S. Senate" but "in the U.S. It was"; "J. K. Rowling" but "World War I. The".
  if (isAbbreviation(before)) return abbreviations().starter.has(after.replace(/[^\p{L}]+$/u, ''));
  return true;
}

function isAbbreviation(word: string): boolean {
  return abbreviations().abbrev.has(word) || /^(?:\p{L}\.){2,}$/u.test(word) || /^\p{Lu}\.$/u.test(word);
}

/** The whitespace-delimited word ending at `at` (trailing spaces skipped), opening marks removed. */
function lastWord(line: string, at: number): string {
  let e = at;
  while (e > 0 && isSpace(line.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > 0 && !isSpace(line.charCodeAt(s - 1))) s--;
  return line.slice(s, e).replace(/^[(“"‘'[«]+/u, '');
}

/** The whitespace-delimited word starting at `at`, opening marks removed. */
function firstWord(line: string, at: number): string {
  let s = at;
  while (s < line.length && isSpace(line.charCodeAt(s))) s++;
  let e = s;
  while (e < line.length && !isSpace(line.charCodeAt(e))) e++;
  return line.slice(s, e).replace(/^[(“"‘'[«]+/u, '');
}

// "difference.Then", "agree.”The": two letters, the last in lower case, a stop, maybe a closing
// quote, then a capital and a lower-case letter, all without a space. Dotted groups ("U.S.A.",
// "e.g.It") never match, as no two letters stand before their stops.
const GLUED = /\p{L}\p{Ll}[.!?]["”’)]?(?=\p{Lu}\p{Ll})/gu;
// No English word is longer; a longer run is a code or a URL, not a sentence end.
const MAX_WORD = 64;

/**
 * Offsets in `text[from, to)` where a sentence glued onto the one before it begins: the capital
 * of "difference.The". Shared with cleaning, which masks a glued boilerplate sentence alone.
 */
export function gluedBoundaries(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  const span = text.slice(from, to);
  GLUED.lastIndex = 0;
  for (let m = GLUED.exec(span); m; m = GLUED.exec(span)) {
    const stop = m.index + m[0].length;
    let s = m.index;
    const limit = Math.max(0, m.index - MAX_WORD);
    while (s > limit && !isSpace(span.charCodeAt(s - 1)) && !isStop(span[s - 1])) s--;
    // "www.site.Com" or "U.S.Army": the word already holds a stop (or is no word at all).
    if (s > 0 && !isSpace(span.charCodeAt(s - 1))) continue;
    const word = span.slice(s, m.index + 2).replace(/^[(“"‘'[«]+/u, '') + '.';
    // "Gov.Smith": an abbreviation glued to a name is no boundary.
    if (abbreviations().title.has(word) || abbreviations().abbrev.has(word)) continue;
    out.push(from + stop);
  }
  return out;
}

function isStop(c: string): boolean {
  return c === '.' || c === '!' || c === '?';
}

/** Union of two ascending offset lists, without duplicates. */
function mergeSorted(a: number[], b: number[]): number[] {
  if (b.length === 0) return a;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i++] : b[j++];
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

/**
 * Drops boundaries inside a quotation, so `“It is fine. We agree,” he said.` stays one sentence.
 * Double quotes only: a single ’ is mostly an apostrophe. A quotation needs its closing mark on the
 * same line; an opening mark left unclosed ("a “no-limits partnership") joins nothing.
 */
function outsideQuotes(line: string, cuts: number[]): number[] {
  if (cuts.length === 0) return cuts;
  const spans: Array<[number, number]> = [];
  let open = -1;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '“' || c === '«') {
      // A second opening mark: the first was never closed, so the quotation starts here.
      open = i;
    } else if (c === '”' || c === '»') {
      if (open >= 0) spans.push([open, i]);
      open = -1;
    } else if (c === '"') {
      // Straight quotes open and close alike; one may also close a curly “ ("a “no-limits" deal").
      if (open >= 0) {
        spans.push([open, i]);
        open = -1;
      } else {
        open = i;
      }
    }
  }
  const out: number[] = [];
  let k = 0;
  for (const cut of cuts) {
    while (k < spans.length && spans[k][1] < cut) k++;
    if (k < spans.length && spans[k][0] < cut && cut <= spans[k][1]) continue;
    out.push(cut);
  }
  return out;
}

/** Whether a sentence ends with a stop, after any closing quotes or brackets; "…" is no stop. */
function endsWithStop(text: string): boolean {
  let e = text.length;
  while (e > 0 && /["”’'»)\]]/.test(text[e - 1])) e--;
  const last = text[e - 1];
  // "A deepening friendship …" and "likely to meet in..." are cut off, not ended.
  if (last === '…' || text.slice(e - 3, e) === '...') return false;
  return last === '.' || last === '!' || last === '?' || last === ':' || last === ';';
}
