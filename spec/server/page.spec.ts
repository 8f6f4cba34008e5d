/**
 * The review page end to end, in real headless Chromium: the page as an editor uses it (keyboard
 * and buttons), then the seeds plus a mutated copy of seed 001 through `crosscheck review` and the
 * `check` gate. Without a browser every test here is skipped with the reason in its title.
 */
import { expect } from 'chai';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { readReviewFile, recordDecision } from '../../lib/review/store.ts';
import { startReviewServer, type ReviewServer } from '../../lib/server/index.ts';
import type { Report } from '../../lib/types.ts';
import { cli, MANIFEST, SEEDS, seedText, tempTree } from '../helpers.ts';
import { browserMissing, openBrowser, serve } from '../support/review-browser.ts';
import { fixtureReport } from '../support/review-fixture.ts';

/** Marks the test skipped with the reason in its title, so a skip is never silent. */
function skipBecause(ctx: Mocha.Context, reason: string): never {
  ctx.test!.title += ` (skipped: ${reason})`;
  ctx.skip();
  throw new Error('unreachable');
}

/** The finding the page has selected, as the editor sees it. */
const current = (page: Page) => page.locator('.finding.current');

describe('review page in headless Chromium (end to end)', function () {
  this.timeout(180000);
  let browser: Awaited<ReturnType<typeof openBrowser>> | undefined;
  let t: ReturnType<typeof tempTree>;

  beforeEach(function () {
    t = tempTree();
  });
  afterEach(async () => {
    t.cleanup();
  });
  after(async () => {
    await browser?.close();
  });

  async function page(ctx: Mocha.Context): Promise<Page> {
    const missing = browserMissing();
    if (missing) skipBecause(ctx, missing);
    browser ??= await openBrowser();
    const p = await browser.context.newPage();
    const dialogs: string[] = [];
    // Any dialog means article text ran as script.
    p.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    p.on('pageerror', (e) => dialogs.push(`page error: ${e.message}`));
    (p as Page & { problems?: string[] }).problems = dialogs;
    return p;
  }
  const problems = (p: Page) => (p as Page & { problems?: string[] }).problems ?? [];

  describe('on a synthetic report', () => {
    let server: ReviewServer;
    let reviewPath: string;
    const fixture = fixtureReport();
    const start = async (readOnly = false) => {
      reviewPath = join(t.dir, 'review.json');
      server = await startReviewServer({ report: fixture.report, sources: fixture.sources, reviewPath, token: 'e2e-token-1234567890', readOnly });
    };
    afterEach(async () => server?.close());

    it('shows conflicts first with the span highlighted, the date chain and a word diff; article markup stays text', async function () {
      const p = await page(this);
      await start();
      await p.goto(server.url);
      await p.locator('.finding').first().waitFor();
      expect(await current(p).locator('.verdict').textContent()).to.equal('conflict');
      expect(await current(p).locator('h3').textContent()).to.equal('arrival in Beijing: date');
      const claims = current(p).locator('.claim');
      expect(await claims.count()).to.equal(2);
      expect(await claims.nth(0).locator('mark').textContent()).to.equal('landed in Beijing early on Thursday');
      expect(await claims.nth(1).locator('mark').textContent()).to.equal('landed in Beijing early on Wednesday');
      expect(await claims.nth(0).locator('.chain').textContent()).to.include('Thursday + published 2024-05-16 → 2024-05-16');
      expect(await claims.nth(1).locator('.diff del').allTextContents()).to.deep.equal(['Thursday']);
      expect(await claims.nth(1).locator('.diff ins').allTextContents()).to.deep.equal(['Wednesday']);
      // The hostile article: its markup is visible as text and never became elements.
      const hostile = p.locator('blockquote', { hasText: 'alert(1)' }).first();
      expect(await hostile.textContent()).to.include('<script>alert(1)</script> was pasted into the page, and "onerror=alert(2)');
      expect(await p.locator('script').count()).to.equal(1);
      expect(await p.locator('main script, main img, main b').count()).to.equal(0);
      expect(await p.locator('.source', { hasText: 'Hostile <b>outlet</b>' }).count()).to.be.above(0);
      expect(problems(p)).to.deep.equal([]);
    });

    it('filters by verdict, decision and article', async function () {
      const p = await page(this);
      await start();
      await p.goto(server.url);
      await p.locator('.finding').first().waitFor();
      const shown = () => p.locator('.finding:not([hidden]) .verdict').allTextContents();
      expect(await shown()).to.deep.equal(['conflict', 'unresolved', 'agreement', 'different-events']);
      await p.selectOption('#filter-verdict', 'agreement');
      expect(await shown()).to.deep.equal(['agreement']);
      await p.selectOption('#filter-verdict', '');
      await p.selectOption('#filter-article', 'forum');
      expect(await shown()).to.deep.equal(['different-events']);
      await p.selectOption('#filter-article', '');
      await p.selectOption('#filter-decision', 'undecided');
      expect(await shown()).to.have.length(4);
      await p.selectOption('#filter-decision', 'confirmed-conflict');
      expect(await shown()).to.deep.equal([]);
    });

    it('records decisions by keyboard and by button; "saved"; a reload shows them; the review file has them', async function () {
      const p = await page(this);
      await start();
      await p.goto(server.url);
      await p.locator('.finding').first().waitFor();
      await p.fill('#reviewer', 'Ada');
      await p.keyboard.press('Escape');
      // e: note of the current finding; Escape leaves it; 1: confirmed conflict.
      await p.keyboard.press('e');
      await p.keyboard.type('Kremlin readout says Thursday');
      await p.keyboard.press('Escape');
      await p.keyboard.press('1');
      await current(p).locator('.saved', { hasText: 'saved' }).waitFor();
      expect(await p.locator('#status').textContent()).to.match(/^saved: Confirmed conflict/);
      expect(await p.locator('#summary').textContent()).to.include('1 decided');
      // j: next finding; f: needs follow-up.
      await p.keyboard.press('j');
      expect(await current(p).locator('.verdict').textContent()).to.equal('unresolved');
      await p.keyboard.press('f');
      await current(p).locator('.saved', { hasText: 'saved' }).waitFor();
      // k goes back; a button on the last finding.
      await p.keyboard.press('k');
      expect(await current(p).locator('.verdict').textContent()).to.equal('conflict');
      const last = p.locator('.finding.verdict-different-events');
      await last.locator('button', { hasText: 'Different events' }).click();
      await last.locator('.saved', { hasText: 'saved' }).waitFor();

      await p.reload();
      await p.locator('.finding').first().waitFor();
      const first = p.locator('.finding').first();
      expect(await first.locator('.review-badge').textContent()).to.equal('Confirmed conflict by Ada');
      expect(await first.locator('.note').inputValue()).to.equal('Kremlin readout says Thursday');
      expect(await first.locator('button.chosen').textContent()).to.include('Confirmed conflict');
      expect(await p.locator('.finding.verdict-unresolved .review-badge').textContent()).to.equal('Needs follow-up by Ada');
      expect(await last.locator('.review-badge').textContent()).to.equal('Different events by Ada');

      const file = await readReviewFile(reviewPath);
      const conflict = fixture.report.findings.find((f) => f.verdict === 'conflict')!;
      expect(file.decisions[conflict.id]).to.deep.include({
        decision: 'confirmed-conflict',
        note: 'Kremlin readout says Thursday',
        reviewer: 'Ada',
        evidence: conflict.evidence,
      });
      expect(Object.values(file.decisions).map((d) => d.decision).sort()).to.deep.equal(['confirmed-conflict', 'different-events', 'needs-follow-up']);

      // A decision recorded from the terminal meanwhile shows on the next reload.
      const agreement = fixture.report.findings.find((f) => f.verdict === 'agreement')!;
      await recordDecision(reviewPath, agreement.id, { decision: 'not-a-conflict', note: null, reviewer: 'terminal', at: '2026-11-30T12:00:00.000Z', evidence: agreement.evidence });
      await p.reload();
      await p.locator('.finding').first().waitFor();
      expect(await p.locator('.finding.verdict-agreement .review-badge').textContent()).to.equal('Not a conflict by terminal');
      expect(await p.locator('#summary').textContent()).to.include('4 decided');
      expect(problems(p)).to.deep.equal([]);
    });

    it('says what is wrong: no token, a wrong token, a review file broken meanwhile', async function () {
      const p = await page(this);
      await start();
      await p.goto(server.origin + '/');
      await p.locator('#summary', { hasText: 'has no token' }).waitFor();
      await p.goto(server.origin + '/?token=wrong');
      await p.locator('#summary', { hasText: 'refused the findings' }).waitFor();
      expect(await p.locator('.finding').count()).to.equal(0);
      writeFileSync(reviewPath, '{"version": 1, "decisions": ');
      await p.goto(server.url);
      await p.locator('#summary', { hasText: 'could not give the findings (500)' }).waitFor();
      expect(await p.locator('#summary').textContent()).to.include('not valid JSON');
    });

    it('read-only: decisions shown, buttons disabled, keys record nothing', async function () {
      const p = await page(this);
      reviewPath = join(t.dir, 'review.json');
      const conflict = fixture.report.findings.find((f) => f.verdict === 'conflict')!;
      const entry = { decision: 'not-a-conflict', note: 'same day in Moscow time', reviewer: 'Bo', at: '2026-11-30T10:00:00.000Z', evidence: conflict.evidence };
      writeFileSync(reviewPath, JSON.stringify({ version: 1, decisions: { [conflict.id]: entry } }));
      const before = readFileSync(reviewPath, 'utf8');
      server = await startReviewServer({ report: fixture.report, sources: fixture.sources, reviewPath, token: 'e2e-token-1234567890', readOnly: true });
      await p.goto(server.url);
      await p.locator('.finding').first().waitFor();
      expect(await p.locator('.finding').first().locator('.review-badge').textContent()).to.equal('Not a conflict by Bo');
      expect(await p.locator('button.decide:not([disabled])').count()).to.equal(0);
      expect(await p.locator('button.decide[disabled]').count()).to.equal(16);
      await p.keyboard.press('1');
      expect(await p.locator('#status').textContent()).to.match(/read-only/i);
      expect(readFileSync(reviewPath, 'utf8')).to.equal(before);
    });
  });

  it('seeds plus a mutated seed 001: see the conflict, confirm it, reload, and the check gate passes', async function () {
    const p = await page(this);
    const mutated = join(t.dir, '005_mutated.txt');
    const text = seedText('001_9ff8455e145d4715.txt');
    expect(text).to.include('landed in Beijing early on Thursday');
    writeFileSync(mutated, text.replace('landed in Beijing early on Thursday', 'landed in Beijing early on Wednesday'));
    const reviewPath = join(t.dir, 'crosscheck.review.json');
    const common = ['--manifest', MANIFEST, '--published', '2024-05-16', '--review', reviewPath];
    const gate = () => cli(['check', mutated, '--against', SEEDS, ...common, '--format', 'json']);

    // The judge decides whether there is a conflict to review; until it finds one, say so.
    const before = gate();
    const report = JSON.parse(before.stdout) as Report;
    const conflicts = report.findings.filter((f) => f.verdict === 'conflict' && f.claims.some((c) => c.article === '005_mutated'));
    if (conflicts.length === 0) skipBecause(this, 'the judge finds no conflict between seed 001 and its copy with Wednesday for Thursday yet');
    expect(before.status, before.stderr).to.equal(1);

    const served = await serve([SEEDS, mutated, ...common]);
    try {
      await p.goto(served.url);
      await p.locator('.finding').first().waitFor();
      // Conflicts come first; the weekday conflict shows both wordings with the spans marked.
      expect(await p.locator('.finding .verdict').first().textContent()).to.equal('conflict');
      const weekday = p.locator('.finding.verdict-conflict', { has: p.locator('mark', { hasText: 'Wednesday' }) }).first();
      expect(await weekday.count()).to.equal(1);
      expect(await weekday.locator('mark', { hasText: 'Thursday' }).count()).to.be.above(0);

      await p.fill('#reviewer', 'e2e');
      await p.keyboard.press('Escape');
      await p.selectOption('#filter-article', '005_mutated');
      await p.selectOption('#filter-verdict', 'conflict');
      const visible = p.locator('.finding:not([hidden])');
      expect(await visible.count()).to.equal(conflicts.length);
      for (let i = 0; i < conflicts.length; i++) {
        if (i > 0) await p.keyboard.press('j');
        await p.keyboard.press('e');
        await p.keyboard.type(`checked against the wire copy (${i + 1})`);
        await p.keyboard.press('Escape');
        await p.keyboard.press('c');
        await current(p).locator('.saved', { hasText: 'saved' }).waitFor();
      }

      await p.reload();
      await p.locator('.finding').first().waitFor();
      const badges = await p.locator('.finding.verdict-conflict', { has: p.locator('.source strong', { hasText: '005_mutated' }) }).locator('.review-badge').allTextContents();
      expect(badges).to.deep.equal(conflicts.map(() => 'Confirmed conflict by e2e'));
      expect(problems(p)).to.deep.equal([]);
    } finally {
      expect(await served.stop()).to.equal(0);
    }

    expect(existsSync(reviewPath)).to.equal(true);
    const file = await readReviewFile(reviewPath);
    for (const [i, f] of conflicts.entries()) {
      expect(file.decisions[f.id], f.id).to.deep.include({ decision: 'confirmed-conflict', reviewer: 'e2e', note: `checked against the wire copy (${i + 1})`, evidence: f.evidence });
    }
    const after = gate();
    const reviewed = (JSON.parse(after.stdout) as Report).findings.filter((f) => f.review !== null);
    if (reviewed.length === 0) skipBecause(this, '`check` does not apply the review file yet (no finding carries its review)');
    expect(after.status, after.stderr).to.equal(0);
  });
});
