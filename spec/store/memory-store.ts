/**
 * A FactStore held in memory, for specs: it lets the store contract (./contract.ts) be tested in
 * `npm test` without a server, and shows the least a store must do. Entries are kept as JSON text
 * with its SHA-256, like the real stores, so a corrupted entry can be made and must be caught.
 */
import { createHash } from 'node:crypto';
import type { FactStore, IndexedArticle, StoredResult } from '../../lib/types.ts';

/** What several stores opened on "the same backend" share. */
export interface MemoryBackend {
  /** Key → the JSON text of its analysis and that text's SHA-256. */
  results: Map<string, { payload: string; checksum: string }>;
  /** Path → article of the index. */
  articles: Map<string, IndexedArticle>;
}

/** An empty backend. */
export function memoryBackend(): MemoryBackend {
  return { results: new Map(), articles: new Map() };
}

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** Lets other calls run between two steps of one, as a server or a disk would. */
const yieldTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Damages the stored text of `key` (its checksum no longer matches), as a bad disk would. */
export function corruptMemory(backend: MemoryBackend, key: string): void {
  const entry = backend.results.get(key);
  if (entry) entry.payload = entry.payload.slice(0, -1);
}

/** A store on `backend`; any number may be open on one backend at once. */
export function openMemoryStore(backend: MemoryBackend): FactStore {
  let closed = false;
  const open = (): void => {
    if (closed) throw new Error('memory store: used after close');
  };
  return {
    location: 'memory',

    async getResults(keys) {
      open();
      await yieldTurn();
      const out = new Map<string, StoredResult>();
      for (const key of keys) {
        const entry = backend.results.get(key);
        if (!entry || sha256(entry.payload) !== entry.checksum) continue;
        try {
          out.set(key, JSON.parse(entry.payload) as StoredResult);
        } catch {
          continue;
        }
      }
      return out;
    },

    async putResults(entries) {
      open();
      for (const { key, result } of entries) {
        // One entry at a time with a turn between: another writer's puts interleave with these.
        await yieldTurn();
        const present = backend.results.get(key);
        if (present && sha256(present.payload) === present.checksum) continue;
        const payload = JSON.stringify(result);
        backend.results.set(key, { payload, checksum: sha256(payload) });
      }
    },

    async putArticles(rows) {
      open();
      for (const row of rows) {
        await yieldTurn();
        const copy: IndexedArticle = { path: row.path, key: row.key, blocks: [...row.blocks] };
        if (row.id !== undefined) copy.id = row.id;
        if (row.terms !== undefined) copy.terms = [...row.terms];
        backend.articles.set(row.path, copy);
      }
    },

    async articles() {
      open();
      await yieldTurn();
      return [...backend.articles.values()]
        .map(({ terms: _terms, ...a }) => ({ ...a, blocks: [...a.blocks] }))
        .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    },

    async candidates(blocks, limit) {
      open();
      await yieldTurn();
      const wanted = new Set(blocks);
      // Key → the distinct wanted blocks its articles carry (two paths of one key pool theirs).
      const shared = new Map<string, Set<string>>();
      for (const a of backend.articles.values()) {
        for (const b of a.blocks) {
          if (!wanted.has(b)) continue;
          const set = shared.get(a.key) ?? new Set<string>();
          set.add(b);
          shared.set(a.key, set);
        }
      }
      return [...shared]
        .sort(([ka, a], [kb, b]) => b.size - a.size || (ka < kb ? -1 : ka > kb ? 1 : 0))
        .slice(0, Math.max(0, limit))
        .map(([k]) => k);
    },

    async termCounts(terms, except = []) {
      open();
      await yieldTurn();
      const wanted = new Set(terms);
      const left = new Set(except);
      const df = new Map<string, number>();
      let articles = 0;
      let termless = 0;
      for (const a of backend.articles.values()) {
        if (left.has(a.path)) continue;
        if (!a.terms) {
          if (a.blocks.length > 0) termless++;
          continue;
        }
        articles++;
        for (const t of new Set(a.terms)) if (wanted.has(t)) df.set(t, (df.get(t) ?? 0) + 1);
      }
      return { articles, df, termless };
    },

    async close() {
      closed = true;
    },
  };
}
