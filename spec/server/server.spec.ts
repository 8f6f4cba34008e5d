import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { readReviewFile, recordDecision } from '../../lib/review/store.ts';
import { MAX_BODY_BYTES, startReviewServer, type ReviewServer, type ReviewServerOptions } from '../../lib/server/index.ts';
import { tempTree } from '../helpers.ts';
import { fixtureReport, HOSTILE_TEXT } from '../support/review-fixture.ts';

/** A plain HTTP exchange, with full control of the Host and Origin headers (fetch forbids Host). */
interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function call(port: number, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { Host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const TOKEN = 'spec-token-0123456789abcdef';

describe('review server: security and the decisions API (plain HTTP, no browser)', function () {
  let t: ReturnType<typeof tempTree>;
  let server: ReviewServer;
  let reviewPath: string;
  const fixture = fixtureReport();
  const conflict = fixture.report.findings.find((f) => f.verdict === 'conflict')!;
  const logs: string[] = [];

  async function start(extra: Partial<ReviewServerOptions> = {}): Promise<ReviewServer> {
    return startReviewServer({
      report: fixture.report,
      sources: fixture.sources,
      reviewPath,
      token: TOKEN,
      log: (l) => logs.push(l),
      now: () => new Date('2026-11-30T12:00:00.000Z'),
      ...extra,
    });
  }

  beforeEach(async () => {
    t = tempTree();
    reviewPath = join(t.dir, 'crosscheck.review.json');
    logs.length = 0;
    server = await start();
  });
  afterEach(async () => {
    await server.close();
    t.cleanup();
  });

  const good = () => ({ Origin: server.origin, 'X-Crosscheck-Token': TOKEN, 'Content-Type': 'application/json' });
  const decision = (extra: Record<string, unknown> = {}) =>
    JSON.stringify({ finding: conflict.id, decision: 'confirmed-conflict', note: 'Reuters says Thursday', reviewer: 'Ada', ...extra });
  const post = (headers: Record<string, string>, body = decision()) => call(server.port, 'POST', '/api/decisions', headers, body);
  const findings = () => call(server.port, 'GET', '/api/findings', { 'X-Crosscheck-Token': TOKEN });

  it('listens on 127.0.0.1 and prints an address with the token', () => {
    expect(server.url).to.equal(`http://127.0.0.1:${server.port}/?token=${TOKEN}`);
    expect(server.port).to.be.above(0);
  });

  it('serves the page with a strict CSP, nosniff and no article text in the HTML', async () => {
    const r = await call(server.port, 'GET', `/?token=${TOKEN}`);
    expect(r.status).to.equal(200);
    expect(r.headers['content-type']).to.match(/^text\/html/);
    const csp = String(r.headers['content-security-policy']);
    for (const d of ["default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'", "img-src 'self' data:", "frame-ancestors 'none'"]) {
      expect(csp).to.include(d);
    }
    expect(r.headers['x-content-type-options']).to.equal('nosniff');
    expect(r.headers['referrer-policy']).to.equal('no-referrer');
    for (const text of ['alert(', 'onerror', 'Putin', 'mayor', TOKEN]) expect(r.body).not.to.include(text);
    expect(r.body).not.to.match(/<script>(?!<\/script>)|<style|\son\w+=/i); // no inline script, style or handler
    for (const asset of ['/assets/review.js', '/assets/review.css']) {
      const a = await call(server.port, 'GET', asset);
      expect(a.status, asset).to.equal(200);
      expect(a.headers['x-content-type-options']).to.equal('nosniff');
    }
    const js = (await call(server.port, 'GET', '/assets/review.js')).body;
    expect(js).not.to.match(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
  });

  it('serves hostile article text only as escaped JSON data', async () => {
    const r = await findings();
    expect(r.status).to.equal(200);
    expect(r.headers['content-type']).to.match(/^application\/json/);
    expect(r.body).not.to.include('<script>');
    expect(r.body).not.to.include('<');
    expect(r.body).to.include('\\u003cscript\\u003ealert(1)\\u003c/script\\u003e');
    expect(r.body).to.include('\\"onerror=');
    const data = JSON.parse(r.body);
    const paragraphs = data.findings.flatMap((f: { claims: { paragraph: { text: string } }[] }) => f.claims.map((c) => c.paragraph.text));
    expect(paragraphs).to.include(HOSTILE_TEXT.trimEnd());
  });

  it('lists conflicts first, then unresolved, grouped by event, with chains, paragraphs and diffs', async () => {
    const data = JSON.parse((await findings()).body);
    expect(data.findings.map((f: { verdict: string }) => f.verdict)).to.deep.equal(['conflict', 'unresolved', 'agreement', 'different-events']);
    expect(data.groups.map((g: { id: string }) => g.id)).to.deep.equal(['E1', 'E2']);
    expect(data.groups[0].label).to.equal('E1 · Putin arrives in Beijing for a state visit (2024-05-16 – 2024-05-17)');
    const [a, b] = data.findings[0].claims;
    expect(a.chain).to.equal('Thursday + published 2024-05-16 → 2024-05-16');
    expect(a.paragraph.text.slice(a.start - a.paragraph.start, a.end - a.paragraph.start)).to.equal('landed in Beijing early on Thursday');
    expect(a.diff).to.equal(null);
    expect(b.diff).to.deep.include.members([{ text: 'Thursday', op: 'removed' }, { text: 'Wednesday', op: 'added' }]);
    expect(data.readOnly).to.equal(false);
    expect(data.decisions).to.deep.equal(['confirmed-conflict', 'different-events', 'not-a-conflict', 'needs-follow-up']);
  });

  it('records a decision atomically and shows it on the next GET', async () => {
    const r = await post(good());
    expect(r.status, r.body).to.equal(200);
    expect(JSON.parse(r.body)).to.deep.equal({
      saved: true,
      finding: conflict.id,
      review: { decision: 'confirmed-conflict', note: 'Reuters says Thursday', reviewer: 'Ada', at: '2026-11-30T12:00:00.000Z', changed: false },
    });
    const file = await readReviewFile(reviewPath);
    expect(file.decisions[conflict.id]).to.deep.equal({
      decision: 'confirmed-conflict',
      note: 'Reuters says Thursday',
      reviewer: 'Ada',
      at: '2026-11-30T12:00:00.000Z',
      evidence: conflict.evidence,
      slot: conflict.slot,
      // The finding's articles, so that a prune over other inputs keeps the decision.
      articles: [...new Set(conflict.claims.map((c) => c.article))].sort(),
    });
    expect(existsSync(`${reviewPath}.lock`)).to.equal(false);
    const data = JSON.parse((await findings()).body);
    expect(data.findings[0].review).to.deep.include({ decision: 'confirmed-conflict', changed: false });
    expect(logs.join('\n')).to.include(`recorded confirmed-conflict for finding ${conflict.id}`);
  });

  it('shows a decision recorded from the terminal meanwhile, and evidence that changed since', async () => {
    const other = fixture.report.findings.find((f) => f.verdict === 'unresolved')!;
    await recordDecision(reviewPath, other.id, { decision: 'needs-follow-up', note: null, reviewer: 'cli', at: '2026-11-30T11:00:00.000Z', evidence: other.evidence });
    await recordDecision(reviewPath, conflict.id, { decision: 'not-a-conflict', note: null, reviewer: 'cli', at: '2026-11-30T11:00:00.000Z', evidence: 'old-evidence' });
    const data = JSON.parse((await findings()).body);
    const byId = new Map(data.findings.map((f: { id: string }) => [f.id, f]));
    expect((byId.get(other.id) as { review: unknown }).review).to.deep.include({ decision: 'needs-follow-up', reviewer: 'cli', changed: false });
    expect((byId.get(conflict.id) as { review: unknown }).review).to.deep.include({ decision: 'not-a-conflict', changed: true });
  });

  it('logs no control characters from request data', async () => {
    const r = await post(good(), decision({ reviewer: 'Ada\u001b[2J\u001b]0;pwned\u0007' }));
    expect(r.status).to.equal(200);
    await post(good(), decision({ finding: 'x\u001b[31m' }));
    expect(logs.length).to.be.above(1);
    for (const line of logs) expect(line).not.to.match(/[\u0000-\u001f\u007f-\u009f]/);
    expect(logs.join('\n')).to.include('by Ada[2J]0;pwned');
  });

  it('keeps a note\'s line breaks and drops other control characters from note and reviewer', async () => {
    await post(good(), decision({ note: ' line one\r\nline\ttwo\u001b[0m\u0000 ', reviewer: '\u0007Ada\n' }));
    const entry = (await readReviewFile(reviewPath)).decisions[conflict.id];
    expect(entry.note).to.equal('line one\nline\ttwo[0m');
    expect(entry.reviewer).to.equal('Ada');
  });

  describe('refuses, and writes nothing', () => {
    const refused = async (answer: Promise<Answer>, status: number | number[]) => {
      const r = await answer;
      expect(r.status, r.body).to.be.oneOf([status].flat());
      expect(existsSync(reviewPath), 'review file written').to.equal(false);
      return r;
    };

    it('a foreign Host header (DNS rebinding), on reads and writes', async () => {
      for (const host of ['evil.example', `evil.example:${server.port}`, '127.0.0.1', `127.0.0.1:${server.port + 1}`, `localhost.evil.example:${server.port}`, `[::1]:${server.port}`]) {
        await refused(call(server.port, 'GET', '/', { Host: host }), 421);
        await refused(call(server.port, 'GET', '/api/findings', { Host: host, 'X-Crosscheck-Token': TOKEN }), 421);
        await refused(post({ ...good(), Host: host }), 421);
      }
      // localhost:PORT is the same server under its other name.
      expect((await call(server.port, 'GET', '/', { Host: `localhost:${server.port}` })).status).to.equal(200);
      expect(logs.some((l) => l.includes('refused') && l.includes('(421)'))).to.equal(true);
    });

    it('a foreign, missing or mismatched Origin', async () => {
      for (const origin of ['http://evil.example', `http://127.0.0.1:${server.port + 1}`, 'null', `https://127.0.0.1:${server.port}`, `http://localhost:${server.port}`]) {
        await refused(post({ ...good(), Origin: origin }), 403);
      }
      const { Origin: _o, ...noOrigin } = good();
      await refused(post(noOrigin), 403);
    });

    it('a missing or wrong token', async () => {
      const { 'X-Crosscheck-Token': _t, ...noToken } = good();
      await refused(post(noToken), 403);
      await refused(post({ ...good(), 'X-Crosscheck-Token': 'wrong' }), 403);
      await refused(post({ ...good(), 'X-Crosscheck-Token': TOKEN.slice(0, -1) + 'X' }), 403);
      await refused(call(server.port, 'GET', '/api/findings'), 403);
      await refused(call(server.port, 'GET', '/api/findings', { 'X-Crosscheck-Token': 'wrong' }), 403);
      // A token in the query string is not enough for the API: only the page's header counts.
      await refused(call(server.port, 'GET', `/api/findings?token=${TOKEN}`), 403);
      expect(logs.join('\n')).not.to.include(TOKEN);
    });

    it('paths outside the fixed set, plain or encoded', async () => {
      for (const path of [
        '/../package.json',
        '/assets/../../package.json',
        '/%2e%2e%2fpackage.json',
        '/%2E%2E%2Fpackage.json',
        '/assets/%2e%2e/page.ts',
        '/assets/..%2fpage.ts',
        '/assets/..%5cpage.ts',
        '/assets/%252e%252e%252fpage.ts',
        '/assets/review.js/..',
        '/assets/page.ts',
        '/lib/server/page.ts',
        '/etc/passwd',
        '//etc/passwd',
        '/assets/',
      ]) {
        const r = await refused(call(server.port, 'GET', path), 404);
        expect(r.body, path).not.to.include('import');
      }
    });

    it('a body over the size limit, a wrong content type, an unknown decision or finding', async () => {
      await refused(post(good(), decision({ note: 'x'.repeat(MAX_BODY_BYTES) })), 413);
      await refused(post({ ...good(), 'Content-Type': 'text/plain' }), 415);
      await refused(post(good(), decision({ decision: 'maybe' })), 400);
      await refused(post(good(), decision({ finding: 'nope' })), 404);
      await refused(post(good(), '{not json'), 400);
      await refused(call(server.port, 'GET', '/api/decisions'), 405);
      await refused(call(server.port, 'PUT', '/', {}), 405);
    });

    it('any write when read-only, while still showing decisions', async () => {
      await recordDecision(reviewPath, conflict.id, { decision: 'confirmed-conflict', note: 'ok', reviewer: 'cli', at: '2026-11-30T11:00:00.000Z', evidence: conflict.evidence });
      const before = readFileSync(reviewPath, 'utf8');
      await server.close();
      server = await start({ readOnly: true });
      const r = await post(good(), decision({ decision: 'not-a-conflict' }));
      expect(r.status).to.equal(403);
      expect(readFileSync(reviewPath, 'utf8')).to.equal(before);
      const data = JSON.parse((await findings()).body);
      expect(data.readOnly).to.equal(true);
      expect(data.findings[0].review).to.deep.include({ decision: 'confirmed-conflict' });
    });
  });

  it('rejects with EADDRINUSE when the port is taken', async () => {
    let error: NodeJS.ErrnoException | undefined;
    try {
      const second = await start({ port: server.port });
      await second.close();
    } catch (err) {
      error = err as NodeJS.ErrnoException;
    }
    expect(error?.code).to.equal('EADDRINUSE');
  });
});
