/**
 * Issue 14's additions to the contract in every format, on a report built by hand: an `update`
 * (timeline, value groups, claims with `source` and `asOf`), a dispute (a `conflict` of rule
 * `judge/dispute`, claims with sources, groups) and an agreement with none of the new fields.
 */
import { expect } from 'chai';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { exitCode, type FailOn, failingFindings } from '../../lib/gate.ts';
import { formatters, type FormatOptions } from '../../lib/report/index.ts';
import { extensionsLast } from '../../lib/report/json.ts';
import type { Report } from '../../lib/types.ts';
import { sampleReport, SOURCES, UPDATE_SOURCES, updateReport } from '../support/report-fixtures.ts';
import { sarifValidator } from '../support/sarif-schema.ts';

function options(over: Partial<FormatOptions> = {}): FormatOptions {
  return { view: 'report', color: false, width: 400, sources: UPDATE_SOURCES, failOn: 'conflict', ...over };
}
const format = (name: string, report: Report = updateReport(), over: Partial<FormatOptions> = {}) => formatters[name](report, options(over));

const TIMELINE = 'at least 12 (2024-05-13) → 31 (2024-05-14) → 40 (2024-05-16)';
const GROUPS = '2 sources: 5.9 · 1 source: 6.1';

describe('report formats: update, source, asOf, groups, timeline (issue 14)', () => {
  for (const name of ['table', 'json', 'markdown', 'html', 'sarif', 'github', 'junit']) {
    it(`${name}: same bytes whatever the order of findings`, () => {
      const a = updateReport();
      expect(format(name, { ...a, findings: [...a.findings].reverse() })).to.equal(format(name, a));
    });
  }

  describe('table', () => {
    const t = format('table');
    it('shows each claim\'s source and time beside it', () => {
      expect(t).to.include('delta: "At least 12 people died" → at least 12 (police, as of 2024-05-13)');
      expect(t).to.include('zeta: "a magnitude of 6.1" → 6.1 (the observatory)');
    });
    it('shows the timeline and the value groups', () => {
      expect(t).to.include(`timeline: ${TIMELINE}`);
      expect(t).to.include(`values: ${GROUPS}`);
    });
    it('orders update between unresolved and different events, and colours it magenta', () => {
      expect(t.indexOf('│ conflict')).to.be.lessThan(t.indexOf('│ update'));
      expect(t.indexOf('│ update')).to.be.lessThan(t.indexOf('│ agreement'));
      expect(format('table', updateReport(), { color: true })).to.include('\u001b[35mupdate\u001b[0m');
      expect(t).to.include('(1 conflict, 1 update, 1 agreement)');
    });
  });

  describe('json', () => {
    const doc = JSON.parse(format('json'));
    const byId = (id: string) => doc.findings.find((f: { id: string }) => f.id === id);
    it('passes the new fields through', () => {
      const update = byId('u0da7e01');
      expect(update.verdict).to.equal('update');
      expect(update.rule).to.equal('judge/update');
      expect(update.timeline).to.deep.equal(updateReport().findings[1].timeline);
      expect(update.groups).to.have.length(3);
      expect(update.claims[1]).to.include({ source: 'the health ministry', asOf: '2024-05-14' });
      expect(byId('d15b7e01').groups).to.deep.equal([
        { value: '5.9', articles: ['delta', 'epsilon'] },
        { value: '6.1', articles: ['zeta'] },
      ]);
    });
    it('puts the new keys after the contract\'s, in a fixed order, whatever order they were built in', () => {
      expect(Object.keys(byId('u0da7e01'))).to.deep.equal(['id', 'evidence', 'verdict', 'rule', 'slot', 'message', 'confidence', 'claims', 'review', 'groups', 'timeline']);
      expect(Object.keys(byId('u0da7e01').claims[0])).to.deep.equal(['article', 'fact', 'text', 'start', 'end', 'value', 'event', 'source', 'asOf']);
      expect(Object.keys(byId('u0da7e01').timeline[0])).to.deep.equal(['value', 'asOf', 'articles']);
      expect(Object.keys(byId('d15b7e01').claims[0])).to.deep.equal(['article', 'fact', 'text', 'start', 'end', 'value', 'event', 'source']);
    });
    it('leaves a finding without them as it is, and keeps keys it does not know', () => {
      const plain = updateReport().findings[0];
      expect(extensionsLast(plain)).to.equal(plain);
      expect(Object.keys(byId('a9ee0001'))).to.deep.equal(['id', 'evidence', 'verdict', 'rule', 'slot', 'message', 'confidence', 'claims', 'review']);
      const odd = { ...updateReport().findings[1], extra: 1 };
      expect(Object.keys(extensionsLast(odd)).slice(-3)).to.deep.equal(['extra', 'groups', 'timeline']);
    });
    it('still says schemaVersion 1', () => expect(doc.schemaVersion).to.equal(1));
  });

  describe('markdown', () => {
    const md = format('markdown');
    it('a timeline line, a values line, and source and time on each claim line', () => {
      expect(md).to.include('### update: floods: deaths `u0da7e01`');
      expect(md).to.include(`Timeline: ${TIMELINE}`);
      expect(md).to.include('Values: 2 sources: `5.9` (delta, epsilon) · 1 source: `6.1` (zeta)');
      expect(md).to.include('- **epsilon**: “The death toll rose to 31” → `31` (the health ministry, as of 2024-05-14)');
      expect(md).to.include('Rule `judge/dispute`');
      expect(md).to.include('- **zeta**: “a magnitude of 6.1” → `6.1` (the observatory)');
    });
    it('escapes a source like any article text', () => {
      const r = updateReport();
      r.findings[1].claims[0].source = 'the *mayor* <b>';
      expect(format('markdown', r)).to.include('(the \\*mayor\\* \\<b\\>, as of 2024-05-13)');
    });
  });

  describe('html', () => {
    const html = format('html');
    it('styles and marks the update', () => {
      expect(html).to.include('<article class="finding update" id="finding-u0da7e01">');
      expect(html).to.include('.finding.update { --verdict: var(--update); }');
      expect(html).to.include('<span>update: <b>1</b></span>');
    });
    it('the timeline, the groups and each claim\'s source and time', () => {
      expect(html).to.include(
        '<div class="timeline">timeline: <ol><li title="delta"><code>at least 12</code> (2024-05-13)</li><li title="epsilon"><code>31</code> (2024-05-14)</li><li title="zeta"><code>40</code> (2024-05-16)</li></ol></div>',
      );
      expect(html).to.include('<div class="groups">values: 2 sources: <code>5.9</code> (delta, epsilon) · 1 source: <code>6.1</code> (zeta)</div>');
      expect(html).to.include('<div class="attribution">source: <b>the health ministry</b> · as of <time>2024-05-14</time></div>');
      expect(html).to.include('<div class="attribution">source: <b>the observatory</b></div>');
    });
    it('escapes a source; a report without the new parts gets none of their styles', () => {
      const r = updateReport();
      r.findings[2].claims[0].source = '<script>alert(1)</script>';
      expect(format('html', r)).to.include('source: <b>&lt;script&gt;alert(1)&lt;/script&gt;</b>');
      const old = format('html', sampleReport(), { sources: SOURCES });
      expect(old).not.to.include('--update');
      expect(old).not.to.match(/class="(timeline|groups|attribution)"/);
    });
  });

  describe('sarif', () => {
    const validate = sarifValidator();
    const log = JSON.parse(format('sarif'));
    const result = (id: string) => log.runs[0].results.find((r: { properties: { findingId: string } }) => r.properties.findingId === id);
    it('validates against the SARIF 2.1.0 schema', () => {
      expect(validate(log), JSON.stringify(validate.errors, null, 2)).to.equal(true);
    });
    it('an update is a note; a dispute an error; the rules carry those levels', () => {
      expect(result('u0da7e01').level).to.equal('note');
      expect(result('u0da7e01').kind).to.equal(undefined);
      expect(result('d15b7e01')).to.include({ level: 'error', ruleId: 'judge/dispute' });
      const rules = Object.fromEntries(log.runs[0].tool.driver.rules.map((r: { id: string; defaultConfiguration: { level: string } }) => [r.id, r.defaultConfiguration.level]));
      expect(rules).to.deep.equal({ 'judge/dispute': 'error', 'judge/update': 'note', 'place/same': 'none' });
    });
    it('properties carry the timeline, the groups and each claim\'s source and time; the message says them', () => {
      const u = result('u0da7e01');
      expect(u.properties.timeline).to.deep.equal(updateReport().findings[1].timeline);
      expect(u.properties.groups).to.have.length(3);
      expect(u.properties.claims[0]).to.deep.equal({ article: 'delta', value: 'at least 12', source: 'police', asOf: '2024-05-13' });
      expect(u.message.text).to.include(`Timeline: ${TIMELINE}.`);
      expect(u.locations[0].message.text).to.equal('delta: "At least 12 people died" → at least 12 (police, as of 2024-05-13)');
      expect(result('d15b7e01').properties.claims.map((c: { source: string }) => c.source)).to.deep.equal(['the survey', 'the survey', 'the observatory']);
      expect(result('d15b7e01').message.text).to.include(`Values: ${GROUPS}.`);
      expect(result('a9ee0001').properties).to.have.keys(['findingId', 'verdict', 'slot', 'confidence', 'evidence', 'review']);
    });
  });

  describe('github', () => {
    for (const failOn of ['conflict', 'unresolved', 'none'] as FailOn[]) {
      it(`an update is a notice with --fail-on ${failOn}; its message has the timeline and the sources`, () => {
        const lines = format('github', updateReport(), { failOn }).trimEnd().split('\n');
        const update = lines.find((l) => l.includes('[u0da7e01]'))!;
        expect(update).to.match(/^::notice /);
        expect(update).to.include(`%0Atimeline: ${TIMELINE}%0A`);
        expect(update).to.include('→ 31 (the health ministry, as of 2024-05-14)%0A');
        const dispute = lines.find((l) => l.includes('[d15b7e01]'))!;
        expect(dispute).to.match(failOn === 'none' ? /^::notice / : /^::error /);
        expect(dispute).to.include(`%0Avalues: ${GROUPS}%0Arule judge/dispute;`);
      });
    }
  });

  describe('junit', () => {
    const parse = (text: string) => {
      expect(XMLValidator.validate(text), 'well-formed XML').to.equal(true);
      return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'testcase' }).parse(text).testsuites.testsuite.testcase as Record<string, unknown>[];
    };
    const outcome = (c: Record<string, unknown>) => ('failure' in c ? 'failure' : 'skipped' in c ? 'skipped' : 'pass');
    const table: [FailOn, Record<string, string>][] = [
      ['conflict', { d15b7e01: 'failure', u0da7e01: 'pass', a9ee0001: 'pass' }],
      ['unresolved', { d15b7e01: 'failure', u0da7e01: 'pass', a9ee0001: 'pass' }],
      ['none', { d15b7e01: 'skipped', u0da7e01: 'pass', a9ee0001: 'pass' }],
    ];
    for (const [failOn, expected] of table) {
      it(`an update passes (as different events do) with --fail-on ${failOn}`, () => {
        const cases = parse(format('junit', updateReport(), { failOn }));
        expect(Object.fromEntries(cases.map((c) => [String(c['@name']).match(/\[(\w+)\]$/)![1], outcome(c)]))).to.deep.equal(expected);
      });
    }
    it('its output has the timeline, the groups and each claim\'s source and time', () => {
      const update = parse(format('junit')).find((c) => String(c['@name']) === 'update: floods: deaths [u0da7e01]')!;
      const out = String(update['system-out']);
      expect(out).to.include(`timeline: ${TIMELINE}`);
      expect(out).to.include('values: 1 source: at least 12 · 1 source: 31 · 1 source: 40');
      expect(out).to.include('"40 people had died" → 40 (police, as of 2024-05-16)');
    });
  });

  describe('gate', () => {
    const onlyUpdate = (): Report => ({ ...updateReport(), findings: updateReport().findings.filter((f) => f.verdict === 'update') });
    for (const failOn of ['conflict', 'unresolved', 'none'] as FailOn[]) {
      it(`an update never fails, --fail-on ${failOn}`, () => {
        expect(failingFindings(onlyUpdate().findings, failOn)).to.deep.equal([]);
        expect(exitCode(onlyUpdate(), failOn)).to.equal(0);
      });
    }
    it('a dispute fails as the conflict it is', () => {
      expect(failingFindings(updateReport().findings, 'unresolved').map((f) => f.id)).to.deep.equal(['d15b7e01']);
      expect(exitCode(updateReport(), 'conflict')).to.equal(1);
    });
  });
});
