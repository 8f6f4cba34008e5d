import { expect } from 'chai';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { seedText, tempTree } from '../helpers.ts';
import { cliInProcess } from '../support/cli-in-process.ts';
import { serve } from '../support/review-browser.ts';

/** `fetch` from the spec process, as the page would send it (same origin, token header). */
async function get(url: string, token: string, path: string): Promise<Response> {
  return fetch(new URL(path, url), { headers: { 'X-Crosscheck-Token': token } });
}

describe('cli: review serves the page', function () {
  this.timeout(120000);
  let t: ReturnType<typeof tempTree>;
  beforeEach(() => {
    t = tempTree({
      '001.txt': seedText('001_9ff8455e145d4715.txt'),
      'hostile.md': '---\ntitle: "<img src=x onerror=alert(1)>"\npublished: 2024-05-16\n---\nThe mayor said <script>alert(1)</script> and "onerror=alert(2) on Thursday.\n',
    });
  });
  afterEach(() => t.cleanup());

  it('prints the address with a token on stdout, serves the page, and stops cleanly on SIGTERM', async () => {
    const reviewPath = join(t.dir, 'decisions.json');
    const served = await serve([t.dir, '--published', '2024-05-16', '--review', reviewPath]);
    let code: number | null = null;
    try {
      const url = new URL(served.url);
      expect(url.hostname).to.equal('127.0.0.1');
      const token = url.searchParams.get('token')!;
      expect(token).to.match(/^[A-Za-z0-9_-]{24,}$/);
      const page = await fetch(served.url);
      expect(page.status).to.equal(200);
      const findings = await get(served.url, token, '/api/findings');
      expect(findings.status).to.equal(200);
      const body = await findings.text();
      expect(body).not.to.include('<');
      expect(JSON.parse(body).articles.map((a: { title: string | null }) => a.title)).to.include('<img src=x onerror=alert(1)>');
      expect((await get(served.url, 'wrong', '/api/findings')).status).to.equal(403);
      // A cross-site write: the browser would send the attacker's Origin.
      const post = await fetch(new URL('/api/decisions', served.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Crosscheck-Token': token, Origin: 'http://evil.example' },
        body: JSON.stringify({ finding: 'x', decision: 'not-a-conflict' }),
      });
      expect(post.status).to.equal(403);
      expect(served.stderr()).to.include('Press Ctrl+C to stop');
      expect(served.stderr()).to.include(reviewPath);
    } finally {
      code = await served.stop();
    }
    expect(code).to.equal(0);
    expect(existsSync(reviewPath)).to.equal(false);
  });

  it('--read-only refuses writes with 403', async () => {
    const served = await serve([t.dir, '--published', '2024-05-16', '--read-only', '--review', join(t.dir, 'r.json')]);
    try {
      const url = new URL(served.url);
      const post = await fetch(new URL('/api/decisions', served.url), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Crosscheck-Token': url.searchParams.get('token')!, Origin: url.origin },
        body: JSON.stringify({ finding: 'x', decision: 'not-a-conflict' }),
      });
      expect(post.status).to.equal(403);
      expect(JSON.parse((await (await get(served.url, url.searchParams.get('token')!, '/api/findings')).text())).readOnly).to.equal(true);
      expect(served.stderr()).to.match(/read-only/);
    } finally {
      await served.stop();
    }
  });

  it('a taken port is one clear line on stderr and exit 2', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      // In this process: the review command fails before it would serve, so it returns.
      const r = await cliInProcess(['review', t.dir, '--published', '2024-05-16', '--port', String(port), '--review', join(t.dir, 'r.json')]);
      expect(r.status).to.equal(2);
      expect(r.stdout).to.equal('');
      const lines = r.stderr.trim().split('\n');
      expect(lines, r.stderr).to.have.length(1);
      expect(lines[0]).to.match(new RegExp(`^crosscheck: port ${port} on 127\\.0\\.0\\.1 is already in use`));
    } finally {
      blocker.close();
    }
  });

  it('usage errors: no paths, a bad port', async () => {
    const none = await cliInProcess(['review']);
    expect(none.status).to.equal(2);
    expect(none.stderr).to.match(/name the article files or folders/);
    const bad = await cliInProcess(['review', t.dir, '--port', '70000']);
    expect(bad.status).to.equal(2);
    expect(bad.stderr).to.include('--port must be a whole number from 0 to 65535');
  });

  it('shows progress on stderr while it analyses a large input', async () => {
    const many = tempTree(Object.fromEntries(Array.from({ length: 24 }, (_, i) => [`a${String(i).padStart(2, '0')}.txt`, `Officials said ${i + 2} ships arrived on Tuesday.\n`])));
    try {
      const served = await serve([many.dir, '--published', '2024-05-16', '--review', join(many.dir, 'r.json')]);
      await served.stop();
      expect(served.stderr()).to.match(/24\/24/);
    } finally {
      many.cleanup();
    }
  });
});
