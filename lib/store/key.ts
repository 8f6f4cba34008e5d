/**
 * The key of one article's analysis in a {@link FactStore}: a SHA-256 of everything the result of
 * `pipeline.analyseArticle` depends on, and of nothing else, so that an unchanged article is found
 * again and a changed one (its text, a manifest's date, a new lexicon, new code) never is.
 *
 * What goes in: the article as the task holds it (text, format, title, outlet, url, publication
 * date and where it came from, front matter masked, and its name made from content,
 * which the document and the facts embed), the site chrome masked in it, and {@link codeVersion}.
 * What stays out: the file's path and id, which the stages never see (issue 17), and the
 * language, which the text decides.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ArticleTask } from '../pipeline.ts';

/** The folder of the running code: `lib/` under tsx, `dist/` once built. */
const CODE = new URL('../', import.meta.url);
/** The project root, where `data/` and `package.json` are. */
const ROOT = new URL('../../', import.meta.url);

/**
 * Folders of `data/` no analysis reads: articles for trying the tool and evaluation gold. Editing
 * them must not empty every cache.
 */
// not a word list: folder names of data/
const NOT_READ = new Set(['seeds', 'gold']);

let version: string | null = null;

/**
 * A digest of the code and the language data: every file of the running code's folder (`lib/` or
 * `dist/`), every file of `data/` the stages read, the versions of the installed dependencies
 * (chrono, wink-nlp…), and `runtime` (the Node and ICU versions, which decide what `Intl` and
 * Unicode regular expressions say). Computed once per process, on first use: reading some 400
 * files of 4 MB costs about 20 ms, next to seconds of analysis, and needs no build step to stay
 * true after an edit.
 */
export function codeVersion(runtime: string): string {
  if (version !== null) return version;
  const hash = createHash('sha256');
  hash.update(`runtime\0${runtime}\0`);
  for (const [base, label, skip] of [
    [CODE, 'code', new Set<string>()],
    [new URL('data/', ROOT), 'data', NOT_READ],
  ] as const) {
    const root = fileURLToPath(base);
    for (const rel of filesUnder(root, skip)) {
      hash.update(`${label}/${rel}\0`);
      hash.update(readFileSync(root + rel));
      hash.update('\0');
    }
  }
  hash.update(dependencyVersions());
  version = hash.digest('hex');
  return version;
}

/** The key of one task's analysis under `code` (see {@link codeVersion}): 64 hex digits. */
export function resultKey(task: Pick<ArticleTask, 'article' | 'chrome'>, code: string): string {
  // Not the language: it is detected from the text (and the front matter left out), both in the
  // key, by code and data the code version covers; so a run can read it from the stored result
  // instead of detecting it again (`planWithStore`).
  return createHash('sha256').update(stableJson({ code, article: { ...task.article, language: undefined }, chrome: task.chrome })).digest('hex');
}

/**
 * JSON with the keys of every object sorted: two loaders that build the same article with its
 * fields in another order give one key. Fields holding `undefined` are left out, as JSON does.
 */
export function stableJson(value: unknown): string {
  // JSON.stringify walks the value (no recursion of ours); each object is handed over with its keys sorted.
  const sorted = (_key: string, v: unknown): unknown => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const o = v as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(o)
        .sort()
        .map((k) => [k, o[k]]),
    );
  };
  return JSON.stringify(value, sorted) ?? 'null';
}

/** Files under `root` (relative paths with `/`, sorted), leaving out the top-level folders in `skip`. */
function filesUnder(root: string, skip: ReadonlySet<string>): string[] {
  const out: string[] = [];
  // Folders still to read, as paths relative to root ending in "/" (an explicit stack, not recursion).
  const folders = [''];
  while (folders.length > 0) {
    const rel = folders.pop()!;
    let entries;
    try {
      entries = readdirSync(root + rel, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const path = rel + e.name;
      if (e.isDirectory()) {
        if (rel === '' && skip.has(e.name)) continue;
        folders.push(`${path}/`);
      } else if (e.isFile()) out.push(path);
    }
  }
  return out.sort();
}

/** "chrono-node 2.10.3\n…": the installed version of each dependency of package.json. */
function dependencyVersions(): string {
  const pkg = readJson(new URL('package.json', ROOT)) as { dependencies?: Record<string, string> } | null;
  const names = Object.keys(pkg?.dependencies ?? {}).sort();
  return names
    .map((name) => {
      const dep = readJson(new URL(`node_modules/${name}/package.json`, ROOT)) as { version?: string } | null;
      return `${name} ${dep?.version ?? 'missing'}\n`;
    })
    .join('');
}

function readJson(url: URL): unknown {
  try {
    return JSON.parse(readFileSync(url, 'utf8'));
  } catch {
    return null;
  }
}
