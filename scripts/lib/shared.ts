/**
 * The evaluation data beside the project (`../shared/dev/…`), which a clone does not have: a script
 * that needs it says so in one line and exits 2, instead of dying on the first read with a stack
 * trace.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The shared folder beside the project. */
export const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared');
/** The ECB+ dev corpus: labels.tsv and articles/. */
export const ECB_DIR = join(SHARED, 'dev', 'ecbplus');
/** The ECB+ dev articles, one `.txt` file each. */
export const ECB_ARTICLES = join(ECB_DIR, 'articles');

/** The first of `paths` that does not exist, or null. */
export function firstMissing(paths: readonly string[]): string | null {
  return paths.find((p) => !existsSync(p)) ?? null;
}

/** Ends the script (exit 2) with one line naming what is missing, unless every path exists. */
export function needShared(script: string, ...paths: string[]): void {
  const missing = firstMissing(paths);
  if (missing === null) return;
  process.stderr.write(`${script}: ${missing} not found; this script reads the evaluation data in ../shared beside the project (ECB+ dev articles in ../shared/dev/ecbplus); nothing was run\n`);
  process.exit(2);
}
