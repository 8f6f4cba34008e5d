/**
 * Exact numbers for quantities: a fraction of two bigints, so that "1.5 million" is exactly
 * 1500000 and "$240 billion" exactly 240000000000, with no floating-point residue.
 */

/** A non-negative rational number `num / den`, `den > 0`. */
export interface Rational {
  num: bigint;
  den: bigint;
}

/** The rational of an integer. */
export function int(n: number | bigint): Rational {
  return { num: BigInt(n), den: 1n };
}

/** Parses a digit string as written in news: "3,000", "1.5", "240". Returns null for other shapes. */
export function parseDigits(s: string): Rational | null {
  // The common case, "12" or "2013", without the regex and the reduction.
  if (s.length < 16 && /^\d+$/.test(s)) return { num: BigInt(s), den: 1n };
  // "3,000" and "1,234,567.5" (groups of three) or plain "1500" / "6.1"; "12,34" and "1.2.3" are not numbers.
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(s)) return null;
  const [whole, frac = ''] = s.replace(/,/g, '').split('.');
  return reduce({ num: BigInt(whole + frac), den: 10n ** BigInt(frac.length) });
}

/** `a × b`. */
export function mul(a: Rational, b: Rational): Rational {
  return reduce({ num: a.num * b.num, den: a.den * b.den });
}

/** `a + b`. */
export function add(a: Rational, b: Rational): Rational {
  return reduce({ num: a.num * b.den + b.num * a.den, den: a.den * b.den });
}

/** `a × 10^k` (k may be negative: "50 cents" → × 10^-2). */
export function shift(a: Rational, k: number): Rational {
  return k >= 0 ? mul(a, { num: 10n ** BigInt(k), den: 1n }) : mul(a, { num: 1n, den: 10n ** BigInt(-k) });
}

/** `n / d` for a fraction word: "two-thirds" → 2/3. */
export function ratio(n: number | bigint, d: number | bigint): Rational {
  return reduce({ num: BigInt(n), den: BigInt(d) });
}

/** True for a whole number. */
export function isInteger(a: Rational): boolean {
  return a.den === 1n;
}

/** Compares with a plain number, for range checks ("an age is at most 130"). */
export function lessOrEqual(a: Rational, n: number): boolean {
  return a.num <= BigInt(n) * a.den;
}

/**
 * The decimal string of a value, rounded half up to `places` decimals and without trailing zeros:
 * 1500000 → "1500000", 2/3 × 100 → "66.67" (places 2), 5/2 → "2.5".
 */
export function toDecimal(a: Rational, places = 6): string {
  const scale = 10n ** BigInt(places);
  const scaled = (a.num * scale * 2n + a.den) / (2n * a.den);
  const whole = scaled / scale;
  const frac = (scaled % scale).toString().padStart(places, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : `${whole}`;
}

function reduce(a: Rational): Rational {
  const g = gcd(a.num < 0n ? -a.num : a.num, a.den);
  return g > 1n ? { num: a.num / g, den: a.den / g } : a;
}

function gcd(a: bigint, b: bigint): bigint {
  while (b) [a, b] = [b, a % b];
  return a;
}
