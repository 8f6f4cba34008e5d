/**
 * Issue 14 on the review page, in headless Chromium: the verdict filter lists `update`; an update
 * shows its timeline and value groups, each claim its source and time; a dispute shows its
 * sources; decisions on them still save. Also the page data: the new fields pass through. Without
 * a browser the browser tests are skipped with the reason in their title.
 */
import { join } from 'node:path';
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { readReviewFile } from '../../lib/review/store.ts';
import { startReviewServer, type ReviewServer } from '../../lib/server/index.ts';
import { pageData } from '../../lib/server/payload.ts';
import type { Claim, Finding } from '../../lib/types.ts';
import { tempTree } from '../helpers.ts';
import { browserMissing, openBrowser } from '../support/review-browser.ts';
import { type Fixture, fixtureReport } from '../support/review-fixture.ts';

/** The review fixture with an update (the ceremony's attendance, 300 then 400) and a dispute added. */
function withUpdate(): Fixture {
  const fixture = fixtureReport();
  const texts = new Map(fixture.sources.map((s) => [s.id, s.text]));
  const claim = (article: string, text: string, value: string, extra: Partial<Claim>): Claim => {
    const start = texts.get(article)!.indexOf(text);
    if (start < 0) throw new Error(`fixture: '${text}' is not in ${article}`);
    return { article, fact: '', text, start, end: start + text.length, value, event: 'E1', ...extra };
  };
  const update: Finding = {
    id: 'u9da7e000001',
    evidence: 'evu000000001',
    verdict: 'update',
    rule: 'judge/update',
    slot: 'welcome ceremony: attendance',
    message: 'The attendance rose from about 300 (Wednesday) to about 400 (Thursday)',
    confidence: 0.7,
    claims: [
      claim('hostile', 'About 300 people', '300', { source: 'organisers', asOf: '2024-05-15' }),
      claim('wire', 'About 400 people', '400', { asOf: '2024-05-16' }),
    ],
    review: null,
    groups: [
      { value: '300', articles: ['hostile'] },
      { value: '400', articles: ['wire'] },
    ],
    timeline: [
      { value: 'about 300', asOf: '2024-05-15', articles: ['hostile'] },
      { value: 'about 400', asOf: '2024-05-16', articles: ['wire'] },
    ],
  };
  const dispute: Finding = {
    id: 'd15b7e000001',
    evidence: 'evd000000001',
    verdict: 'conflict',
    rule: 'judge/dispute',
    slot: 'state visit: length',
    message: 'The Kremlin says two days; the aide one',
    confidence: 0.8,
    claims: [claim('rewrite', 'two-day state visit', '2', { source: 'the Kremlin' }), claim('wire', 'informal talks', '1', { source: 'an aide' })],
    review: null,
    groups: [
      { value: '2 days', articles: ['rewrite'] },
      { value: '1 day', articles: ['wire'] },
    ],
  };
  fixture.report.findings.push(update, dispute);
  return fixture;
}

