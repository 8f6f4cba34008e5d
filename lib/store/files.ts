/**
 * The {@link FactStore} in a folder: no server, safe for several processes at once.
 *
 * ```
 * <dir>/crosscheck-store.json            what the folder is (so `check --against` can tell it from articles)
 * <dir>/results/<2 hex>/<key>.gz         one article's analysis
 * <dir>/articles/<2 hex>/<hash of path>.gz   one IndexedArticle
 * ```
 *
 * Every entry is its own file, gzipped, holding the SHA-256 of its JSON on the first line: a
 * truncated or altered entry fails to unzip or to match, and is then reported missing (so rebuilt
 * and written again), never returned. Each file is written to a temporary name beside it and
 * renamed over it, so a reader sees the whole old entry or the whole new one. Two processes
 * writing one result write the same bytes (same key, same analysis); two indexing one path write
 * their own record and the last rename wins, which is the record of the later run. No file is
 * shared by all articles, so no lock is needed. What the reads of the index need of every record
 * (their blocks, the sum of their terms) is kept in a summary file that is trusted only while the
 * records are exactly those it was made from (`FileStore.summary`):
 *
 * ```
 * <dir>/articles-summary.gz              the records without terms, and their terms' counts
 * ```
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { FactStore, IndexedArticle, StoredResult, TermCounts } from '../types.ts';
import { removeOrphans, TEMP_MARK } from '../util/atomic.ts';

/** The file that marks a folder as a store, and its content. */
export const STORE_MARKER = 'crosscheck-store.json';
const MARKER_CONTENT = `${JSON.stringify({ format: 'crosscheck-store', version: 1 })}\n`;

/** Whether `dir` is a store folder (holds {@link STORE_MARKER}). */
export function isFileStore(dir: string): boolean {
  try {
    return (JSON.parse(readFileSync(join(dir, STORE_MARKER), 'utf8')) as { format?: unknown }).format === 'crosscheck-store';
  } catch {
    return false;
  }
}

/**
 * Opens the store in `dir`, creating the folder and its marker when missing. Throws an Error
 * naming `dir` when it cannot be created, or when it is a folder of something else (it holds
 * files but no marker), so that a mistyped `--cache` never fills a folder of articles.
 */
export function openFileStore(dir: string): FileStore {
  const root = resolve(dir);
  if (!isFileStore(root)) {
    let entries: string[] = [];
    try {
      entries = readdirSync(root);
    } catch {
      // not there yet: created below
    }
    // Another process making this store at the same moment leaves its marker's temporary file
    // (".crosscheck-store.json.tmp-…") before it renames it: a folder being made a store is no
    // folder of something else.
    const making = `.${STORE_MARKER}${TEMP_MARK}`;
    if (entries.some((e) => !e.startsWith(making))) throw new Error(`${dir}: is a folder but not a crosscheck store (no ${STORE_MARKER}); name an empty or new folder`);
    try {
      mkdirSync(root, { recursive: true });
      writeAtomic(join(root, STORE_MARKER), MARKER_CONTENT);
    } catch (err) {
      throw new Error(`${dir}: cannot be created as a store (${(err as Error).message})`);
    }
  }
  return new FileStore(root);
}

/** A {@link FactStore} in a folder; see the module's comment for the layout. Open with {@link openFileStore}. */
export class FileStore implements FactStore {
  /** The folder, resolved. */
  readonly location: string;

  /**
   * The summary this store last read, with the fingerprint of the records and the stamp of their
   * folders then (null when they had changed too recently to be trusted).
   */
  private memo: { fingerprint: string; summary: Summary; folders: string | null } | null = null;

  constructor(location: string) {
    this.location = location;
  }

  /** The stored analyses of those keys that are present and intact; a damaged entry counts as absent. */
  async getResults(keys: readonly string[]): Promise<Map<string, StoredResult>> {
    const out = new Map<string, StoredResult>();
    for (const key of keys) {
      if (out.has(key) || !isKey(key)) continue;
      const value = readEntry(this.resultPath(key));
      if (value !== undefined) out.set(key, value as StoredResult);
    }
    return out;
  }

  /** Writes the analyses whose entries are absent or damaged; an intact entry is left as it is. */
  async putResults(entries: readonly { key: string; result: StoredResult }[]): Promise<void> {
    for (const { key, result } of entries) {
      if (!isKey(key)) throw new Error(`not a result key (64 hex digits): '${key}'`);
      const path = this.resultPath(key);
      if (readEntry(path) !== undefined) continue;
      writeEntry(path, result);
    }
  }

  /** Adds or replaces (by path) articles of the index: one record file each. */
  async putArticles(rows: readonly IndexedArticle[]): Promise<void> {
    this.memo = null;
    for (const row of rows) writeEntry(this.articlePath(row.path), row);
  }

  /** Every intact article record, in path order, without its terms (see {@link FactStore.articles}). */
  async articles(): Promise<IndexedArticle[]> {
    return this.summary().rows.map((r) => ({ ...r, blocks: [...r.blocks] }));
  }

