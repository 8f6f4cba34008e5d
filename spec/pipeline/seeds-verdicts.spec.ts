/**
 * The example that defines the product, end to end through loadArticles and analyze: the seeds
 * with and without their manifest, and mutated copies of them.
 */
import { expect } from 'chai';
import { loadArticles } from '../../lib/load/index.ts';
import { analyze, prepare } from '../../lib/pipeline.ts';
import type { Article, Finding, Report } from '../../lib/types.ts';
import { MANIFEST, SEEDS } from '../helpers.ts';

const ID = {
  s000: '000_26ba52da4331a6e7',
  s001: '001_9ff8455e145d4715',
  s002: '002_c62f723491b130f0',
  s003: '003_3a7575a8856c8f9d',
  s004: '004_f06c583c02f324cf',
};

const withManifest = loadArticles([SEEDS], { manifest: MANIFEST });
const without = loadArticles([SEEDS]);

function mainEvent(r: Report, article: string): string {
  const a = r.articles.find((x) => x.id === article);
  expect(a, article).to.exist;
  expect(a!.events.length, `${article} has events`).to.be.above(0);
  return a!.events[0];
}

const event = (r: Report, id: string) => r.events.find((e) => e.id === id)!;
const claimOf = (f: Finding, article: string, pattern: RegExp) => f.claims.find((c) => c.article === article && pattern.test(c.text));

describe('seeds: events and verdicts with the manifest', function () {
  this.timeout(60000);
  let r: Report;
  before(() => {
    r = analyze(withManifest).report;
  });

  it('000 and 004 share a main event starting 2023-10-17', () => {
    const e = mainEvent(r, ID.s000);
    expect(mainEvent(r, ID.s004)).to.equal(e);
    expect(event(r, e).start).to.equal('2023-10-17');
  });

  it('001 and 003 share a main event starting 2024-05-16, another than that of 000 and 004', () => {
    const e = mainEvent(r, ID.s001);
    expect(mainEvent(r, ID.s003)).to.equal(e);
    expect(event(r, e).start).to.equal('2024-05-16');
    expect(e).to.not.equal(mainEvent(r, ID.s000));
  });

  it("004's arrival on Tuesday against 001's and 003's Thursday is different-events, naming both dates", () => {
    const f = r.findings.find((x) => x.verdict === 'different-events' && claimOf(x, ID.s004, /Tuesday/) && (claimOf(x, ID.s001, /Thursday/) || claimOf(x, ID.s003, /Thursday/)));
    expect(f, 'a different-events finding with 004 Tuesday and 001/003 Thursday').to.exist;
    expect(claimOf(f!, ID.s004, /Tuesday/)!.value).to.equal('2023-10-17');
    expect(f!.message).to.include('2023-10-17').and.include('2024-05-16');
    // Every claim's span holds its text.
    for (const c of f!.claims) expect(withManifest.articles.find((a) => a.id === c.article)!.text.slice(c.start, c.end)).to.equal(c.text);
  });

  it('the talks on Wednesday in 000 and 004 are an agreement on 2023-10-18', () => {
    const f = r.findings.find((x) => x.verdict === 'agreement' && claimOf(x, ID.s000, /Wednesday/) && claimOf(x, ID.s004, /Wednesday/));
    expect(f).to.exist;
    expect(f!.claims.map((c) => c.value)).to.deep.equal(['2023-10-18', '2023-10-18']);
  });

  it('the March 2023 meeting in 000, 004 and 002 ("March of last year") is one agreement on 2023-03', () => {
    const f = r.findings.find((x) => x.verdict === 'agreement' && claimOf(x, ID.s000, /March/) && claimOf(x, ID.s004, /March/) && claimOf(x, ID.s002, /March of last year/));
    expect(f).to.exist;
    expect(new Set(f!.claims.map((c) => c.value))).to.deep.equal(new Set(['2023-03']));
  });

  it('the forecast of 002 and the landing of 001 agree (a coarser and a finer value)', () => {
    const f = r.findings.find((x) => x.verdict === 'agreement' && x.claims.some((c) => c.article === ID.s002 && /May/.test(c.text)) && claimOf(x, ID.s001, /Thursday/));
    expect(f).to.exist;
  });

  it('Belousov is defence minister in 001 and 003: an agreement on his role', () => {
    const f = r.findings.find((x) => x.verdict === 'agreement' && x.slot.includes('Belousov'));
    expect(f).to.exist;
    expect(f!.claims.map((c) => c.article).sort()).to.deep.equal([ID.s001, ID.s003]);
  });

  it('finds no conflict among the seeds', () => {
    expect(r.findings.filter((f) => f.verdict === 'conflict').map((f) => f.message)).to.deep.equal([]);
  });

  it('gives every fact of an article an event it lists', () => {
    for (const f of r.facts) {
      const a = r.articles.find((x) => x.id === f.article)!;
      expect(f.event, f.id).to.be.a('string');
      expect(r.events.some((e) => e.id === f.event), f.id).to.equal(true);
      void a;
    }
  });

  it('takes no fact from the boilerplate of 000, 003 and 004 (the masked lines)', () => {
    for (const id of [ID.s000, ID.s003, ID.s004]) {
      const doc = prepare(withManifest.articles.find((a) => a.id === id)!);
      expect(doc.masks.length, `${id} has masked lines`).to.be.above(0);
      for (const f of r.facts.filter((x) => x.article === id)) {
        expect(doc.masks.some((m) => m.start < f.end && f.start < m.end), `${f.id} '${f.text}' in a masked line`).to.equal(false);
      }
    }
  });

  it('ids and bytes do not depend on the order of the inputs', () => {
    const reversed = analyze({ ...withManifest, articles: [...withManifest.articles].reverse() }).report;
    expect(JSON.stringify(reversed)).to.equal(JSON.stringify(r));
  });
});

