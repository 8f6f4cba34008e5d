/**
 * Byte-for-byte snapshots of the markdown and table formats, on the synthetic report and on a
 * frozen report of the seeds (spec/fixtures/snapshots/seeds.report.json). Freezing the seeds'
 * report keeps these specs about the formatters: a change to an extractor or the judge does not
 * break them, and refreshing the frozen report is a deliberate step.
 *
 * To accept new output (after checking the diff): `UPDATE_SNAPSHOTS=1 npm run test:one -- spec/report/snapshots.spec.ts`.
 * With UPDATE_SNAPSHOTS=seeds the frozen seeds report is also made again from the live pipeline.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { loadArticles } from '../../lib/load/index.ts';
import { analyze } from '../../lib/pipeline.ts';
import { formatters } from '../../lib/report/index.ts';
import type { Report } from '../../lib/types.ts';
import { MANIFEST, ROOT, SEEDS } from '../helpers.ts';
import { sampleReport, SOURCES } from '../support/report-fixtures.ts';

const DIR = join(ROOT, 'spec', 'fixtures', 'snapshots');
const UPDATE = process.env.UPDATE_SNAPSHOTS;

/** Compares `actual` with the snapshot file byte for byte; writes it instead when updating or when it is missing. */
function snapshot(name: string, actual: string): void {
  const file = join(DIR, name);
  if (UPDATE || !existsSync(file)) {
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  const expected = readFileSync(file, 'utf8');
  expect(actual, `differs from spec/fixtures/snapshots/${name}; if the change is intended: UPDATE_SNAPSHOTS=1 npm run test:one -- spec/report/snapshots.spec.ts`).to.equal(expected);
}

/**
 * The seeds' report as frozen in the fixture. Facts are left out (only their count would show in
 * these views), which keeps the fixture small.
 */
function seedsReport(): Report {
  const file = join(DIR, 'seeds.report.json');
  if (UPDATE === 'seeds' || !existsSync(file)) {
    const live = analyze(loadArticles([SEEDS], { manifest: MANIFEST })).report;
    const frozen = { ...live, facts: [], articles: live.articles.map((a) => ({ ...a, path: a.path.slice(ROOT.length) })) };
    mkdirSync(DIR, { recursive: true });
    writeFileSync(file, `${JSON.stringify(frozen, null, 2)}\n`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as Report;
}

describe('report snapshots', () => {
  const base = { view: 'report' as const, color: false, width: 120, sources: SOURCES, failOn: 'conflict' as const };
  const cases: [string, string, () => Report][] = [
    ['synthetic.md', 'markdown', sampleReport],
    ['synthetic.table.txt', 'table', sampleReport],
    ['seeds.md', 'markdown', seedsReport],
    ['seeds.table.txt', 'table', seedsReport],
  ];
  for (const [name, format, report] of cases) {
    it(`${format} of the ${name.split('.')[0]} report matches spec/fixtures/snapshots/${name}`, () => {
      snapshot(name, formatters[format](report(), { ...base, sources: name.startsWith('seeds') ? [] : SOURCES }));
    });
  }

  it('the frozen seeds report holds findings of the real judge', function () {
    const r = seedsReport();
    if (r.findings.length === 0) {
      this.test!.title += ' — SKIPPED: frozen before the judge produced findings; refresh with UPDATE_SNAPSHOTS=seeds';
      this.skip();
    }
    expect(r.findings.every((f) => f.claims.length >= 2)).to.equal(true);
  });
});
