/**
 * A FactStore served from a process of its own, for the contract's "two processes" case: run as
 * `node --import tsx spec/store/store-process.ts <location>`, it opens the store at <location>,
 * writes one line `{"ready":location}`, then answers one JSON line per request line
 * (`{id, method, args}` → `{id, value}` or `{id, error}`) until its input ends.
 * {@link openInChild} is the other end: a FactStore whose calls run in that process.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FactStore, StoredResult } from '../../lib/types.ts';

const SELF = fileURLToPath(import.meta.url);

/** Opens the store a location names: a PostgreSQL URL, else a store folder. */
async function openAt(location: string): Promise<FactStore> {
  if (/^postgres(?:ql)?:\/\//.test(location)) {
    const { openPostgresStore } = await import('../../lib/store/postgres.ts');
    return openPostgresStore(location);
  }
  // Anything else is a store folder.
  const { openFileStore } = await import('../../lib/store/files.ts');
  return openFileStore(location);
}

/** The store at `location`, opened in a new process; its `close()` ends that process. */
export async function openInChild(location: string): Promise<FactStore> {
  const child = spawn(process.execPath, ['--import', 'tsx', SELF, location], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let next = 0;
  let ready: (location: string) => void;
  let failed: (e: Error) => void;
  const started = new Promise<string>((resolve, reject) => {
    ready = resolve;
    failed = reject;
  });
  lines.on('line', (line) => {
    const msg = JSON.parse(line) as { ready?: string; id?: number; value?: unknown; error?: string };
    if (msg.ready !== undefined) return ready(msg.ready);
    const w = waiting.get(msg.id!);
    waiting.delete(msg.id!);
    if (msg.error !== undefined) w?.reject(new Error(msg.error));
    else w?.resolve(msg.value);
  });
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code) => {
      const err = new Error(`store-process exited with ${code}`);
      failed(err);
      for (const w of waiting.values()) w.reject(err);
      waiting.clear();
      resolve();
    });
  });
  const call = (method: string, args: unknown[]): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      child.stdin.write(`${JSON.stringify({ id, method, args })}\n`);
    });
  const served = await started;
  return {
    location: served,
    getResults: async (keys) => new Map((await call('getResults', [keys])) as Array<[string, StoredResult]>),
    putResults: async (entries) => void (await call('putResults', [entries])),
    putArticles: async (rows) => void (await call('putArticles', [rows])),
    articles: async () => (await call('articles', [])) as Awaited<ReturnType<FactStore['articles']>>,
    candidates: async (blocks, limit) => (await call('candidates', [blocks, limit])) as string[],
    termCounts: async (terms, except) => {
      const got = (await call('termCounts', [terms, except])) as { articles: number; df: Array<[string, number]>; termless: number };
      return { articles: got.articles, df: new Map(got.df), termless: got.termless };
    },
    async close() {
      await call('close', []);
      child.stdin.end();
      await exited;
    },
  };
}

/** The child's side: serve the store named on the command line. */
async function serve(location: string): Promise<void> {
  const store = await openAt(location);
  const send = (msg: unknown): void => void process.stdout.write(`${JSON.stringify(msg)}\n`);
  send({ ready: store.location });
  let closed = false;
  for await (const line of createInterface({ input: process.stdin })) {
    const { id, method, args } = JSON.parse(line) as { id: number; method: keyof FactStore; args: unknown[] };
    if (method === 'close') closed = true;
    // Each request runs as it arrives, not after the previous one: the parent may send several at once.
    void (async () => {
      try {
        const fn = store[method] as (...a: unknown[]) => Promise<unknown>;
        const value = await fn.apply(store, args);
        // Maps do not pass as JSON: as lists of entries, also a TermCounts' df.
        const plain = value instanceof Map ? [...value] : value && typeof value === 'object' && 'df' in value && value.df instanceof Map ? { ...value, df: [...value.df] } : value;
        send({ id, value: plain ?? null });
      } catch (err) {
        send({ id, error: (err as Error).message });
      }
    })();
  }
  // Input ended without a close (the parent died or gave up): release the store all the same.
  if (!closed) await store.close();
}

if (process.argv[1] && resolvePath(process.argv[1]) === SELF) {
  serve(process.argv[2] ?? '').catch((err: Error) => {
    process.stderr.write(`store-process: ${err.message}\n`);
    process.exit(1);
  });
}
