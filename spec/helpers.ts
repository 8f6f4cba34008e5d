/** Shared spec helpers: temporary folders and running the CLI as a user would. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
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

/** Runs `crosscheck ...args` in a child process, as a user would, with no terminal attached. */
export function cli(args: string[], cwd: string = ROOT): CliRun {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'crosscheck.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
