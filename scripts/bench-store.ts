/**
 * Rough timing of the PostgreSQL fact store: put and get of N real analyses (the first seed
 * article's, about 20 kB of JSON each, under N keys), in one call each, then the same again
 * one key per call. Against the server in CROSSCHECK_TEST_PG, or a throwaway one:
 *
 *   npm run test:pg -- --run node --import tsx scripts/bench-store.ts [N]
 *
 * The database is for tests: its crosscheck_ tables are emptied first.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadArticles } from '../lib/load/index.ts';
import { analyseArticle, plan } from '../lib/pipeline.ts';
import { openPostgresStore } from '../lib/store/postgres.ts';

const url = process.env.CROSSCHECK_TEST_PG;
if (!url) {
  process.stderr.write('bench-store: set CROSSCHECK_TEST_PG, or run it through npm run test:pg -- --run\n');
  process.exit(2);
}
const n = Number(process.argv[2] ?? 1000);
const root = fileURLToPath(new URL('..', import.meta.url));
const result = analyseArticle(plan(loadArticles([join(root, 'data', 'seeds', '000_26ba52da4331a6e7.txt')])).tasks[0]);
const bytes = JSON.stringify(result).length;

const store = await openPostgresStore(url);
const { default: pg } = await import('pg');
const admin = new pg.Client({ connectionString: url });
await admin.connect();
await admin.query('TRUNCATE crosscheck_results, crosscheck_articles, crosscheck_blocks');

const time = async (what: string, work: () => Promise<unknown>): Promise<void> => {
  const t0 = performance.now();
  await work();
  process.stdout.write(`${what.padEnd(52)} ${(performance.now() - t0).toFixed(0).padStart(6)} ms\n`);
};
const keys = Array.from({ length: n }, (_, i) => `bench-${String(i).padStart(6, '0')}`);
process.stdout.write(`${n} results of ${bytes} bytes of JSON each, at ${store.location}\n`);
await time(`putResults, ${n} new keys in one call`, () => store.putResults(keys.map((key) => ({ key, result }))));
await time(`putResults, the same ${n} keys again (present)`, () => store.putResults(keys.map((key) => ({ key, result }))));
await time(`getResults, ${n} keys in one call`, async () => {
  const got = await store.getResults(keys);
  if (got.size !== n) throw new Error(`got ${got.size} of ${n}`);
});
await admin.query('TRUNCATE crosscheck_results');
await time(`putResults, ${n} new keys one per call`, async () => {
  for (const key of keys) await store.putResults([{ key, result }]);
});
await time(`getResults, ${n} keys one per call`, async () => {
  for (const key of keys) await store.getResults([key]);
});
const articles = keys.map((key, i) => ({ path: `bench/${i}.txt`, key, blocks: [`date:${i % 30}`, `term:${i % 97}`, `place:${i % 13}`, `person:${i}`] }));
await time(`putArticles, ${n} articles of 4 blocks in one call`, () => store.putArticles(articles));
await time('candidates of 3 blocks, 100 times', async () => {
  for (let i = 0; i < 100; i++) await store.candidates([`date:${i % 30}`, `term:${i % 97}`, `place:${i % 13}`], 50);
});
await admin.end();
await store.close();
