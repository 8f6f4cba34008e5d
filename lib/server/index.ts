/**
 * The review server: a local HTTP server for the editors' review page. It gets everything injected
 * (report, article sources, review file path, token, port, log) and touches no process state,
 * so the CLI decides what to print and when to stop.
 *
 * Security model: the server listens on 127.0.0.1 only, and a local page is still reachable by any
 * web page the editor has open. So every request must name this server in its Host header (defeats
 * DNS rebinding); every read of findings needs the per-run token; every write needs the token AND
 * an Origin equal to the served origin. Only a fixed set of assets is served, never a path taken
 * from the URL, and article text is only ever sent as JSON data.
 */
import { timingSafeEqual, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { applyReviews, DECISIONS, findingArticles, readReviewFile, recordDecision } from '../review/store.ts';
import type { Report, ReviewEntry, Source } from '../types.ts';
import { ASSETS, PAGE_HTML } from './page.ts';
import { pageData } from './payload.ts';

/** What the review server needs. */
export interface ReviewServerOptions {
  /** The analysed report; decisions are re-read from the review file on every request. */
  report: Report;
  /** The analysed articles, as `analyze` gives them beside the report: the texts offsets point into. */
  sources: readonly Source[];
  /** The review file decisions are read from and recorded in. */
  reviewPath: string;
  /** The per-run secret the page must send back; see {@link newToken}. */
  token: string;
  /** Port on 127.0.0.1; 0 (default) takes a free one. */
  port?: number;
  /** Show decisions but refuse to record any. */
  readOnly?: boolean;
  /** Receives one line per recorded decision and per refused request (never the token). */
  log?: (line: string) => void;
  /** The clock for decision timestamps (specs pin it). */
  now?: () => Date;
}

/** A running review server. */
export interface ReviewServer {
  /** The address to open, token included: `http://127.0.0.1:PORT/?token=...`. */
  url: string;
  /** `http://127.0.0.1:PORT`: the only Origin accepted on writes (or its `localhost` twin). */
  origin: string;
  /** The port listened on. */
  port: number;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/** Request bodies above this are refused with 413: a decision is a few hundred bytes. */
export const MAX_BODY_BYTES = 16 * 1024;
/** Longest note kept, in characters. */
const MAX_NOTE = 4000;
/** Longest reviewer name kept, in characters. */
const MAX_REVIEWER = 200;

/** The header the page sends its token in. */
export const TOKEN_HEADER = 'x-crosscheck-token';

/** A fresh random token for one run (URL-safe). */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Headers on every response: nothing from elsewhere may load, frame or sniff this page. */
// not a word list: HTTP header names
const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  // The token travels in the page's URL: never let it leave in a Referer.
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cache-Control': 'no-store',
};

/** An answer that refuses a request: status, and the reason for the log and the body. */
class Refusal extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/**
 * Starts the review server on 127.0.0.1. Rejects with the listen error (its `code` is
 * `EADDRINUSE` when the port is taken).
 */
export async function startReviewServer(options: ReviewServerOptions): Promise<ReviewServer> {
  const sink = options.log ?? (() => {});
  // Log lines quote request data (a Host header, a reviewer's name): no control characters may
  // reach the editor's terminal, where an escape sequence could rewrite what it shows.
  const log = (line: string) => sink(line.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?'));
  let allowed: { hosts: Set<string>; origins: Set<string> } = { hosts: new Set(), origins: new Set() };
  const server: Server = createServer((req, res) => {
    handle(req, res, options, allowed, log).catch((err: unknown) => {
      const refusal = err instanceof Refusal ? err : new Refusal(500, err instanceof Error ? err.message : String(err));
      log(`${refusal.status === 500 ? 'error' : 'refused'} ${req.method} ${pathOf(req.url)}: ${refusal.message} (${refusal.status})`);
      if (!res.headersSent) sendJson(res, refusal.status, { error: refusal.message });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: options.port ?? 0 }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  allowed = { hosts: new Set(hosts), origins: new Set(hosts.map((h) => `http://${h}`)) };
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${encodeURIComponent(options.token)}`,
    origin,
    port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  o: ReviewServerOptions,
  allowed: { hosts: Set<string>; origins: Set<string> },
  log: (line: string) => void,
): Promise<void> {
  // DNS rebinding: a foreign page whose host name resolves to 127.0.0.1 still sends its own Host.
  const host = req.headers.host ?? '';
  if (!allowed.hosts.has(host)) throw new Refusal(421, `Host '${host.slice(0, 100)}' is not this server`);
  const path = pathOf(req.url);
  // Only fixed routes exist, but refuse traversal-looking paths outright rather than rely on that.
  if (!path.startsWith('/') || /\.\.|%2e|%2f|%5c|\\|\0/i.test(path)) throw new Refusal(404, 'not found');
  const method = req.method ?? 'GET';

  if (path === '/api/decisions') {
    if (method !== 'POST') throw new Refusal(405, 'use POST');
    return record(req, res, o, host, allowed.origins, log);
  }
  if (method !== 'GET' && method !== 'HEAD') throw new Refusal(405, 'only GET here');
  if (path === '/' || path === '/index.html') return send(res, 200, 'text/html; charset=utf-8', PAGE_HTML, method);
  const asset = ASSETS.get(path);
  if (asset) return send(res, 200, asset.type, asset.body, method);
  if (path === '/api/findings') {
    checkToken(req, o.token);
    // Re-read on every request: a decision recorded from the terminal shows on the next reload.
    const file = await readReviewFile(o.reviewPath);
    const report = applyReviews(o.report, file);
    return sendJson(res, 200, pageData(report, o.sources, o.readOnly === true), method);
  }
  throw new Refusal(404, 'not found');
}

/** `POST /api/decisions` with `{finding, decision, note?, reviewer?}`. */
async function record(
  req: IncomingMessage,
  res: ServerResponse,
  o: ReviewServerOptions,
  host: string,
  origins: Set<string>,
  log: (line: string) => void,
): Promise<void> {
  if (o.readOnly) throw new Refusal(403, 'this review page is read-only');
  // A cross-site form or fetch carries its own Origin; the page's own fetch carries ours.
  const origin = req.headers.origin ?? '';
  if (!origins.has(origin) || origin !== `http://${host}`) throw new Refusal(403, `Origin '${origin.slice(0, 100)}' is not this server`);
  checkToken(req, o.token);
  if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) throw new Refusal(415, 'send application/json');
  const body = await readBody(req);
  let input: unknown;
  try {
    input = JSON.parse(body);
  } catch {
    throw new Refusal(400, 'the body is not valid JSON');
  }
  const { finding: id, decision, note, reviewer } = (input ?? {}) as Record<string, unknown>;
  const finding = typeof id === 'string' ? o.report.findings.find((f) => f.id === id) : undefined;
  if (!finding) throw new Refusal(404, `no finding '${String(id).slice(0, 40)}' in this report`);
  if (typeof decision !== 'string' || !(DECISIONS as readonly string[]).includes(decision)) {
    throw new Refusal(400, `"decision" must be one of ${DECISIONS.join(', ')}`);
  }
  const entry: ReviewEntry = {
    decision: decision as ReviewEntry['decision'],
    note: optionalText(note, 'note', MAX_NOTE, true),
    reviewer: optionalText(reviewer, 'reviewer', MAX_REVIEWER),
    at: (o.now ?? (() => new Date()))().toISOString(),
    evidence: finding.evidence,
    slot: finding.slot,
    articles: findingArticles(finding),
  };
  await recordDecision(o.reviewPath, finding.id, entry, o.report);
  log(`recorded ${entry.decision} for finding ${finding.id} (${finding.slot})${entry.reviewer ? ` by ${entry.reviewer}` : ''}`);
  const { evidence: _evidence, slot: _slot, articles: _articles, ...review } = entry;
  sendJson(res, 200, { saved: true, finding: finding.id, review: { ...review, changed: false } });
}

/**
 * A trimmed string or null. Control characters go (a note keeps its line breaks and tabs): the
 * review file is printed to terminals by `review --list`, where they could act as escape codes.
 */
function optionalText(value: unknown, name: string, max: number, lines = false): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new Refusal(400, `"${name}" must be a string`);
  const controls = lines ? /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g : /[\u0000-\u001f\u007f-\u009f]/g;
  const trimmed = value.replace(/\r\n?/g, '\n').replace(controls, '').trim();
  if (trimmed.length > max) throw new Refusal(400, `"${name}" is longer than ${max} characters`);
  return trimmed === '' ? null : trimmed;
}

function checkToken(req: IncomingMessage, token: string): void {
  const sent = req.headers[TOKEN_HEADER];
  const given = Buffer.from(typeof sent === 'string' ? sent : '');
  const expected = Buffer.from(token);
  // Constant time, so the token cannot be guessed a character at a time.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new Refusal(403, 'missing or wrong token');
}

function readBody(req: IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) return Promise.reject(new Refusal(413, `the body is over ${MAX_BODY_BYTES} bytes`));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners('data');
        req.resume();
        reject(new Refusal(413, `the body is over ${MAX_BODY_BYTES} bytes`));
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** The path of a request URL, without the query (which holds the token and is never logged). */
function pathOf(url: string | undefined): string {
  const raw = url ?? '/';
  const q = raw.indexOf('?');
  return q === -1 ? raw : raw.slice(0, q);
}

function send(res: ServerResponse, status: number, type: string, body: string, method = 'GET'): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
  res.end(method === 'HEAD' ? undefined : body);
}

/**
 * JSON with `<`, `>`, `&` and the JavaScript line separators escaped: the data is still the same
 * JSON, but no article text reads as markup even if something treated the response as HTML.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function sendJson(res: ServerResponse, status: number, value: unknown, method = 'GET'): void {
  send(res, status, 'application/json; charset=utf-8', safeJson(value), method);
}
