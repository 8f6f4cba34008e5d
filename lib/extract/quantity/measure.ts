/**
 * Measurements: "55 miles", "100km", "a 10-metre craft", "13 nautical miles", "30°C",
 * "60 miles per hour", "329 passing yards", "200 pounds" (a weight: sterling is read by
 * `money.ts` only when scaled), and the first number of "from 2.8 to 3.8 degrees". The unit is a
 * short code from the lexicon (`km`, `mi`, `ft`, `kg`, `lb`, `°C`); no conversion.
 *
 * In a hyphen compound the noun after it is the thing measured and goes in `counted`
 * ("a 10-metre craft" → craft). Heights written "6-foot-5" are declined: two numbers, one fact.
 */
import { countedAfter } from './counted.ts';
import { afterRangePartner } from './range.ts';
import { decline, type Context, type Outcome, type Rule } from './rule.ts';
import { glued, type Token } from './tokens.ts';
import type { Lexicon } from './lexicon.ts';

const PERCENT_UNITS = new Set(['percent', 'percentage points']);

/** Numbers followed by a unit of measurement. */
export const measure: Rule = {
  name: 'measure',
  read(ctx: Context): Outcome {
    const { tokens, num, lex } = ctx;
    if (num.form !== 'digits' && num.form !== 'words') return null;
    let k = num.last + 1;
    const compound = tokens[k]?.text === '-' && glued(tokens, k) && glued(tokens, k + 1);
    if (compound) k++;
    let u = unitAt(tokens, k, lex);
    // "329 passing yards", "793 total yards": one modifier between.
    if (!u && !compound && tokens[k]?.kind === 'word' && (lex.modifiers.has(tokens[k].lower) || /ing$/.test(tokens[k].lower))) {
      const v = unitAt(tokens, k + 1, lex);
      if (v && !lex.glueOnlyUnits.has(tokens[k + 1].lower)) u = v;
    }
    if (!u) {
      // "from 2.8 to 3.8 degrees": the unit of the range partner.
      const r = afterRangePartner(ctx);
      const ranged = r === null ? null : unitAt(tokens, r, lex);
      return ranged ? { first: num.first, last: num.last, unit: ranged.unit, counted: null } : null;
    }
    // "6-foot-5", "5-foot-8,135 pounds".
    if (tokens[u.at + 1]?.text === '-' && glued(tokens, u.at + 1) && tokens[u.at + 2]?.kind === 'num') return decline('measure: height in feet and inches');
    const described = compound ? countedAfter(tokens, u.at + 1, 'singular', lex, { lowercase: true }) : null;
    return { first: num.first, last: described ? described.last : u.at, unit: u.unit, counted: described ? described.counted : null };
  },
};

/** The unit starting at token `k` and its last token; "100m" is metres but "100 m" may be anything, and "5 in" is a preposition. */
function unitAt(tokens: readonly Token[], k: number, lex: Lexicon): { unit: string; at: number } | null {
  const t = tokens[k];
  if (!t) return null;
  const hit = lex.units.forward(tokens, k);
  if (hit && !PERCENT_UNITS.has(hit.value)) {
    if (lex.glueOnlyUnits.has(t.lower) && hit.at === k && !glued(tokens, k)) return null;
    return { unit: hit.value, at: hit.at };
  }
  if (lex.poundWords.has(t.lower)) return { unit: 'lb', at: k };
  return null;
}
