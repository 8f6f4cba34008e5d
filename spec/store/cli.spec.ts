/**
 * The cache and the index from the command line: a cached run prints the very bytes of an
 * uncached one, and `check --against <index>` finds what `check --against <folder>` finds.
 */
import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { readdirSync, truncateSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { readEntry } from '../../lib/store/files.ts';
import { MAX_CANDIDATES } from '../../lib/store/subset.ts';
import type { ArticleMaterial, StoredResult } from '../../lib/types.ts';
import { MANIFEST, SEEDS, tempTree } from '../helpers.ts';
import { cliInProcess } from '../support/cli-in-process.ts';
import { expectFindingsOfFolder, indexSeeds } from './against.ts';

/** Every entry file of a store folder's results. */
function entries(dir: string): string[] {
  return readdirSync(join(dir, 'results'), { recursive: true })
    .map(String)
    .filter((n) => n.endsWith('.gz'))
    .map((n) => join(dir, 'results', n));
}

/** Writes an entry file as the file store does: the SHA-256 of the JSON on the first line, gzipped. */
function writeEntry(file: string, value: unknown): void {
  const json = JSON.stringify(value);
  writeFileSync(file, gzipSync(`${createHash('sha256').update(json).digest('hex')}\n${json}`));
}

describe('store: the cache and the index from the command line', function () {
  this.timeout(180000);
  let tree: ReturnType<typeof tempTree>;
  before(() => {
    tree = tempTree();
  });
  after(() => tree.cleanup());

  it('a cached second run prints the bytes of the first and of --no-cache, in every view', async () => {
    const cache = join(tree.dir, 'cache');
    const args = ['--manifest', MANIFEST, '--format', 'json', '--fail-on', 'none'];
    const cold = await cliInProcess(['report', SEEDS, ...args, '--cache', cache]);
    expect(cold.status, cold.stderr).to.equal(0);
    expect(cold.stderr).to.equal('');
    expect(entries(cache)).to.have.length(5);
    const warm = await cliInProcess(['report', SEEDS, ...args, '--cache', cache]);
    const none = await cliInProcess(['report', SEEDS, ...args, '--no-cache']);
    expect(warm.stdout).to.equal(cold.stdout);
    expect(none.stdout).to.equal(cold.stdout);
    expect(JSON.parse(cold.stdout).findings.length).to.be.above(0);
    for (const view of ['facts', 'events']) {
      const cached = await cliInProcess([view, SEEDS, '--manifest', MANIFEST, '--format', 'json', '--cache', cache]);
      const afresh = await cliInProcess([view, SEEDS, '--manifest', MANIFEST, '--format', 'json', '--no-cache']);
      expect(cached.stdout, view).to.equal(afresh.stdout);
    }
    // A damaged entry is analysed again, and the output does not change.
    const [first] = entries(cache);
    truncateSync(first, 10);
    const mended = await cliInProcess(['report', SEEDS, ...args, '--cache', cache]);
    expect(mended.stdout).to.equal(cold.stdout);
    expect(readFileSync(first).length).to.be.above(10);
  });

  it('a --cache that is a folder of something else is a usage error, exit 2', async () => {
    const r = await cliInProcess(['report', SEEDS, '--manifest', MANIFEST, '--format', 'json', '--cache', SEEDS]);
    expect(r.status).to.equal(2);
    expect(r.stderr).to.match(/--cache .*is a folder but not a crosscheck store/);
    expect(r.stdout).to.equal('');
  });

  it("'index' then 'check --against <index>' gives the findings of the full check that involve the new article", async () => {
    const store = join(tree.dir, 'index');
    await indexSeeds(store);
    await expectFindingsOfFolder(store);
  });

  it("'check --candidates <n>' joins n indexed articles, then those its groups bring, and finds what the whole index finds; its help gives the default", async () => {
    const store = join(tree.dir, 'index');
    const fresh = join(SEEDS, '004_f06c583c02f324cf.txt');
    const args = ['--manifest', MANIFEST, '--format', 'json', '--fail-on', 'none', '--no-cache'];
    const all = JSON.parse((await cliInProcess(['check', fresh, '--against', store, '--candidates', '0', ...args])).stdout);
    expect(all.articles).to.have.length(5);
    // One at first; the rounds that complete the new article's groups bring the rest of its story,
    // one more a round, and the grouping is that of the whole index (the corpus's term counts).
    const one = JSON.parse((await cliInProcess(['check', fresh, '--against', store, '--candidates', '1', ...args])).stdout);
    expect(one.articles.length).to.be.within(2, 5);
    expect(one.findings).to.deep.equal(all.findings);
    expect(one.events.filter((e: { articles: string[] }) => e.articles.includes('004_f06c583c02f324cf'))).to.deep.equal(
      all.events.filter((e: { articles: string[] }) => e.articles.includes('004_f06c583c02f324cf')),
    );
    const bad = await cliInProcess(['check', fresh, '--against', store, '--candidates', '-1', ...args]);
    expect(bad.status).to.equal(2);
    expect(bad.stderr).to.match(/--candidates must be a whole number/);
    const help = await cliInProcess(['check', '--help']);
    expect(help.stdout.replace(/\s+/g, ' ')).to.include(`default ${MAX_CANDIDATES}`);
  });

  it("'check --against <index>' makes again the material (claims, terms) another crosscheck kept in the index, and never reads it", async () => {
    const store = join(tree.dir, 'index-stale-claims');
    await indexSeeds(store);
    const kept = entries(store).map((file) => ({ file, entry: readEntry(file) as StoredResult }));
    const code = kept.flatMap(({ entry }) => ('rule' in entry || !entry.material?.code ? [] : [entry.material.code]));
    expect(code).to.have.length(5);
    // Claims that say nothing, as if an older crosscheck had made them: trusted, they would lose
    // the findings of the indexed articles.
    const emptied = (m: ArticleMaterial, code: string): ArticleMaterial => ({ ...m, code, claims: { ...m.claims, claims: '[]', own: 0, records: 0 } });
    for (const { file, entry } of kept) {
      if ('rule' in entry || !entry.material) continue;
      writeEntry(file, { ...entry, material: emptied(entry.material, 'older') });
    }
    await expectFindingsOfFolder(store);
    // The same claims marked as this code's would be read: the mark is what keeps them out.
    for (const { file, entry } of kept) {
      if ('rule' in entry || !entry.material) continue;
      writeEntry(file, { ...entry, material: emptied(entry.material, entry.material.code!) });
    }
    let failed = false;
    try {
      await expectFindingsOfFolder(store);
    } catch {
      failed = true;
    }
    expect(failed).to.equal(true);
  });

  it("'check --against <index>' with damaged entries in the index says so, and goes on without those articles", async () => {
    const store = join(tree.dir, 'index-damaged');
    await cliInProcess(['index', join(SEEDS, '000_26ba52da4331a6e7.txt'), join(SEEDS, '001_9ff8455e145d4715.txt'), '--manifest', MANIFEST, '--store', store]);
    for (const e of entries(store)) truncateSync(e, 3);
    const r = await cliInProcess(['check', join(SEEDS, '004_f06c583c02f324cf.txt'), '--against', store, '--manifest', MANIFEST, '--format', 'json', '--fail-on', 'none', '--no-cache']);
    expect(r.status).to.equal(0);
    expect(r.stderr).to.match(/the analyses of 2 indexed articles are missing or damaged \(.*000_26ba52da4331a6e7\.txt, .*001_9ff8455e145d4715\.txt\); they take no part/);
    expect(JSON.parse(r.stdout).articles).to.have.length(1);
  });

  it('a postgres:// store the tool cannot reach is a usage error naming the URL without its password, exit 2, for --store, --against and --cache', async () => {
    // Port 1 on the loopback: nothing listens there, the connection is refused at once.
    const url = 'postgres://me:s3cret@127.0.0.1:1/facts';
    const runs = {
      '--store': ['index', join(SEEDS, '000_26ba52da4331a6e7.txt'), '--store', url],
      '--against': ['check', join(SEEDS, '004_f06c583c02f324cf.txt'), '--against', url, '--no-cache'],
      '--cache': ['report', join(SEEDS, '000_26ba52da4331a6e7.txt'), '--cache', url.replace('postgres:', 'postgresql:')],
    };
    for (const [option, args] of Object.entries(runs)) {
      const r = await cliInProcess(args);
      expect(r.status, option).to.equal(2);
      expect(r.stderr, option).to.match(new RegExp(`^crosscheck: ${option} cannot open the PostgreSQL store at postgres(ql)?://me@127\\.0\\.0\\.1:1/facts: `));
      expect(r.stderr + r.stdout, option).not.to.contain('s3cret');
      expect(r.stdout, option).to.equal('');
    }
  });

  it("'check --against' an index and other paths at once is a usage error, exit 2", async () => {
    const store = join(tree.dir, 'index-of-one');
    await cliInProcess(['index', join(SEEDS, '000_26ba52da4331a6e7.txt'), '--store', store]);
    const r = await cliInProcess(['check', join(SEEDS, '004_f06c583c02f324cf.txt'), '--against', store, SEEDS, '--no-cache']);
    expect(r.status).to.equal(2);
    expect(r.stderr).to.match(/is an index: name it alone/);
  });
});
