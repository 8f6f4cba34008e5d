/**
 * Claims as JSON text, the form an article's claims are kept in (`ClaimMaterial.claims`) and read
 * back from, in a store or in the same run alike. JSON has no Infinity: an open range ("at least
 * 10" is 10 to Infinity) would come back as null. So every number JSON cannot write (±Infinity,
 * NaN, -0) is written as a string behind a mark, and the numbers of a claim's comparable form, the
 * only ones that can be such, are read back as numbers.
 */
import type { Candidate, Comparable } from './types.ts';
import { asciiJson } from '../../util/ascii.ts';

/** What a number JSON cannot write is written as: this mark, then `String(n)` ("-0" for -0). */
const MARK = '\u0000n:';

/** The claims as JSON text; {@link readClaims} gives them back. */
export function writeClaims(claims: readonly Candidate[]): string {
  // In ASCII alone: read back on JSON's fast path (see asciiJson).
  return asciiJson(JSON.stringify(claims, (_key, v: unknown) => (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0)) ? `${MARK}${Object.is(v, -0) ? '-0' : String(v)}` : v)));
}

/**
 * The claims of a text {@link writeClaims} made: equal to those written but for fields that held
 * `undefined` (JSON leaves them out, as a reader of the field cannot tell). Fresh objects, the
 * caller's to change. Throws on a text that is not such JSON.
 */
export function readClaims(text: string): Candidate[] {
  let claims: Candidate[];
  try {
    claims = JSON.parse(text) as Candidate[];
  } catch (err) {
    throw new Error(`claims: not JSON (${(err as Error).message})`);
  }
  if (!Array.isArray(claims)) throw new Error('claims: not a list');
  for (const c of claims) c.cmp = comparable(c.cmp);
  return claims;
}

/** A comparable form with its marked numbers read back; the object itself when it has none. */
function comparable(c: Comparable): Comparable {
  switch (c.kind) {
    case 'number': {
      const { range } = c;
      if (typeof range.value === 'number' && typeof range.low === 'number' && typeof range.high === 'number') return c;
      return { ...c, range: { ...range, value: num(range.value), low: num(range.low), high: num(range.high) } };
    }
    case 'interval': {
      const { interval } = c;
      if (typeof interval.from === 'number' && typeof interval.to === 'number' && (c.instant === undefined || typeof c.instant === 'number')) return c;
      return { ...c, interval: { ...interval, from: num(interval.from), to: num(interval.to) }, ...(c.instant === undefined ? {} : { instant: num(c.instant) }) };
    }
    default:
      return c;
  }
}

/** A number as {@link writeClaims} wrote it. */
function num(v: number | string): number {
  if (typeof v === 'number') return v;
  if (!v.startsWith(MARK)) throw new Error(`claims: '${v}' where a number was written`);
  return Number(v.slice(MARK.length));
}
