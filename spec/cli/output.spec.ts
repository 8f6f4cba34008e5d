/**
 * `--output` as users met it (issue 17): a bad path is said before the analysis, naming the user's
 * path and not a temporary file; a link, a file's mode and a device survive the write; a report is
 * not written where the next run over the same inputs would read it as an article, unless --force.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { TEMP_MARK } from '../../lib/util/atomic.ts';
import { cli, tempTree } from '../helpers.ts';
import { cliInProcess } from '../support/cli-in-process.ts';

const ARTICLE = 'Two ships collided off the coast on Friday, the coast guard said.\n';

describe('cli: --output', function () {
  this.timeout(60000);
  let tree: ReturnType<typeof tempTree>;
  beforeEach(() => {
    tree = tempTree({ 'articles/a.txt': ARTICLE, 'articles/b.txt': ARTICLE.replace('Friday', 'Saturday') });
  });
  afterEach(() => tree.cleanup());
  const report = (...more: string[]) => ['report', 'articles', '--published', '2024-05-17', '--fail-on', 'none', '--format', 'json', ...more];

  const refused: [string, string, (dir: string) => void, RegExp][] = [
    ['a missing folder', 'out/report.json', () => undefined, /^crosscheck: --output out\/report\.json: the folder 'out' does not exist; create it first\n$/],
    ['a folder', 'out', (dir) => mkdirSync(join(dir, 'out')), /^crosscheck: --output out: is a folder; name a file \(in it or elsewhere\)\n$/],
    ['a path through a file', 'articles/a.txt/report.json', () => undefined, /^crosscheck: --output articles\/a\.txt\/report\.json: 'articles\/a\.txt' is not a folder\n$/],
    ['a report file inside an input folder', 'articles/report.json', () => undefined, /^crosscheck: --output articles\/report\.json: is inside the input folder 'articles', so the next run over it would read the report as an article; .*--force\n$/],
    ['an article inside an input folder', 'articles/a.txt', () => undefined, /^crosscheck: --output articles\/a\.txt: is inside the input folder 'articles', so the next run/],
  ];
  for (const [name, output, arrange, message] of refused) {
    it(`refuses ${name} before the analysis, exit 2, naming the user's path`, async () => {
      arrange(tree.dir);
      const r = await cliInProcess(report('--output', output), tree.dir);
      expect(r.status).to.equal(2);
      expect(r.stderr).to.match(message);
      expect(r.stderr).not.to.include(TEMP_MARK);
      expect(r.stdout).to.equal('');
      expect(readFileSync(join(tree.dir, 'articles', 'a.txt'), 'utf8')).to.equal(ARTICLE);
    });
  }

  it('refuses the review file and the manifest of the run, even with --force', async () => {
    writeFileSync(join(tree.dir, 'crosscheck.review.json'), '{"version": 1, "decisions": {}}');
    writeFileSync(join(tree.dir, 'meta.json'), '{"articles": []}');
    const review = await cliInProcess(report('-o', 'crosscheck.review.json', '--force'), tree.dir);
    expect(review.status).to.equal(2);
    expect(review.stderr).to.equal('crosscheck: --output crosscheck.review.json: is the review file of this run; write the report elsewhere\n');
    const manifest = await cliInProcess(report('-o', 'meta.json', '--manifest', 'meta.json', '--force'), tree.dir);
    expect(manifest.status).to.equal(2);
    expect(manifest.stderr).to.equal('crosscheck: --output meta.json: is the --manifest of this run; write the report elsewhere\n');
    expect(readFileSync(join(tree.dir, 'crosscheck.review.json'), 'utf8')).to.equal('{"version": 1, "decisions": {}}');
  });

  it('check refuses a report inside its --against folder too', async () => {
    writeFileSync(join(tree.dir, 'new.txt'), ARTICLE);
    const r = await cliInProcess(['check', 'new.txt', '--against', 'articles', '--published', '2024-05-17', '-o', 'articles/gate.md'], tree.dir);
    expect(r.status).to.equal(2);
    expect(r.stderr).to.match(/--output articles\/gate\.md: is inside the input folder 'articles'/);
    const self = await cliInProcess(['check', 'new.txt', '--against', 'articles', '--published', '2024-05-17', '-o', 'new.txt'], tree.dir);
    expect(self.status).to.equal(2);
    expect(self.stderr).to.match(/--output new\.txt: is one of the inputs, so the next run over it would read the report as an article/);
    expect(readFileSync(join(tree.dir, 'new.txt'), 'utf8')).to.equal(ARTICLE);
  });

  it('writes inside an input folder with --force, or with an ending no run reads; the next run skips the report it wrote, with a warning', async () => {
    const forced = await cliInProcess(report('--output', 'articles/report.json', '--force'), tree.dir);
    expect(forced.status, forced.stderr).to.equal(0);
    const md = await cliInProcess(['report', 'articles', '--published', '2024-05-17', '--fail-on', 'none', '--format', 'markdown', '-o', 'articles/report.md', '--force'], tree.dir);
    expect(md.status, md.stderr).to.equal(0);
    const sarif = await cliInProcess(['report', 'articles', '--published', '2024-05-17', '--fail-on', 'none', '--format', 'sarif', '--output', 'articles/report.sarif'], tree.dir);
    expect(sarif.status, sarif.stderr).to.equal(0);
    expect(readdirSync(join(tree.dir, 'articles')).sort()).to.deep.equal(['a.txt', 'b.txt', 'report.json', 'report.md', 'report.sarif']);
    const next = await cliInProcess(report(), tree.dir);
    expect(next.status, next.stderr).to.equal(0);
    expect(next.stderr).to.equal(
      'crosscheck: warning: articles/report.json: is a crosscheck report (json), not an article; skipped [input/own-report]\n' +
        'crosscheck: warning: articles/report.md: is a crosscheck report (markdown), not an article; skipped [input/own-report]\n',
    );
    expect(JSON.parse(next.stdout).articles.map((a: { id: string }) => a.id)).to.deep.equal(['a', 'b']);
  });

  it('writes through a link, keeps a 0600 mode, and reports both articles', async () => {
    mkdirSync(join(tree.dir, 'out'));
    writeFileSync(join(tree.dir, 'out', 'report.json'), 'old', { mode: 0o600 });
    symlinkSync(join('out', 'report.json'), join(tree.dir, 'latest.json'));
    const r = await cliInProcess(report('--output', 'latest.json'), tree.dir);
    expect(r.status, r.stderr).to.equal(0);
    expect(lstatSync(join(tree.dir, 'latest.json')).isSymbolicLink()).to.equal(true);
    const written = join(tree.dir, 'out', 'report.json');
    expect(statSync(written).mode & 0o777).to.equal(0o600);
    expect(JSON.parse(readFileSync(written, 'utf8')).articles.map((a: { id: string }) => a.id)).to.deep.equal(['a', 'b']);
    expect(readdirSync(join(tree.dir, 'out'))).to.deep.equal(['report.json']);
  });

  it('-o /dev/null is written in place, exit 0, in a child process as a user runs it', () => {
    const r = cli(report('-o', '/dev/null'), tree.dir);
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stdout).to.equal('');
    expect(statSync('/dev/null').isCharacterDevice()).to.equal(true);
  });
});
