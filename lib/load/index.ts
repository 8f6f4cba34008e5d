/**
 * Loading: paths (files or folders, read recursively) → articles, with a problem for every input
 * that cannot be one. Nothing here throws on bad data; the run goes on without the bad input.
 */
import { readdirSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import type { Article, InputProblem, IsoDate, Language } from '../types.ts';
import { isIsoDate } from './dates.ts';
import { loadHtml } from './html.ts';
import { analysedLanguages, detectLanguage } from './language.ts';
import { loadJson, loadJsonLines, type JsonLoad } from './json.ts';
import { foldProblems, guard } from './limits.ts';
import { applyManifest, manifestEntryOf, parseManifest, unmatchedEntries, type Manifest, type ManifestEntry } from './manifest.ts';
import { loadMarkdown } from './markdown.ts';
import { ownReportFormat } from './own-report.ts';
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
  /**
   * Leaves the languages undetected, for {@link settleLanguages} to give: a caller with a cache
   * reads there the language of every article it analysed before (detection costs more than
   * reading the rest of the article's analysis back).
   */
  deferLanguages?: boolean;
}

/** What loading produced. */
export interface Loaded {
  /** Articles sorted by id, so that input order never changes the output. */
  articles: Article[];
  /** One per input that could not be read as an article, in path order. */
  problems: InputProblem[];
  /**
   * Things worth saying that keep no input out and do not change the exit code: manifest entries
   * that match no input, a link to a file or folder already read. Printed, not reported.
   */
  warnings?: InputProblem[];
  /**
   * With `deferLanguages`: the articles whose language is still to be detected, each with the
   * place in `warnings` its warning (a language not analysed) goes to. See {@link settleLanguages}.
   */
  undetected?: Array<{ article: Article; at: number }>;
}

/** Loads every article under the given paths. */
export function loadArticles(paths: string[], options: LoadOptions = {}): Loaded {
  const problems: InputProblem[] = [];
  const warnings: InputProblem[] = [];
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
  for (const p of paths) pushAll(files, discover(p, skip, problems, warnings));

  const articles: Article[] = [];
  const undetected: Array<{ article: Article; at: number }> = [];
  const seen = new Set<string>();
  const used = new Set<ManifestEntry>();
  for (const file of unique(files, warnings)) {
    // A file that fails to load still matches its entry: it is named as a problem already.
    const byName = manifestEntryOf({ file, id: basename(file, extname(file)) }, manifest);
    if (byName) used.add(byName);
    for (const a of loadFile(file, problems, warnings)) {
      const entry = manifestEntryOf(a, manifest);
      if (entry) used.add(entry);
      let article = applyManifest(a, manifest);
      if (!article.published && options.published) {
        article = { ...article, published: options.published, publishedFrom: 'metadata', publishedWhy: '--published' };
      }
      if (options.deferLanguages) {
        // A copy, so that settling its language later touches no object a loader may share.
        const own = { ...article };
        undetected.push({ article: own, at: warnings.length });
        articles.push(own);
      } else articles.push(withLanguage(article, warnings));
    }
  }
  const unmatched = unmatchedEntries(manifest, used);
  if (unmatched.length > 0) {
    const names = unmatched.length > 10 ? `${unmatched.slice(0, 10).join(', ')} and ${unmatched.length - 10} more` : unmatched.join(', ');
    const n = unmatched.length === 1 ? '1 entry matches' : `${unmatched.length} entries match`;
    warnings.push(problem(options.manifest!, 'input/manifest-unmatched', `${n} no input file or article id, so its metadata is unused: ${names}`));
  }
  articles.sort((a, b) => cmp(a.id, b.id) || cmp(a.path, b.path));
  // Two files named alike in different folders: the later path gets "~2", so ids stay unique and stable.
  for (const a of articles) {
    let id = a.id;
    for (let n = 2; seen.has(id); n++) id = `${a.id}~${n}`;
    seen.add(id);
    a.id = id;
  }
  return options.deferLanguages ? { articles, problems, warnings, undetected } : { articles, problems, warnings };
}

