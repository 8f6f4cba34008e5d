/** Building an {@link Article} with defaults, so that every loader fills the same fields. */
import { basename, extname } from 'node:path';
import type { Article, ArticleFormat, IsoDate, Range } from '../types.ts';

/** Optional metadata a loader found inside the file. */
export interface FoundMetadata {
  id?: string;
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  published?: IsoDate | null;
  /** How the date was found, e.g. "front matter 'date'". */
  publishedWhy?: string;
  preMasked?: Range[];
}

/** The id a file gives its article: the file name without its extension. */
export function idFromPath(path: string): string {
  return basename(path, extname(path));
}

/** A new article from text and whatever metadata the file carried. */
export function makeArticle(path: string, file: string, format: ArticleFormat, text: string, meta: FoundMetadata = {}): Article {
  const published = meta.published ?? null;
  return {
    id: meta.id ?? idFromPath(file),
    path,
    file,
    format,
    text,
    title: clean(meta.title),
    outlet: clean(meta.outlet),
    url: clean(meta.url),
    published,
    publishedFrom: published ? 'metadata' : 'unknown',
    publishedWhy: published ? (meta.publishedWhy ?? 'metadata') : null,
    preMasked: meta.preMasked ?? [],
  };
}

function clean(s: string | null | undefined): string | null {
  if (typeof s !== 'string') return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}
