/**
 * A given name and a family name: "Regina Benjamin", "Tony Thompson". A given name that is also
 * an ordinary word or a place ("Will", "Mark", "Sydney", "Georgia") counts only before a word the
 * English lexicon does not know ("Bill Ayers").
 */
import type { Found, PersonContext, PersonParser } from './context.ts';
import { hasUnknownWord, isOrdinaryWord, nameRuns, PARTICLES } from './name.ts';

/** Given-name parser. */
export const givenNameParser: PersonParser = {
  rule: 'person/given-name',
  find(ctx: PersonContext): Found[] {
    const ws = ctx.words;
    const out: Found[] = [];
    for (const [i, last] of nameRuns(ctx)) {
      const first = ws[i].base;
      // "Bayou La Batre": a capitalised particle is no given name here.
      if (last === i || !ctx.given.has(first) || PARTICLES.has(first.toLowerCase())) continue;
      const weak = isOrdinaryWord(first) || ctx.gaz.lookup(first).length > 0;
      if (weak && !hasUnknownWord(ws, i + 1, last)) continue;
      out.push({ first: i, last, role: null, nationality: null, rule: this.rule });
    }
    return out;
  },
};
