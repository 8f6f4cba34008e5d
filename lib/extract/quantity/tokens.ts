/**
 * Tokens of one sentence, with offsets into the document body.
 *
 * Every rule of the quantity extractor reads tokens, not characters: "$900bn" is three tokens
 * (`$`, `900`, `bn`) glued together, "6.1-magnitude" is `6.1`, `-`, `magnitude`. A token records
 * whether whitespace stood before it, because glued and spaced forms mean different things
 * ("COVID-19" is a name, "19 - 20" is not).
 */

/** One token of a sentence. */
export interface Token {
  /** The token as written. */
  text: string;
  /** Lowercase form, for lexicon look-ups. */
  lower: string;
  /** Offset of the first code unit in the body. */
  start: number;
  /** Offset one past the last code unit in the body. */
  end: number;
  /** `word`: letters (with inner apostrophes); `num`: digits with inner `,` or `.`; `sym`: any other single character. */
  kind: 'word' | 'num' | 'sym';
  /** True when whitespace (or the start of the text) stands right before the token. */
  gap: boolean;
}

// Three alternatives over disjoint first characters (letter, digit, other), each a run of its own
// class: the scan is linear on any input. "1,234.5" is one `num` token; "2013." is `2013` and `.`
// because a separator needs a digit after it.
const TOKEN = /([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)|(\d+(?:[.,]\d+)*)|\S/gu;

/** Splits `body.slice(start, end)` into tokens with body offsets. */
export function tokenize(body: string, start: number, end: number): Token[] {
  const text = body.slice(start, end);
  const out: Token[] = [];
  let prevEnd = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0];
    const kind = m[1] !== undefined ? 'word' : m[2] !== undefined ? 'num' : 'sym';
    // The first token has a gap unless it is glued to the text before the range (".358" split after the point).
    const gap = m.index > prevEnd || (m.index === 0 && (start === 0 || /\s/.test(body[start - 1])));
    out.push({ text: t, lower: kind === 'word' ? t.toLowerCase() : t, start: start + m.index, end: start + m.index + t.length, kind, gap });
    prevEnd = m.index + t.length;
  }
  return out;
}

/** True when the word starts with an uppercase letter ("Boeing", "War"). */
export function isCapitalized(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.text[0] !== t.text[0].toLowerCase();
}

/** True when token `i` is glued to the token before it (no whitespace between). */
export function glued(tokens: readonly Token[], i: number): boolean {
  return i > 0 && i < tokens.length && !tokens[i].gap;
}
