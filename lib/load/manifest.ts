/**
 * The manifest: publication metadata per article file, as in `data/seeds/manifest.json`:
 * `{"articles": [{"file": "x.txt", "published": "2024-05-16", "outlet": ..., "title": ..., "url": ...}]}`.
 * A top-level array of entries, or an object keyed by file name, is read the same way.
 */
import { basename, extname } from 'node:path';
import type { Article, InputProblem, IsoDate } from '../types.ts';
import { partPath } from './article.ts';
import { toIsoDate } from './dates.ts';
import { problem } from './read.ts';

/** One manifest entry. */
export interface ManifestEntry {
  file: string;
  published: IsoDate | null;
  outlet: string | null;
  title: string | null;
  url: string | null;
}

/** Entries by file name and by id (the file name without extension). */
export type Manifest = Map<string, ManifestEntry>;

/** Parses a manifest's text; a malformed manifest is one problem, a bad entry one problem each. */
export function parseManifest(path: string, text: string): { manifest: Manifest; problems: InputProblem[] } {
  const manifest: Manifest = new Map();
  const problems: InputProblem[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const why = err instanceof Error ? err.message.slice(0, 120) : String(err);
    return { manifest, problems: [problem(path, 'manifest/json', `is not a valid manifest: not JSON (${why})`)] };
  }
  let entries: unknown[];
  if (Array.isArray(data)) entries = data;
  else if (data && typeof data === 'object' && Array.isArray((data as { articles?: unknown }).articles)) {
    entries = (data as { articles: unknown[] }).articles;
  } else if (data && typeof data === 'object') {
    entries = Object.entries(data as Record<string, unknown>)
      .filter(([k]) => k !== 'note')
      .map(([file, v]) => (v && typeof v === 'object' ? { file, ...(v as object) } : v));
  } else {
    return { manifest, problems: [problem(path, 'manifest/shape', 'is not a valid manifest: expected {"articles": [{"file": ..., "published": ...}]}')] };
  }
  entries.forEach((e, i) => {
    const where = partPath(path, i + 1);
    if (!e || typeof e !== 'object' || typeof (e as { file?: unknown }).file !== 'string') {
      problems.push(problem(where, 'manifest/entry', 'is a manifest entry without a "file" name'));
      return;
    }
    const o = e as Record<string, unknown>;
    let published: string | null = null;
    if (o.published !== undefined && o.published !== null) {
      published = toIsoDate(o.published);
      if (!published) {
        problems.push(problem(where, 'manifest/bad-date', `gives "published": ${JSON.stringify(o.published)} for ${o.file}, which is not a date (use YYYY-MM-DD)`));
        return;
      }
    }
    const s = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
    const entry: ManifestEntry = { file: o.file as string, published, outlet: s(o.outlet), title: s(o.title), url: s(o.url) };
    const name = basename(entry.file);
    manifest.set(name, entry);
    manifest.set(basename(name, extname(name)), entry);
  });
  return { manifest, problems };
}

/** The manifest entry of an article: by its file name, else by its id (a JSON article's "id"). */
export function manifestEntryOf(article: Pick<Article, 'file' | 'id'>, manifest: Manifest): ManifestEntry | undefined {
  return manifest.get(basename(article.file)) ?? manifest.get(article.id);
}

/**
 * The entries no input matched, by file name in manifest order: a misspelt name or a file left out
 * means an article read without the metadata the user meant it to have.
 */
export function unmatchedEntries(manifest: Manifest, used: ReadonlySet<ManifestEntry>): string[] {
  return [...new Set(manifest.values())].filter((e) => !used.has(e)).map((e) => e.file);
}

/**
 * Applies manifest metadata to an article found by file name or id. The manifest is the user's
 * explicit word, so its date wins over a date the file itself carries.
 */
export function applyManifest(article: Article, manifest: Manifest): Article {
  const entry = manifestEntryOf(article, manifest);
  if (!entry) return article;
  const out = { ...article };
  if (entry.published) {
    out.published = entry.published;
    out.publishedFrom = 'metadata';
    out.publishedWhy = 'manifest';
  }
  out.title = entry.title ?? out.title;
  out.outlet = entry.outlet ?? out.outlet;
  out.url = entry.url ?? out.url;
  return out;
}