describe('review page: update, source, asOf, groups, timeline (issue 14)', function () {
  this.timeout(120000);

  it('page data: update among the verdicts, listed after unresolved; the new fields pass through', () => {
    const { report, sources } = withUpdate();
    const data = pageData(report, sources, false);
    expect(data.verdicts).to.deep.equal(['conflict', 'unresolved', 'update', 'different-events', 'agreement']);
    const update = data.findings.find((f) => f.verdict === 'update')!;
    expect(update.timeline).to.deep.equal(report.findings.find((f) => f.verdict === 'update')!.timeline);
    expect(update.groups).to.have.length(2);
    expect(update.claims[0]).to.include({ source: 'organisers', asOf: '2024-05-15' });
    expect(update.claims[1]).to.include({ asOf: '2024-05-16' });
    expect(update.claims[1]).not.to.have.property('source');
  });

  describe('in headless Chromium', () => {
    let browser: Awaited<ReturnType<typeof openBrowser>> | undefined;
    let server: ReviewServer | undefined;
    let t: ReturnType<typeof tempTree>;
    const fixture = withUpdate();
    beforeEach(() => {
      t = tempTree();
    });
    afterEach(async () => {
      await server?.close();
      server = undefined;
      t.cleanup();
    });
    after(async () => browser?.close());

    async function open(ctx: Mocha.Context): Promise<{ p: Page; errors: string[]; reviewPath: string }> {
      const missing = browserMissing();
      if (missing) {
        ctx.test!.title += ` (skipped: ${missing})`;
        ctx.skip();
      }
      browser ??= await openBrowser();
      const p = await browser.context.newPage();
      const errors: string[] = [];
      p.on('pageerror', (e) => errors.push(e.message));
      p.on('dialog', (d) => {
        errors.push(`dialog: ${d.message()}`);
        void d.dismiss();
      });
      const reviewPath = join(t.dir, 'review.json');
      server = await startReviewServer({ report: fixture.report, sources: fixture.sources, reviewPath, token: 'e2e-token-1234567890', readOnly: false });
      await p.goto(server.url);
      await p.locator('.finding').first().waitFor();
      return { p, errors, reviewPath };
    }

    it('the verdict filter lists update; an update shows its timeline, groups and each claim\'s source and time', async function () {
      const { p, errors } = await open(this);
      expect(await p.locator('#filter-verdict option').allTextContents()).to.deep.equal(['all', 'conflict', 'unresolved', 'update', 'different-events', 'agreement']);
      const shown = () => p.locator('.finding:not([hidden]) .verdict').allTextContents();
      expect(await shown()).to.deep.equal(['conflict', 'conflict', 'unresolved', 'update', 'agreement', 'different-events']);
      await p.selectOption('#filter-verdict', 'update');
      expect(await shown()).to.deep.equal(['update']);
      const update = p.locator('.finding.verdict-update');
      expect(await update.locator('.timeline li').allTextContents()).to.deep.equal(['about 300 (2024-05-15)', 'about 400 (2024-05-16)']);
      expect(await update.locator('.timeline li').first().getAttribute('title')).to.equal('hostile');
      expect(await update.locator('.groups').textContent()).to.equal('values 1 source: 300 (hostile) · 1 source: 400 (wire)');
      const claims = update.locator('.claim');
      expect(await claims.nth(0).locator('.attribution').textContent()).to.equal('source organisersas of 2024-05-15');
      expect(await claims.nth(0).locator('.attribution time').textContent()).to.equal('2024-05-15');
      expect(await claims.nth(1).locator('.attribution .by').count()).to.equal(0);
      expect(await claims.nth(1).locator('.attribution .as-of').textContent()).to.equal('as of 2024-05-16');
      // The verdict badge has the update's own colour, not the muted default.
      const colour = await update.locator('.verdict').evaluate((n) => (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(n).backgroundColor);
      expect(colour).to.equal('rgb(123, 42, 140)');
      // A finding without the new fields shows none of their parts.
      await p.selectOption('#filter-verdict', 'agreement');
      expect(await p.locator('.finding.verdict-agreement .timeline, .finding.verdict-agreement .groups, .finding.verdict-agreement .attribution').count()).to.equal(0);
      expect(errors).to.deep.equal([]);
    });

    it('a dispute shows its sources; decisions on the update and the dispute save', async function () {
      const { p, errors, reviewPath } = await open(this);
      const dispute = p.locator('.finding', { has: p.locator('.rule', { hasText: 'judge/dispute' }) });
      expect(await dispute.locator('.attribution .by').allTextContents()).to.deep.equal(['source the Kremlin', 'source an aide']);
      expect(await dispute.locator('.groups').textContent()).to.equal('values 1 source: 2 days (rewrite) · 1 source: 1 day (wire)');
      await p.fill('#reviewer', 'Ada');
      const update = p.locator('.finding.verdict-update');
      await update.locator('.note').fill('the toll was updated, not contradicted');
      await update.locator('button', { hasText: 'Not a conflict' }).click();
      await update.locator('.saved', { hasText: 'saved' }).waitFor();
      await dispute.locator('button', { hasText: 'Confirmed conflict' }).click();
      await dispute.locator('.saved', { hasText: 'saved' }).waitFor();
      await p.reload();
      await p.locator('.finding').first().waitFor();
      expect(await p.locator('.finding.verdict-update .review-badge').textContent()).to.equal('Not a conflict by Ada');
      const file = await readReviewFile(reviewPath);
      expect(file.decisions['u9da7e000001']).to.deep.include({ decision: 'not-a-conflict', reviewer: 'Ada', note: 'the toll was updated, not contradicted', evidence: 'evu000000001' });
      expect(file.decisions['d15b7e000001']).to.deep.include({ decision: 'confirmed-conflict', evidence: 'evd000000001' });
      expect(errors).to.deep.equal([]);
    });
  });
});
