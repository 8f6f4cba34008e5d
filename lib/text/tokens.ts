/**
 * The one tokenizer of the text layer and the views the extractors read it through (the closed
 * word classes the clause readers test tokens against are in `grammar.ts`).
 *
 * One scanner, {@link scan}, cuts text into pieces: words, numbers and marks, each with its offsets
 * and whether whitespace stood before it. What counts as one word differs between the readers, and
 * their output depends on it, so the difference is a named {@link TokenScheme}, not another
 * tokenizer: clause reading joins "U.S" and "two-day" into one word; quantities keep digits apart
 * from letters ("$900bn" is `$`, `900`, `bn`); names keep dotted capitals ("U.K.") and initials
 * ("J.") whole and skip punctuation; tense reading sees only ASCII words and clause-ending marks.
 *
 * Open-class vocabulary (event triggers, attribution verbs, modality cues) lives in `data/lexicon/`;
 * the function words are in `data/lexicon/words/` and read through `words.ts`.
 */
import type { Document, Fact } from '../types.ts';
import { wordSet } from './words.ts';
import { firstIndex } from '../util/search.ts';

/**
 * What one reader calls a token. Each field is a piece of the one pattern {@link scan} compiles;
 * every repetition in it starts with a joiner its letter class does not hold, so the scan is linear
 * on any input.
 */
export interface TokenScheme {
  /** A name for errors and caches: `clause`, `quantity`, `name`, `tense`. */
  name: string;
  /** The characters of a word, as a regex class body ("\\p{L}\\p{M}\\p{N}", "A-Za-z"). */
  letters: string;
  /** The characters that join two runs of letters into one word ("'’.\\-": "didn't", "U.S"). */
  joiners: string;
  /** Digits make their own `number` token with inner "," or "." ("1,234.5"), apart from letters. */
  numbers: boolean;
  /** Dotted capitals ("U.K.") and an initial before a space ("J. Smith") are one word. */
  initials: boolean;
  /** Which other characters are a token each: every non-space one, none, or a class body. */
  marks: 'all' | 'none' | string;
}

/** Clause reading (events, quotes): letters and digits joined by apostrophes, hyphens and periods. */
export const CLAUSE: TokenScheme = { name: 'clause', letters: '\\p{L}\\p{M}\\p{N}', joiners: "'’.\\-", numbers: false, initials: false, marks: 'all' };
/**
 * Quantities: "6.1-magnitude" is `6.1`, `-`, `magnitude` and "$900bn" is `$`, `900`, `bn`, because
 * the rules read glued number and unit apart; "2013." is `2013` and `.` (a separator needs a digit after it).
 */
export const QUANTITY: TokenScheme = { name: 'quantity', letters: '\\p{L}\\p{M}', joiners: "'’", numbers: true, initials: false, marks: 'all' };
/**
 * Names (people, places): "U.K." and "J." stay whole, "O'Brien" and "Jean-Claude" are one word, and
 * punctuation is no token: the name readers look at what stands between two words instead.
 */
export const NAME: TokenScheme = { name: 'name', letters: '\\p{L}\\p{M}\\p{N}', joiners: "-'’", numbers: false, initials: true, marks: 'none' };
/**
 * Tense: ASCII words only (the verbs it looks for are English) and only the marks that end a clause
 * for this purpose (";", ":", brackets, quotation marks, dashes); digits and other marks are skipped.
 */
export const TENSE: TokenScheme = { name: 'tense', letters: 'A-Za-z', joiners: "-'’", numbers: false, initials: false, marks: ';:()[\\]"“”—–' };

/** One piece of text as {@link scan} cuts it. */
export interface Piece {
  /** The text as written. */
  text: string;
  /** Offset of the first code unit. */
  start: number;
  /** One past the last code unit. */
  end: number;
  /** `word`: letters (with joiners); `number`: digits (schemes with `numbers`); `mark`: one other character. */
  kind: 'word' | 'number' | 'mark';
  /** True when skipped text (whitespace, or what the scheme does not read) stands right before the piece. */
  gap: boolean;
}

