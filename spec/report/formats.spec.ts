/** Every format on synthetic reports: escaping, structure, levels, positions and agreement with the gate. */
import { expect } from 'chai';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { FailOn } from '../../lib/gate.ts';
import { formatters, type FormatOptions } from '../../lib/report/index.ts';
import { command, escapeData, escapeProperty } from '../../lib/report/github.ts';
import { escapeHtml, wordDiff } from '../../lib/report/html.ts';
import { xml } from '../../lib/report/junit.ts';
import { codeSpan } from '../../lib/report/markdown.ts';
import { LineIndex } from '../../lib/report/position.ts';
import { pathToUri } from '../../lib/report/sarif.ts';
import { applyReviews } from '../../lib/review/store.ts';
import type { Report } from '../../lib/types.ts';
import { sampleReport, SOURCES } from '../support/report-fixtures.ts';
import { sarifValidator } from '../support/sarif-schema.ts';

/** Options as the CLI passes them when printing to a file. */
function options(over: Partial<FormatOptions> = {}): FormatOptions {
  return { view: 'report', color: false, width: 120, sources: SOURCES, failOn: 'conflict', ...over };
}

const format = (name: string, report: Report, over: Partial<FormatOptions> = {}) => formatters[name](report, options(over));

/** The sample with c0ffee01 reviewed as its evidence stands and c0ffee04 reviewed before its evidence changed. */
function reviewed(): Report {
  return applyReviews(sampleReport(), {
    version: 1,
    decisions: {
      c0ffee01: { decision: 'confirmed-conflict', note: 'wire <says> Thursday', reviewer: 'ed', at: '2026-01-01T00:00:00.000Z', evidence: 'ev01' },
      c0ffee04: { decision: 'not-a-conflict', note: null, reviewer: null, at: '2026-01-01T00:00:00.000Z', evidence: 'stale' },
    },
  });
}

