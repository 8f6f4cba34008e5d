import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { clean } from '../../lib/clean/index.ts';
import { segment } from '../../lib/segment/index.ts';
import type { Article, Range } from '../../lib/types.ts';
import { expectLinear, repeatTo } from '../support/linear.ts';

/** An article around `text`, as the loader would make it. */
function article(text: string, preMasked: Range[] = []): Article {
  return {
    id: 'a', path: 'a.txt', file: 'a.txt', format: 'txt', text, title: null, outlet: null, url: null,
    published: null, publishedFrom: 'unknown', publishedWhy: null, preMasked,
  };
}

/** What every cleaning must keep: same length, same line breaks, only spaces where masked. */
function expectValidBody(text: string, body: string): void {
  expect(body.length).to.equal(text.length);
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n' || body[i] === '\n') expect(body[i], `line break at ${i}`).to.equal(text[i]);
    else if (body[i] !== text[i]) expect(body[i], `masked character at ${i}`).to.equal(' ');
  }
}

const BEFORE = 'The council met on Monday.';
const AFTER = 'It approved the budget.';

/** Each line, set between two body sentences, is masked whole by the rule; the body stays. */
function masksLines(cases: Array<[line: string, rule: string]>): void {
  for (const [line, rule] of cases) {
    it(`masks ${JSON.stringify(line)} as ${rule}`, () => {
      const text = `${BEFORE}\n${line}\n${AFTER}`;
      const { body, masks } = clean(article(text));
      expectValidBody(text, body);
      const start = text.indexOf(line) + (line.length - line.trimStart().length);
      const end = text.indexOf(line) + line.trimEnd().length;
      expect(masks).to.deep.equal([{ start, end, rule }]);
      expect(body.split('\n')).to.deep.equal([BEFORE, ' '.repeat(line.length), AFTER]);
    });
  }
}

/** Each line is body text: nothing is masked. */
function keepsLines(lines: string[]): void {
  for (const line of lines) {
    it(`keeps ${JSON.stringify(line)}`, () => {
      const text = `${BEFORE}\n${line}\n${AFTER}`;
      const { body, masks } = clean(article(text));
      expect(masks).to.deep.equal([]);
      expect(body).to.equal(text);
    });
  }
}