describe('seeds: without the manifest', function () {
  this.timeout(60000);
  let r: Report;
  before(() => {
    r = analyze(without).report;
  });

  it('finds no conflict: where the text cannot separate two events, unresolved', () => {
    expect(r.findings.filter((f) => f.verdict === 'conflict').map((f) => f.message)).to.deep.equal([]);
  });

  it('never calls Tuesday against Thursday anything but unresolved or different-events', () => {
    const f = r.findings.filter((x) => claimOf(x, ID.s004, /Tuesday/) && (claimOf(x, ID.s001, /Thursday/) || claimOf(x, ID.s003, /Thursday/)));
    expect(f.length).to.be.above(0);
    for (const x of f) expect(x.verdict).to.be.oneOf(['unresolved', 'different-events']);
  });

  it('000 and 004 share a main event; 001 and 003 share another', () => {
    expect(mainEvent(r, ID.s000)).to.equal(mainEvent(r, ID.s004));
    expect(mainEvent(r, ID.s001)).to.equal(mainEvent(r, ID.s003));
    expect(mainEvent(r, ID.s001)).to.not.equal(mainEvent(r, ID.s004));
  });

  it('calls Tuesday against Thursday different events: the weekdays, the words, and Thursday is no day of the dated visit', () => {
    const f = r.findings.filter((x) => x.verdict === 'different-events' && claimOf(x, ID.s004, /Tuesday/));
    expect(f).to.have.length(1);
    expect(claimOf(f[0], ID.s001, /Thursday/), "001 Thursday").to.exist;
    expect(claimOf(f[0], ID.s003, /Thursday/), "003 Thursday").to.exist;
    // The two Thursday reports in the order of their contents, not of their file names (issue 17).
    expect(f[0].message).to.match(/Tuesday in 004_f06c583c02f324cf against Thursday in (001_9ff8455e145d4715, 003_3a7575a8856c8f9d|003_3a7575a8856c8f9d, 001_9ff8455e145d4715)\)/);
    // The date chain across articles: 002's dates, and 004's weekday among them.
    expect(f[0].message).to.include(`Thursday falls on no day of ${mainEvent(r, ID.s004)} (2023-10-17..2023-10-18, dated by 'October 17-18, 2023' in 002_c62f723491b130f0`);
    expect(f[0].message).to.include("on which 'on Tuesday' in 004_f06c583c02f324cf falls (2023-10-17)");
    // Below the 0.8 of two dated events: the Thursday visit itself has no date.
    expect(f[0].confidence).to.equal(0.7);
  });

  it('002, which tells the October visit as the last one, does not report it as its news', () => {
    expect(mainEvent(r, ID.s002)).to.not.equal(mainEvent(r, ID.s004));
    const a = r.articles.find((x) => x.id === ID.s002)!;
    // ... but its statement of that visit is linked to it, and dates it.
    expect(a.events).to.include(mainEvent(r, ID.s004));
    expect(event(r, mainEvent(r, ID.s004)).end).to.equal('2023-10-18');
  });

  it('leaves the main event of 001 and 003 undated: neither text states a date for it', () => {
    expect(event(r, mainEvent(r, ID.s001)).start).to.equal(null);
  });

  it('dates the main event of 000 and 004 from a statement of 002 ("October 17-18, 2023")', () => {
    expect(event(r, mainEvent(r, ID.s004)).start).to.equal('2023-10-17');
  });

  it('the talks on Wednesday in 000 and 004 agree, on the weekday alone', () => {
    const f = r.findings.find((x) => claimOf(x, ID.s000, /Wednesday/) && claimOf(x, ID.s004, /Wednesday/));
    expect(f?.verdict).to.equal('agreement');
    expect(f!.claims.map((c) => c.value)).to.deep.equal([null, null]);
  });

  it('the meeting "in March" of 000 and 004 and 002\'s "March of last year" in Moscow are one occasion of its own, and agree', () => {
    const f = r.findings.find((x) => claimOf(x, ID.s000, /March/) && claimOf(x, ID.s004, /March/));
    expect(f?.verdict).to.equal('agreement');
    // "went to Moscow for a state visit in March of last year": another verb, the same place and month.
    expect(claimOf(f!, ID.s002, /March of last year/), '002').to.exist;
    expect(f!.message).to.include('2022-03 or later in 002_c62f723491b130f0');
    const e = event(r, f!.claims[0].event!);
    expect(e.id).to.not.equal(mainEvent(r, ID.s000));
    expect(e.start).to.equal(null);
  });

  it('never puts the March meeting and the May forecast in one finding', () => {
    const mixed = r.findings.filter((x) => x.claims.some((c) => /March/.test(c.text)) && x.claims.some((c) => /May/.test(c.text)));
    expect(mixed.map((x) => x.message)).to.deep.equal([]);
  });

  it('keeps relative expressions unresolved, with their weekday, when no date allows them', () => {
    const tuesday = r.facts.find((f) => f.article === ID.s004 && f.kind === 'time' && f.text === 'on Tuesday');
    expect(tuesday).to.exist;
    expect(tuesday!.kind === 'time' && tuesday!.value).to.equal(null);
    expect(tuesday!.kind === 'time' && tuesday!.stated.weekday).to.equal(2);
  });
});

