/**
 * The index round trip both index specs walk, on a folder (./cli.spec.ts) and on a PostgreSQL
 * URL (./cli-pg.spec.ts): `index data/seeds --store <store>`, then `check <one seed> --against
 * <store>` must find what `check <one seed> --against data/seeds` finds.
 */
import { expect } from 'chai';
import { join } from 'node:path';
import { MANIFEST, SEEDS } from '../helpers.ts';
import { cliInProcess } from '../support/cli-in-process.ts';

/** The seed checked against the others. */
export const FRESH = join(SEEDS, '004_f06c583c02f324cf.txt');

/** `index data/seeds --manifest … --store <store>` twice: five analysed, then none. */
export async function indexSeeds(store: string, shown: RegExp | string = /.*/): Promise<void> {
  const indexed = await cliInProcess(['index', SEEDS, '--manifest', MANIFEST, '--store', store]);
  expect(indexed.status, indexed.stderr).to.equal(0);
  expect(indexed.stderr).to.equal('');
  expect(indexed.stdout).to.match(/^Indexed 5 articles in .* \(5 analysed, 0 already there\)\.\n$/);
  if (typeof shown === 'string') expect(indexed.stdout).to.include(` in ${shown} (`);
  // Indexed again: nothing to analyse.
  const again = await cliInProcess(['index', SEEDS, '--manifest', MANIFEST, '--store', store]);
  expect(again.status, again.stderr).to.equal(0);
  expect(again.stdout).to.match(/\(0 analysed, 5 already there\)/);
}

/**
 * `check FRESH --against <store>` gives the findings, articles (ids and paths) and exit code of
 * `check FRESH --against data/seeds`; a report with findings, so the equality says something.
 */
export async function expectFindingsOfFolder(store: string): Promise<void> {
  const args = ['--manifest', MANIFEST, '--format', 'json', '--fail-on', 'none', '--no-cache'];
  const full = await cliInProcess(['check', FRESH, '--against', SEEDS, ...args]);
  const fast = await cliInProcess(['check', FRESH, '--against', store, ...args]);
  expect(fast.status, fast.stderr).to.equal(full.status);
  const a = JSON.parse(full.stdout);
  const b = JSON.parse(fast.stdout);
  expect(b.findings.length).to.be.above(0);
  expect(b.findings).to.deep.equal(a.findings);
  expect(b.articles.map((x: { id: string; path: string }) => [x.id, x.path])).to.deep.equal(a.articles.map((x: { id: string; path: string }) => [x.id, x.path]));
  // The gate's exit code, too, as CI reads it.
  const gated = await cliInProcess(['check', FRESH, '--against', store, '--manifest', MANIFEST, '--format', 'json', '--no-cache']);
  const gatedFull = await cliInProcess(['check', FRESH, '--against', SEEDS, '--manifest', MANIFEST, '--format', 'json', '--no-cache']);
  expect(gated.status).to.equal(gatedFull.status);
}
