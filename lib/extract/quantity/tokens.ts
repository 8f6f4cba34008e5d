/**
 * Tokens of one sentence, with offsets into the document body.
 *
 * Every rule of the quantity extractor reads tokens, not characters: "$900bn" is three tokens
 * (`$`, `900`, `bn`) glued together, "6.1-magnitude" is `6.1`, `-`, `magnitude`. A token records
 * whether whitespace stood before it, because glued and spaced forms mean different things
 * ("COVID-19" is a name, "19 - 20" is not).
 */
import { QUANTITY, scan } from '../../text/tokens.ts';

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

/**
 * Splits `body.slice(start, end)` into tokens with body offsets: the one tokenizer's
 * {@link QUANTITY} scheme ("1,234.5" is one `num` token, "2013." is `2013` and `.`).
 */
export function tokenize(body: string, start: number, end: number): Token[] {
  return scan(body, QUANTITY, start, end).map((p) => {
    const kind = p.kind === 'word' ? 'word' : p.kind === 'number' ? 'num' : 'sym';
    return { text: p.text, lower: kind === 'word' ? p.text.toLowerCase() : p.text, start: p.start, end: p.end, kind, gap: p.gap };
  });
}

/** True when the word starts with an uppercase letter ("Boeing", "War"). */
export function isCapitalized(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.text[0] !== t.text[0].toLowerCase();
}

/** True when token `i` is glued to the token before it (no whitespace between). */
export function glued(tokens: readonly Token[], i: number): boolean {
  return i > 0 && i < tokens.length && !tokens[i].gap;
}
