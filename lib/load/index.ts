/**
 * Loading: paths (files or folders, read recursively) → articles, with a problem for every input
 * that cannot be one. Nothing here throws on bad data; the run goes on without the bad input.
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { Article, InputProblem, IsoDate } from '../types.ts';
import { isIsoDate } from './dates.ts';
import { loadHtml } from './html.ts';
import { loadJson, loadJsonLines, type JsonLoad } from './json.ts';
import { foldProblems, guard } from './limits.ts';
import { applyManifest, parseManifest, type Manifest } from './manifest.ts';
import { loadMarkdown } from './markdown.ts';
import { MAX_FILE_BYTES, problem, readText } from './read.ts';
import { loadText } from './text.ts';
import { pushAll } from '../util/lists.ts';

/** File endings read as articles. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.json', '.jsonl'];

/** JSON collections may hold many articles, so they get a larger limit than one article file. */
const MAX_COLLECTION_BYTES = 8 * MAX_FILE_BYTES;

/** How to load. */
export interface LoadOptions {
  /** A manifest file of per-file metadata. */
  manifest?: string;
  /** Publication date for inputs that have none. */
  published?: IsoDate;
}

/** What loading produced. */
export interface Loaded {
  /** Articles sorted by id, so that input order never changes the output. */
  articles: Article[];
  /** One per input that could not be read as an article, in path order. */
  problems: InputProblem[];
}

/** Loads every article under the given paths. */
export function loadArticles(paths: string[], options: LoadOptions = {}): Loaded {
  const problems: InputProblem[] = [];
  let manifest: Manifest = new Map();
  if (options.manifest) {
    const read = readText(options.manifest);
    if (!read.ok) problems.push({ ...read.problem, reason: `(manifest) ${read.problem.reason}` });
    else {
      const parsed = parseManifest(options.manifest, read.text);
      manifest = parsed.manifest;
      pushAll(problems, parsed.problems);
    }
  }
  if (options.published !== undefined && !isIsoDate(options.published)) {
    throw new Error(`--published must be a date written YYYY-MM-DD, got '${options.published}'`);
  }
  const skip = new Set(options.manifest ? [resolve(options.manifest)] : []);
  const files: string[] = [];
  for (const p of paths) pushAll(files, discover(p, skip, problems));

  const articles: Article[] = [];
  const seen = new Set<string>();
  for (const file of unique(files)) {
    for (const a of loadFile(file, problems)) {
      let article = applyManifest(a, manifest);
      if (!article.published && options.published) {
        article = { ...article, published: options.published, publishedFrom: 'metadata', publishedWhy: '--published' };
      }
      articles.push(article);
    }
  }
  articles.sort((a, b) => cmp(a.id, b.id) || cmp(a.path, b.path));
  // Two files named alike in different folders: the later path gets "~2", so ids stay unique and stable.
  for (const a of articles) {
    let id = a.id;
    for (let n = 2; seen.has(id); n++) id = `${a.id}~${n}`;
    seen.add(id);
    a.id = id;
  }
  return { articles, problems };
}

/** The article files the paths name, without reading them (problems are dropped: loading reports them). */
export function articleFiles(paths: string[]): string[] {
  const ignored: InputProblem[] = [];
  return unique(paths.flatMap((p) => discover(p, new Set(), ignored)));
}

/**
 * Reads one file according to its ending, inside the per-input guard: whatever the file holds,
 * it adds its own problems and never stops the others from loading.
 */
function loadFile(path: string, problems: InputProblem[]): Article[] {
  const ext = extname(path).toLowerCase();
  const loaded = guard(path, 'reading it', () => (ext === '.json' || ext === '.jsonl' ? loadCollection(path, ext) : loadOne(path, ext)));
  if (!loaded.ok) return (problems.push(loaded.problem), []);
  pushAll(problems, foldProblems(path, loaded.value.problems));
  return loaded.value.articles;
}

/** A `.json` or `.jsonl` file: its articles, and a problem for each part that is not one. */
function loadCollection(path: string, ext: string): JsonLoad {
  const read = readText(path, MAX_COLLECTION_BYTES);
  if (!read.ok) return { articles: [], problems: [read.problem] };
  const loaded = ext === '.json' ? loadJson(path, read.text) : loadJsonLines(path, read.text);
  if (loaded.articles.length === 0 && loaded.problems.length === 0) {
    loaded.problems.push(problem(path, 'input/empty', 'holds no articles'));
  }
  return loaded;
}

/** Any other article file: one article, or the problem that keeps it from being one. */
function loadOne(path: string, ext: string): JsonLoad {
  const read = readText(path);
  if (!read.ok) return { articles: [], problems: [read.problem] };
  const a = ext === '.html' || ext === '.htm' ? loadHtml(path, read.text) : ext === '.md' || ext === '.markdown' ? loadMarkdown(path, read.text) : loadText(path, read.text);
  return 'rule' in a ? { articles: [], problems: [a] } : { articles: [a], problems: [] };
}

/**
 * The article files under a path: the path itself if it is a file (whatever its ending, so that a
 * named `.csv` is refused with a reason), else every article file below the folder, sorted. Hidden
 * entries, `node_modules`, manifests and review files are not articles.
 */
function discover(path: string, skip: Set<string>, problems: InputProblem[]): string[] {
  let st;
  try {
    st = statSync(path);
  } catch {
    problems.push(problem(path, 'input/missing', 'does not exist'));
    return [];
  }
  if (st.isFile()) {
    if (!ARTICLE_EXTENSIONS.includes(extname(path).toLowerCase())) {
      problems.push(problem(path, 'input/format', `is not an article format (expected one of ${ARTICLE_EXTENSIONS.join(' ')})`));
      return [];
    }
    return [path];
  }
  const found: string[] = [];
  // Folders and files still to visit, the next one last: a folder's entries in name order, each
  // subfolder read before the entries after it, without a call per level of folders.
  const todo: { path: string; folder: boolean }[] = [{ path, folder: true }];
  while (todo.length > 0) {
    const next = todo.pop()!;
    if (!next.folder) {
      found.push(next.path);
      continue;
    }
    let entries;
    try {
      entries = readdirSync(next.path, { withFileTypes: true });
    } catch {
      problems.push(problem(next.path, 'input/unreadable', 'is a folder that cannot be read'));
      continue;
    }
    entries.sort((a, b) => cmp(b.name, a.name));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = join(next.path, e.name);
      if (e.isDirectory()) todo.push({ path: full, folder: true });
      else if (e.isFile() && isArticleFile(e.name) && !skip.has(resolve(full))) todo.push({ path: full, folder: false });
    }
  }
  if (found.length === 0) {
    problems.push(problem(path, 'input/no-articles', `is a folder with no articles (looked for ${ARTICLE_EXTENSIONS.join(' ')})`));
  }
  return found;
}

/** An article by its ending, but not a manifest or a review file kept beside the articles. */
function isArticleFile(name: string): boolean {
  const lower = name.toLowerCase();
  if (lower === 'manifest.json' || lower.endsWith('.review.json') || lower === 'package.json' || lower === 'package-lock.json') return false;
  return ARTICLE_EXTENSIONS.includes(extname(lower));
}

function unique(files: string[]): string[] {
  const seen = new Set<string>();
  return files.filter((f) => {
    const key = resolve(f);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Code-unit order, the same on every machine (localeCompare is not). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

