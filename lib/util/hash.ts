/** Stable fingerprints: same inputs, same id, on every run and machine. */
import { createHash } from 'node:crypto';

/** The first `length` hex digits of the SHA-256 of the parts joined by a unit separator. */
export function fingerprint(parts: readonly string[], length = 8): string {
  return createHash('sha256').update(parts.join('\u001f')).digest('hex').slice(0, length);
}
