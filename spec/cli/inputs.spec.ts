/**
 * Inputs users met (issue 17): UTF-16 text, articles linked into a folder, a link loop, manifest
 * entries that match no input. Each case: the message, the exit code, and the other inputs still
 * reported.
 */
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { tempTree } from '../helpers.ts';
import { cliInProcess } from '../support/cli-in-process.ts';

const ARTICLE = 'Two ships collided off the coast on Friday, the coast guard said.\n';
const ids = (stdout: string) => (JSON.parse(stdout).articles as { id: string }[]).map((a) => a.id);

describe('cli: inputs', function () {
  this.timeout(60000);
  let tree: ReturnType<typeof tempTree>;
  beforeEach(() => {
    tree = tempTree({ 'articles/good.txt': ARTICLE, 'elsewhere/linked.txt': ARTICLE.replace('Friday', 'Saturday') });
  });
  afterEach(() => tree.cleanup());
  const facts = (...paths: string[]) => cliInProcess(['facts', ...paths, '--published', '2024-05-17', '--format', 'json'], tree.dir);

  it('reads UTF-16 with a BOM as text, with offsets into the text read', async () => {
    writeFileSync(join(tree.dir, 'articles', 'unicode.txt'), Buffer.from(`\uFEFF${ARTICLE.replace('Friday', 'Sunday')}`, 'utf16le'));
    const r = await facts('articles');
    expect(r.stderr).to.equal('');
    expect(r.status).to.equal(0);
    expect(ids(r.stdout)).to.deep.equal(['good', 'unicode']);
    const sunday = JSON.parse(r.stdout).facts.find((f: { article: string; text: string }) => f.article === 'unicode' && f.text.includes('Sunday'));
    expect(sunday, 'a time fact of the UTF-16 article').not.to.equal(undefined);
    expect(ARTICLE.replace('Friday', 'Sunday').slice(sunday.start, sunday.end)).to.equal(sunday.text);
  });

  it('names UTF-16 without a BOM, exit 2, and reports the others', async () => {
    writeFileSync(join(tree.dir, 'articles', 'nobom.txt'), Buffer.from(ARTICLE, 'utf16le'));
    const r = await facts('articles');
    expect(r.status).to.equal(2);
    expect(r.stderr).to.equal('crosscheck: error: articles/nobom.txt: looks like UTF-16 text without a byte-order mark; save it as UTF-8 (or as UTF-16 with a BOM) [input/encoding]\n');
    expect(ids(r.stdout)).to.deep.equal(['good']);
  });

  it('follows a link to an article in a folder, and reads a file reached twice once, with a warning', async () => {
    symlinkSync(join('..', 'elsewhere', 'linked.txt'), join(tree.dir, 'articles', 'linked.txt'));
    const r = await facts('articles');
    expect(r.stderr).to.equal('');
    expect(r.status).to.equal(0);
    expect(ids(r.stdout)).to.deep.equal(['good', 'linked']);
    const twice = await facts('articles', 'elsewhere');
    expect(twice.status).to.equal(0);
    expect(twice.stderr).to.equal("crosscheck: warning: elsewhere/linked.txt: is the same file as 'articles/linked.txt' (a link); read once [input/duplicate]\n");
    expect(ids(twice.stdout)).to.deep.equal(['good', 'linked']);
  });

  it('walks a linked folder once: a loop ends with a warning, exit unchanged', async () => {
    symlinkSync('..', join(tree.dir, 'articles', 'loop'));
    symlinkSync(join('..', 'elsewhere'), join(tree.dir, 'articles', 'more'));
    const r = await facts('articles');
    expect(r.status).to.equal(0);
    expect(r.stderr).to.match(/^crosscheck: warning: articles\/loop\/articles: leads through a link to the folder '.*articles', which is already read; not read again \[input\/link-loop\]\n/);
    // "loop" is the parent: its own "elsewhere" is read there, and the "more" link to it is then a repeat.
    expect(ids(r.stdout)).to.deep.equal(['good', 'linked']);
  });

  it('names a dangling link with an article name, exit 2, and reports the others', async () => {
    symlinkSync('gone.txt', join(tree.dir, 'articles', 'broken.txt'));
    const r = await facts('articles');
    expect(r.status).to.equal(2);
    expect(r.stderr).to.equal("crosscheck: error: articles/broken.txt: is a symbolic link to 'gone.txt', which does not exist [input/missing]\n");
    expect(ids(r.stdout)).to.deep.equal(['good']);
  });

  it('warns about manifest entries that match no input, naming them, and keeps the exit code', async () => {
    const manifest = { articles: [{ file: 'good.txt', published: '2024-05-17' }, { file: 'god.txt', published: '2024-05-17' }, { file: 'missing.md', published: '2024-05-16' }] };
    writeFileSync(join(tree.dir, 'manifest.json'), JSON.stringify(manifest));
    const r = await cliInProcess(['report', 'articles', '--manifest', 'manifest.json', '--format', 'json', '--fail-on', 'none'], tree.dir);
    expect(r.status).to.equal(0);
    expect(r.stderr).to.equal(
      'crosscheck: warning: manifest.json: 2 entries match no input file or article id, so its metadata is unused: god.txt, missing.md [input/manifest-unmatched]\n',
    );
    expect(JSON.parse(r.stdout).articles[0]).to.include({ id: 'good', published: '2024-05-17', publishedFrom: 'metadata' });
  });
});