/** The seeds plus one copy of `base` with `from` replaced by `to` (its first occurrence after `after`). */
function withCopy(base: string, from: string, to: string | null, opts: { published?: boolean; after?: string } = {}): { report: Report; copy: Article; start: number } {
  const original = withManifest.articles.find((a) => a.id === base)!;
  const at = original.text.indexOf(from, opts.after ? original.text.indexOf(opts.after) : 0);
  expect(at, `${from} in ${base}`).to.be.above(-1);
  const text = to === null ? original.text : original.text.slice(0, at) + to + original.text.slice(at + from.length);
  const copy: Article = { ...original, id: `copy_${base}`, path: `${original.path}.copy`, text, ...(opts.published === false ? { published: null, publishedFrom: 'unknown', publishedWhy: null } : {}) };
  return { report: analyze({ ...withManifest, articles: [...withManifest.articles, copy] }).report, copy, start: at };
}

describe('seeds: a mutated copy yields exactly one new conflict', function () {
  this.timeout(120000);
  let before0: Finding[];
  before(() => {
    before0 = analyze(withManifest).report.findings.filter((f) => f.verdict === 'conflict');
  });

  const cases: Array<{ kind: string; base: string; from: string; to: string; after?: string; published?: boolean }> = [
    { kind: 'weekday', base: ID.s001, from: 'Thursday', to: 'Wednesday', after: 'early on' },
    { kind: 'weekday (no publication date for the copy)', base: ID.s001, from: 'Thursday', to: 'Wednesday', after: 'early on', published: false },
    { kind: 'number', base: ID.s004, from: '123', to: '124' },
    { kind: 'number with a qualifier', base: ID.s004, from: 'more than 40', to: 'more than 50' },
    { kind: 'money', base: ID.s002, from: '$240 billion', to: '$250 billion' },
    { kind: 'date', base: ID.s002, from: 'March 21, 2023', to: 'March 28, 2023' },
    { kind: 'month of a date', base: ID.s001, from: 'February 2022', to: 'April 2022' },
    { kind: 'age', base: ID.s001, from: '71', to: '72' },
    { kind: 'quote wording', base: ID.s003, from: 'not against anyone', to: 'not aimed against anyone' },
  ];
  for (const c of cases) {
    it(`${c.kind}: ${c.from} → ${c.to} in ${c.base.slice(0, 3)}`, () => {
      const { report, copy, start } = withCopy(c.base, c.from, c.to, { after: c.after, published: c.published });
      const conflicts = report.findings.filter((f) => f.verdict === 'conflict');
      expect(conflicts.length - before0.length, conflicts.map((f) => f.message).join('\n')).to.equal(1);
      const f = conflicts.find((x) => !before0.some((y) => y.id === x.id))!;
      const changed = f.claims.find((x) => x.article === copy.id);
      const original = f.claims.find((x) => x.article === c.base);
      expect(changed, 'a claim on the changed span').to.exist;
      expect(original, 'a claim on the original').to.exist;
      expect(changed!.start).to.be.at.most(start + c.to.length);
      expect(changed!.end).to.be.at.least(start);
      expect(copy.text.slice(changed!.start, changed!.end)).to.equal(changed!.text);
    });
  }

  for (const base of Object.values(ID)) {
    it(`an identical copy of ${base.slice(0, 3)} yields no conflict`, () => {
      const { report } = withCopy(base, ' ', null);
      expect(report.findings.filter((f) => f.verdict === 'conflict').map((f) => f.message)).to.deep.equal([]);
    });
  }

  it('a quote that differs only in punctuation is no conflict; one that differs in words shows a word diff', () => {
    const punct = withCopy(ID.s003, 'not against anyone,', 'not against anyone;').report;
    expect(punct.findings.filter((f) => f.verdict === 'conflict').map((f) => f.message)).to.deep.equal([]);
    const words = withCopy(ID.s003, 'not against anyone', 'not aimed against anyone').report;
    const f = words.findings.find((x) => x.verdict === 'conflict' && x.rule === 'judge/same-statement' && x.slot.startsWith('quote of'));
    expect(f).to.exist;
    // Which quotation the diff starts from follows the articles' contents, not their names (issue 17).
    expect(f!.message).to.match(/\[([+-])aimed \1\]/);
  });

  it('a conflict keeps its id when the changed value changes again; its evidence fingerprint does not', () => {
    const a = withCopy(ID.s004, '123', '124').report.findings.filter((f) => f.verdict === 'conflict');
    const b = withCopy(ID.s004, '123', '125').report.findings.filter((f) => f.verdict === 'conflict');
    expect(a.map((f) => f.id)).to.deep.equal(b.map((f) => f.id));
    expect(a[0].evidence).to.not.equal(b[0].evidence);
  });
});