const patterns = new Map<TokenScheme, RegExp>();

/** The pattern of a scheme: initials, then words, then numbers, then marks, each a capture group. */
function pattern(scheme: TokenScheme): RegExp {
  let re = patterns.get(scheme);
  if (!re) {
    const l = `[${scheme.letters}]`;
    const parts = [
      scheme.initials ? '((?:\\p{Lu}\\.){2,}|\\p{Lu}\\.(?=\\s))' : '()',
      `(${l}+(?:[${scheme.joiners}]${l}+)*)`,
      scheme.numbers ? '(\\d+(?:[.,]\\d+)*)' : '()',
    ];
    const marks = scheme.marks === 'all' ? (scheme.numbers ? '\\S' : `[^\\s${scheme.letters}]`) : scheme.marks === 'none' ? '' : `[${scheme.marks}]`;
    // Empty groups keep the group numbers fixed; an empty alternative never wins over a real one
    // because each real alternative is tried in order and '()' is dropped below.
    const source = [parts[0] === '()' ? '' : parts[0], parts[1], parts[2] === '()' ? '' : parts[2], marks].filter(Boolean).join('|');
    re = new RegExp(source, 'gu');
    patterns.set(scheme, re);
  }
  return re;
}

/**
 * The pieces of `text.slice(start, end)` under `scheme`, with offsets into `text`. The first piece
 * has a gap unless it is glued to the text before the range (".358" cut after the point).
 */
export function scan(text: string, scheme: TokenScheme, start = 0, end = text.length): Piece[] {
  const piece = start === 0 && end === text.length ? text : text.slice(start, end);
  const re = pattern(scheme);
  const out: Piece[] = [];
  let prevEnd = 0;
  re.lastIndex = 0;
  for (let m = re.exec(piece); m !== null; m = re.exec(piece)) {
    const t = m[0];
    const kind = scheme.numbers && /^\d/.test(t) ? 'number' : isWordPiece(m, scheme) ? 'word' : 'mark';
    const gap = m.index > prevEnd || (m.index === 0 && (start === 0 || /\s/.test(text[start - 1])));
    out.push({ text: t, start: start + m.index, end: start + m.index + t.length, kind, gap });
    prevEnd = m.index + t.length;
  }
  return out;
}

/** True when a match is a word (initials or the word group) rather than a number or mark. */
function isWordPiece(m: RegExpExecArray, scheme: TokenScheme): boolean {
  // Groups: with initials 1 = initials, 2 = word; without, 1 = word.
  return scheme.initials ? m[1] !== undefined || m[2] !== undefined : m[1] !== undefined;
}

/** One token of a sentence: a word, a number or one punctuation mark. */
export interface Token {
  /** The text as written. */
  text: string;
  /** Lower case, with the typographic apostrophe written `'`. */
  lower: string;
  /** Offset of the first code unit in the article text. */
  start: number;
  /** One past the last code unit. */
  end: number;
  /** True for a word or number, false for punctuation. */
  word: boolean;
  /** True when the first letter is upper case. */
  cap: boolean;
}

