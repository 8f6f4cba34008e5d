/**
 * Screenshot of the review page for the docs: `npm run screenshot [-- out.png]`.
 *
 * The page is served on the seeds plus a copy of seed 001 whose arrival reads "Wednesday" for
 * "Thursday", so there is a conflict to show. While the judge finds nothing, the synthetic report
 * of the review specs stands in. Needs Debian's chromium (see .ci/run).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { loadArticles } from '../lib/load/index.ts';
import { analyze } from '../lib/pipeline.ts';
import { newToken, startReviewServer } from '../lib/server/index.ts';
import { MANIFEST, ROOT, SEEDS } from '../spec/helpers.ts';
import { browserMissing, openBrowser } from '../spec/support/review-browser.ts';
import { fixtureReport } from '../spec/support/review-fixture.ts';

const out = resolve(process.argv[2] ?? join(ROOT, 'docs', 'review-page.png'));
const missing = browserMissing();
if (missing) {
  process.stderr.write(`screenshot: ${missing}\n`);
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-screenshot-'));
try {
  const mutated = join(dir, '005_mutated.txt');
  const seed = readFileSync(join(SEEDS, '001_9ff8455e145d4715.txt'), 'utf8');
  writeFileSync(mutated, seed.replace('landed in Beijing early on Thursday', 'landed in Beijing early on Wednesday'));
  const loaded = loadArticles([SEEDS, mutated], { manifest: MANIFEST, published: '2024-05-16' });
  let { report, sources } = analyze(loaded);
  let source = 'the seeds plus a mutated seed 001';
  if (report.findings.length === 0) {
    ({ report, sources } = fixtureReport());
    source = 'the synthetic report of the review specs (the judge found nothing on the seeds)';
  }
  const server = await startReviewServer({ report, sources, reviewPath: join(dir, 'review.json'), token: newToken() });
  const browser = await openBrowser();
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(server.url);
    await page.locator('.finding').first().waitFor();
    mkdirSync(dirname(out), { recursive: true });
    await page.screenshot({ path: out });
  } finally {
    await browser.close();
    await server.close();
  }
  process.stdout.write(`screenshot: ${out} (${report.findings.length} findings from ${source})\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
