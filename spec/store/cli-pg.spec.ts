/**
 * The command line on a PostgreSQL index, end to end: `index data/seeds --store <URL>` and
 * `check <one seed> --against <URL>` find what `check <one seed> --against data/seeds` finds, as
 * ./cli.spec.ts shows for a folder index. Runs only against a real server named by
 * CROSSCHECK_TEST_PG (`npm run test:pg` starts one); pending otherwise. It works in a schema of
 * its own (`search_path` in the URL), so the contract's rows in the same database never join.
 */
import { expect } from 'chai';
import { join } from 'node:path';
import { openFileStore } from '../../lib/store/files.ts';
import { openPostgresStore, redactUrl } from '../../lib/store/postgres.ts';
import { MANIFEST, SEEDS, tempTree } from '../helpers.ts';
import { cliInProcess } from '../support/cli-in-process.ts';
import { expectFindingsOfFolder, FRESH, indexSeeds } from './against.ts';

const URL_ENV = 'CROSSCHECK_TEST_PG';
const url = process.env[URL_ENV];
/** The schema of this spec's tables. */
const SCHEMA = 'crosscheck_cli_e2e';

/** Runs SQL on the test database, beside the store; the rows of its (last) statement. */
async function onServer(text: string): Promise<Array<Record<string, unknown>>> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result = (await client.query(text)) as unknown as { rows: Array<Record<string, unknown>> } | Array<{ rows: Array<Record<string, unknown>> }>;
    return Array.isArray(result) ? result[result.length - 1].rows : result.rows;
  } finally {
    await client.end();
  }
}

/** How many rows a table of `schema` holds. */
async function count(schema: string, table: string): Promise<number> {
  return Number((await onServer(`SELECT count(*) AS n FROM ${schema}.${table}`))[0].n);
}

/** The test URL with `search_path` set to `schema`, and a password the trust login ignores (so it must never show). */
function urlIn(schema: string): string {
  const u = new URL(url!);
  u.password = 'never-shown';
  u.searchParams.set('options', `-c search_path=${schema}`);
  return u.toString();
}

if (!url) {
  describe('store: index and check against a PostgreSQL URL', () => {
    it(`runs only with ${URL_ENV}=postgres://… set: run \`npm run test:pg\``);
  });
} else {
  describe('store: index and check against a PostgreSQL URL', function () {
    this.timeout(180000);
    const store = urlIn(SCHEMA);
    let tree: ReturnType<typeof tempTree>;
    before(async () => {
      tree = tempTree();
      await onServer(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE; CREATE SCHEMA ${SCHEMA}`);
    });
    after(async () => {
      tree.cleanup();
      await onServer(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`);
    });

    it("'index data/seeds --store <URL>' writes the records a folder index gets, ids included, naming the URL without its password", async () => {
      await indexSeeds(store, redactUrl(store));
      const folder = join(tree.dir, 'index');
      expect((await cliInProcess(['index', SEEDS, '--manifest', MANIFEST, '--store', folder])).status).to.equal(0);
      const pg = await openPostgresStore(store);
      try {
        const rows = await pg.articles();
        expect(rows).to.have.length(5);
        for (const r of rows) expect(r.id, r.path).to.be.a('string').and.not.equal('');
        expect(rows).to.deep.equal(await openFileStore(folder).articles());
        expect(pg.location).not.to.contain('never-shown');
        // In the schema the URL names, not the default one.
        expect(await count(SCHEMA, 'crosscheck_articles')).to.equal(5);
        expect(await count(SCHEMA, 'crosscheck_results')).to.equal(5);
      } finally {
        await pg.close();
      }
    });

    it("'check <one seed> --against <URL>' gives the findings of 'check <one seed> --against data/seeds'", async () => {
      await expectFindingsOfFolder(store);
    });

    it('a database the server refuses is a usage error naming the URL without its password, exit 2', async () => {
      const u = new URL(url!);
      u.pathname = '/no_such_database';
      u.password = 'never-shown';
      const missing = u.toString();
      for (const args of [
        ['index', FRESH, '--store', missing],
        ['check', FRESH, '--against', missing, '--no-cache'],
      ]) {
        const r = await cliInProcess(args);
        expect(r.status, args[0]).to.equal(2);
        expect(r.stderr, args[0]).to.contain(`cannot open the PostgreSQL store at ${redactUrl(missing)}: `);
        expect(r.stderr, args[0]).to.match(/no_such_database.*does not exist/);
        expect(r.stderr + r.stdout, args[0]).not.to.contain('never-shown');
      }
    });

    it("'--cache <URL>': a cached second run prints the bytes of the first and of --no-cache", async () => {
      const cache = urlIn(`${SCHEMA}_cache`);
      await onServer(`DROP SCHEMA IF EXISTS ${SCHEMA}_cache CASCADE; CREATE SCHEMA ${SCHEMA}_cache`);
      try {
        const args = ['report', SEEDS, '--manifest', MANIFEST, '--format', 'json', '--fail-on', 'none'];
        const cold = await cliInProcess([...args, '--cache', cache]);
        expect(cold.status, cold.stderr).to.equal(0);
        const warm = await cliInProcess([...args, '--cache', cache]);
        const none = await cliInProcess([...args, '--no-cache']);
        expect(warm.stdout).to.equal(cold.stdout);
        expect(none.stdout).to.equal(cold.stdout);
        // Every seed's analysis is there, and no index: a cache holds analyses only.
        expect(await count(`${SCHEMA}_cache`, 'crosscheck_results')).to.equal(5);
        expect(await count(`${SCHEMA}_cache`, 'crosscheck_articles')).to.equal(0);
      } finally {
        await onServer(`DROP SCHEMA IF EXISTS ${SCHEMA}_cache CASCADE`);
      }
    });
  });
}
