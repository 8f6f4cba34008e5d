/**
 * Site chrome learned across the inputs (issue 16). The pages of spec/fixtures/chrome/pages are
 * written for this spec: two invented outlets, each with its own navigation, date banner, trending
 * list and share bar, each reporting two invented events (a state visit and a landslide). Left in,
 * the chrome put all four pages in one event and the banner's day was read as the publication date.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { CHROME_RULE, outletOf, siteChrome } from '../../lib/clean/chrome.ts';
import { loadArticles } from '../../lib/load/index.ts';
import { analyze } from '../../lib/pipeline.ts';
import type { Article, Report } from '../../lib/types.ts';
import { ROOT } from '../helpers.ts';

const DIR = join(ROOT, 'spec', 'fixtures', 'chrome');
const PAGES = join(DIR, 'pages');

function article(id: string, text: string, over: Partial<Article> = {}): Article {
  return {
    id, path: `${id}.txt`, file: `${id}.txt`, format: 'txt', text, title: null, outlet: null, url: null,
    published: null, publishedFrom: 'unknown', publishedWhy: null, preMasked: [], ...over,
  };
}

/** Per article id, the masked lines' text. */
function maskedLines(articles: Article[]): Record<string, string[]> {
  const chrome = siteChrome(articles);
  const out: Record<string, string[]> = {};
  for (const a of articles) out[a.id] = (chrome.get(a.id) ?? []).map((m) => a.text.slice(m.start, m.end));
  return out;
}

const NAV = 'Home | World | Sport | Culture\nTrending\nMarkets slide as grain prices climb\n';
const NAV_OTHER = 'News | Politics | Money\nLatest headlines\nCouncil approves new bus lanes\n';

describe('clean: site chrome across inputs', () => {
  it('masks lines pages of one outlet share, and keeps their stories and other outlets lines', () => {
    const got = maskedLines([
      article('a', `${NAV}Bridge closed after crack found\nEngineers closed the old bridge on Monday.\n`, { outlet: 'Harbour Daily' }),
      article('b', `${NAV}Mayor opens new library\nThe mayor opened the library on Tuesday.\n`, { outlet: 'Harbour Daily' }),
      article('c', `${NAV_OTHER}Bridge shut as engineers find crack\nThe old bridge was closed on Monday.\n`, { outlet: 'Valley Post' }),
    ]);
    expect(got).to.deep.equal({
      a: ['Home | World | Sport | Culture', 'Trending', 'Markets slide as grain prices climb'],
      b: ['Home | World | Sport | Culture', 'Trending', 'Markets slide as grain prices climb'],
      c: [],
    });
  });

  it('masks lines shared by three inputs of unknown outlets, not by two', () => {
    const pages = ['Floods hit the north', 'Talks resume in the capital', 'New stadium opens'].map((head, i) => article(`p${i}`, `${NAV}${head}\nA story of its own, number ${i}, was told.\n`));
    expect(maskedLines(pages).p0).to.deep.equal(['Home | World | Sport | Culture', 'Trending', 'Markets slide as grain prices climb']);
    expect(maskedLines(pages.slice(0, 2)).p0).to.deep.equal([]);
  });

  it('keeps a headline that copies of one story share (a wire story three outlets print)', () => {
    const story = 'Engineers closed the old bridge on Monday after finding a deep crack in one of its piers, officials said.';
    const pages = ['Wire One', 'Wire Two', 'Wire Three'].map((outlet, i) => article(`w${i}`, `Bridge closed after crack found\n${story}\n`, { outlet }));
    expect(maskedLines(pages)).to.deep.equal({ w0: [], w1: [], w2: [] });
  });

  it('keeps one headline that three reports of a story share in their own words (not a block of chrome)', () => {
    const pages = ['The bridge was closed on Monday.', 'Engineers shut it after finding a crack.', 'Officials said it would stay shut.'].map((story, i) => article(`h${i}`, `Bridge closed after crack found\n${story}\n`));
    expect(maskedLines(pages)).to.deep.equal({ h0: [], h1: [], h2: [] });
  });

  it('never masks a sentence, however many inputs share it, nor the title', () => {
    const pages = [0, 1, 2].map((i) => article(`s${i}`, `Obituary ${i}\nHe was 75.\nA life in music, part ${i}, ended.\n`, { outlet: 'Same Paper', title: 'He died at home' }));
    pages.forEach((p) => (p.text += 'He died at home\n'));
    expect(maskedLines(pages)).to.deep.equal({ s0: [], s1: [], s2: [] });
  });

  it('masks a date line as chrome among pages of one outlet only', () => {
    const text = (i: number) => `Friday, 14 June 2024\nStory ${i} headline\nA story of its own, number ${i}, was told.\n`;
    const unknown = [0, 1, 2].map((i) => article(`d${i}`, text(i)));
    expect(maskedLines(unknown).d0).to.deep.equal([]);
    const oneSite = [0, 1].map((i) => article(`d${i}`, text(i), { url: `https://www.harbour.example/news/${i}` }));
    expect(maskedLines(oneSite).d0).to.deep.equal(['Friday, 14 June 2024']);
  });

  it('gives the same masks whatever the order of the inputs', () => {
    const pages = readdirSync(PAGES).sort().map((f) => article(f, readFileSync(join(PAGES, f), 'utf8'), { outlet: f.split('-')[0] }));
    const forward = siteChrome(pages);
    const backward = siteChrome([...pages].reverse());
    for (const p of pages) expect(backward.get(p.id), p.id).to.deep.equal(forward.get(p.id));
    expect(forward.get('harbour-visit.txt')!.every((m) => m.rule === CHROME_RULE)).to.equal(true);
  });

  it('names the outlet from metadata, else from the URL host', () => {
    expect(outletOf(article('x', '', { outlet: ' Harbour Daily ' }))).to.equal('harbour daily');
    expect(outletOf(article('x', '', { url: 'https://www.harbour.example/world/2024/06/14/story' }))).to.equal('harbour.example');
    expect(outletOf(article('x', ''))).to.equal(null);
  });
});

describe('pipeline: pages of two outlets about two events', function () {
  this.timeout(60000);
  const run = (manifest: string): Report => analyze(loadArticles([PAGES], { manifest: join(DIR, manifest) })).report;
  const mainEvents = (report: Report) => Object.fromEntries(report.articles.map((a) => [a.id, a.events[0]]));

  for (const [name, manifest] of [
    ['with publication dates', 'manifest-dated.json'],
    ['with publication dates removed', 'manifest-outlets-only.json'],
  ]) {
    it(`groups them by event, not by outlet, ${name}`, () => {
      const report = run(manifest);
      expect(report.problems).to.deep.equal([]);
      const main = mainEvents(report);
      expect(main['harbour-visit'], 'the two reports of the visit').to.equal(main['valley-visit']);
      expect(main['harbour-landslide'], 'the two reports of the landslide').to.equal(main['valley-landslide']);
      expect(main['harbour-visit'], 'the visit and the landslide').not.to.equal(main['harbour-landslide']);
    });
  }

  it("dates an HTML page by its story's <time>, not the banner's, a caption's or a sidebar's", () => {
    const loaded = loadArticles([join(DIR, 'html', 'banner-and-caption.html')]);
    expect(loaded.articles.map((a) => [a.published, a.publishedWhy])).to.deep.equal([['2024-06-11', 'page metadata (first <time datetime> of the story)']]);
  });

  it('does not take the date banner for the publication date', () => {
    const report = run('manifest-outlets-only.json');
    for (const a of report.articles) expect(a.published, a.id).not.to.equal('2024-06-14');
  });
});
