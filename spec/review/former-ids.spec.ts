/**
 * Issue 17: finding ids are made of contents now, not file names. Decisions recorded under the
 * former ids must still apply, and move to the new ids on the next write.
 */
import { join } from 'node:path';
import { expect } from 'chai';
import { loadArticles } from '../../lib/load/index.ts';
import { analyze } from '../../lib/pipeline.ts';
import { applyReviews, pruneEntries, readReviewFile, recordDecision, serializeReviewFile, staleEntries, underCurrentIds } from '../../lib/review/store.ts';
import type { Report, ReviewEntry, ReviewFile } from '../../lib/types.ts';
import { MANIFEST, SEEDS, tempTree } from '../helpers.ts';
import { finding, report } from '../support/report-fixtures.ts';
import { writeFileSync } from 'node:fs';

const entry = (evidence: string, extra: Partial<ReviewEntry> = {}): ReviewEntry => ({
  decision: 'different-events',
  note: 'two visits',
  reviewer: 'ed',
  at: '2026-12-04T10:00:00.000Z',
  evidence,
  ...extra,
});

/** A report of two findings, each with the id and evidence it had before. */
function withFormer(): Report {
  const r = report([finding({ id: 'new00001', evidence: 'evnew001' }), finding({ id: 'new00002', evidence: 'evnew002', verdict: 'agreement' })]);
  return { ...r, formerIds: new Map([['new00001', { id: 'old00001', evidence: 'evold001' }], ['new00002', { id: 'old00002', evidence: 'evold002' }]]) };
}

describe('review decisions under former finding ids (issue 17)', () => {
  let tree: ReturnType<typeof tempTree>;
  beforeEach(() => {
    tree = tempTree();
  });
  afterEach(() => tree.cleanup());

  it('a decision under a former id applies to the finding; unchanged when made on the evidence of then', () => {
    const file: ReviewFile = { version: 1, decisions: { old00001: entry('evold001'), old00002: entry('something-else') } };
    const [a, b] = applyReviews(withFormer(), file).findings;
    expect(a.review).to.include({ decision: 'different-events', changed: false });
    // Recorded on other evidence than the finding had under its former id: changed since.
    expect(b.review).to.include({ decision: 'different-events', changed: true });
    expect(staleEntries(withFormer(), file)).to.deep.equal([]);
  });

  it('a decision under the new id wins over one under the former id', () => {
    const file: ReviewFile = { version: 1, decisions: { old00001: entry('evold001', { decision: 'not-a-conflict' }), new00001: entry('evnew001') } };
    expect(applyReviews(withFormer(), file).findings[0].review).to.include({ decision: 'different-events', changed: false });
    expect(underCurrentIds(file, withFormer())).to.equal(file);
  });

  it('without former ids (a report made elsewhere) nothing moves', () => {
    const file: ReviewFile = { version: 1, decisions: { old00001: entry('evold001') } };
    const { formerIds: _, ...plain } = withFormer();
    expect(applyReviews(plain, file).findings[0].review).to.equal(null);
    expect(staleEntries(plain, file).map((s) => s.id)).to.deep.equal(['old00001']);
  });

  it('the next write files former entries under the new ids, with the evidence of now', async () => {
    const path = join(tree.dir, 'crosscheck.review.json');
    writeFileSync(path, serializeReviewFile({ version: 1, decisions: { old00001: entry('evold001'), old00002: entry('something-else'), gone0000: entry('x') } }));
    await recordDecision(path, 'new00002', entry('evnew002', { decision: 'needs-follow-up' }), withFormer());
    const file = await readReviewFile(path);
    expect(Object.keys(file.decisions).sort()).to.deep.equal(['gone0000', 'new00001', 'new00002']);
    expect(file.decisions.new00001.evidence).to.equal('evnew001');
    expect(file.decisions.new00002.decision).to.equal('needs-follow-up');
  });

  it('prune keeps and moves former entries, and removes only those of no finding', async () => {
    const path = join(tree.dir, 'crosscheck.review.json');
    const r = withFormer();
    // a decision whose articles all are among the inputs, and whose finding is gone: pruned
    const inputs = r.articles.map((a) => a.id);
    writeFileSync(path, serializeReviewFile({ version: 1, decisions: { old00001: entry('evold001'), gone0000: entry('x', { articles: inputs }) } }));
    const { removed, file } = await pruneEntries(path, r, { dryRun: false });
    expect(removed.map((s) => s.id)).to.deep.equal(['gone0000']);
    expect(Object.keys(file.decisions)).to.deep.equal(['new00001']);
    expect(Object.keys((await readReviewFile(path)).decisions)).to.deep.equal(['new00001']);
  });

  it('a decision the code before issue 17 recorded on the seeds still applies', () => {
    // Recorded by fba2842 (`review data/seeds --manifest ... --decide 5e228538`): the different-events
    // finding of the seeds, its id and evidence made of file names. Since issue 15 one of its claims
    // reads "Thursday morning" as TIMEX3 writes it (2024-05-16TMO, was 2024-05-16): its evidence
    // changed, so the decision applies and is shown as changed, for the editor to look again.
    const file: ReviewFile = { version: 1, decisions: { '5e228538': entry('f375ed50'), '570ea2f8': entry('7bee726e', { decision: 'not-a-conflict' }) } };
    const r = applyReviews(analyze(loadArticles([SEEDS], { manifest: MANIFEST })).report, file);
    const decided = r.findings.filter((f) => f.review !== null).map((f) => [f.verdict, f.review!.decision, f.review!.changed]);
    expect(decided).to.deep.equal([['unresolved', 'not-a-conflict', false], ['different-events', 'different-events', true]]);
    const claims = r.findings.find((f) => f.verdict === 'different-events')!.claims.map((c) => c.value);
    expect(claims).to.include('2024-05-16TMO');
    expect(r.findings.map((f) => f.id)).to.not.include('5e228538');
  });
});
