/**
 * The review file (`crosscheck.review.json`): editors' decisions by finding id.
 *
 * Reading is forgiving of a missing file (no decisions yet) and strict about a malformed one (the
 * message names the file and what is wrong, so the CLI can exit 2 with it). Writing is a
 * read-modify-write under an exclusive lock file, then an atomic rename, so two editors (or the
 * review page and the CLI) deciding at the same moment never lose each other's entries. Fields the
 * tool does not know (a ticket number added by hand) are kept; a key written twice, which a JSON
 * reader would silently take the last of, is refused.
 */
import { open, readFile, stat, unlink } from 'node:fs/promises';
import type { Finding, Report, ReviewDecisionKind, ReviewEntry, ReviewFile } from '../types.ts';
import { writeFileAtomic } from '../util/atomic.ts';
import { firstDuplicateKey } from '../util/json-keys.ts';

/** The review file's name in the working directory when `--review` is not given. */
export const DEFAULT_REVIEW_FILE = 'crosscheck.review.json';

/** Every decision an editor can record, in the order a menu shows them. */
export const DECISIONS: readonly ReviewDecisionKind[] = ['confirmed-conflict', 'different-events', 'not-a-conflict', 'needs-follow-up'];

/** A review file with no decisions. */
export function emptyReviewFile(): ReviewFile {
  return { version: 1, decisions: {} };
}

/** Reads and checks a review file; a missing file is an empty one. Throws `path: reason` when malformed. */
export async function readReviewFile(path: string): Promise<ReviewFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return emptyReviewFile();
    throw new Error(`${path}: cannot read the review file (${(err as Error).message})`);
  }
  return parseReviewFile(text, path);
}

/** Keys of an entry the tool reads and writes; any other key of an entry is kept in `extra`. */
// not a word list: the keys of ReviewEntry in the file
const ENTRY_KEYS = ['decision', 'note', 'reviewer', 'at', 'evidence', 'slot', 'articles'];
/** Top-level keys the tool reads and writes; any other is kept in `extra`. */
const FILE_KEYS = ['version', 'decisions'];

/** Parses a review file's text; throws an Error whose message names `path` and what is wrong. */
export function parseReviewFile(text: string, path: string): ReviewFile {
  let data: unknown;
  const json = text.replace(/^\uFEFF/, '');
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new Error(`${path}: the review file is not valid JSON (${(err as Error).message})`);
  }
  const bad = (why: string): never => {
    throw new Error(`${path}: not a crosscheck review file: ${why}`);
  };
  // '{"decisions": {...}, "decisions": {...}}' parses as the last one alone: the first one's
  // decisions would vanish at the next write. Refused, so that an editor merges them by hand.
  const twice = firstDuplicateKey(json);
  if (twice) {
    const where = twice.path.length === 0 ? 'at the top level' : `in ${twice.path.map((k) => JSON.stringify(k)).join(' → ')}`;
    return bad(`the key ${JSON.stringify(twice.key)} is written twice ${where}; a JSON reader keeps only the last, so merge them into one`);
  }
  if (!isObject(data)) return bad('expected an object {"version": 1, "decisions": {...}}');
  if (data.version !== 1) {
    const newer = typeof data.version === 'number' && data.version > 1 ? ' (written by a newer crosscheck?)' : '';
    return bad(`"version" is ${JSON.stringify(data.version)}${newer}; this crosscheck reads version 1 and leaves other versions untouched`);
  }
  if (!isObject(data.decisions)) return bad('"decisions" must be an object keyed by finding id');
  const entries: [string, ReviewEntry][] = [];
  for (const [id, raw] of Object.entries(data.decisions)) {
    const where = `decision for finding "${id}"`;
    if (!isObject(raw)) return bad(`${where} must be an object`);
    if (!DECISIONS.includes(raw.decision as ReviewDecisionKind)) {
      return bad(`${where} has "decision" ${JSON.stringify(raw.decision)}; use one of ${DECISIONS.join(', ')}`);
    }
    for (const key of ['note', 'reviewer'] as const) {
      if (raw[key] !== null && raw[key] !== undefined && typeof raw[key] !== 'string') bad(`${where}: "${key}" must be a string or null`);
    }
    if (typeof raw.at !== 'string' || Number.isNaN(Date.parse(raw.at))) return bad(`${where}: "at" must be an ISO timestamp`);
    if (typeof raw.evidence !== 'string') return bad(`${where}: "evidence" must be the finding's evidence fingerprint`);
    if (raw.slot !== undefined && typeof raw.slot !== 'string') return bad(`${where}: "slot" must be a string`);
    if (raw.articles !== undefined && !(Array.isArray(raw.articles) && raw.articles.every((a) => typeof a === 'string'))) {
      return bad(`${where}: "articles" must be a list of article ids`);
    }
    const entry: ReviewEntry = {
      decision: raw.decision as ReviewDecisionKind,
      note: (raw.note as string | null | undefined) ?? null,
      reviewer: (raw.reviewer as string | null | undefined) ?? null,
      at: raw.at,
      evidence: raw.evidence,
    };
    if (raw.slot !== undefined) entry.slot = raw.slot as string;
    if (raw.articles !== undefined) entry.articles = [...(raw.articles as string[])];
    const extra = rest(raw, ENTRY_KEYS);
    if (extra) entry.extra = extra;
    entries.push([id, entry]);
  }
  // fromEntries defines own properties, so even an id like "__proto__" stays a plain key.
  const file: ReviewFile = { version: 1, decisions: Object.fromEntries(entries) };
  const extra = rest(data, FILE_KEYS);
  if (extra) file.extra = extra;
  return file;
}

