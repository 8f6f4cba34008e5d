/**
 * Claims as JSON text, the form a store keeps an article's claims in (`ClaimMaterial.claims`) and
 * reads them back from. JSON has no Infinity: an open range ("at least 10" is 10 to Infinity)
 * would come back as null. So every number of a claim's comparable form that JSON cannot write
 * (±Infinity, NaN, -0) is written as a string behind a mark and read back as the number; the
 * claim's other numbers are offsets, indices and weekdays, always finite.
 */
import type { Candidate, Comparable } from './types.ts';
import { asciiJson } from '../../util/ascii.ts';

/** What a number JSON cannot write is written as: this mark, then `String(n)` ("-0" for -0). */
const MARK = '\u0000n:';

/** The claims as JSON text; {@link readClaims} gives them back. */
export function writeClaims(claims: readonly Candidate[]): string {
  // The comparable forms marked first, so that the rest is written by JSON's own writer, without
  // a replacer called at every value (several times faster). In ASCII alone: read back on JSON's
  // fast path (see asciiJson).
  return asciiJson(JSON.stringify(claims.map((c) => (writable(c.cmp) ? c : { ...c, cmp: marked(c.cmp) }))));
}

/** True when JSON writes every number of the comparable form as it is. */
function writable(c: Comparable): boolean {
  if (c.kind === 'number') return plain(c.range.value) && plain(c.range.low) && plain(c.range.high);
  if (c.kind === 'interval') return plain(c.interval.from) && plain(c.interval.to) && (c.instant === undefined || plain(c.instant));
  return true;
}

/** A number JSON writes as it is: finite, and not -0. */
function plain(n: number): boolean {
  return Number.isFinite(n) && !Object.is(n, -0);
}

/** The comparable form with its numbers JSON cannot write marked (see {@link MARK}); read back by {@link comparable}. */
function marked(c: Comparable): Comparable {
  const m = (n: number): number => (plain(n) ? n : (`${MARK}${Object.is(n, -0) ? '-0' : String(n)}` as unknown as number));
  if (c.kind === 'number') return { ...c, range: { ...c.range, value: m(c.range.value), low: m(c.range.low), high: m(c.range.high) } };
  if (c.kind === 'interval') return { ...c, interval: { ...c.interval, from: m(c.interval.from), to: m(c.interval.to) }, ...(c.instant === undefined ? {} : { instant: m(c.instant) }) };
  return c;
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
