/** crosscheck's own reports are known by how they begin, in every view; articles are not. */
import { expect } from 'chai';
import { ownReportFormat } from '../../lib/load/own-report.ts';
import { formatters, type View } from '../../lib/report/index.ts';
import { seedText } from '../helpers.ts';
import { sampleReport, SOURCES } from '../support/report-fixtures.ts';

describe('load/own-report: ownReportFormat', () => {
  // junit is XML, an ending no run reads; every other format may land in a .json, .md, .html or .txt file.
  const readable = ['json', 'sarif', 'markdown', 'html', 'github', 'table'];
  const views: View[] = ['report', 'facts', 'events'];
  for (const format of readable) {
    for (const view of views) {
      if (view !== 'report' && ['sarif', 'github'].includes(format)) continue;
      it(`knows ${format} of ${view}`, () => {
        const text = formatters[format](sampleReport(), { view, color: false, width: 120, sources: SOURCES, failOn: 'conflict' });
        expect(ownReportFormat(text)).to.equal(format);
        expect(ownReportFormat(`\uFEFF${text}`)).to.equal(format);
      });
    }
  }

  it('knows a table with nothing in it', () => {
    const empty = { ...sampleReport(), findings: [], facts: [], events: [] };
    for (const view of views) {
      const text = formatters.table(empty, { view, color: false, width: 120, sources: SOURCES, failOn: 'conflict' });
      expect(ownReportFormat(text), text).to.equal('table');
    }
  });

  const articles: [string, string][] = [
    ['a seed article', seedText('000_26ba52da4331a6e7.txt')],
    ['a JSON article', '{"schemaVersion": 1, "text": "Two ships collided on Friday."}'],
    ['a JSON list of articles', '[{"id": "a", "text": "Two ships collided on Friday."}]'],
    ['another SARIF tool', '{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "runs": [{"tool": {"driver": {"name": "eslint"}}}]}'],
    ['a markdown article about reports', '# A crosscheck report found errors\n\nThe editors said on Friday.'],
    ['a web page', '<!DOCTYPE html>\n<html><head><title>Ships collide</title></head><body>Friday</body></html>'],
    ['a line that starts with two colons', '::error of judgement, the minister said on Friday.'],
  ];
  for (const [name, text] of articles) {
    it(`reads ${name} as no report`, () => {
      expect(ownReportFormat(text)).to.equal(null);
    });
  }
});