/** The review file as written: keys sorted at every level, two-space indent, final newline; unknown fields kept. */
export function serializeReviewFile(file: ReviewFile): string {
  const decisions = Object.fromEntries(
    Object.entries(file.decisions).map(([id, e]) => {
      const { extra, ...known } = e;
      return [id, { ...extra, ...known }];
    }),
  );
  return `${JSON.stringify(sortKeys({ ...file.extra, version: file.version, decisions }), null, 2)}\n`;
}

/** The ids of the articles a finding's claims come from, sorted and each once: what a decision records. */
export function findingArticles(finding: Pick<Finding, 'claims'>): string[] {
  return [...new Set(finding.claims.map((c) => c.article))].sort();
}

/**
 * Records one decision (replacing any earlier one for the same finding) and returns the file as
 * written. Other entries, including ones another process wrote a moment ago, are kept, and so are
 * fields added by hand to the entry replaced (a ticket number stays with its finding).
 */
export async function recordDecision(path: string, findingId: string, entry: ReviewEntry, report?: Report): Promise<ReviewFile> {
  return update(path, (read) => {
    // Decisions still under a finding's former id move to its id with this write (issue 17).
    const file = report ? underCurrentIds(read, report) : read;
    const before = Object.hasOwn(file.decisions, findingId) ? file.decisions[findingId].extra : undefined;
    const value: ReviewEntry = { ...entry };
    if (before || entry.extra) value.extra = { ...before, ...entry.extra };
    // Defined, not assigned: an id like "__proto__" must become a key, not a prototype.
    Object.defineProperty(file.decisions, findingId, { value, enumerable: true, writable: true, configurable: true });
    return file;
  });
}

/** What {@link pruneEntries} removed (or would remove), what it kept, and the file as it now is. */
export interface PruneResult {
  /** Entries whose finding is gone from the inputs, sorted by id: removed, or only listed on a dry run. */
  removed: StaleEntry[];
  /** Stale entries kept because their articles are not all among the inputs (or are not recorded). */
  kept: StaleEntry[];
  /** The review file as it now is on disk. */
  file: ReviewFile;
}

/**
 * Removes the entries whose finding is gone from `report`, whose articles all are among the
 * report's articles: an entry about an article not given this time may find its finding again
 * when it is. Entries under a finding's former id (issue 17) are kept and moved to its id, rather
 * than removed. With `dryRun` the file is left as it is and the result says what would go.
 */
export async function pruneEntries(path: string, report: Report, options: { dryRun: boolean }): Promise<PruneResult> {
  let removed: StaleEntry[] = [];
  let kept: StaleEntry[] = [];
  const file = await update(path, (read) => {
    const file = underCurrentIds(read, report);
    const stale = staleEntries(report, file);
    removed = stale.filter((s) => s.why === 'gone');
    kept = stale.filter((s) => s.why !== 'gone');
    if (options.dryRun) return null;
    if (removed.length === 0) return file === read ? null : file;
    for (const { id } of removed) delete file.decisions[id];
    return file;
  });
  return { removed, kept, file };
}

/**
 * The report with each finding's `review` set from the file (pure). `changed` is true when the
 * finding's evidence is no longer what the editor saw when deciding.
 */
export function applyReviews(report: Report, read: ReviewFile): Report {
  const file = underCurrentIds(read, report);
  const findings = report.findings.map((f): Finding => {
    const e = Object.hasOwn(file.decisions, f.id) ? file.decisions[f.id] : undefined;
    if (!e) return f.review === null ? f : { ...f, review: null };
    return { ...f, review: { decision: e.decision, note: e.note, reviewer: e.reviewer, at: e.at, changed: e.evidence !== f.evidence } };
  });
  return { ...report, findings };
}

/**
 * Why an entry matches no finding: `gone` when all its articles were among the inputs (the finding
 * no longer exists), `outside-inputs` when some were not given (it may exist with them), `unknown`
 * when the entry does not record its articles (recorded by an older crosscheck).
 */
export type Staleness = 'gone' | 'outside-inputs' | 'unknown';

