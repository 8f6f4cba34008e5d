import { expect } from 'chai';
import { readFileSync, truncateSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_FILE_BYTES } from '../../lib/load/read.ts';
import { cli, MANIFEST, ROOT, SEEDS, tempTree } from '../helpers.ts';
import { cliInProcess } from '../support/cli-in-process.ts';

/**
 * Usage errors, bad inputs, the table, --output, exit codes and one --help run the CLI in a
 * child process, as a user does. The other --help, the specs about a document's contents (and
 * the second of two runs compared byte for byte) call its `main` in this process: same bytes,
 * no Node start per run.
 */
describe('cli: commands, formats and exit codes', function () {
  this.timeout(60000);

  // Each command's help lists the options it uses, and only those (issue 17).
  const helps: [string, string[], string[]][] = [
    ['report', ['--manifest', '--format', '--output', '--force', '--review', '--fail-on', '--color'], ['--against', '--prune']],
    ['facts', ['--manifest', '--published', '--format', '--output', '--color'], ['--fail-on', '--review', '--against']],
    ['events', ['--manifest', '--published', '--format', '--output', '--color'], ['--fail-on', '--review', '--against']],
    ['check', ['--against', '--manifest', '--format', '--output', '--review', '--fail-on'], ['--prune']],
    ['review', ['--manifest', '--published', '--review', '--decide', '--prune', '--yes'], ['--format', '--output', '--fail-on', '--color', '--force']],
  ];
  for (const [command, shown, hidden] of helps) {
    it(`'${command} --help' describes the command and the options it uses, exit 0`, async () => {
      // One in a child process; the others in this one, where yargs prints the same help.
      const r = command === 'report' ? cli([command, '--help']) : await cliInProcess([command, '--help']);
      expect(r.status).to.equal(0);
      expect(r.stdout).to.include(`crosscheck ${command}`);
      for (const option of shown) expect(r.stdout, option).to.match(new RegExp(`${option}\\b`));
      for (const option of hidden) expect(r.stdout, option).not.to.match(new RegExp(`${option}\\b`));
    });
  }

  it('--version prints the version of package.json, exit 0', () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    for (const flag of ['--version', '-V']) {
      const r = cli([flag]);
      expect(r.status).to.equal(0);
      expect(r.stdout).to.equal(`${version}\n`);
    }
  });

  for (const [view, format] of [['facts', 'sarif'], ['facts', 'github'], ['facts', 'junit'], ['events', 'sarif']]) {
    it(`'${view} --format ${format}' says the format does not apply, exit 2, before reading`, async () => {
      const r = await cliInProcess([view, SEEDS, '--format', format]);
      expect(r.status).to.equal(2);
      expect(r.stdout).to.equal('');
      expect(r.stderr).to.equal(
        `crosscheck: --format ${format} does not apply to '${view}': it carries findings only, and '${view}' has none; use one of: table, json, markdown, html\n`,
      );
    });
  }

  it('an option the command does not use is accepted, as the contract promises, with a warning', async () => {
    const r = await cliInProcess(['facts', join(SEEDS, '000_26ba52da4331a6e7.txt'), '--fail-on', 'conflict', '--format', 'json']);
    expect(r.status).to.equal(0);
    expect(r.stderr).to.equal("crosscheck: warning: --fail-on does not apply to 'facts' and is ignored\n");
    expect(JSON.parse(r.stdout).articles).to.have.length(1);
  });

  it('prints a report table of the seeds and exits 0', () => {
    const r = cli(['report', SEEDS, '--manifest', MANIFEST]);
    expect(r.stderr).to.equal('');
    expect(r.status).to.equal(0);
    expect(r.stdout).to.match(/│ 000_26ba52da4331a6e7 +│ 2023-10-17/);
    expect(r.stdout).to.match(/^5 articles, \d+ facts, \d+ events?, \d+ findings?/m);
  });

  it('a usage error exits 2 with a hint', () => {
    const r = cli(['report', SEEDS, '--format', 'pdf']);
    expect(r.status).to.equal(2);
    expect(r.stderr).to.match(/unknown --format 'pdf'; use one of: table, json/);
    const none = cli([]);
    expect(none.status).to.equal(2);
    expect(none.stderr).to.include('Name a command');
    const date = cli(['report', SEEDS, '--published', '16/05/2024']);
    expect(date.status).to.equal(2);
    expect(date.stderr).to.include('YYYY-MM-DD');
  });

  it('names every bad input with its reason, exits 2, and still reports the good ones', () => {
    const t = tempTree({
      'good.txt': 'Two ships collided off the coast on Friday, the coast guard said.\n',
      'empty.txt': '',
      'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
      'latin1.txt': Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x2e]),
      'broken.json': '{"text": "unterminated',
      'notext.json': '{"title": "only a title"}',
      'empty-folder/readme.csv': 'a,b',
      'manifest-bad.json.txt': 'not used',
      'bad-manifest.js0n': '',
    });
    try {
      const huge = join(t.dir, 'huge.txt');
      writeFileSync(huge, 'x');
      truncateSync(huge, MAX_FILE_BYTES + 1);
      const badManifest = join(t.dir, 'meta.json.bak');
      writeFileSync(badManifest, '{"articles": [');
      const r = cli(['report', t.dir, join(t.dir, 'missing.txt'), join(t.dir, 'empty-folder'), '--manifest', badManifest, '--format', 'json']);
      expect(r.status).to.equal(2);
      const lines = r.stderr.trim().split('\n');
      const expectLine = (file: string, reason: RegExp) => {
        const line = lines.find((l) => l.includes(file));
        expect(line, `no error line for ${file} in:\n${r.stderr}`).to.be.a('string');
        expect(line).to.match(reason);
      };
      expectLine('empty.txt', /is empty/);
      expectLine('binary.txt', /binary/);
      expectLine('latin1.txt', /not valid UTF-8/);
      expectLine('huge.txt', /over the 8 MiB limit/);
      expectLine('broken.json', /not valid JSON/);
      expectLine('notext.json', /neither a "text" nor an "html"/);
      expectLine('missing.txt', /does not exist/);
      expectLine('empty-folder', /folder with no articles/);
      expectLine('meta.json.bak', /not a valid manifest/);
      // One line per problem, each naming the file first.
      for (const l of lines) expect(l).to.match(/^crosscheck: error: \S+: .+ \[[a-z-]+\/[a-z-]+\]$/);
      const doc = JSON.parse(r.stdout);
      expect(doc.articles.map((a: { id: string }) => a.id)).to.include('good');
      expect(doc.schemaVersion).to.equal(1);
    } finally {
      t.cleanup();
    }
  });

  it('writes --output atomically and prints nothing to stdout', () => {
    const t = tempTree();
    try {
      const out = join(t.dir, 'report.json');
      const r = cli(['report', SEEDS, '--manifest', MANIFEST, '--format', 'json', '--output', out]);
      expect(r.status).to.equal(0);
      expect(r.stdout).to.equal('');
      expect(existsSync(out)).to.equal(true);
      expect(JSON.parse(readFileSync(out, 'utf8')).articles).to.have.length(5);
    } finally {
      t.cleanup();
    }
  });

  it("'facts --format json' is contract JSON whose offsets point at the right text", async () => {
    const r = await cliInProcess(['facts', SEEDS, '--manifest', MANIFEST, '--format', 'json']);
    expect(r.status).to.equal(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).to.deep.equal(['schemaVersion', 'articles', 'facts']);
    expect(doc.facts.length).to.be.greaterThan(20);
    const texts = new Map<string, string>();
    for (const a of doc.articles) texts.set(a.id, readFileSync(a.path, 'utf8'));
    for (const f of doc.facts) {
      expect(f).to.include.keys('id', 'article', 'kind', 'text', 'start', 'end', 'value', 'event');
      expect(texts.get(f.article)!.slice(f.start, f.end), `${f.id} of ${f.article}`).to.equal(f.text);
    }
  });

  it("'events --format json' prints only the keys it concerns", async () => {
    const r = await cliInProcess(['events', SEEDS, '--format', 'json']);
    expect(r.status).to.equal(0);
    expect(Object.keys(JSON.parse(r.stdout))).to.deep.equal(['schemaVersion', 'articles', 'events']);
  });

  it('same inputs give the same bytes, whatever the order of the paths', async () => {
    const files = ['004_f06c583c02f324cf.txt', '000_26ba52da4331a6e7.txt', '002_c62f723491b130f0.txt'].map((f) => join(SEEDS, f));
    const a = cli(['report', ...files, '--format', 'json', '--manifest', MANIFEST]);
    const b = await cliInProcess(['report', ...[...files].reverse(), '--format', 'json', '--manifest', MANIFEST]);
    expect(a.status).to.equal(0);
    expect(a.stdout).to.equal(b.stdout);
  });
});