/**
 * The tokens of `text.slice(start, end)` under the {@link CLAUSE} scheme, with offsets into `text`;
 * "Smith's" gives "Smith" and "'s".
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  for (const p of scan(text, CLAUSE, start, end)) {
    const s = p.start;
    const t = p.text;
    // "Smith's visit": the possessive is its own token, so that the name stays a name.
    const c = t.charCodeAt(t.length - 2);
    const lower = t.length > 2 && (c === 39 || c === 0x2019) ? t.toLowerCase().replace(/’/g, "'") : '';
    if (lower && lower.endsWith("'s") && !CONTRACTED_S.has(lower)) {
      out.push(make(t.slice(0, -2), s));
      out.push(make(t.slice(-2), s + t.length - 2));
    } else {
      out.push(make(t, s));
    }
  }
  return out;
}

const WORD_START = /^[\p{L}\p{N}]/u;

function make(text: string, start: number): Token {
  const first = text.charAt(0);
  const c = text.charCodeAt(0);
  // ASCII first: most tokens of English news are; the Unicode test only for the rest.
  const word = c < 128 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : WORD_START.test(first);
  const lower = text.toLowerCase();
  return {
    text,
    lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
    start,
    end: start + text.length,
    word,
    cap: word && first !== lower.charAt(0),
  };
}

// "it's", "he's": a verb, not a possessive.
const CONTRACTED_S = wordSet('contracted-s');

/** Quotation marks of every kind. */
export function isQuoteMark(t: Token): boolean {
  return !t.word && /^["“”„«»‘’']$/.test(t.text);
}

/** "Mr.", "Lt.", "Rev.", "D.": a full stop after a short capitalised word (not an acronym) ends no sentence. */
export function isAbbreviationDot(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return tokens[k]?.text === '.' && !!prev && prev.word && prev.cap && prev.text.length <= 4 && !/^[A-Z]{2,}$/.test(prev.text);
}

/** Index of the first token at or after `offset`, or `tokens.length`. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  return firstIndex(tokens, (t) => t.end <= offset);
}

/** A fact laid over the tokens of its sentence: first and last token index. */
export interface Placed<F extends Fact = Fact> {
  fact: F;
  first: number;
  last: number;
}

/**
 * The facts (in start order) that lie within tokens[from..to), with their token ranges (indices
 * into `tokens`), in order.
 */
export function place<F extends Fact>(tokens: readonly Token[], facts: readonly F[], from = 0, to = tokens.length): Placed<F>[] {
  if (to <= from) return [];
  const lo = tokens[from].start;
  const hi = tokens[to - 1].end;
  const out: Placed<F>[] = [];
  // The first fact starting at or after lo: facts are sorted by start.
  const a = firstIndex(facts, (f) => f.start < lo);
  for (let n = a; n < facts.length && facts[n].start < hi; n++) {
    const f = facts[n];
    if (f.end > hi) continue;
    const first = tokenAt(tokens, f.start);
    let last = tokenAt(tokens, f.end - 1);
    if (last >= tokens.length) last = tokens.length - 1;
    if (first < tokens.length) out.push({ fact: f, first, last });
  }
  return out.sort((x, y) => x.first - y.first || x.last - y.last);
}

/** Index of the sentence holding `offset`, or -1 (sentences are in order and do not overlap). */
export function sentenceAt(sentences: readonly { start: number; end: number }[], offset: number): number {
  const i = firstIndex(sentences, (s) => s.end <= offset);
  return i < sentences.length && sentences[i].start <= offset ? i : -1;
}

const kept = new WeakMap<Document, Map<string, unknown[]>>();

/**
 * One view of one sentence of a document, made on first use and kept with the document, so that
 * every reader of the same view shares one token array: the event and quote extractors read the
 * same clause tokens, the person and place extractors the same name words. Views are never changed
 * after they are made.
 */
export function sentenceView<T>(doc: Document, view: string, sentence: number, make: (body: string, s: { start: number; end: number }) => T): T {
  let views = kept.get(doc);
  if (!views) kept.set(doc, (views = new Map()));
  let list = views.get(view);
  if (!list) views.set(view, (list = []));
  if (list[sentence] === undefined) list[sentence] = make(doc.body, doc.sentences[sentence]);
  return list[sentence] as T;
}

/**
 * Lets the views of a document go once its facts are extracted: only extractors read them, and
 * kept for every document until the report is done they cost about a fifth more peak memory.
 */
export function releaseViews(doc: Document): void {
  kept.delete(doc);
}

/** The clause tokens of a document's sentences, made on first use and kept with the document. */
export function sentenceTokens(doc: Document): (sentence: number) => Token[] {
  return (sentence) => sentenceView(doc, CLAUSE.name, sentence, (body, s) => tokenize(body, s.start, s.end));
}
