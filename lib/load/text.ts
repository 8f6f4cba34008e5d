/** Plain-text articles: the file's content (without a BOM) is the text. */
import type { Article } from '../types.ts';
import { makeArticle } from './article.ts';

/** Reads a `.txt` file's text into an article with no metadata of its own. */
export function loadText(path: string, text: string): Article {
  return makeArticle(path, path, 'txt', text);
}
