/** Markdown articles: optional YAML front matter carries the metadata; the body stays as written. */
import type { Article, InputProblem } from '../types.ts';
import { lazyPackage } from '../util/packages.ts';
import { makeArticle } from './article.ts';
import { toIsoDate } from './dates.ts';
import { problem } from './read.ts';

// "---\ntitle: ...\n---\n" at the very start of the file. Anchored and lazy up to the first closing
// fence, so the match is linear in the front matter's length.
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

// Loaded for the first front matter only.
const jsYaml = lazyPackage<typeof import('js-yaml')>('js-yaml');

/** Reads a `.md` file's text into an article; the front matter is kept in the text but masked. */
export function loadMarkdown(path: string, text: string): Article | InputProblem {
  const m = FRONT_MATTER.exec(text);
  if (!m) return makeArticle(path, path, 'md', text);
  let data: unknown;
  try {
    // No aliases: "date: *b", where each alias repeats nine more, is a few lines that expand to
    // billions of values. Metadata has no use for them, so the first one is refused.
    const yaml = jsYaml();
    data = yaml.load(m[1], { schema: yaml.JSON_SCHEMA, maxAliases: 0, maxDepth: MAX_FRONT_MATTER_DEPTH });
  } catch (err) {
    const e = err as { mark?: { line?: number }; reason?: string };
    const at = e.mark?.line !== undefined ? ` (line ${e.mark.line + 2})` : '';
    if (e.reason?.startsWith('aliases exceeded')) {
      return problem(path, 'input/front-matter', `has a YAML alias (*name) in its front matter${at}; write the value out instead`);
    }
    if (e.reason?.startsWith('nesting exceeded')) {
      return problem(path, 'input/front-matter', `has front matter nested more than ${MAX_FRONT_MATTER_DEPTH} levels deep${at}`);
    }
    return problem(path, 'input/front-matter', `has malformed YAML front matter${at}`);
  }
  if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
    return problem(path, 'input/front-matter', 'has front matter that is not a set of key: value pairs');
  }
  const fm = (data ?? {}) as Record<string, unknown>;
  const dateKey = ['published', 'date', 'pubDate', 'published_at'].find((k) => fm[k] !== undefined);
  const published = dateKey ? toIsoDate(fm[dateKey]) : null;
  if (dateKey && !published) {
    return problem(path, 'input/bad-date', `has front matter '${dateKey}: ${shown(fm[dateKey])}', which is not a date (use YYYY-MM-DD)`);
  }
  if (text.slice(m[0].length).trim() === '') return problem(path, 'input/empty', 'has front matter but no text');
  return makeArticle(path, path, 'md', text, {
    id: typeof fm.id === 'string' || typeof fm.id === 'number' ? String(fm.id) : undefined,
    title: str(fm.title),
    outlet: str(fm.outlet) ?? str(fm.source) ?? str(fm.publisher),
    url: str(fm.url) ?? str(fm.link),
    published,
    publishedWhy: dateKey ? `front matter '${dateKey}'` : undefined,
    preMasked: [{ start: 0, end: m[0].length }],
  });
}

/** Levels of YAML nesting in front matter at most: metadata is one level, a list of authors two. */
const MAX_FRONT_MATTER_DEPTH = 10;

/** A front-matter value for a message, at most 80 characters: a list of a million items is not printed. */
function shown(v: unknown): string {
  const s = String(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}
