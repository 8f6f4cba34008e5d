/** Shared spec helpers: temporary folders and running the CLI as a user would. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The command users run: it runs the build in dist/ (see {@link ensureBuilt}). */
export const BIN = join(ROOT, 'bin', 'crosscheck.js');
/** The bundled seed articles. */
export const SEEDS = join(ROOT, 'data', 'seeds');
/** The seeds' manifest. */
export const MANIFEST = join(SEEDS, 'manifest.json');

/** A fresh temporary folder holding the given files (path → content); removed by `cleanup`. */
export function tempTree(files: Record<string, string | Uint8Array> = {}): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-spec-'));
  for (const [name, content] of Object.entries(files)) {
    const p = join(dir, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Reads a seed article's text. */
export function seedText(name: string): string {
  return readFileSync(join(SEEDS, name), 'utf8');
}

/** Result of running the CLI. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

let built = false;

/**
 * Builds dist/ once per spec run when the bin says it is missing or older than lib/, so that specs
 * running the CLI as users do run the sources as they are now, compiled as users get them, and
 * not tsx's fallback (which would add its note to stderr).
 */
export function ensureBuilt(): void {
  if (built) return;
  const probe = spawnSync(process.execPath, [BIN, '--version'], { cwd: ROOT, encoding: 'utf8' });
  if (probe.stderr.includes('crosscheck: note:')) {
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const build = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
  }
  built = true;
}

/** Runs `crosscheck ...args` in a child process, as a user would, with no terminal attached. */
export function cli(args: string[], cwd: string = ROOT): CliRun {
  ensureBuilt();
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