describe('clean', () => {
  describe('masks web-page chrome, one line at a time', () => {
    masksLines([
      ['top of page', 'boilerplate/page-edge'],
      ['Bottom of Page', 'boilerplate/page-edge'],
      ['Skip to main content', 'boilerplate/page-edge'],
      ["  • Writer's pictureJane Q. Public", 'boilerplate/byline-picture'],
      ['Author’s photo', 'boilerplate/byline-picture'],
      ['0', 'boilerplate/counter'],
      ['14', 'boilerplate/counter'],
      ['1,204', 'boilerplate/counter'],
      ['0 views0 comments', 'boilerplate/counter'],
      ['12 views 3 comments 7 likes', 'boilerplate/counter'],
      ['5 Comments', 'boilerplate/counter'],
      ['Your support helps us to tell the story', 'boilerplate/donation-appeal'],
      ['Your donation allows us to keep sending journalists to the front line.', 'boilerplate/donation-appeal'],
      ['We believe quality journalism should be free, so we have no paywall: readers who can pay keep it open.', 'boilerplate/donation-appeal'],
      ['Support independent journalism', 'boilerplate/donation-appeal'],
      ['Donate now', 'boilerplate/donation-appeal'],
      ['Become a member', 'boilerplate/donation-appeal'],
      ['Leave a Reply', 'boilerplate/comment-form'],
      ['Leave a comment', 'boilerplate/comment-form'],
      ['Your email address will not be published. Required fields are marked *', 'boilerplate/comment-form'],
      ['Required fields are marked *', 'boilerplate/comment-form'],
      ['Join our commenting forum', 'boilerplate/comment-form'],
      ['Join thought-provoking conversations, follow other readers and see their replies', 'boilerplate/comment-form'],
      ['Comments', 'boilerplate/comment-form'],
      ['See also\u00a0Why did the two countries expel each other’s diplomats?', 'boilerplate/see-also'],
      ['Read also: The week in review', 'boilerplate/see-also'],
      ['Related: Markets slide as rates rise', 'boilerplate/see-also'],
      ['Related Articles', 'boilerplate/see-also'],
      ['Main photo source: Getty Images', 'boilerplate/photo-credit'],
      ['Photo: Jane Doe', 'boilerplate/photo-credit'],
      ['Contributor/Getty Images News/iStock', 'boilerplate/photo-credit'],
      ['Stringer/AFP', 'boilerplate/photo-credit'],
      ['(Photo by Jane Doe/Getty Images)', 'boilerplate/photo-credit'],
      ['(AP Photo/John Roe)', 'boilerplate/photo-credit'],
      ['Two leaders shake hands at the summitGetty Images', 'boilerplate/photo-credit'],
      ['Rescue workers search the rubble Getty Images', 'boilerplate/photo-credit'],
      ['Firefighters at the sceneReuters', 'boilerplate/photo-credit'],
      ['Image caption', 'boilerplate/photo-credit'],
      ['Image source, Getty Images', 'boilerplate/photo-credit'],
      ['Getty Images', 'boilerplate/photo-credit'],
      ['| 14 June 2024, Friday |', 'boilerplate/date-banner'],
      ['Rescuers search the rubble in the village on June 10, 2024. (Photo: Jan Novak/Valley Post)', 'boilerplate/captioned-credit'],
      ['The minister arrives at the summit on Monday [Image: Example Agency]', 'boilerplate/captioned-credit'],
      ['Flood water covers the main road. Photo: Jan Novak/Example Agency', 'boilerplate/captioned-credit'],
      ['Advertisement', 'boilerplate/advertisement'],
      ['Story continues below advertisement', 'boilerplate/advertisement'],
      ['Read more', 'boilerplate/read-more'],
      ['Read more: Ten charts that explain the election', 'boilerplate/read-more'],
      ['Click here to get the app', 'boilerplate/read-more'],
      ['Sign up for our free daily briefing', 'boilerplate/newsletter'],
      ['Get the morning newsletter delivered to your inbox', 'boilerplate/newsletter'],
      ['We use cookies to improve your browsing experience. By continuing you accept our privacy policy.', 'boilerplate/cookie-notice'],
      ['Share this article', 'boilerplate/share'],
      ['Facebook Twitter Email', 'boilerplate/share'],
      ['Follow us on Twitter and Instagram', 'boilerplate/follow-us'],
      ['Follow the author on X', 'boilerplate/follow-us'],
      ['Reporting by Jane Doe; Editing by John Roe', 'boilerplate/wire-credit'],
      ['Copyright © 2024 Example Media. All rights reserved.', 'boilerplate/copyright'],
      ['© 2023 Example News Group', 'boilerplate/copyright'],
    ]);
  });

  describe('keeps news sentences that share words with chrome', () => {
    keepsLines([
      "The company said it would support the journalists' union.",
      'See the full list of winners below.',
      'Comments by the minister drew criticism.',
      'The minister declined to comment.',
      'Our reporters found that donations to the campaign rose sharply.',
      'Readers can subscribe to the theory, but the data says otherwise.',
      'The photo agency Getty Images said it would appeal the ruling.',
      'Photos show the entire building going up in flames.',
      'Follow the money, investigators said.',
      'Reporting by the newspaper showed that the contract was never signed.',
      'Copyright law is changing across the region.',
      'The bakery sold 14 dozen cookies on Friday.',
      'Share prices fell 14 percent.',
      'The top of the page was torn.',
      'He said the leak was a story of its own and that reporters should read more carefully.',
      'Related charges were dropped last year.',
      'Reuters reported on Tuesday that talks had stalled.',
      'The vote on 14 June 2024 | 15 June 2024 was split.',
      'The photo (taken by a tourist) went around the world.',
      'He showed the photo: a crack running down the old pier.',
    ]);
  });

  it('masks only the boilerplate sentence of a line a body sentence is glued to', () => {
    // "…all the difference.The ministers…": the page lost the line break between the two.
    const text = 'Your support makes all the difference.The ministers arrived on Tuesday for talks.';
    const { body, masks } = clean(article(text));
    expectValidBody(text, body);
    const end = 'Your support makes all the difference.'.length;
    expect(masks).to.deep.equal([{ start: 0, end, rule: 'boilerplate/donation-appeal' }]);
    expect(body.slice(end)).to.equal('The ministers arrived on Tuesday for talks.');
  });

  it('masks a donation appeal of several lines, opener through closer, and nothing after', () => {
    const lines = [
      'Support independent journalism',
      'From local courts to national politics, we are there when the story breaks.',
      'At a time like this, we need reporters on the ground. Your donation keeps them there.',
      'Your support makes all the difference.',
      'The council approved the budget on Monday.',
      'Your support for the measure was noted, the mayor told residents.',
    ];
    const text = lines.join('\n');
    const { body, masks } = clean(article(text));
    expectValidBody(text, body);
    expect(masks).to.have.length(1);
    expect(masks[0]).to.deep.equal({ start: 0, end: text.indexOf('\nThe council'), rule: 'boilerplate/donation-appeal' });
    expect(body.split('\n').slice(4)).to.deep.equal(lines.slice(4));
  });

  it('masks a caption cut off with "…" before its credit line, keeping its complete first sentence', () => {
    const caption = 'Two ministers shake hands at a ceremony in the capital on March 1, 2021. They are likely to meet again in…';
    const text = `${BEFORE}\n\n${caption}\n\n\nJane Doe/Getty Images News\n\n${AFTER}`;
    const { body, masks } = clean(article(text));
    expectValidBody(text, body);
    const cut = text.indexOf('They are likely');
    expect(masks.map((m) => [text.slice(m.start, m.end), m.rule])).to.deep.equal([
      ['They are likely to meet again in…', 'boilerplate/truncated-caption'],
      ['Jane Doe/Getty Images News', 'boilerplate/photo-credit'],
    ]);
    expect(body.slice(text.indexOf(caption), cut).trim()).to.equal('Two ministers shake hands at a ceremony in the capital on March 1, 2021.');
  });

  it('keeps a line ending in "…" when no credit line follows', () => {
    const text = `A deepening friendship …\n\n${AFTER}`;
    expect(clean(article(text)).masks).to.deep.equal([]);
  });

  it('masks pre-masked front matter as input/front-matter, keeping its line breaks', () => {
    const front = '---\ntitle: A headline\n---\n';
    const text = `${front}${BEFORE}\nComments\n`;
    const { body, masks } = clean(article(text, [{ start: 0, end: front.length }]));
    expectValidBody(text, body);
    expect(masks).to.deep.equal([
      { start: 0, end: front.length, rule: 'input/front-matter' },
      { start: text.indexOf('Comments'), end: text.indexOf('Comments') + 8, rule: 'boilerplate/comment-form' },
    ]);
    expect(body).to.equal(`${front.replace(/[^\n]/g, ' ')}${BEFORE}\n        \n`);
  });

  it('keeps the length and the line breaks of CRLF text', () => {
    const text = `${BEFORE}\r\ntop of page\r\n${AFTER}\r\n`;
    const { body, masks } = clean(article(text));
    expectValidBody(text, body);
    expect(masks.map((m) => text.slice(m.start, m.end))).to.deep.equal(['top of page']);
  });

  describe('runs in linear time', function () {
    this.timeout(120_000);
    const M = 1 << 20;
    /** [name, unit repeated to the line's size, tail]: lines of M / 4 and M characters. */
    const hostile: Array<[string, string, string]> = [
      ['digits', '1', 'x'],
      ['digits and commas', '1,', 'x'],
      ['slash parts', 'Getty Images/', '.'],
      ['glued stops', 'ab.Cd', ''],
      ['glued exclamations', 'ab!Cd', ''],
      ['network names', 'facebook ', '.'],
      ['counters', '1 views', 'x'],
      ['spaces then a word', ' ', 'Comments!'],
      ['repeated appeal words', 'your support journalism we ', ''],
    ];
    for (const [name, unit, tail] of hostile) {
      it(`cleans a 1 MB line of ${name} in linear time`, () => {
        expectLinear(name, (n) => repeatTo(unit, n, tail), (line) => {
          const { body } = clean(article(line));
          expect(body.length).to.equal(line.length);
        }, { size: M / 4 });
      });
    }

    it('every pattern in data/boilerplate.json runs in linear time on 1 MB hostile lines', () => {
      const data = JSON.parse(readFileSync(new URL('../../data/boilerplate.json', import.meta.url), 'utf8')) as { rules: unknown[] };
      const sources: string[] = [];
      const collect = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(collect);
        else if (node && typeof node === 'object') {
          for (const [key, value] of Object.entries(node)) {
            if (key === 'pattern' && typeof value === 'string') sources.push(value);
            else if (key === 'all' && Array.isArray(value)) sources.push(...(value as string[]));
            else collect(value);
          }
        }
      };
      collect(data.rules);
      expect(sources.length).to.be.above(20);
      for (const source of sources) {
        const re = new RegExp(source, source.includes('\\p{') ? 'iu' : 'i');
        for (const [name, unit, tail] of hostile) expectLinear(`/${source}/ on ${name}`, (n) => repeatTo(unit, n, tail), (line) => re.test(line), { size: M / 4 });
      }
    });
  });

  it('names no person, place or event of the seed articles in its rules or code', () => {
    const files = ['../../data/boilerplate.json', '../../data/abbreviations.txt', '../../lib/clean/index.ts', '../../lib/segment/index.ts'];
    for (const file of files) {
      const text = readFileSync(new URL(file, import.meta.url), 'utf8');
      expect(text, file).not.to.match(/Putin|Xi Jinping|\bXi\b|Beijing|Kremlin|Belt and Road|Independent readers|Newsweek|Dahlia|Moscow|Harbin/);
    }
  });
});

