/** Cleaning: masks boilerplate with spaces so that offsets stay valid. (Stub: replaced by the real rules.) */
import type { Article, Mask } from '../types.ts';

/** The body text (same length as `article.text`) and what was masked. */
export interface Cleaned {
  body: string;
  masks: Mask[];
}

/** Masks the article's pre-masked ranges and boilerplate lines with spaces. */
export function clean(article: Article): Cleaned {
  let body = article.text;
  const masks: Mask[] = [];
  for (const r of article.preMasked) {
    body = body.slice(0, r.start) + blank(body.slice(r.start, r.end)) + body.slice(r.end);
    masks.push({ ...r, rule: 'input/front-matter' });
  }
  return { body, masks };
}

/** Replaces every character but line breaks with a space. */
function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}
