/**
 * The store contract and the command line against a real PostgreSQL server: starts a throwaway one from the installed
 * binaries (Debian's `postgresql` package: /usr/lib/postgresql/<version>/bin), runs the specs with
 * its URL in CROSSCHECK_TEST_PG, then stops it and removes its folder, also when they fail or the
 * run is interrupted. The server listens on 127.0.0.1 on a free port, its socket in its own folder,
 * with trust authentication; it runs as the `postgres` user when this runs as root (the server
 * refuses root).
 *
 *   npm run test:pg                                   # spec/store/postgres.spec.ts and cli-pg.spec.ts
 *   npm run test:pg -- spec/store/x.spec.ts           # other spec files
 *   npm run test:pg -- --run node --import tsx scripts/bench-store.ts   # any command, with the URL
 *
 * The last line printed is the mocha summary `N passed, N failed`; when no server could be
 * started it is `0 passed, 1 failed`, with the reason above it. PG_BIN names another bin folder.
 */
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DB = 'crosscheck';

/** The folder of initdb, pg_ctl and postgres: $PG_BIN, then the one `initdb` on PATH is in, then Debian's newest. */
function findBin(): string | null {
  const env = process.env.PG_BIN;
  if (env) return existsSync(join(env, 'initdb')) ? env : null;
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  // Debian links /usr/local/bin/initdb (when anyone does) into the versioned folder: follow it,
  // so pg_ctl and postgres come from the same version.
  if (which.status === 0 && which.stdout.trim()) return dirname(realpathSync(which.stdout.trim()));
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a) || (a < b ? 1 : -1));
  return versions.length > 0 ? join(base, versions[0], 'bin') : null;
}

/** A TCP port nobody listens on at this moment (the kernel's pick). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Gives up with the reason and a summary line CI reads as a failure. */
function fail(reason: string): never {
  process.stderr.write(`test:pg: ${reason}\n`);
  process.stdout.write('0 passed, 1 failed\n');
  process.exit(1);
}

/** The specs that need a server: the store's own, and the command line end to end on it. */
const PG_SPECS = ['spec/store/postgres.spec.ts', 'spec/store/cli-pg.spec.ts'];

const args = process.argv.slice(2);
const runAt = args.indexOf('--run');
const command = runAt >= 0
  ? args.slice(runAt + 1)
  : ['npx', 'mocha', '--no-config', '--node-option', 'import=tsx', '--extension', 'ts', '--reporter', 'spec/support/summary-reporter.cjs', '--timeout', '60000', ...(args.length > 0 ? args : PG_SPECS)];
if (command.length === 0) fail('--run needs a command');

const bin = findBin();
if (!bin) fail("no PostgreSQL binaries (initdb, pg_ctl) found: install Debian's postgresql package (apt-get install postgresql) or set PG_BIN");

// The server refuses to run as root: as root, run its programs as `postgres`, in a folder it owns.
const asRoot = process.getuid?.() === 0;
let owner: { uid: number; gid: number } | null = null;
if (asRoot) {
  const id = (flag: string): number => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
  owner = { uid: id('-u'), gid: id('-g') };
  if (!Number.isInteger(owner.uid) || owner.uid <= 0) fail('running as root and there is no `postgres` user to run the server as');
}

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-pg-'));
if (owner) chownSync(dir, owner.uid, owner.gid);
const data = join(dir, 'data');
const log = join(dir, 'server.log');

/** Runs one of the server's programs (as `postgres` when root), its output kept for a failure message. */
function pg(program: string, programArgs: string[]): { ok: boolean; output: string } {
  const full = join(bin!, program);
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', full, ...programArgs]] : [full, programArgs];
  const options: SpawnSyncOptions = { encoding: 'utf8', cwd: dir };
  const r = spawnSync(cmd, argv, options);
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

let started = false;
let cleaned = false;
/** The command under test, once started: stopped with us, so it does not outlive its server. */
let running: ReturnType<typeof spawn> | null = null;
/** Stops the server (fast: the run is over) and removes its folder; safe to call twice. */
function cleanup(): void {
  if (cleaned) return;
  cleaned = true;
  if (started) pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
  rmSync(dir, { recursive: true, force: true });
}
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    running?.kill(signal);
    cleanup();
    process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
  });
}

function setupFailed(what: string, output: string): never {
  const serverLog = existsSync(log) ? readFileSync(log, 'utf8') : '';
  process.stderr.write(`${output}${serverLog}`);
  cleanup();
  fail(what);
}

// No locale: C ordering and UTF-8 on every machine. --no-sync: a throwaway cluster need not survive a crash.
const init = pg('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
if (!init.ok) setupFailed('initdb failed', init.output);

const port = await freePort();
const options = [`-p ${port}`, `-k ${dir}`, "-c listen_addresses='127.0.0.1'"].join(' ');
const start = pg('pg_ctl', ['-D', data, '-l', log, '-o', options, '-w', '-t', '60', 'start']);
started = true;
if (!start.ok) setupFailed(`the server did not start on port ${port}`, start.output);

const create = pg('createdb', ['-h', dir, '-p', String(port), '-U', 'postgres', DB]);
if (!create.ok) setupFailed(`createdb ${DB} failed`, create.output);

const url = `postgres://postgres@127.0.0.1:${port}/${DB}`;
process.stderr.write(`test:pg: PostgreSQL (${bin}) at ${url}\n`);

const child = spawn(command[0], command.slice(1), { cwd: ROOT, stdio: 'inherit', env: { ...process.env, CROSSCHECK_TEST_PG: url } });
running = child;
const code: number = await new Promise((resolve) => {
  child.once('error', (err) => {
    process.stderr.write(`test:pg: ${command[0]}: ${err.message}\n`);
    resolve(127);
  });
  child.once('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
});
// Quietly: the command's summary stays the last line printed.
cleanup();
process.exit(code);