describe('clean and segment on the seed articles', () => {
  const BOILERPLATE = [
    'top of page', "Writer's picture", '0 views0 comments', 'bottom of page', 'Your support helps us',
    'Your donation allows', 'The Independent is trusted', 'Join our commenting forum', 'Comments', 'See also',
    'Main photo source', 'Leave a Reply', 'Your email address', 'Getty Images', 'Your support makes all the difference',
  ];
  const seeds: Array<[file: string, bodyStarts: string[]]> = [
    ['000_26ba52da4331a6e7.txt', [
      'Vladimir Putin to meet Xi Jinping in Beijing: Five things to know',
      'Russian President Vladimir Putin has arrived in Beijing',
      'The two men last met in March in Moscow.',
      'In an interview with Chinese state media ahead of the latest visit',
    ]],
    ['003_3a7575a8856c8f9d.txt', [
      'Vladimir Putin in China. He met Xi Jinping',
      'Russian President Vladimir Putin began a two-day state visit to China on Thursday',
      'Putin was given full military honors in Beijing.',
      '“Expression of Unity”',
      'Since then, Moscow has become economically dependent on China',
    ]],
    ['004_f06c583c02f324cf.txt', [
      'Putin arrives in China on rare trip abroad',
      'Vladimir Putin arrived in Beijing on Tuesday',
      'The two-day visit is only his second known trip abroad',
      'Mr Xi met Mr Putin in March during a three-day trip to Moscow',
    ]],
  ];
  for (const [file, bodyStarts] of seeds) {
    it(`${file}: no sentence holds boilerplate, and the body sentences are all there`, () => {
      const text = readFileSync(new URL(`../../data/seeds/${file}`, import.meta.url), 'utf8').replace(/^\uFEFF/, '');
      const { body } = clean(article(text));
      expectValidBody(text, body);
      const sentences = segment(body).map((s) => body.slice(s.start, s.end));
      for (const junk of BOILERPLATE) {
        expect(sentences.filter((s) => s.includes(junk)), junk).to.deep.equal([]);
      }
      for (const start of bodyStarts) {
        expect(sentences.filter((s) => s.startsWith(start)), start).to.have.length(1);
      }
      // Most of each seed is body: no rule ran away with it.
      const kept = sentences.join(' ');
      expect(kept.length).to.be.above(text.length * 0.6);
    });
  }

  it('004: the appeal mask ends at "difference." and the glued body sentence starts right after', () => {
    const text = readFileSync(new URL('../../data/seeds/004_f06c583c02f324cf.txt', import.meta.url), 'utf8');
    const { body, masks } = clean(article(text));
    const appeal = masks.find((m) => m.rule === 'boilerplate/donation-appeal');
    expect(appeal).to.not.equal(undefined);
    expect(text.slice(appeal!.start, appeal!.end)).to.match(/^Your support helps us to tell the story\n[^]*Your support makes all the difference\.$/);
    expect(body.slice(appeal!.end).startsWith('Vladimir Putin arrived in Beijing on Tuesday')).to.equal(true);
    const titles = segment(body).filter((s) => s.heading).map((s) => body.slice(s.start, s.end));
    expect(titles).to.deep.equal([
      'Putin arrives in China on rare trip abroad to meet ‘dear friend’ Xi Jinping',
      'Putin is the chief guest of the Belt and Road Iniative forum in China',
    ]);
  });
});
