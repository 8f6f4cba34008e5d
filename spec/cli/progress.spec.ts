/** The progress bar of report/check: drawn on a terminal's stderr for long runs, never in a pipe or a log. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect } from 'chai';
import { BIN, cli, ensureBuilt, seedText, tempTree } from '../helpers.ts';

describe('cli: progress bar', function () {
  this.timeout(240_000);
  let tree: ReturnType<typeof tempTree>;
  before(() => {
    // The runs under `script` spawn the bin themselves.
    ensureBuilt();
    // 20 articles: the least that counts as a long run.
    const files: Record<string, string> = {};
    for (let i = 0; i < 20; i++) files[`a${String(i).padStart(2, '0')}.txt`] = seedText('001_9ff8455e145d4715.txt');
    tree = tempTree(files);
  });
  after(() => tree.cleanup());

  it('is not drawn when stderr is not a terminal', () => {
    const r = cli(['report', tree.dir, '--published', '2024-05-16', '--format', 'json', '--fail-on', 'none']);
    expect(r.status).to.equal(0);
    expect(r.stderr).to.equal('');
  });

  it('is drawn on a terminal and cleared at the end', function () {
    // util-linux `script` gives the child a terminal; without it there is nothing to test with.
    if (spawnSync('script', ['--version']).status !== 0) this.skip();
    const command = [process.execPath, BIN, 'report', tree.dir, '--published', '2024-05-16', '--format', 'json', '--output', join(tree.dir, 'out.json'), '--force', '--fail-on', 'none']
      .map((a) => `'${a.replace(/'/g, `'\\''`)}'`)
      .join(' ');
    const r = spawnSync('script', ['-qfec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stdout).to.match(/\rcrosscheck: \[#*-*\] \d+\/20 articles/);
    expect(r.stdout).to.include('\r\u001b[K');
  });

  it('is drawn for one slow file with the step under way, once the run has taken a while', function () {
    if (spawnSync('script', ['--version']).status !== 0) this.skip();
    const one = tempTree({ 'big.txt': seedText('001_9ff8455e145d4715.txt') });
    try {
      // --no-cache: the steps are those of an analysis, which a cached article (an earlier run's) skips.
      const command = [process.execPath, BIN, 'report', join(one.dir, 'big.txt'), '--published', '2024-05-16', '--format', 'json', '--output', join(one.dir, 'out.json'), '--fail-on', 'none', '--no-cache']
        .map((a) => `'${a.replace(/'/g, `'\\''`)}'`)
        .join(' ');
      // The wait before a line for few articles (2 s) set to none, so that a small file stands for a slow one.
      const r = spawnSync('script', ['-qfec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CROSSCHECK_PROGRESS_AFTER: '0' } });
      expect(r.status, r.stderr).to.equal(0);
      expect(r.stdout).to.match(/\rcrosscheck: \[-+\] 0\/1 articles, extracting its facts: \//);
      expect(r.stdout).to.match(/\rcrosscheck: \[#+\] 1\/1 articles, grouping events/);
      expect(r.stdout).to.include('\r\u001b[K');
      // Without the setting, this run of well under 2 s draws nothing.
      const quiet = spawnSync('script', ['-qfec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
      expect(quiet.stdout).not.to.include('crosscheck: [');
    } finally {
      one.cleanup();
    }
  });
});
