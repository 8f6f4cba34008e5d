/**
 * Hostile inputs (issue 17): each once aborted or stalled the whole run. Now each costs one line
 * on stderr naming the file, the reason and an `input/…` rule, the run exits 2, and a good
 * article given beside them is still reported. The inputs are made here, each as small as still
 * broke the old code (a stack overflow, a string too long, minutes of Readability).
 * Each runs beside a good article in its own run of the CLI, so that each shows on the old code
 * the failure it had.
 */
import { expect } from 'chai';
import { join } from 'node:path';
import { cli, tempTree } from '../helpers.ts';

/** "a: &a [...]\nb: &b [*a, ...]": nine aliases a level, nine levels: 9^10 values once expanded. */
function aliasBomb(): string {
  const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  const names = 'abcdefghij';
  for (let i = 1; i < names.length; i++) lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(', ')}]`);
  lines.push('date: *j');
  return `---\n${lines.join('\n')}\n---\n\nA storm hit the coast on Tuesday, officials said.\n`;
}

/** `unit` repeated to `n` characters. */
const repeatTo = (unit: string, n: number): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** A hostile input: its file name and content, and the line expected for it. */
interface Case {
  name: string;
  file: string;
  content: () => string;
  rule: string;
  reason: RegExp;
  /** Further lines that name the file, by rule. */
  more?: Array<[rule: string, reason: RegExp]>;
}

const GOOD = 'Two ships collided off the coast on Friday, the coast guard said.\n';

const CASES: Case[] = [
  {
    name: 'a JSON array of 150,000 empty articles (a spread of their problems overflowed the stack)',
    file: 'empty-articles.json',
    content: () => JSON.stringify(Array.from({ length: 150_000 }, () => ({ text: '' }))),
    rule: 'input/too-many-articles',
    reason: /holds 150,000 articles, over the limit of 2,000 for one collection; only the first 2,000 are read/,
    // The limit's line is the first of the 20 listed, 19 articles follow it, then the count of the rest.
    more: [
      ['input/empty', /#1: has an empty "text"/],
      ['input/more-problems', /has 1,981 more parts that cannot be read \(1,981 input\/empty\)/],
    ],
  },
  {
    name: 'a .jsonl of 2,001 lines, one more than a collection may hold',
    file: 'long-feed.jsonl',
    content: () => '{"text": ""}\n'.repeat(2_001),
    rule: 'input/too-many-articles',
    reason: /holds 2,001 articles/,
  },
  {
    name: 'a YAML alias bomb as the front matter\'s date ("Invalid string length" while printing it)',
    file: 'alias-bomb.md',
    content: aliasBomb,
    rule: 'input/front-matter',
    reason: /has a YAML alias \(\*name\) in its front matter \(line \d+\); write the value out instead/,
  },
  {
    name: 'HTML nested 10,000 deep (a recursive walk overflowed the stack)',
    file: 'nested.html',
    content: () => `<html><body>${'<div>'.repeat(10_000)}<p>Deep text.</p>${'</div>'.repeat(10_000)}</body></html>`,
    rule: 'input/too-deep',
    reason: /nests HTML elements more than 1,000 deep/,
  },
  {
    name: '1.6 MB of "on Tuesday" with no sentence end (145,000 facts pushed by a spread)',
    file: 'tuesdays.txt',
    content: () => repeatTo('on Tuesday ', 1_600_000),
    rule: 'input/long-sentence',
    reason: /has a sentence of 1,[56]\d\d,\d{3} characters \(at offset 0\), over the limit of 20,000/,
  },
  {
    name: 'a run of capitalised words with no sentence end (seconds in place extraction)',
    file: 'capitals.txt',
    content: () => repeatTo('Alpha Bravo Charlie Delta Echo Foxtrot ', 100_000),
    rule: 'input/long-sentence',
    reason: /has a sentence of 100,000 characters/,
  },
  {
    name: '25,000 short sentences',
    file: 'sentences.txt',
    content: () => 'It rained on Tuesday. '.repeat(25_000),
    rule: 'input/too-many-sentences',
    reason: /has 25,000 sentences, over the limit of 20,000 for one article/,
  },
  {
    name: 'eight sentences of 1,500 dates each: every sentence within its limit, the facts over theirs',
    file: 'dates.txt',
    content: () => `${repeatTo('on Tuesday ', 16_500).trimEnd()}.\n\n`.repeat(8),
    rule: 'input/too-many-facts',
    reason: /gives \d{2},\d{3} facts, over the limit of 10,000 for one article/,
  },
  {
    name: 'one article of a JSON collection over the limit of one article file',
    file: 'huge-article.json',
    content: () => JSON.stringify({ text: repeatTo('Rain fell. ', 9 * 1024 * 1024) }),
    rule: 'input/too-large',
    reason: /has a "text" of 9(\.\d)? MiB, over the 8 MiB limit for one article/,
  },
];

describe('cli: one hostile input never aborts the run', function () {
  this.timeout(240_000);

  for (const c of CASES) {
    it(`${c.name}: one named line, exit 2, the good article still reported`, () => {
      const t = tempTree({ 'good.txt': GOOD, [c.file]: c.content() });
      try {
        const run = cli(['report', t.dir, '--format', 'json', '--fail-on', 'none']);
        const lines = run.stderr.trim().split('\n');
        const shown = run.stderr.slice(0, 2000);
        // Every line names a file, a reason and a rule, and none is huge: no bare engine error.
        for (const l of lines) expect(l, shown).to.match(/^crosscheck: error: \S+: .+ \[input\/[a-z-]+\]$/);
        for (const l of lines) expect(l.length, shown).to.be.below(400);
        expect(lines.length, shown).to.be.at.most(21);
        const about = (rule: string, reason: RegExp) => {
          const mine = lines.filter((l) => l.startsWith(`crosscheck: error: ${join(t.dir, c.file)}`) && l.endsWith(`[${rule}]`) && reason.test(l));
          expect(mine, `no ${rule} line matching ${reason} for ${c.file} in:\n${shown}`).to.have.length.above(0);
        };
        about(c.rule, c.reason);
        for (const [rule, reason] of c.more ?? []) about(rule, reason);
        expect(run.status, shown).to.equal(2);
        const doc = JSON.parse(run.stdout);
        expect(doc.articles.map((a: { id: string }) => a.id)).to.deep.equal(['good']);
        expect(doc.facts.some((f: { article: string; text: string }) => f.article === 'good' && f.text === 'on Friday')).to.equal(true);
      } finally {
        t.cleanup();
      }
    });
  }
});

describe('cli: deep HTML under the limit is read', function () {
  this.timeout(120_000);

  it('a page nested 600 deep gives its visible text (Readability skipped), with no problem', () => {
    const story = 'Two ships collided off the coast on Friday, the coast guard said. Nobody was hurt.';
    const t = tempTree({ 'deep.html': `<html><head><title>Ships</title></head><body>${'<div>'.repeat(600)}<p>${story}</p>${'</div>'.repeat(600)}</body></html>` });
    try {
      const r = cli(['facts', t.dir, '--format', 'json']);
      expect(r.stderr).to.equal('');
      expect(r.status).to.equal(0);
      const doc = JSON.parse(r.stdout);
      expect(doc.articles.map((a: { id: string }) => a.id)).to.deep.equal(['deep']);
      expect(doc.facts.some((f: { text: string }) => f.text === 'on Friday')).to.equal(true);
    } finally {
      t.cleanup();
    }
  });
});
