/** Publication dates given as metadata, in whatever form a page or a manifest writes them. */
// English alone: the package's main entry loads every locale (see lib/extract/time/chrono.ts).
import * as chrono from 'chrono-node/en';
import type { IsoDate } from '../types.ts';

// "2024-05-16", "2024-05-16T08:30:00+03:00": the publisher's own calendar date is the first ten
// characters; converting through a time zone would move late-evening stories to the next day.
const ISO_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

/** True when `s` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m !== null && validDate(+m[1], +m[2], +m[3]);
}

/**
 * Normalizes a metadata date to `YYYY-MM-DD`, or null when it is not a full date:
 * "2024-05-16T08:30:00Z" → 2024-05-16, "May 16, 2024" → 2024-05-16, "Thu, 16 May 2024" → 2024-05-16.
 */
export function toIsoDate(raw: unknown): IsoDate | null {
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? null : raw.toISOString().slice(0, 10);
  if (typeof raw !== 'string') return null;
  const s = raw.trim();
  if (s.length > 100) return null;
  const iso = ISO_PREFIX.exec(s);
  if (iso) return validDate(+iso[1], +iso[2], +iso[3]) ? `${iso[1]}-${iso[2]}-${iso[3]}` : null;
  const parsed = chrono.strict.parse(s, new Date(Date.UTC(2000, 0, 1)))[0];
  if (!parsed || !parsed.start.isCertain('year') || !parsed.start.isCertain('month') || !parsed.start.isCertain('day')) return null;
  const y = parsed.start.get('year')!;
  const mo = parsed.start.get('month')!;
  const d = parsed.start.get('day')!;
  return validDate(y, mo, d) ? formatDate(y, mo, d) : null;
}

/** `YYYY-MM-DD` from numbers. */
export function formatDate(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}