describe('report formats', () => {
  it('registers every format of the contract', () => {
    expect(Object.keys(formatters)).to.have.members(['table', 'json', 'markdown', 'html', 'sarif', 'github', 'junit']);
  });

  for (const name of ['table', 'json', 'markdown', 'html', 'sarif', 'github', 'junit']) {
    it(`${name}: same report, same bytes, whatever the order of findings and claims`, () => {
      const a = sampleReport();
      const b = { ...a, findings: [...a.findings].reverse() };
      expect(format(name, b)).to.equal(format(name, a));
    });
  }

  describe('position', () => {
    const cases: [string, number, number, number][] = [
      // text, offset, line, column
      ['ab\ncd', 0, 1, 1],
      ['ab\ncd', 3, 2, 1],
      ['ab\ncd', 4, 2, 2],
      ['ab\r\ncd', 4, 2, 1],
      ['ab\rcd', 3, 2, 1],
      ['a\n\nb', 3, 3, 1],
      ['😀x\ny', 2, 1, 3], // columns count UTF-16 code units, as SARIF's utf16CodeUnits
    ];
    for (const [text, offset, line, column] of cases) {
      it(`${JSON.stringify(text)} @${offset} → ${line}:${column}`, () => {
        expect(new LineIndex(text).at(offset)).to.deep.equal({ line, column });
      });
    }
  });

  describe('json', () => {
    it('carries each finding\'s decision, with changed', () => {
      const doc = JSON.parse(format('json', reviewed()));
      const byId = new Map(doc.findings.map((f: { id: string }) => [f.id, f]));
      expect((byId.get('c0ffee01') as { review: unknown }).review).to.include({ decision: 'confirmed-conflict', changed: false });
      expect((byId.get('c0ffee04') as { review: unknown }).review).to.include({ decision: 'not-a-conflict', changed: true });
      expect((byId.get('c0ffee02') as { review: unknown }).review).to.equal(null);
    });
  });

  describe('markdown', () => {
    it('escapes article text and shows decisions', () => {
      const md = format('markdown', reviewed());
      expect(md).to.include('\\<script\\>alert(1)\\</script\\>');
      expect(md).not.to.match(/[^\\]<script>/);
      expect(md).to.include('Review: **confirmed-conflict by ed**');
      expect(md).to.include('not-a-conflict (evidence changed since)');
    });

    const spans: [string, string][] = [
      ['2024-05-16', '`2024-05-16`'],
      ['a`b', '`` a`b ``'],
      ['``', '``` `` ```'],
    ];
    for (const [s, expected] of spans) it(`code span of ${JSON.stringify(s)}`, () => expect(codeSpan(s)).to.equal(expected));
  });

  describe('table', () => {
    it('groups by event, conflicts first, each claim as article: "span" → value', () => {
      const t = format('table', sampleReport(), { width: 200 });
      expect(t.indexOf('E1: Putin arrives in Beijing')).to.be.greaterThan(-1);
      // E1 and E2 both hold a conflict; groups of equal severity go by event id, no event last.
      expect(t.indexOf('E1: Putin')).to.be.lessThan(t.indexOf('E2: A hostile'));
      expect(t.indexOf('E2: A hostile')).to.be.lessThan(t.indexOf('Findings across events'));
      expect(t).to.include('alpha: "arrived in Beijing on Tuesday" → 2023-10-17');
    });

    it('colours only when asked', () => {
      expect(format('table', sampleReport())).not.to.include('\u001b[');
      expect(format('table', sampleReport(), { color: true })).to.include('\u001b[31mconflict');
    });

    it('never prints a control character from an article', () => {
      const r = sampleReport();
      r.findings[0] = { ...r.findings[0], message: 'evil \u001b[2J clear' };
      expect(format('table', r)).not.to.include('\u001b');
    });
  });

  describe('html', () => {
    const html = format('html', reviewed());

    it('contains neither an unescaped <script> nor "onerror= from an article', () => {
      expect(html).not.to.match(/<script/i);
      expect(html).not.to.include('"onerror=');
      expect(html).to.include('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(html).to.include('&quot;onerror=alert(2)');
      expect(html).to.include('Hostile &lt;b&gt;title&lt;/b&gt;');
    });

    it('is self-contained: inline CSS, no script, no external asset, a CSP that forbids loading', () => {
      expect(html).to.include('<style>');
      expect(html).not.to.match(/<(link|script|img|iframe|object|embed)\b/i);
      expect(html).not.to.match(/\b(src|href)\s*=/i);
      expect(html).not.to.match(/url\(/i);
      expect(html).to.include(`default-src 'none'`);
    });

    it('highlights each span in its sentence and word-diffs the values', () => {
      expect(html).to.include('President Vladimir Putin <mark>arrived in Beijing on Tuesday</mark> for talks.');
      expect(html).to.include('<del>arrived</del><ins>landed</ins> in Beijing on <del>Tuesday</del><ins>Thursday</ins>');
      expect(html).to.match(/<code><ins>2024<\/ins>-<ins>05<\/ins>-<ins>16<\/ins><\/code>/);
    });

    it('uses the sentences it is given', () => {
      // A sentence that ends with the span: the rest of the line is not shown.
      const sentence = { index: 1, paragraph: 1, heading: false, start: 20, end: 74 };
      const sources = SOURCES.map((s) => (s.id === 'alpha' ? { ...s, sentences: [sentence] } : s));
      const page = format('html', sampleReport(), { sources });
      expect(page).to.include('President Vladimir Putin <mark>arrived in Beijing on Tuesday</mark></blockquote>');
    });

    it('shows each decision', () => {
      expect(html).to.include('confirmed-conflict by ed — wire &lt;says&gt; Thursday');
      expect(html).to.include('class="review changed"');
    });

    it('escapes the five characters', () => {
      expect(escapeHtml(`<a href="x" title='y'>&</a>`)).to.equal('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
      expect(wordDiff('<b>', '<i>', 'both')).not.to.match(/<[bi]>/);
    });
  });

  describe('sarif', () => {
    const validate = sarifValidator();

    for (const [name, report] of [
      ['the sample', sampleReport()],
      ['the sample with decisions', reviewed()],
      ['an empty report with an input problem', { ...sampleReport(), findings: [], problems: [{ path: 'in/bad file.txt', rule: 'input/empty', reason: 'is empty (0 bytes)' }] }],
    ] as [string, Report][]) {
      it(`validates against the SARIF 2.1.0 schema: ${name}`, () => {
        const log = JSON.parse(format('sarif', report));
        const ok = validate(log);
        expect(ok, JSON.stringify(validate.errors, null, 2)).to.equal(true);
      });
    }

    it('one result per finding: rule, level by verdict, fingerprint, locations from offsets', () => {
      const run = JSON.parse(format('sarif', reviewed())).runs[0];
      expect(run.tool.driver.name).to.equal('crosscheck');
      expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).to.deep.equal(['place/same', 'quantity/count-mismatch', 'time/date-mismatch', 'time/different-events']);
      const byId = new Map(run.results.map((r: { partialFingerprints: Record<string, string> }) => [r.partialFingerprints['crosscheckFindingId/v1'], r]));
      const levels = Object.fromEntries([...byId].map(([id, r]) => [id, (r as { level: string }).level]));
      expect(levels).to.deep.equal({ c0ffee01: 'error', c0ffee04: 'error', c0ffee03: 'warning', c0ffee05: 'note', c0ffee02: 'none' });
      expect((byId.get('c0ffee02') as { kind?: string }).kind).to.equal('pass');
      expect((byId.get('c0ffee01') as { kind?: string }).kind).to.equal(undefined); // "fail", the default
      const conflict = byId.get('c0ffee01') as Record<string, any>;
      expect(conflict.ruleId).to.equal('time/date-mismatch');
      // "arrived in Beijing on Tuesday" is on line 2 of alpha, from column 26.
      expect(conflict.locations[0].physicalLocation.artifactLocation.uri).to.equal('articles/alpha.txt');
      expect(conflict.locations[0].physicalLocation.region).to.include({ startLine: 2, startColumn: 26, endLine: 2, endColumn: 55 });
      // beta has CRLF line ends; its span is on line 1.
      expect(conflict.relatedLocations[0].physicalLocation.region).to.include({ startLine: 1, startColumn: 7 });
      expect(conflict.suppressions).to.deep.equal([{ kind: 'external', status: 'accepted', justification: 'confirmed-conflict by ed: wire <says> Thursday' }]);
      // Reviewed before the evidence changed: not suppressed.
      expect((byId.get('c0ffee04') as Record<string, unknown>).suppressions).to.equal(undefined);
    });

    it('spans over a line break end on the next line', () => {
      const run = JSON.parse(format('sarif', sampleReport())).runs[0];
      const r = run.results.find((x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints['crosscheckFindingId/v1'] === 'c0ffee04');
      const region = r.relatedLocations.concat(r.locations).find((l: any) => l.physicalLocation.artifactLocation.uri.startsWith('articles/gam')).physicalLocation.region;
      expect(region).to.include({ startLine: 1, startColumn: 9, endLine: 2, endColumn: 13 });
    });

    it('puts a new source\'s claim first with focus', () => {
      const run = JSON.parse(format('sarif', sampleReport(), { focus: new Set(['beta']) })).runs[0];
      expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).to.equal('articles/beta.txt');
    });

    const uris: [string, string][] = [
      ['articles/alpha.txt', 'articles/alpha.txt'],
      ['articles/gam ma,:%.txt', 'articles/gam%20ma%2C%3A%25.txt'],
      ['in\\win.txt', 'in/win.txt'],
      ['/abs/a b.txt', 'file:///abs/a%20b.txt'],
      ['feed.jsonl#3', 'feed.jsonl'],
    ];
    for (const [path, uri] of uris) it(`uri of ${path}`, () => expect(pathToUri(path)).to.equal(uri));
  });

  describe('github', () => {
    it('escapes data and properties by GitHub\'s rules', () => {
      expect(escapeData('100%\r\nnext')).to.equal('100%25%0D%0Anext');
      expect(escapeProperty('a,b: c%')).to.equal('a%2Cb%3A c%25');
      expect(command('error', [['file', 'x,y.txt'], ['line', 3]], 'm: a, b')).to.equal('::error file=x%2Cy.txt,line=3::m: a, b');
    });

    it('one annotation per finding, on the primary span, level by the gate', () => {
      // gamma is the new source: its claims come first.
      const lines = format('github', reviewed(), { focus: new Set(['gamma']) }).trimEnd().split('\n');
      expect(lines).to.have.length(5);
      for (const l of lines) expect(l).to.match(/^::(error|warning|notice) file=[^:,]+(,[a-zA-Z]+=[^:,]*)*::[^\n\r]*$/);
      const byId = (id: string) => lines.find((l) => l.includes(`[${id}]`))!;
      expect(byId('c0ffee01')).to.match(/^::notice /); // reviewed, unchanged
      expect(byId('c0ffee04')).to.match(/^::error /); // reviewed, but the evidence changed
      expect(byId('c0ffee03')).to.match(/^::warning /);
      expect(byId('c0ffee01')).to.include('file=articles/alpha.txt,line=2,col=26,endLine=2,endColumn=54,');
      // A span over two lines: no columns.
      expect(byId('c0ffee04')).to.include('file=articles/gam ma%2C%3A%25.txt,line=1,endLine=2,title=');
      expect(byId('c0ffee04')).to.include('100%25 of%0A5%2C000'.replace('%2C', ',')); // message: only %, CR, LF escaped
    });

    it('annotates unreadable inputs as errors', () => {
      const out = format('github', { ...sampleReport(), findings: [], problems: [{ path: 'a:b.txt', rule: 'input/empty', reason: 'is empty' }] });
      expect(out).to.equal('::error file=a%3Ab.txt,title=crosscheck%3A input/empty::is empty\n');
    });
  });

  describe('junit', () => {
    const parse = (text: string) => {
      expect(XMLValidator.validate(text), 'well-formed XML').to.equal(true);
      return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'testcase' }).parse(text);
    };
    const cases = (text: string) => parse(text).testsuites.testsuite.testcase as Record<string, unknown>[];
    const outcome = (c: Record<string, unknown>) => ('failure' in c ? 'failure' : 'skipped' in c ? 'skipped' : 'error' in c ? 'error' : 'pass');
    const table: [FailOn, Record<string, string>][] = [
      ['conflict', { c0ffee01: 'pass', c0ffee04: 'failure', c0ffee03: 'skipped', c0ffee05: 'pass', c0ffee02: 'pass' }],
      ['unresolved', { c0ffee01: 'pass', c0ffee04: 'failure', c0ffee03: 'failure', c0ffee05: 'pass', c0ffee02: 'pass' }],
      ['none', { c0ffee01: 'pass', c0ffee04: 'skipped', c0ffee03: 'skipped', c0ffee05: 'pass', c0ffee02: 'pass' }],
    ];
    for (const [failOn, expected] of table) {
      it(`parses as XML; outcomes with --fail-on ${failOn}`, () => {
        const got = Object.fromEntries(cases(format('junit', reviewed(), { failOn })).map((c) => [String(c['@name']).match(/\[(\w+)\]$/)![1], outcome(c)]));
        expect(got).to.deep.equal(expected);
      });
    }

    it('an unreviewed conflict fails; counts add up; article text survives escaping', () => {
      const text = format('junit', sampleReport());
      const doc = parse(text);
      expect(doc.testsuites['@tests']).to.equal('5');
      expect(doc.testsuites['@failures']).to.equal('2');
      expect(doc.testsuites['@skipped']).to.equal('1');
      expect(text).not.to.include('<script>');
      const hostile = cases(text).find((c) => String(c['@name']).includes('c0ffee04'))!;
      expect(String((hostile.failure as Record<string, unknown>)['#text'])).to.include('<script>alert(1)</script> text: "onerror=alert(2) 100% of\n5,000 people');
    });

    it('replaces characters XML cannot hold', () => {
      expect(xml('a\u0000b\u001bc\ud800d')).to.equal('a\uFFFDb\uFFFDc\uFFFDd');
      expect(XMLValidator.validate(`<a>${xml('\u0001<&>"\'')}</a>`)).to.equal(true);
    });

    it('input problems are errored cases', () => {
      const text = format('junit', { ...sampleReport(), findings: [], problems: [{ path: 'x.txt', rule: 'input/binary', reason: 'is a binary file' }] });
      const doc = parse(text);
      expect(doc.testsuites['@errors']).to.equal('1');
      expect(outcome(cases(text)[0])).to.equal('error');
    });
  });
});
