/**
 * The PostgreSQL store (lib/store/postgres.ts): its password-free location and its refusal of an
 * unreachable server always; the store contract and its schema cases only against a real server,
 * named by CROSSCHECK_TEST_PG (`npm run test:pg` starts a throwaway one and sets it). That
 * database is for tests: its crosscheck_ tables are dropped first.
 */
import { expect } from 'chai';
import { openPostgresStore, redactUrl } from '../../lib/store/postgres.ts';
import { storeContract } from './contract.ts';
import { openInChild } from './store-process.ts';

const URL_ENV = 'CROSSCHECK_TEST_PG';
const url = process.env[URL_ENV];

/** Runs SQL on the test database, beside the store (its backdoor). */
async function onServer<T>(work: (query: (text: string, values?: unknown[]) => Promise<{ rows: T[] }>) => Promise<void>): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(async (text, values) => ({ rows: (await client.query(text, values)).rows as T[] }));
  } finally {
    await client.end();
  }
}

const dropAll = (): Promise<void> =>
  onServer(async (q) => void (await q('DROP TABLE IF EXISTS crosscheck_blocks, crosscheck_articles, crosscheck_results, crosscheck_meta')));

describe('PostgreSQL store: without a server', () => {
  it('names its location without the password', () => {
    expect(redactUrl('postgres://me:s3cret@db.example:5433/facts')).to.equal('postgres://me@db.example:5433/facts');
    expect(redactUrl('postgresql://me@db.example/facts?password=s3cret&sslmode=require')).to.equal('postgresql://me@db.example/facts?sslmode=require');
    expect(redactUrl('postgres:///facts?host=/run/postgresql')).to.equal('postgres:///facts?host=/run/postgresql');
    expect(redactUrl("host=db user=me password='s 3cret' dbname=facts")).to.equal('host=db user=me password= dbname=facts');
  });

  it('refuses a server it cannot reach, saying where, without the password', async () => {
    // Port 1 on the loopback: nothing listens there, the connection is refused at once.
    const err = await openPostgresStore('postgres://me:s3cret@127.0.0.1:1/facts').then(
      () => null,
      (e: Error) => e,
    );
    expect(err?.message).to.match(/^cannot open the PostgreSQL store at postgres:\/\/me@127\.0\.0\.1:1\/facts: /);
    expect(err?.message).not.to.contain('s3cret');
  });
});

if (!url) {
  describe('PostgreSQL store: against a server', () => {
    it(`runs the store contract only with ${URL_ENV}=postgres://… set: run \`npm run test:pg\``);
  });
} else {
  describe('PostgreSQL store: schema', function () {
    this.timeout(60000);
    before(dropAll);

    it('creates its tables when several sessions open an empty database at once', async () => {
      const stores = await Promise.all(Array.from({ length: 4 }, () => openPostgresStore(url)));
      await Promise.all(stores.map((s) => s.close()));
      await onServer<{ value: string }>(async (q) => {
        expect((await q("SELECT value FROM crosscheck_meta WHERE name = 'schema'")).rows).to.deep.equal([{ value: '1' }]);
      });
    });

    it('refuses a store of another schema version', async () => {
      await onServer(async (q) => void (await q("UPDATE crosscheck_meta SET value = '999' WHERE name = 'schema'")));
      try {
        const err = await openPostgresStore(url).then(
          () => null,
          (e: Error) => e,
        );
        expect(err?.message).to.match(/schema version 999; this crosscheck reads version 1/);
      } finally {
        await onServer(async (q) => void (await q("UPDATE crosscheck_meta SET value = '1' WHERE name = 'schema'")));
      }
    });

    it('adds the id column of articles to a store made before it, keeping its rows', async () => {
      await onServer(async (q) => {
        await q('ALTER TABLE crosscheck_articles DROP COLUMN id');
        await q("INSERT INTO crosscheck_articles (path, key, blocks) VALUES ('old/a.txt', 'k', ARRAY['b'])");
      });
      const store = await openPostgresStore(url);
      try {
        expect(await store.articles()).to.deep.equal([{ path: 'old/a.txt', key: 'k', blocks: ['b'] }]);
        await store.putArticles([{ path: 'old/a.txt', key: 'k', blocks: ['b'], id: 'A' }]);
        expect(await store.articles()).to.deep.equal([{ path: 'old/a.txt', key: 'k', blocks: ['b'], id: 'A' }]);
      } finally {
        await store.close();
        await onServer(async (q) => void (await q("DELETE FROM crosscheck_articles WHERE path = 'old/a.txt'")));
      }
    });

    it('says where it lives without the password', async () => {
      const u = new URL(url);
      u.password = 'not-needed-with-trust';
      const store = await openPostgresStore(u.toString());
      try {
        expect(store.location).not.to.contain('not-needed');
        expect(store.location).to.contain(u.host);
      } finally {
        await store.close();
      }
    });
  });

  storeContract('postgres', () => openPostgresStore(url), {
    // Cut the last character of the stored JSON, behind the store's back.
    corrupt: (key) => onServer(async (q) => void (await q('UPDATE crosscheck_results SET payload = left(payload, -1) WHERE key = $1', [key]))),
    openElsewhere: () => openInChild(url),
  });
}