/**
 * Gives the articles loaded with `deferLanguages` their languages: `known(article)` when it knows
 * it (a cache's analysis of the same text), else detected; each warning goes where loading would
 * have put it. The articles are those of `loaded`, changed in place.
 */
export function settleLanguages(loaded: Loaded, known: (article: Article) => Language | undefined = () => undefined): void {
  const pending = loaded.undetected ?? [];
  loaded.undetected = undefined;
  const late: Array<{ at: number; warning: InputProblem }> = [];
  for (const { article, at } of pending) {
    const language = known(article) ?? detectLanguage(article.text, article.preMasked);
    const warning = languageWarning(article, language);
    if (warning) late.push({ at, warning });
    article.language = language;
  }
  if (late.length === 0) return;
  const warnings = loaded.warnings ?? [];
  // From the last: each insertion leaves the places of the earlier ones as they were.
  for (let i = late.length - 1; i >= 0; i--) warnings.splice(late[i].at, 0, late[i].warning);
  loaded.warnings = warnings;
}

/**
 * The article with its language detected; one not analysed is still listed in the report (as not
 * analysed, with no facts or events) and named in a warning, which changes no exit code.
 */
function withLanguage(article: Article, warnings: InputProblem[]): Article {
  const language = detectLanguage(article.text, article.preMasked);
  const warning = languageWarning(article, language);
  if (warning) warnings.push(warning);
  return { ...article, language };
}

/** The warning that an article is in a language not analysed, or null. */
function languageWarning(article: Article, language: Language): InputProblem | null {
  if (language.analysed) return null;
  const read = analysedLanguages().join(', ');
  return problem(article.path, 'input/language', `is in ${language.name} (${language.code}), not a language crosscheck analyses (${read}); listed as not analysed, with no facts or events`);
}

/** The article files the paths name, without reading them (problems are dropped: loading reports them). */
export function articleFiles(paths: string[]): string[] {
  const ignored: InputProblem[] = [];
  return unique(
    paths.flatMap((p) => discover(p, new Set(), ignored, ignored)),
    ignored,
  );
}

/**
 * The input path under which a run over `paths` would read `file` as an article, or null: `file`
 * is one of the paths, or an article file (by its name) inside a folder among them, not under a
 * hidden folder or `node_modules`. `file` need not exist yet (a report about to be written).
 */
export function inputReading(paths: readonly string[], file: string): string | null {
  const target = resolve(file);
  for (const p of paths) {
    let real: string;
    try {
      real = realpathSync(p);
    } catch {
      continue;
    }
    if (real === target) return p;
    if (!isDirectory(real) || !target.startsWith(real + sep)) continue;
    const parts = relative(real, target).split(sep);
    if (parts.some((part) => part.startsWith('.') || part === 'node_modules')) continue;
    if (isArticleFile(parts[parts.length - 1])) return p;
  }
  return null;
}

/**
 * Reads one file according to its ending, inside the per-input guard: whatever the file holds,
 * it adds its own problems and never stops the others from loading. A report crosscheck wrote
 * (found by how it begins) is skipped with a warning: written into an article folder, it would be
 * read back as an article.
 */
function loadFile(path: string, problems: InputProblem[], warnings: InputProblem[]): Article[] {
  const ext = extname(path).toLowerCase();
  const loaded = guard(path, 'reading it', () => (ext === '.json' || ext === '.jsonl' ? loadCollection(path, ext, warnings) : loadOne(path, ext, warnings)));
  if (!loaded.ok) return (problems.push(loaded.problem), []);
  pushAll(problems, foldProblems(path, loaded.value.problems));
  return loaded.value.articles;
}

/** True, with a warning, when the text is a report crosscheck wrote. */
function ownReport(path: string, text: string, warnings: InputProblem[]): boolean {
  const format = ownReportFormat(text);
  if (format) warnings.push(problem(path, 'input/own-report', `is a crosscheck report (${format}), not an article; skipped`));
  return format !== null;
}

