import { expect } from 'chai';
import { join } from 'node:path';
import { loadHtml } from '../../lib/load/html.ts';
import { loadArticles } from '../../lib/load/index.ts';
import { loadJson, loadJsonLines } from '../../lib/load/json.ts';
import { parseManifest } from '../../lib/load/manifest.ts';
import { loadMarkdown } from '../../lib/load/markdown.ts';
import type { Article, InputProblem } from '../../lib/types.ts';
import { MANIFEST, SEEDS, tempTree } from '../helpers.ts';

function article(a: Article | InputProblem): Article {
  if ('rule' in a) throw new Error(`expected an article, got problem ${a.rule}: ${a.reason}`);
  return a;
}

const PAGE = `<!doctype html><html><head>
<title>Storm hits coast | Example News</title>
<meta property="og:title" content="Storm hits coast">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2021-08-29T22:15:00-05:00">
<link rel="canonical" href="https://news.example/storm">
<script>var tracking = "nothing to see";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Storm hits coast</h1>
<p>The storm made landfall on Sunday near the port, officials said. Thousands of homes lost power as the wind reached 150 miles per hour.</p>
<p>Emergency crews worked through the night to clear roads. The governor said the state would ask for federal aid on Monday, and schools would stay closed for the week.</p>
<p>Residents who had left before the storm were told not to return until the roads were safe, and the airport cancelled all of its flights.</p>
</article>
<footer>Copyright 2021 Example News. All rights reserved.</footer>
</body></html>`;

