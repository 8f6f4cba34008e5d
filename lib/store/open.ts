/**
 * Where the command line's store options (`index --store`, `check --against`, `--cache`) lead: a
 * `postgres://` or `postgresql://` URL opens the PostgreSQL store, anything else names a folder.
 * Both are loaded only when named, so a run with files never loads the PostgreSQL client.
 */
import type { FactStore } from '../types.ts';

/** Whether `location` is a PostgreSQL URL (`postgres://…` or `postgresql://…`) rather than a folder. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(location);
}

/**
 * Opens the store at `location`: a PostgreSQL URL, else a store folder (created when missing).
 * Rejects with a message naming the location (a URL without its password) when it cannot be used.
 */
export async function openStore(location: string): Promise<FactStore> {
  if (isPostgresUrl(location)) {
    const { openPostgresStore } = await import('./postgres.ts');
    return openPostgresStore(location);
  }
  const { openFileStore } = await import('./files.ts');
  return openFileStore(location);
}