/** A `.json` or `.jsonl` file: its articles, and a problem for each part that is not one. */
function loadCollection(path: string, ext: string, warnings: InputProblem[]): JsonLoad {
  const read = readText(path, MAX_COLLECTION_BYTES);
  if (!read.ok) return { articles: [], problems: [read.problem] };
  if (ownReport(path, read.text, warnings)) return { articles: [], problems: [] };
  const loaded = ext === '.json' ? loadJson(path, read.text) : loadJsonLines(path, read.text);
  if (loaded.articles.length === 0 && loaded.problems.length === 0) {
    loaded.problems.push(problem(path, 'input/empty', 'holds no articles'));
  }
  return loaded;
}

/** Any other article file: one article, or the problem that keeps it from being one. */
function loadOne(path: string, ext: string, warnings: InputProblem[]): JsonLoad {
  const read = readText(path);
  if (!read.ok) return { articles: [], problems: [read.problem] };
  if (ownReport(path, read.text, warnings)) return { articles: [], problems: [] };
  const a = ext === '.html' || ext === '.htm' ? loadHtml(path, read.text) : ext === '.md' || ext === '.markdown' ? loadMarkdown(path, read.text) : loadText(path, read.text);
  return 'rule' in a ? { articles: [], problems: [a] } : { articles: [a], problems: [] };
}

/**
 * The article files under a path: the path itself if it is a file (whatever its ending, so that a
 * named `.csv` is refused with a reason), else every article file below the folder, sorted. Hidden
 * entries, `node_modules`, manifests and review files are not articles. Symbolic links are
 * followed (an article linked into the folder is read), each folder once: a link back to a folder
 * already walked is named in a warning and not walked again, so a loop ends.
 */
function discover(path: string, skip: Set<string>, problems: InputProblem[], warnings: InputProblem[]): string[] {
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
  const walked = new Set<string>([realpathOr(path)]);
  // Folders and files still to visit, the next one last: a folder's entries in name order, each
  // subfolder read before the entries after it, without a call per level of folders. A folder is
  // marked walked when its turn comes, so a link to it is told apart in the order of the walk.
  const todo: { path: string; folder: boolean }[] = [{ path, folder: true }];
  let first = true;
  while (todo.length > 0) {
    const next = todo.pop()!;
    if (!next.folder) {
      found.push(next.path);
      continue;
    }
    if (!first) {
      const real = realpathOr(next.path);
      if (walked.has(real)) {
        warnings.push(problem(next.path, 'input/link-loop', `leads through a link to the folder '${real}', which is already read; not read again`));
        continue;
      }
      walked.add(real);
    }
    first = false;
    let entries;
    try {
      entries = readdirSync(next.path, { withFileTypes: true });
    } catch {
      problems.push(problem(next.path, 'input/unreadable', 'is a folder that cannot be read'));
      continue;
    }
    entries.sort((a, b) => cmp(a.name, b.name));
    const here: { path: string; folder: boolean }[] = [];
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = join(next.path, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        let target;
        try {
          target = statSync(full);
        } catch {
          // A dangling link with an article's name was meant to be read: say so. Any other is not ours.
          if (isArticleFile(e.name)) problems.push(problem(full, 'input/missing', `is a symbolic link to '${linkText(full)}', which does not exist`));
          continue;
        }
        isDir = target.isDirectory();
        isFile = target.isFile();
      }
      if (isDir) here.push({ path: full, folder: true });
      else if (isFile && isArticleFile(e.name) && !skip.has(resolve(full))) here.push({ path: full, folder: false });
    }
    // pushed last to first, so that they are taken in name order
    for (let i = here.length - 1; i >= 0; i--) todo.push(here[i]);
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

/**
 * Each file once, by where it really is: a path named twice is read once, and so is a file reached
 * through a link as well as directly ("latest.txt -> 2024/report.txt"), with a warning for the link.
 */
function unique(files: string[], warnings: InputProblem[]): string[] {
  const seen = new Map<string, string>();
  return files.filter((f) => {
    const key = realpathOr(f);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, f);
      return true;
    }
    if (resolve(first) !== resolve(f)) warnings.push(problem(f, 'input/duplicate', `is the same file as '${first}' (a link); read once`));
    return false;
  });
}

/** The real path (links followed), or the path resolved when it cannot be had. */
function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function linkText(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return '?';
  }
}

/** Code-unit order, the same on every machine (localeCompare is not). */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

