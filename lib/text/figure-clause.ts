/**
 * Where a figure stands in its sentence, for the readers that ask what governs it (`source.ts`:
 * who gave it; `revision.ts`: whether it is a revised value): the sentence's clause tokens, the
 * tokens of the figure and the clause around it. A clause here ends at ";" and at a word that opens
 * a contrasting clause (`clause-contrasts.txt`: "organisers said 100,000 marched, while police put
 * it at 20,000"); a comma ends none ("12 were arrested, police said").
 */
import { tokenize, type Token } from './tokens.ts';
import { wordSet } from './words.ts';

/** A range of offsets into the article text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A figure among the tokens of its sentence. */
export interface FigureClause {
  /** The clause tokens of the whole sentence. */
  tokens: readonly Token[];
  /** The first and last token of the figure (inclusive). */
  first: number;
  last: number;
  /** The figure's clause: tokens `from` to `to` (exclusive), without the boundary tokens. */
  from: number;
  to: number;
}

const CONTRASTS = wordSet('clause-contrasts');

/** Tokens read on either side of a figure: what governs it stands near it. */
export const FIGURE_WINDOW = 60;

/**
 * The figure at `value` in the sentence at `sentence` of `body`, with its clause; null when the
 * value is empty or not inside the sentence, or holds no token. Only a window of
 * {@link FIGURE_WINDOW} tokens each side of the figure is read, so a hostile sentence costs no more
 * than a short one.
 */
export function figureClause(body: string, sentence: TextSpan, value: TextSpan): FigureClause | null {
  if (value.start >= value.end || value.start < sentence.start || value.end > sentence.end) return null;
  // Characters, not tokens, bound the slice: eight a token is generous for news prose.
  const lo = Math.max(sentence.start, value.start - FIGURE_WINDOW * 8);
  const hi = Math.min(sentence.end, value.end + FIGURE_WINDOW * 8);
  // Start the slice at a space so that no word is cut in two: "…ment said" must not give "ment".
  const from = lo === sentence.start ? lo : nextSpace(body, lo, value.start);
  const to = hi === sentence.end ? hi : lastSpace(body, value.end, hi);
  const tokens = tokenize(body, from, to);
  let first = -1;
  let last = -1;
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].end <= value.start || tokens[k].start >= value.end) continue;
    if (first < 0) first = k;
    last = k;
  }
  if (first < 0) return null;
  let a = first;
  while (a > 0 && !isBoundary(tokens, a - 1)) a--;
  let b = last + 1;
  while (b < tokens.length && !isBoundary(tokens, b)) b++;
  return { tokens, first, last, from: a, to: b };
}

/**
 * True for ";" and for a word opening a contrasting clause ("while", "but"); not for "but that",
 * which joins a second complement to the same verb ("said it would not arrive until Monday but that
 * it could take until December 31").
 */
function isBoundary(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t.word ? CONTRASTS.has(t.lower) && tokens[k + 1]?.lower !== 'that' : t.text === ';';
}

/** The offset after the first whitespace in [at, limit), else `at`. */
function nextSpace(body: string, at: number, limit: number): number {
  for (let i = at; i < limit; i++) if (/\s/.test(body[i])) return i + 1;
  return at;
}

/** The offset of the last whitespace in [limit, at), else `at`. */
function lastSpace(body: string, limit: number, at: number): number {
  for (let i = at - 1; i >= limit; i--) if (/\s/.test(body[i])) return i;
  return at;
}

/** True for a token of digits ("40", "2013", "1.5"): a figure, never part of a source's name. */
export function isDigits(t: Token): boolean {
  return /^\d[\d.,]*$/.test(t.text);
}

/** True when token k is the comma inside a number written "100,000" rather than punctuation. */
export function isNumberComma(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  return t?.text === ',' && !!prev && !!next && prev.end === t.start && next.start === t.end && /\d$/.test(prev.text) && /^\d/.test(next.text);
}