  /** Keys of the indexed articles sharing at least one of `blocks`, most shared first, then by key; see {@link FactStore.candidates}. */
  async candidates(blocks: readonly string[], limit: number): Promise<string[]> {
    const summary = this.summary();
    // Block → keys of the records holding it, made once per summary: `check` asks once per round.
    summary.postings ??= postingsOf(summary.rows);
    // Key → how many distinct wanted blocks its records hold: one analysis under two paths pools them.
    const shared = new Map<string, number>();
    for (const b of new Set(blocks)) for (const key of summary.postings.get(b) ?? []) shared.set(key, (shared.get(key) ?? 0) + 1);
    return [...shared].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).slice(0, Math.max(0, limit)).map(([key]) => key);
  }

  /** Term counts over the article records with terms, but for those at the paths of `except`; see {@link FactStore.termCounts}. */
  async termCounts(terms: readonly string[], except: readonly string[] = []): Promise<TermCounts> {
    const { df: all, articles, termless } = this.summary();
    const df = new Map<string, number>();
    for (const t of new Set(terms)) {
      const n = all.get(t);
      if (n !== undefined) df.set(t, n);
    }
    const out = { articles, df, termless };
    // The paths left out are few (the new files of one `check`): their own records say what to take away.
    for (const path of new Set(except)) {
      const row = this.record(this.articlePath(path));
      if (!row) continue;
      if (!Array.isArray(row.terms)) {
        if (row.blocks.length > 0) out.termless--;
        continue;
      }
      out.articles--;
      for (const t of new Set(row.terms)) {
        const n = df.get(t);
        if (n === undefined) continue;
        if (n > 1) df.set(t, n - 1);
        else df.delete(t);
      }
    }
    return out;
  }

  /**
   * What the reads of the index need from every record at once: the records (without terms) and
   * the sum of their terms. Reading thousands of records costs a second; so the summary is kept
   * in {@link SUMMARY} with a fingerprint of the records it was made from (each file's name,
   * inode, size and change time: a record is only ever replaced by a rename, which gives it a new
   * inode), and used only while the records still have that fingerprint. Any writer's change
   * changes the fingerprint, and the next reader makes the summary again: nothing is shared that
   * a writer must keep up to date, so no lock is needed.
   */
  private summary(): Summary {
    // Within one process the folders tell whether anything changed since the last read: a rename
    // into a folder changes its times. Trusted only when every folder was last changed over a
    // second before that read, so that a coarse clock cannot hide a change made in its tick.
    const folders = this.folderStamp();
    if (this.memo?.folders !== null && this.memo?.folders === folders.stamp) return this.memo.summary;
    const listed = this.listRecords();
    if (this.memo?.fingerprint === listed.fingerprint) {
      this.memo.folders = folders.settled ? folders.stamp : null;
      return this.memo.summary;
    }
    const kept = readEntry(join(this.location, SUMMARY)) as StoredSummary | undefined;
    let summary: Summary;
    if (kept && kept.fingerprint === listed.fingerprint && Array.isArray(kept.rows) && Array.isArray(kept.df)) {
      summary = { rows: kept.rows, df: new Map(kept.df), articles: kept.articles, termless: kept.termless };
    } else {
      summary = this.readRecords(listed.files);
      // Kept only when no record changed while they were read: the summary is then exactly theirs.
      if (this.listRecords().fingerprint === listed.fingerprint) {
        const stored: StoredSummary = { fingerprint: listed.fingerprint, rows: summary.rows, df: [...summary.df].sort((a, b) => cmp(a[0], b[0])), articles: summary.articles, termless: summary.termless };
        try {
          writeEntry(join(this.location, SUMMARY), stored);
        } catch {
          // A store on a read-only disk is still read: each reader then makes the summary itself.
        }
      }
    }
    this.memo = { fingerprint: listed.fingerprint, summary, folders: folders.settled ? folders.stamp : null };
    return summary;
  }

  /** The inode and change time of `articles/` and of each of its folders, and whether all are over a second old. */
  private folderStamp(): { stamp: string; settled: boolean } {
    const base = join(this.location, 'articles');
    const hash = createHash('sha256');
    const now = BigInt(Date.now()) * 1_000_000n;
    let settled = true;
    for (const dir of [base, ...listDir(base).map((d) => join(base, d))]) {
      try {
        const st = statSync(dir, { bigint: true });
        hash.update(`${dir} ${st.ino} ${st.mtimeNs} ${st.ctimeNs}\n`);
        if (now - st.mtimeNs < 1_000_000_000n || now - st.ctimeNs < 1_000_000_000n) settled = false;
      } catch {
        hash.update(`${dir} absent\n`);
      }
    }
    return { stamp: hash.digest('hex'), settled };
  }

  /** Every record file, and their fingerprint (name, inode, size, change time of each). */
  private listRecords(): { files: string[]; fingerprint: string } {
    const base = join(this.location, 'articles');
    const files: string[] = [];
    const hash = createHash('sha256');
    for (const shard of listDir(base)) {
      for (const name of listDir(join(base, shard))) {
        if (!name.endsWith('.gz') || name.startsWith('.')) continue;
        const file = join(base, shard, name);
        let st;
        try {
          st = statSync(file, { bigint: true });
        } catch {
          continue;
        }
        files.push(file);
        hash.update(`${shard}/${name} ${st.ino} ${st.size} ${st.mtimeNs} ${st.ctimeNs}\n`);
      }
    }
    return { files, fingerprint: hash.digest('hex') };
  }

  /** The summary of the record files, read one by one. */
  private readRecords(files: readonly string[]): Summary {
    const rows: IndexedArticle[] = [];
    const df = new Map<string, number>();
    let articles = 0;
    let termless = 0;
    for (const file of files) {
      const row = this.record(file);
      if (!row) continue;
      const { terms, ...rest } = row;
      rows.push(rest);
      if (Array.isArray(terms)) {
        articles++;
        for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
      } else if (row.blocks.length > 0) termless++;
    }
    return { rows: rows.sort((a, b) => cmp(a.path, b.path)), df, articles, termless };
  }

  /** The record in `file`, or undefined when it is damaged or not the record of its path. */
  private record(file: string): IndexedArticle | undefined {
    const row = readEntry(file) as IndexedArticle | undefined;
    // A record whose name is not its path's hash was copied or renamed by hand: not trusted.
    if (!row || typeof row.path !== 'string' || !Array.isArray(row.blocks) || file !== this.articlePath(row.path)) return undefined;
    return row;
  }

  /** Nothing to release: every call opens and closes its own files. */
  async close(): Promise<void> {}

  private resultPath(key: string): string {
    return join(this.location, 'results', key.slice(0, 2), `${key}.gz`);
  }

  private articlePath(path: string): string {
    const h = createHash('sha256').update(path).digest('hex');
    return join(this.location, 'articles', h.slice(0, 2), `${h}.gz`);
  }
}

