/** The key of an article's analysis: it changes with whatever the analysis depends on, and only with that. */
import { expect } from 'chai';
import { join } from 'node:path';
import { loadArticles } from '../../lib/load/index.ts';
import { plan } from '../../lib/pipeline.ts';
import { codeVersion, resultKey, stableJson } from '../../lib/store/key.ts';
import type { ArticleTask } from '../../lib/pipeline.ts';
import { seedText, tempTree } from '../helpers.ts';

const CODE = 'a'.repeat(64);

/** The tasks of a plan over files, with or without a manifest. */
function tasksOf(files: Record<string, string>, options: { published?: string; manifest?: string } = {}): ArticleTask[] {
  const t = tempTree(files);
  try {
    const manifest = options.manifest === undefined ? undefined : join(t.dir, options.manifest);
    const paths = Object.keys(files).filter((f) => f !== options.manifest).map((f) => join(t.dir, f));
    return plan(loadArticles(paths, { published: options.published, manifest })).tasks;
  } finally {
    t.cleanup();
  }
}

describe('store: the result key', function () {
  this.timeout(60000);
  const text = seedText('001_9ff8455e145d4715.txt');
  const base = tasksOf({ 'a.txt': text }, { published: '2024-05-16' })[0];
  const keyOfTask = (t: ArticleTask, code = CODE) => resultKey(t, code);

  it('is 64 hex digits', () => {
    expect(keyOfTask(base)).to.match(/^[0-9a-f]{64}$/);
  });

  it('is the same for the same text under another file name or folder (ids are made from content)', () => {
    const other = tasksOf({ 'sub/zzz-renamed.txt': text }, { published: '2024-05-16' })[0];
    expect(keyOfTask(other)).to.equal(keyOfTask(base));
  });

  it('changes with the text, one character of it', () => {
    const edited = tasksOf({ 'a.txt': text.replace('.', '!') }, { published: '2024-05-16' })[0];
    expect(keyOfTask(edited)).to.not.equal(keyOfTask(base));
  });

  it('changes with the publication date and where it came from', () => {
    const other = tasksOf({ 'a.txt': text }, { published: '2024-05-17' })[0];
    const none = tasksOf({ 'a.txt': text })[0];
    expect(new Set([keyOfTask(base), keyOfTask(other), keyOfTask(none)]).size).to.equal(3);
  });

  it('changes with the metadata of a manifest (outlet, title)', () => {
    const manifest = (outlet: string) => JSON.stringify({ 'a.txt': { published: '2024-05-16', outlet, title: 'A title' } });
    const one = tasksOf({ 'a.txt': text, 'm.json': manifest('Wire one') }, { manifest: 'm.json' })[0];
    const two = tasksOf({ 'a.txt': text, 'm.json': manifest('Wire two') }, { manifest: 'm.json' })[0];
    expect(one.article.outlet).to.equal('Wire one');
    expect(keyOfTask(one)).to.not.equal(keyOfTask(two));
    expect(keyOfTask(one)).to.not.equal(keyOfTask(base));
  });

  it('changes with the chrome masked in the article', () => {
    const masked = { ...base, chrome: [{ start: 0, end: 5, rule: 'chrome/shared-line' }] };
    expect(keyOfTask(masked)).to.not.equal(keyOfTask(base));
  });

  it('changes with the code and lexicon version', () => {
    expect(keyOfTask(base, 'b'.repeat(64))).to.not.equal(keyOfTask(base));
  });

  it('does not depend on the order of the fields of the article', () => {
    const reordered = { ...base, article: Object.fromEntries(Object.entries(base.article).reverse()) as typeof base.article };
    expect(keyOfTask(reordered)).to.equal(keyOfTask(base));
    expect(stableJson({ b: 1, a: [{ d: undefined, c: null }] })).to.equal('{"a":[{"c":null}],"b":1}');
  });

  it('the code version is a digest of lib/ and data/ (and the runtime), computed once per process', () => {
    const first = codeVersion('node test');
    expect(first).to.match(/^[0-9a-f]{64}$/);
    const started = performance.now();
    expect(codeVersion('node test')).to.equal(first);
    expect(performance.now() - started).to.be.below(5);
  });
});
