/**
 * The suite's own cache folder: `report` and the other commands keep each article's analysis in
 * `$XDG_CACHE_HOME/crosscheck` by default (lib/store), and a test run must neither read a user's
 * cache (an entry from other code could hide a change) nor leave hundreds of entries in it. Set
 * before any spec loads, so the CLI run in-process and every child process get it; removed at exit.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-spec-cache-'));
process.env.XDG_CACHE_HOME = dir;
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
