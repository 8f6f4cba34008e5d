/**
 * The fact index on a PostgreSQL server (issue 18): `--store postgres://user@host/db`. Several
 * processes may share one server; every write is one statement or one transaction, whole or
 * absent. The statements are in ./postgres-sql.ts.
 */
import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import type { FactStore, IndexedArticle, StoredResult } from '../types.ts';
import * as sql from './postgres-sql.ts';

/** Keys (or articles) per statement: bounds one statement's size, not the number of statements. */
const BATCH = 1000;
/** JSON text per statement of puts, in characters: a batch of large analyses is cut sooner. */
const BATCH_TEXT = 16 * 1024 * 1024;

/** The hex SHA-256 of a payload's UTF-8 bytes, as the server's `sha256(convert_to(…, 'UTF8'))` computes it. */
function checksum(payload: string): string {
  return createHash('sha256').update(payload, 'utf8').digest('hex');
}

/** `items` in runs of at most `size`. */
function batches<T>(items: readonly T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * The URL without its password, for messages: the user, host, port and database stay, since they
 * say which store was meant. Handles a password in the user part and in `?password=`.
 */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '';
    if (u.searchParams.has('password')) u.searchParams.delete('password');
    return u.toString();
  } catch {
    // Not a URL (a libpq "key=value" string): drop any password=… pair all the same.
    return url.replace(/password\s*=\s*('(?:[^'\\]|\\.)*'|\S*)/gi, 'password=');
  }
}

/** Runs `work` in one transaction on one connection of `pool`, rolled back if it throws. */
async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const out = await work(client);
    await client.query('COMMIT');
    client.release();
    return out;
  } catch (err) {
    // A connection whose rollback fails may be in any state: destroy it rather than reuse it.
    await client.query('ROLLBACK').then(
      () => client.release(),
      (e: Error) => client.release(e),
    );
    throw err;
  }
}

/**
 * Opens (and, on first use, creates) the fact index in the PostgreSQL database at `url`, e.g.
 * `postgres://crosscheck@db.example:5432/facts` or `postgres:///facts?host=/run/postgresql`.
 * Rejects when the server cannot be reached or holds a store of another schema version.
 */
export async function openPostgresStore(url: string): Promise<FactStore> {
  // Loaded here, not at the top: a run that keeps its store in files never pays for the client.
  const { default: pg } = await import('pg');
  const location = redactUrl(url);
  // A few connections: one process runs its puts and gets mostly one after another; a handful
  // lets concurrent calls (Promise.all) overlap without queueing behind each other.
  const pool = new pg.Pool({ connectionString: url, max: 4, application_name: 'crosscheck' });
  // An idle connection the server drops must not crash the process; the next query reports it.
  pool.on('error', () => undefined);

  try {
    const client = await pool.connect();
    let version: string | undefined;
    try {
      // One multi-statement string: its results come back as an array, the last being the SELECT.
      const results = (await client.query(sql.CREATE_SCHEMA)) as unknown as Array<{ rows: Array<{ value: string }> }>;
      version = results[results.length - 1]?.rows[0]?.value;
      client.release();
    } catch (err) {
      // The transaction of CREATE_SCHEMA may be left open and failed: never reuse that connection.
      client.release(err as Error);
      throw err;
    }
    if (version !== sql.SCHEMA_VERSION) {
      throw new Error(`it holds a crosscheck store of schema version ${version ?? '(none)'}; this crosscheck reads version ${sql.SCHEMA_VERSION}`);
    }
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw new Error(`cannot open the PostgreSQL store at ${location}: ${(err as Error).message}`, { cause: err });
  }

  let closed = false;
  return {
    location,

    async getResults(keys) {
      const out = new Map<string, StoredResult>();
      for (const batch of batches([...new Set(keys)])) {
        const { rows } = await pool.query<{ key: string; payload: string; checksum: string }>(sql.GET_RESULTS, [batch]);
        for (const row of rows) {
          // A row that fails its checksum or does not parse is missing: the caller rebuilds it,
          // and the next put replaces it (sql.putResults).
          if (checksum(row.payload) !== row.checksum) continue;
          try {
            out.set(row.key, JSON.parse(row.payload) as StoredResult);
          } catch {
            continue;
          }
        }
      }
      return out;
    },

    async putResults(entries) {
      // Distinct keys (the first of a key wins, as it would across two calls), in key order: one
      // statement may not touch a row twice, and a common order keeps two writers from deadlocking.
      const byKey = new Map<string, string>();
      for (const { key, result } of entries) if (!byKey.has(key)) byKey.set(key, JSON.stringify(result));
      const keys = [...byKey.keys()].sort();
      let batch: unknown[] = [];
      let text = 0;
      const flush = async (): Promise<void> => {
        if (batch.length > 0) await pool.query(sql.putResults(batch.length / 3), batch);
        batch = [];
        text = 0;
      };
      for (const key of keys) {
        const payload = byKey.get(key)!;
        batch.push(key, payload, checksum(payload));
        text += payload.length;
        if (batch.length / 3 >= BATCH || text >= BATCH_TEXT) await flush();
      }
      await flush();
    },

    async putArticles(rows) {
      // The last row of a path wins (a replace); path order, as for results.
      const byPath = new Map<string, IndexedArticle>();
      for (const row of rows) {
        const copy: IndexedArticle = { path: row.path, key: row.key, blocks: [...row.blocks] };
        if (row.id !== undefined) copy.id = row.id;
        if (row.terms !== undefined) copy.terms = [...row.terms];
        byPath.set(row.path, copy);
      }
      const sorted = [...byPath.keys()].sort().map((p) => byPath.get(p)!);
      if (sorted.length === 0) return;
      // One transaction: another process sees an article with its old blocks or its new ones.
      await inTransaction(pool, async (client) => {
        for (const batch of batches(sorted)) {
          const json = JSON.stringify(batch);
          await client.query(sql.PUT_ARTICLES, [json]);
          await client.query(sql.DELETE_BLOCKS, [batch.map((a) => a.path)]);
          await client.query(sql.PUT_BLOCKS, [json]);
        }
      });
    },

    async articles() {
      const { rows } = await pool.query<{ path: string; key: string; blocks: string[]; id: string | null }>(sql.ARTICLES);
      // No id stored reads as no `id` field, as the other stores give it back.
      return rows.map((r) => (r.id === null ? { path: r.path, key: r.key, blocks: r.blocks } : { path: r.path, key: r.key, blocks: r.blocks, id: r.id }));
    },

    async termCounts(terms, except = []) {
      const { rows } = await pool.query<{ what: string; term: string | null; n: string }>(sql.TERM_COUNTS, [[...new Set(terms)], [...new Set(except)]]);
      const out = { articles: 0, df: new Map<string, number>(), termless: 0 };
      // count(*) comes back as text (a bigint may not fit a number); these fit.
      for (const r of rows) {
        if (r.what === 'articles') out.articles = Number(r.n);
        else if (r.what === 'termless') out.termless = Number(r.n);
        else out.df.set(r.term!, Number(r.n));
      }
      return out;
    },

    async candidates(blocks, limit) {
      if (blocks.length === 0 || limit <= 0) return [];
      // LIMIT NULL is no limit: what an infinite limit means (the server takes no Infinity).
      const { rows } = await pool.query<{ key: string }>(sql.CANDIDATES, [[...new Set(blocks)], Number.isFinite(limit) ? Math.floor(limit) : null]);
      return rows.map((r) => r.key);
    },

    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