describe('load: every input kind of the contract', () => {
  it('reads an HTML page: body through readability, metadata from the head, no script or navigation', () => {
    const a = article(loadHtml('storm.html', PAGE));
    expect(a.id).to.equal('storm');
    expect(a.format).to.equal('html');
    expect(a.title).to.equal('Storm hits coast');
    expect(a.outlet).to.equal('Example News');
    expect(a.url).to.equal('https://news.example/storm');
    // "2021-08-29T22:15:00-05:00" is the publisher's own date: no shift to the next UTC day.
    expect(a.published).to.equal('2021-08-29');
    expect(a.publishedFrom).to.equal('metadata');
    expect(a.text).to.include('The storm made landfall on Sunday near the port, officials said.');
    expect(a.text).to.include('\n\nEmergency crews worked');
    expect(a.text).not.to.include('tracking');
    expect(a.text).not.to.include('Home');
  });

  it('reads a short HTML page that readability declines, from its visible text', () => {
    const a = article(loadHtml('short.html', '<html><body><p>Two ships collided on Friday.</p></body></html>'));
    expect(a.text).to.equal('Two ships collided on Friday.');
    expect(a.published).to.equal(null);
  });

  it('refuses an HTML page with no text', () => {
    const p = loadHtml('blank.html', '<html><head><script>x()</script></head><body>  </body></html>');
    expect(p).to.have.property('rule', 'input/no-text');
  });

  it('reads markdown front matter and masks it', () => {
    const text = '---\ntitle: Quake\ndate: 2014-08-24\noutlet: Wire\n---\nA 6.0-magnitude earthquake struck on Sunday.\n';
    const a = article(loadMarkdown('quake.md', text));
    expect(a).to.include({ title: 'Quake', outlet: 'Wire', published: '2014-08-24', publishedFrom: 'metadata' });
    expect(a.text).to.equal(text);
    expect(a.preMasked).to.deep.equal([{ start: 0, end: text.indexOf('A 6.0') }]);
  });

  it('reads markdown without front matter as plain text', () => {
    const a = article(loadMarkdown('plain.md', '# Heading\n\nBody text.'));
    expect(a.preMasked).to.deep.equal([]);
    expect(a.title).to.equal(null);
  });

  const badMarkdown: [string, string, string][] = [
    ['malformed YAML', '---\ntitle: [unclosed\n---\nBody.', 'input/front-matter'],
    ['a list as front matter', '---\n- a\n- b\n---\nBody.', 'input/front-matter'],
    ['a date that is not one', '---\ndate: next week\n---\nBody.', 'input/bad-date'],
    ['front matter and no body', '---\ntitle: Only\n---\n\n', 'input/empty'],
  ];
  for (const [name, text, rule] of badMarkdown) {
    it(`refuses markdown with ${name}`, () => {
      expect(loadMarkdown('bad.md', text)).to.have.property('rule', rule);
    });
  }

  it('reads a JSON article, an array, and JSON lines, with ids', () => {
    const one = loadJson('one.json', JSON.stringify({ id: 'a1', text: 'Flood on Monday.', published: '2020-01-02', outlet: 'X' }));
    expect(one.problems).to.deep.equal([]);
    expect(one.articles[0]).to.include({ id: 'a1', text: 'Flood on Monday.', published: '2020-01-02', outlet: 'X', format: 'json' });
    const many = loadJson('many.json', JSON.stringify([{ text: 'First.' }, { html: '<p>Second <b>one</b>.</p>' }]));
    expect(many.articles.map((a) => [a.id, a.text, a.path])).to.deep.equal([
      ['many-1', 'First.', 'many.json#1'],
      ['many-2', 'Second one.', 'many.json#2'],
    ]);
    const lines = loadJsonLines('feed.jsonl', '{"id":"x","text":"One."}\n\n{"text":"Two."}\n');
    expect(lines.articles.map((a) => a.id)).to.deep.equal(['x', 'feed-3']);
  });

  const badJson: [string, string, string, string][] = [
    ['broken JSON', '{"text": "abc"', 'input/json', 'b.json'],
    ['an object without text', '{"title": "t"}', 'input/json-article', 'b.json'],
    ['an empty text', '{"text": "  "}', 'input/empty', 'b.json'],
    ['a bad date', '{"text": "a", "published": "yesterday"}', 'input/bad-date', 'b.json'],
    ['a number', '42', 'input/json-article', 'b.json'],
    ['an empty array', '[]', 'input/empty', 'b.json'],
  ];
  for (const [name, text, rule, path] of badJson) {
    it(`refuses JSON with ${name}`, () => {
      const r = loadJson('b.json', text);
      expect(r.articles).to.deep.equal([]);
      expect(r.problems).to.have.length(1);
      expect(r.problems[0]).to.include({ rule, path });
    });
  }

  it('keeps the good lines of a JSON lines file and names the bad line', () => {
    const r = loadJsonLines('f.jsonl', '{"text":"ok"}\n{oops}\n{"text":"fine"}\n');
    expect(r.articles.map((a) => a.text)).to.deep.equal(['ok', 'fine']);
    expect(r.problems.map((p) => [p.path, p.rule])).to.deep.equal([['f.jsonl#2', 'input/json']]);
  });

  it('parses the seeds manifest and applies it by file name', () => {
    const loaded = loadArticles([SEEDS], { manifest: MANIFEST });
    expect(loaded.problems).to.deep.equal([]);
    expect(loaded.articles.map((a) => [a.id, a.published, a.publishedFrom])).to.deep.equal([
      ['000_26ba52da4331a6e7', '2023-10-17', 'metadata'],
      ['001_9ff8455e145d4715', '2024-05-16', 'metadata'],
      ['002_c62f723491b130f0', '2024-03-19', 'metadata'],
      ['003_3a7575a8856c8f9d', '2024-05-16', 'metadata'],
      ['004_f06c583c02f324cf', '2023-10-17', 'metadata'],
    ]);
    expect(loaded.articles[2].outlet).to.equal('Newsweek');
  });

  it('loads the seeds without a manifest: no dates, and manifest.json is not taken for an article', () => {
    const loaded = loadArticles([SEEDS]);
    expect(loaded.problems).to.deep.equal([]);
    expect(loaded.articles).to.have.length(5);
    expect(loaded.articles.every((a) => a.published === null && a.publishedFrom === 'unknown')).to.equal(true);
  });

  const badManifests: [string, string, string][] = [
    ['not JSON', '{articles: [', 'manifest/json'],
    ['a string', '"x"', 'manifest/shape'],
    ['an entry without a file', '{"articles": [{"published": "2020-01-01"}]}', 'manifest/entry'],
    ['a bad date', '{"articles": [{"file": "a.txt", "published": "soon"}]}', 'manifest/bad-date'],
  ];
  for (const [name, text, rule] of badManifests) {
    it(`names a manifest that is ${name}`, () => {
      const r = parseManifest('m.json', text);
      expect(r.problems).to.have.length(1);
      expect(r.problems[0].rule).to.equal(rule);
      expect(r.problems[0].path).to.match(/^m\.json/);
    });
  }

  it('applies --published only to articles with no date, and refuses a bad --published', () => {
    const t = tempTree({ 'a.md': '---\ndate: 2001-02-03\n---\nText a.', 'b.txt': 'Text b.' });
    try {
      const loaded = loadArticles([t.dir], { published: '2010-10-10' });
      expect(loaded.articles.map((a) => [a.id, a.published, a.publishedWhy])).to.deep.equal([
        ['a', '2001-02-03', "front matter 'date'"],
        ['b', '2010-10-10', '--published'],
      ]);
      expect(() => loadArticles([t.dir], { published: '2010-13-01' })).to.throw(/YYYY-MM-DD/);
    } finally {
      t.cleanup();
    }
  });

  it('gives two files of the same name distinct, stable ids whatever the argument order', () => {
    const t = tempTree({ 'x/story.txt': 'One.', 'y/story.txt': 'Two.' });
    try {
      const a = loadArticles([join(t.dir, 'x'), join(t.dir, 'y')]).articles.map((x) => [x.id, x.text]);
      const b = loadArticles([join(t.dir, 'y'), join(t.dir, 'x')]).articles.map((x) => [x.id, x.text]);
      expect(a).to.deep.equal([['story', 'One.'], ['story~2', 'Two.']]);
      expect(b).to.deep.equal(a);
    } finally {
      t.cleanup();
    }
  });
});
