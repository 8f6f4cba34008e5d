/** The file store: the contract, and what only files can suffer (truncation, bit rot, another process). */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { isFileStore, openFileStore, STORE_MARKER } from '../../lib/store/files.ts';
import { tempTree } from '../helpers.ts';
import { TEMP_MARK } from '../../lib/util/atomic.ts';
import { keyOf, row, sampleResult, storeContract } from './contract.ts';
import { openInChild } from './store-process.ts';

const trees: ReturnType<typeof tempTree>[] = [];
after(() => {
  for (const t of trees.splice(0)) t.cleanup();
});
function fresh(): string {
  const t = tempTree();
  trees.push(t);
  return join(t.dir, 'store');
}

/** The folder the contract runs on: every case opens it again, as two runs of the tool would. */
const contractDir = fresh();
storeContract('files', async () => openFileStore(contractDir), {
  // Cut the entry file in half, behind the store's back: it no longer unzips.
  corrupt: async (key) => {
    const file = join(contractDir, 'results', key.slice(0, 2), `${key}.gz`);
    truncateSync(file, Math.floor(readFileSync(file).length / 2));
  },
  openElsewhere: () => openInChild(contractDir),
});

/** The one result file of a store holding one result. */
function resultFile(dir: string): string {
  const shard = readdirSync(join(dir, 'results'))[0];
  return join(dir, 'results', shard, readdirSync(join(dir, 'results', shard)).find((n) => n.endsWith('.gz'))!);
}

