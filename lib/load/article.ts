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

/**
 * The path of the `n`-th (1-based) part of a file that holds many: an article of a JSON array or
 * a `.jsonl` line (`feed.jsonl#3`), or a manifest entry. {@link fileOfPath} reads it back.
 */
export function partPath(file: string, n: number): string {
  return `${file}#${n}`;
}

/**
 * The file a path names: `feed.jsonl#3` → `feed.jsonl`, any other path as it is. The only place
 * a `#n` is read back; articles carry their {@link Article.file}, so this is for paths that come
 * without one, such as the path of an input problem.
 */
export function fileOfPath(path: string): string {
  return path.replace(/#\d+$/, '');
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
