/**
 * A full name whose family name the article uses alone elsewhere: news names a person in full once
 * and by surname after ("Wladimir Klitschko ... Klitschko put Thompson on the canvas"), or, for
 * family-first names, by the first word ("Li Wei ... Li and Novak").
 */
import type { Found, PersonContext, PersonParser } from './context.ts';
import { hasUnknownWord, nameRuns } from './name.ts';
import { isKnownWord } from '../../text/name-words.ts';

/** Recurring-surname parser. */
export const recurringParser: PersonParser = {
  rule: 'person/recurring',
  find(ctx: PersonContext): Found[] {
    const ws = ctx.words;
    const out: Found[] = [];
    for (const [i, last] of nameRuns(ctx)) {
      if (last === i || !hasUnknownWord(ws, i, last)) continue;
      // The word used alone must be no English word: "Klitschko" is a name, "Maritime" or "Films" is not.
      const reused = (w: string) => (ctx.alone.get(w) ?? 0) > 0 && !isKnownWord(w);
      const family = reused(ws[last].base);
      // A reused first word is more often a company or a place ("Microsoft Word", "Millom Pier"): only a
      // two-word name of two unknown words counts ("Li Wei").
      const familyFirst = last === i + 1 && !ctx.given.has(ws[i].base) && reused(ws[i].base) && !isKnownWord(ws[last].base);
      if (!family && !familyFirst) continue;
      out.push({ first: i, last, role: null, nationality: null, rule: this.rule });
    }
    return out;
  },
};
