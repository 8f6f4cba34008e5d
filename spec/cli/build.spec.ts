/**
 * The bin runs the JavaScript built into dist/ (issue 18), which `npm ci` builds and `cli()` of
 * spec/helpers.ts rebuilds when lib/ is newer: here, that the bin starts from that build and
 * finds what it reads beside the code (package.json, data/, the review page's assets) from there.
 * No timing: the start's speed is measured by `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { BIN, cli, ensureBuilt, MANIFEST, ROOT, SEEDS } from '../helpers.ts';

describe('cli: the built code', function () {
  this.timeout(120_000);
  before(() => ensureBuilt());

  it('is in dist/, and the bin runs it without falling back to tsx (no note on stderr)', () => {
    expect(existsSync(join(ROOT, 'dist', 'cli.js'))).to.equal(true);
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    const r = cli(['--version']);
    expect(r.status).to.equal(0);
    expect(r.stdout).to.equal(`${version}\n`);
    expect(r.stderr).to.equal('');
  });

  it('--help exits 0 and lists the formats', () => {
    const r = cli(['report', '--help']);
    expect(r.status).to.equal(0);
    expect(r.stderr).to.equal('');
    expect(r.stdout).to.include('table, json, markdown, html, sarif, github, junit');
  });

  it('reads data/ from the build: the seeds give the same JSON as the sources run through tsx', () => {
    const args = ['report', SEEDS, '--manifest', MANIFEST, '--format', 'json', '--fail-on', 'none'];
    const built = cli(args);
    expect(built.status).to.equal(0);
    expect(built.stderr).to.equal('');
    const sources = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `const { main } = await import(${JSON.stringify(join(ROOT, 'lib', 'cli.ts'))}); await main(${JSON.stringify(args)});`], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(sources.status, sources.stderr).to.equal(0);
    expect(built.stdout).to.equal(sources.stdout);
  });

  it('points the package at the build: the bin imports dist/cli.js, and npm ci builds it (prepare)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.scripts.prepare).to.equal('npm run build');
    expect(readFileSync(BIN, 'utf8')).to.include("'../dist/cli.js'");
  });
});