/** An entry of the review file that matches no finding of the report. */
export interface StaleEntry {
  /** The finding id the entry was recorded under. */
  id: string;
  /** The entry as recorded (its `slot` says what the finding was about). */
  entry: ReviewEntry;
  /** Whether its finding is known to be gone; only `gone` entries are pruned. */
  why: Staleness;
  /** Its articles that are not among the report's, for `outside-inputs`. */
  missing: string[];
}

/** Entries whose finding is not in the report, sorted by id, each with why (pure). */
export function staleEntries(report: Report, read: ReviewFile): StaleEntry[] {
  const file = underCurrentIds(read, report);
  const ids = new Set(report.findings.map((f) => f.id));
  const articles = new Set(report.articles.map((a) => a.id));
  return Object.keys(file.decisions)
    .filter((id) => !ids.has(id))
    .sort()
    .map((id) => {
      const entry = file.decisions[id];
      if (!entry.articles) return { id, entry, why: 'unknown' as const, missing: [] };
      const missing = entry.articles.filter((a) => !articles.has(a));
      return { id, entry, why: missing.length > 0 ? ('outside-inputs' as const) : ('gone' as const), missing };
    });
}

/**
 * The file with each decision recorded under a finding's former id (`report.formerIds`: the id
 * made of file names before issue 17) filed under the finding's id instead (pure). A decision
 * already under the id wins. A decision made on the evidence the finding had then gets the
 * evidence it has now, so it is not shown as changed; any other keeps its own, and is. Returns the
 * file itself when nothing moves.
 */
export function underCurrentIds(file: ReviewFile, report: Report): ReviewFile {
  const former = report.formerIds;
  if (!former || former.size === 0) return file;
  const moves: [string, string, ReviewEntry][] = [];
  for (const f of report.findings) {
    const was = former.get(f.id);
    if (!was || was.id === f.id || Object.hasOwn(file.decisions, f.id) || !Object.hasOwn(file.decisions, was.id)) continue;
    const entry = file.decisions[was.id];
    moves.push([was.id, f.id, entry.evidence === was.evidence ? { ...entry, evidence: f.evidence } : entry]);
  }
  if (moves.length === 0) return file;
  const decisions: Record<string, ReviewEntry> = Object.fromEntries(Object.entries(file.decisions));
  for (const [from] of moves) delete decisions[from];
  // Defined, not assigned, as in recordDecision: an id is a key, never a prototype.
  for (const [, to, entry] of moves) Object.defineProperty(decisions, to, { value: entry, enumerable: true, writable: true, configurable: true });
  return { ...file, decisions };
}

/** How long a lock may be held before it counts as left behind by a crashed process. */
const STALE_LOCK_MS = 10_000;
/** How long to wait for a lock before giving up with a message naming the lock file. */
const LOCK_TIMEOUT_MS = 30_000;

/**
 * Read-modify-write of the review file under its lock. `change` gets a fresh copy of the file as
 * it is now and returns the new content, or null to leave the file as it is.
 */
async function update(path: string, change: (file: ReviewFile) => ReviewFile | null): Promise<ReviewFile> {
  const release = await lock(path);
  try {
    const current = await readReviewFile(path);
    const next = change(current);
    if (next === null) return current;
    writeFileAtomic(path, serializeReviewFile(next));
    return next;
  } finally {
    await release();
  }
}

/**
 * Takes the exclusive lock `path + '.lock'`: creating it with `wx` succeeds for exactly one
 * process. Others retry with a growing, jittered delay (jitter so two waiters do not retry in
 * lockstep). A lock older than {@link STALE_LOCK_MS} is taken to be left by a crashed process and
 * removed; the operation it guards takes milliseconds, so a live holder is never that old.
 */
async function lock(path: string): Promise<() => Promise<void>> {
  const lockPath = `${path}.lock`;
  const started = Date.now();
  let delay = 5;
  for (;;) {
    try {
      const fd = await open(lockPath, 'wx');
      await fd.writeFile(`${process.pid}\n`);
      await fd.close();
      return async () => {
        await unlink(lockPath).catch(() => undefined);
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new Error(`${lockPath}: cannot create the review lock (${(err as Error).message})`);
    }
    const age = await stat(lockPath).then((s) => Date.now() - s.mtimeMs, () => -1);
    if (age > STALE_LOCK_MS) {
      await unlink(lockPath).catch(() => undefined);
      continue;
    }
    if (Date.now() - started > LOCK_TIMEOUT_MS) {
      throw new Error(`${lockPath}: the review file is locked by another process; if none is running, delete the lock file`);
    }
    await new Promise((r) => setTimeout(r, delay + Math.random() * delay));
    delay = Math.min(delay * 2, 200);
  }
}

/** The fields of `o` other than `known`, or undefined when there are none. */
function rest(o: Record<string, unknown>, known: readonly string[]): Record<string, unknown> | undefined {
  const extra = Object.entries(o).filter(([k]) => !known.includes(k));
  return extra.length > 0 ? Object.fromEntries(extra) : undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A copy with object keys in code-unit order at every level, so the file's bytes are stable. */
function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (!isObject(v)) return v;
  return Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])]));
}
