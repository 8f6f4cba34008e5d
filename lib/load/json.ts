/**
 * JSON articles: a `.json` file holds one article object or an array of them; a `.jsonl` file one
 * object a line. Each object is `{id?, text|html, published?, outlet?, url?, title?}`.
 */
import type { Article, InputProblem } from '../types.ts';
import { idFromPath, makeArticle, partPath } from './article.ts';
import { toIsoDate } from './dates.ts';
import { loadHtml } from './html.ts';
import { count, MAX_COLLECTION_ARTICLES } from './limits.ts';
import { formatBytes, MAX_FILE_BYTES, problem } from './read.ts';
import { pushAll } from '../util/lists.ts';

/** Articles read from the file, and a problem for every object that could not be one. */
export interface JsonLoad {
  articles: Article[];
  problems: InputProblem[];
}

/** Reads a `.json` file: one object, or an array of objects. */
export function loadJson(path: string, text: string): JsonLoad {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return { articles: [], problems: [problem(path, 'input/json', `is not valid JSON (${shortJsonError(err)})`)] };
  }
  if (Array.isArray(data)) {
    if (data.length === 0) return { articles: [], problems: [problem(path, 'input/empty', 'is an empty JSON array: no articles')] };
    const items: Item[] = [];
    const n = Math.min(data.length, MAX_COLLECTION_ARTICLES);
    for (let i = 0; i < n; i++) items.push({ obj: data[i], where: partPath(path, i + 1), n: i + 1 });
    const loaded = collect(path, items, data.length > 1);
    if (data.length > n) loaded.problems.unshift(tooMany(path, data.length));
    return loaded;
  }
  return collect(path, [{ obj: data, where: path, n: 1 }], false);
}

/** Reads a `.jsonl` file: one article object a line; blank lines are skipped. */
export function loadJsonLines(path: string, text: string): JsonLoad {
  const items: Item[] = [];
  const problems: InputProblem[] = [];
  const lines = text.split('\n');
  let parts = 0;
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    // Lines past the limit are counted, not parsed: their articles would not be analysed.
    if (++parts > MAX_COLLECTION_ARTICLES) return;
    const where = partPath(path, i + 1);
    try {
      items.push({ obj: JSON.parse(line), where, n: i + 1 });
    } catch (err) {
      problems.push(problem(where, 'input/json', `line ${i + 1} is not valid JSON (${shortJsonError(err)})`));
    }
  });
  const loaded = collect(path, items, true);
  const all = parts > MAX_COLLECTION_ARTICLES ? [tooMany(path, parts)] : [];
  return { articles: loaded.articles, problems: pushAll(pushAll(all, problems), loaded.problems) };
}

/** One article object of a collection, with where it is (`feed.jsonl#3`) and its number. */
interface Item {
  obj: unknown;
  where: string;
  n: number;
}

/** The problem of a collection over {@link MAX_COLLECTION_ARTICLES}: only the first ones are read. */
function tooMany(path: string, parts: number): InputProblem {
  return problem(
    path,
    'input/too-many-articles',
    `holds ${count(parts)} articles, over the limit of ${count(MAX_COLLECTION_ARTICLES)} for one collection; only the first ${count(MAX_COLLECTION_ARTICLES)} are read (split it into several files)`,
  );
}

function collect(file: string, items: readonly Item[], many: boolean): JsonLoad {
  const out: JsonLoad = { articles: [], problems: [] };
  for (const { obj, where, n } of items) {
    const a = fromObject(file, where, obj, many ? `${idFromPath(file)}-${n}` : idFromPath(file));
    if ('rule' in a) out.problems.push(a);
    else out.articles.push(a);
  }
  return out;
}

/** One article object → article, or the reason it is not one. */
function fromObject(file: string, where: string, obj: unknown, defaultId: string): Article | InputProblem {
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    return problem(where, 'input/json-article', 'is not an article object ({"text": ...} or {"html": ...})');
  }
  const o = obj as Record<string, unknown>;
  const id = typeof o.id === 'string' && o.id.trim() ? o.id.trim() : typeof o.id === 'number' ? String(o.id) : defaultId;
  let published: string | null = null;
  if (o.published !== undefined && o.published !== null) {
    published = toIsoDate(o.published);
    if (!published) return problem(where, 'input/bad-date', `has "published": ${JSON.stringify(o.published)}, which is not a date (use YYYY-MM-DD)`);
  }
  const meta = {
    id,
    title: typeof o.title === 'string' ? o.title : null,
    outlet: typeof o.outlet === 'string' ? o.outlet : null,
    url: typeof o.url === 'string' ? o.url : null,
  };
  // "{"text": "<9 MiB>"}": one article of a collection is held to the limit of one article file.
  const body = typeof o.text === 'string' ? o.text : typeof o.html === 'string' ? o.html : '';
  if (body.length > MAX_FILE_BYTES / 4 && Buffer.byteLength(body) > MAX_FILE_BYTES) {
    const key = typeof o.text === 'string' ? 'text' : 'html';
    return problem(where, 'input/too-large', `has a "${key}" of ${formatBytes(Buffer.byteLength(body))}, over the ${formatBytes(MAX_FILE_BYTES)} limit for one article`);
  }
  if (typeof o.text === 'string') {
    // "\uFEFF" at the start of a JSON string is a stray BOM, as in a text file.
    const text = o.text.charCodeAt(0) === 0xfeff ? o.text.slice(1) : o.text;
    if (text.trim() === '') return problem(where, 'input/empty', 'has an empty "text"');
    return makeArticle(where, file, 'json', text, { ...meta, published, publishedWhy: published ? 'JSON "published"' : undefined });
  }
  if (typeof o.html === 'string') {
    const a = loadHtml(where, o.html, file, id);
    if ('rule' in a) return a;
    a.format = 'json';
    a.title = meta.title ?? a.title;
    a.outlet = meta.outlet ?? a.outlet;
    a.url = meta.url ?? a.url;
    if (published) Object.assign(a, { published, publishedFrom: 'metadata', publishedWhy: 'JSON "published"' });
    return a;
  }
  return problem(where, 'input/json-article', 'has neither a "text" nor an "html" string');
}

/** "Unexpected token } in JSON at position 12" without the noise of engine versions. */
function shortJsonError(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  return msg.replace(/^JSON\.parse: /, '').replace(/\s+/g, ' ').slice(0, 120);
}
