/**
 * Headless Debian Chromium driven by playwright-core, for the review page's end-to-end spec and the
 * screenshot script. No browser is ever downloaded: `.ci/run` installs Debian's `chromium`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { BIN, ensureBuilt, ROOT } from '../helpers.ts';

/** The browser binary: Debian's package, or `CROSSCHECK_CHROMIUM` to point elsewhere. */
export const CHROMIUM = process.env.CROSSCHECK_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Flags for this machine's closed network: without the background-networking ones Chromium keeps
 * opening connections that are refused, and fails to look up Google's hosts at every start.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Why no browser test can run here, or null when Chromium is there. */
export function browserMissing(): string | null {
  try {
    accessSync(CHROMIUM, constants.X_OK);
    return null;
  } catch {
    return `no Chromium at ${CHROMIUM}: install Debian's chromium (as .ci/run does) or set CROSSCHECK_CHROMIUM`;
  }
}

/** A browser context with a fresh, empty profile; `close` ends the browser and removes the profile. */
export async function openBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  // A new --user-data-dir each time: no state leaks between runs (playwright passes it as that flag).
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A running `crosscheck review` child process and the address it printed. */
export interface Served {
  url: string;
  child: ChildProcess;
  /** Everything it wrote to stderr so far. */
  stderr: () => string;
  /** Stops it with SIGTERM and waits for it to exit; resolves to its exit code. */
  stop: () => Promise<number | null>;
}

/** Runs `crosscheck review ...args` as a user would and waits for the address it prints. */
export function serve(args: string[], timeoutMs = 60000): Promise<Served> {
  ensureBuilt();
  const child = spawn(process.execPath, [BIN, 'review', ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
  let out = '';
  let err = '';
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    return exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`crosscheck review printed no address in ${timeoutMs} ms; stderr:\n${err}`));
    }, timeoutMs);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Review page: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], child, stderr: () => err, stop });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`crosscheck review exited with ${code} before printing an address; stderr:\n${err}`));
    });
  });
}
