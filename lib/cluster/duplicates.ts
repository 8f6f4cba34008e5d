/**
 * Copies of one text among the articles: verbatim copies (one wire story run by several outlets)
 * and near copies that differ only by their last line (an outlet's own sign-off, "This story was
 * updated", a credit). The clustering compares one article of each set and lets the others follow
 * it, so that a corpus of many copies costs what its distinct texts cost.
 */
import type { Document } from '../types.ts';

/**
 * Shortest common text, in characters, that two articles must share to be near copies: below it a
 * last line is too large a part of the article to be a mere sign-off.
 */
export const MIN_SHARED_CHARS = 200;

/** The part of the body a near copy must share: at least this share of its length. */
export const MIN_SHARED_SHARE = 0.8;

/**
 * For each document (in the order given), the index of the first document of its set of copies:
 * its own index when it is the first, or no copy. Two documents are one set when their bodies are
 * equal (trailing white space aside), or when one body, or the body without its last line, equals
 * the other's body without its last line ({@link MIN_SHARED_CHARS}, {@link MIN_SHARED_SHARE}).
 * Found through a map of texts, never by comparing pairs: linear in the corpus.
 */
export function copySets(docs: readonly Document[]): number[] {
  const parent = docs.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  // The lower index stays the root, so that a set's first document stands for it.
  const join = (a: number, b: number): void => {
    const [x, y] = [root(a), root(b)];
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  };
  const byText = new Map<string, number>();
  const file = (text: string, i: number): void => {
    const seen = byText.get(text);
    if (seen === undefined) byText.set(text, i);
    else join(seen, i);
  };
  docs.forEach((d, i) => {
    const body = d.body.trimEnd();
    file(body, i);
    const cut = body.lastIndexOf('\n');
    if (cut < 0) return;
    const head = body.slice(0, cut).trimEnd();
    if (head.length >= MIN_SHARED_CHARS && head.length >= MIN_SHARED_SHARE * body.length) file(head, i);
  });
  return docs.map((_, i) => root(i));
}