describe('file store', function () {
  this.timeout(60000);

  it('marks its folder, and refuses a folder of something else', () => {
    const dir = fresh();
    openFileStore(dir);
    expect(isFileStore(dir)).to.equal(true);
    expect(readFileSync(join(dir, STORE_MARKER), 'utf8')).to.include('crosscheck-store');
    const t = tempTree({ 'a.txt': 'An article.' });
    trees.push(t);
    expect(isFileStore(t.dir)).to.equal(false);
    expect(() => openFileStore(t.dir)).to.throw(/is a folder but not a crosscheck store/);
  });

  it('opens a folder that another process is making a store at the same moment (only its marker\'s temporary file there)', () => {
    const dir = fresh();
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `.${STORE_MARKER}${TEMP_MARK}4242.abcdef`), '');
    expect(() => openFileStore(dir)).not.to.throw();
    expect(isFileStore(dir)).to.equal(true);
    // Any other file still makes the folder something else's.
    const t = tempTree({ [`.${STORE_MARKER}.bak`]: 'x' });
    trees.push(t);
    expect(() => openFileStore(t.dir)).to.throw(/is a folder but not a crosscheck store/);
  });

  it('reads its records through a summary, and sees what another store wrote since, also into folders long unchanged', async function () {
    this.timeout(10000);
    const dir = fresh();
    const a = openFileStore(dir);
    const b = openFileStore(dir);
    await a.putArticles([row('s/1.txt', keyOf('s1'), ['s:x'], 'one', ['t~x', 't~one'])]);
    expect((await a.termCounts(['t~x'])).df.get('t~x')).to.equal(1);
    expect(readdirSync(dir)).to.include('articles-summary-2.gz');
    // Over a second later a read trusts the folders' times; a write by another store changes them.
    await new Promise((r) => setTimeout(r, 1100));
    expect(await a.candidates(['s:x'], 10)).to.deep.equal([keyOf('s1')]);
    await b.putArticles([row('s/2.txt', keyOf('s2'), ['s:x'], 'two', ['t~x'])]);
    expect((await a.termCounts(['t~x'])).df.get('t~x')).to.equal(2);
    expect(await a.candidates(['s:x'], 10)).to.deep.equal([keyOf('s1'), keyOf('s2')].sort());
    // A summary that no longer fits the records is not used: a replaced record counts as it is now.
    await b.putArticles([row('s/1.txt', keyOf('s1'), ['s:y'], 'one', ['t~one'])]);
    const c = openFileStore(dir);
    expect((await c.termCounts(['t~x', 't~one'])).df).to.deep.equal(new Map([['t~x', 1], ['t~one', 1]]));
    expect((await c.articles()).map((r) => r.blocks)).to.deep.equal([['s:y'], ['s:x']]);
  });

  it('takes a summary made while its folders were settled without a look at every record, and sees a record written since', async function () {
    this.timeout(10000);
    const dir = fresh();
    const summaryOf = () => JSON.parse(gunzipSync(readFileSync(join(dir, 'articles-summary-2.gz'))).toString('utf8').split('\n')[1]);
    await openFileStore(dir).putArticles([row('s/1.txt', keyOf('s1'), ['s:x', 'term:a'], 'one', ['t~x'])]);
    // Read at once: the folders have just changed, so the summary keeps no stamp of them.
    expect(await openFileStore(dir).candidates(['s:x'], 10)).to.deep.equal([keyOf('s1')]);
    expect(summaryOf().folders).to.equal(null);
    // Over a second later a reader finds it true and keeps the folders' stamp with it.
    await new Promise((r) => setTimeout(r, 1100));
    expect(await openFileStore(dir).candidates(['s:x'], 10)).to.deep.equal([keyOf('s1')]);
    const stamped = summaryOf();
    expect(stamped.folders).to.be.a('string');
    // Blocks are kept once, each record naming them by number.
    expect(stamped.blocks).to.deep.equal(['s:x', 'term:a']);
    expect(stamped.rows[0].blocks).to.deep.equal([0, 1]);
    // Another store's write (a rename into a record folder) changes the stamp: a new reader sees it.
    await openFileStore(dir).putArticles([row('s/2.txt', keyOf('s2'), ['s:x'], 'two', ['t~x'])]);
    const reader = openFileStore(dir);
    expect(await reader.candidates(['s:x'], 10)).to.deep.equal([keyOf('s1'), keyOf('s2')].sort());
    expect((await reader.termCounts(['t~x'])).df.get('t~x')).to.equal(2);
    // So does a removed record.
    const shard = readdirSync(join(dir, 'articles')).find((d) => readdirSync(join(dir, 'articles', d)).length > 0)!;
    const file = readdirSync(join(dir, 'articles', shard))[0];
    await new Promise((r) => setTimeout(r, 1100));
    await openFileStore(dir).articles();
    rmSync(join(dir, 'articles', shard, file));
    expect(await openFileStore(dir).articles()).to.have.length(1);
    // A summary of another format is made again from the records.
    const old = JSON.stringify({ fingerprint: summaryOf().fingerprint, rows: [], df: [], articles: 0, termless: 0 });
    writeFileSync(join(dir, 'articles-summary-2.gz'), gzipSync(`${createHash('sha256').update(old).digest('hex')}\n${old}`));
    expect(await openFileStore(dir).articles()).to.have.length(1);
    expect(summaryOf().format).to.equal(2);
  });

  it('reports a truncated entry missing, and a put writes it whole again', async () => {
    const dir = fresh();
    const store = openFileStore(dir);
    await store.putResults([{ key: keyOf('a'), result: sampleResult(1) }]);
    const file = resultFile(dir);
    truncateSync(file, Math.floor(readFileSync(file).length / 2));
    expect((await store.getResults([keyOf('a')])).size).to.equal(0);
    await store.putResults([{ key: keyOf('a'), result: sampleResult(1) }]);
    expect((await store.getResults([keyOf('a')])).get(keyOf('a'))).to.deep.equal(sampleResult(1));
  });

  it('reports an entry whose JSON no longer matches its checksum missing (a changed value, well zipped)', async () => {
    const dir = fresh();
    const store = openFileStore(dir);
    await store.putResults([{ key: keyOf('a'), result: sampleResult(1) }]);
    const file = resultFile(dir);
    const text = gunzipSync(readFileSync(file)).toString('utf8');
    writeFileSync(file, gzipSync(text.replace('"Wire"', '"Wira"')));
    expect((await store.getResults([keyOf('a')])).size).to.equal(0);
    // Garbage that is not gzip at all, and an empty file, alike.
    writeFileSync(file, 'not gzip');
    expect((await store.getResults([keyOf('a')])).size).to.equal(0);
    writeFileSync(file, '');
    expect((await store.getResults([keyOf('a')])).size).to.equal(0);
    await store.putResults([{ key: keyOf('a'), result: sampleResult(1) }]);
    expect((await store.getResults([keyOf('a')])).size).to.equal(1);
  });

  it('ignores keys that are not 64 hex digits rather than reading a path outside its folder', async () => {
    const store = openFileStore(fresh());
    expect((await store.getResults(['../../etc/passwd', 'ab'])).size).to.equal(0);
    let thrown: unknown;
    try {
      await store.putResults([{ key: '../x', result: sampleResult(1) }]);
    } catch (err) {
      thrown = err;
    }
    expect(String(thrown)).to.match(/not a result key/);
  });

  it('keeps every entry whole when two processes write the same keys and paths at once', async () => {
    const dir = fresh();
    openFileStore(dir);
    const n = 15;
    const writer = join(import.meta.dirname, 'writer.ts');
    const run = (tag: string) =>
      new Promise<number | null>((done) => {
        const child = spawn(process.execPath, ['--import', 'tsx', writer, dir, tag, String(n)], { stdio: 'inherit' });
        child.on('exit', (code) => done(code));
      });
    expect(await Promise.all([run('one'), run('two')])).to.deep.equal([0, 0]);
    const store = openFileStore(dir);
    const got = await store.getResults(Array.from({ length: n }, (_, i) => keyOf(`w${i}`)));
    expect(got.size).to.equal(n);
    for (let i = 0; i < n; i++) expect(got.get(keyOf(`w${i}`))).to.deep.equal(sampleResult(i));
    const rows = await store.articles();
    expect(rows.map((r) => r.path)).to.deep.equal(
      ['one', 'two']
        .flatMap((tag) => Array.from({ length: n }, (_, i) => `${tag}-${i}.txt`))
        .concat('shared.txt')
        .sort(),
    );
    // The record both wrote is one writer's whole record, not a mix.
    const shared = rows.find((r) => r.path === 'shared.txt')!;
    expect(shared.blocks).to.have.length(1);
    expect(['writer:one', 'writer:two']).to.include(shared.blocks[0]);
    for (const r of rows.filter((x) => x.path !== 'shared.txt')) expect(r.blocks[1]).to.equal(`writer:${r.path.split('-')[0]}`);
    // No temporary file is left behind.
    const leftovers = readdirSync(join(dir, 'results'), { recursive: true }).map(String).filter((n) => n.includes('crosscheck-tmp'));
    expect(leftovers).to.deep.equal([]);
  });
});