/** The file, beside `articles/`, that keeps the summary of the records (see `FileStore.summary`). */
const SUMMARY = 'articles-summary.gz';

/** What the reads of the index need of all records: see `FileStore.summary`. */
interface Summary {
  /** The records without their terms, in path order. */
  rows: IndexedArticle[];
  /** Block → the keys of the records holding it, each once: made on first use ({@link postingsOf}). */
  postings?: Map<string, string[]>;
  /** Term → records whose terms hold it. */
  df: Map<string, number>;
  /** Records with terms. */
  articles: number;
  /** Records of analysed articles (with blocks) without terms. */
  termless: number;
}

/** {@link Summary} as kept in its file, with the fingerprint of the records it was made from. */
interface StoredSummary {
  fingerprint: string;
  rows: IndexedArticle[];
  df: Array<[string, number]>;
  articles: number;
  termless: number;
}

/** Block → the keys of the records holding it, each key once (records of one key pool their blocks). */
function postingsOf(rows: readonly IndexedArticle[]): Map<string, string[]> {
  const seen = new Map<string, Set<string>>();
  for (const row of rows) {
    for (const b of row.blocks) {
      const keys = seen.get(b);
      if (keys) keys.add(row.key);
      else seen.set(b, new Set([row.key]));
    }
  }
  return new Map([...seen].map(([b, keys]) => [b, [...keys]]));
}

/** A result key: the 64 hex digits of a SHA-256 (also keeps a key from naming a path outside the folder). */
function isKey(key: string): boolean {
  return /^[0-9a-f]{64}$/.test(key);
}

/** The value an entry file holds, or undefined when it is absent, truncated, altered or not JSON. */
export function readEntry(path: string): unknown {
  let raw: Buffer;
  try {
    raw = readFileSync(path);
  } catch {
    return undefined;
  }
  try {
    const text = gunzipSync(raw).toString('utf8');
    const nl = text.indexOf('\n');
    if (nl !== 64) return undefined;
    const json = text.slice(nl + 1);
    if (createHash('sha256').update(json).digest('hex') !== text.slice(0, nl)) return undefined;
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

/** Writes `value` as an entry (checksum line, then JSON, gzipped), atomically. */
function writeEntry(path: string, value: unknown): void {
  const json = JSON.stringify(value);
  const sum = createHash('sha256').update(json).digest('hex');
  // Level 1: a tenth of the size of the JSON at a fraction of the time of the default level.
  writeAtomic(path, gzipSync(`${sum}\n${json}`, { level: 1 }));
}

/**
 * Writes a file by a rename from a temporary one beside it, creating its folder. Not flushed to
 * disk first, unlike the reports of `writeFileAtomic`: a cache entry a crash cuts short fails its
 * checksum and is rebuilt, and a flush per article would cost more than the analysis saved.
 */
function writeAtomic(path: string, content: string | Uint8Array): void {
  const dir = resolve(path, '..');
  const name = path.slice(dir.length + 1);
  mkdirSync(dir, { recursive: true });
  removeOrphans(dir, name);
  const tmp = join(dir, `.${name}${TEMP_MARK}${process.pid}.${randomBytes(6).toString('hex')}`);
  try {
    writeFileSync(tmp, content, { flag: 'wx' });
    renameSync(tmp, path);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      // never made, or already renamed
    }
    throw err;
  }
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
