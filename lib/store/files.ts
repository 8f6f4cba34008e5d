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
 * <dir>/articles-summary-2.gz            the records without terms, and their terms' counts
 * ```
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { FactStore, IndexedArticle, StoredResult, TermCounts } from '../types.ts';
import { removeOrphans, TEMP_MARK } from '../util/atomic.ts';
import { asciiJson } from '../util/ascii.ts';

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
    // Block → its records, made once per summary: `check` asks once per round.
    summary.postings ??= postingsOf(summary);
    // Key → how many distinct wanted blocks its records hold: one analysis under two paths pools them.
    const shared = new Map<string, number>();
    const last = new Map<string, string>();
    for (const b of new Set(blocks)) {
      for (const i of summary.postings.get(b) ?? []) {
        const { key } = summary.rows[i];
        if (last.get(key) === b) continue;
        last.set(key, b);
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
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
   *
   * Taking the fingerprint means a look at every record file (6,000 of them: some 40 ms). The
   * summary also keeps the stamp of the record folders (see {@link folderStamp}) when it was made
   * or last found true, if every folder had then been unchanged for over a second: while the
   * folders still have that stamp, no record was written, replaced or removed since (each is a
   * rename or an unlink in its folder, which sets the folder's times to the moment), and the
   * summary is taken without the look.
   */
  private summary(): Summary {
    // Within one process the folders tell whether anything changed since the last read.
    const folders = this.folderStamp();
    if (this.memo?.folders !== null && this.memo?.folders === folders.stamp) return this.memo.summary;
    const settled = folders.settled ? folders.stamp : null;
    let listed = this.memo ? this.listRecords() : null;
    if (this.memo && this.memo.fingerprint === listed!.fingerprint) {
      this.memo.folders = settled;
      return this.memo.summary;
    }
    const file = join(this.location, SUMMARY);
    const kept = readEntry(file);
    const stored = isStoredSummary(kept) ? kept : undefined;
    if (stored && stored.folders !== null && stored.folders === folders.stamp) {
      const summary = fromStored(stored);
      this.memo = { fingerprint: stored.fingerprint, summary, folders: folders.stamp };
      return summary;
    }
    listed ??= this.listRecords();
    let summary: Summary;
    if (stored && stored.fingerprint === listed.fingerprint) {
      summary = fromStored(stored);
      // True still: kept with the folders' stamp of now, for the next reader to take at a glance.
      if (settled !== null) this.keepSummary(file, toStored(summary, listed.fingerprint, settled));
    } else {
      summary = this.readRecords(listed.files);
      // Kept only when no record changed while they were read: the summary is then exactly theirs.
      if (this.listRecords().fingerprint === listed.fingerprint) this.keepSummary(file, toStored(summary, listed.fingerprint, settled));
    }
    this.memo = { fingerprint: listed.fingerprint, summary, folders: settled };
    return summary;
  }

  /** Writes the summary file; a store on a read-only disk is still read (each reader then makes the summary itself). */
  private keepSummary(file: string, stored: StoredSummary): void {
    try {
      writeEntry(file, stored);
    } catch {
      // read-only: see above
    }
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

/**
 * The file, beside `articles/`, that keeps the summary of the records (see `FileStore.summary`),
 * named after its format: an older crosscheck, which would take this format's numbers for blocks,
 * keeps its own summary (`articles-summary.gz`) and never reads this one.
 */
const SUMMARY = 'articles-summary-2.gz';

/** The version of {@link StoredSummary} (the one in {@link SUMMARY}'s name): a summary of another is made again from the records. */
const SUMMARY_FORMAT = 2;

/** What the reads of the index need of all records: see `FileStore.summary`. */
interface Summary {
  /** The records without their terms, in path order. */
  rows: IndexedArticle[];
  /** Block → the indices in {@link rows} of the records holding it: made on first use ({@link postingsOf}). */
  postings?: Map<string, number[]>;
  /** Term → records whose terms hold it. */
  df: Map<string, number>;
  /** Records with terms. */
  articles: number;
  /** Records of analysed articles (with blocks) without terms. */
  termless: number;
}

/**
 * {@link Summary} as kept in its file: the fingerprint of the records it was made from, the stamp
 * of their folders when it was last found true (null when they had changed within a second), and
 * the records' blocks as numbers into one list of the distinct blocks (a block such as
 * `term:earthquak` is held by hundreds of records: the file is half the size, and read in a third
 * of the time).
 */
interface StoredSummary {
  format: typeof SUMMARY_FORMAT;
  fingerprint: string;
  folders: string | null;
  /** The distinct blocks of the records, sorted. */
  blocks: string[];
  /** The records, each block as its place in {@link blocks}. */
  rows: Array<Omit<IndexedArticle, 'blocks' | 'terms'> & { blocks: number[] }>;
  df: Array<[string, number]>;
  articles: number;
  termless: number;
}

/** Whether a summary file's value is a {@link StoredSummary} of this version. */
function isStoredSummary(v: unknown): v is StoredSummary {
  const s = v as StoredSummary | undefined;
  return s?.format === SUMMARY_FORMAT && typeof s.fingerprint === 'string' && Array.isArray(s.blocks) && Array.isArray(s.rows) && Array.isArray(s.df);
}

/** The summary a file keeps. */
function fromStored(s: StoredSummary): Summary {
  const rows = s.rows.map((r) => ({ ...r, blocks: r.blocks.map((i) => s.blocks[i]) }));
  return { rows, df: new Map(s.df), articles: s.articles, termless: s.termless };
}

/** The summary as its file keeps it. */
function toStored(summary: Summary, fingerprint: string, folders: string | null): StoredSummary {
  const blocks = [...new Set(summary.rows.flatMap((r) => r.blocks))].sort(cmp);
  const place = new Map(blocks.map((b, i) => [b, i]));
  return {
    format: SUMMARY_FORMAT,
    fingerprint,
    folders,
    blocks,
    rows: summary.rows.map((r) => ({ ...r, blocks: r.blocks.map((b) => place.get(b)!) })),
    df: [...summary.df].sort((a, b) => cmp(a[0], b[0])),
    articles: summary.articles,
    termless: summary.termless,
  };
}

/** Block → the indices of the summary's records holding it. */
function postingsOf(summary: Summary): Map<string, number[]> {
  const out = new Map<string, number[]>();
  summary.rows.forEach((row, i) => {
    for (const b of row.blocks) {
      const rows = out.get(b);
      if (rows) rows.push(i);
      else out.set(b, [i]);
    }
  });
  return out;
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
    const bytes = gunzipSync(raw);
    if (bytes.length < 65 || bytes[64] !== 0x0a) return undefined;
    // The checksum is of the JSON's UTF-8 bytes, as written: taken of the bytes read, not of the
    // text decoded from them and encoded again.
    if (createHash('sha256').update(bytes.subarray(65)).digest('hex') !== bytes.toString('latin1', 0, 64)) return undefined;
    return JSON.parse(bytes.toString('utf8', 65));
  } catch {
    return undefined;
  }
}

/** Writes `value` as an entry (checksum line, then JSON in ASCII alone, gzipped), atomically. */
function writeEntry(path: string, value: unknown): void {
  const json = asciiJson(JSON.stringify(value));
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
