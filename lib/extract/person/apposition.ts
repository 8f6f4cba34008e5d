/**
 * A name with an apposition after it: "Ewa Nowak, an expert on Kenyan foreign policy",
 * "Wu Ming, spokesperson for the embassy", "Novak, aged 71,", "Smith, 33,", "Jones, who".
 * The age itself is the quantity extractor's.
 */
import type { Found, PersonContext, PersonParser } from './context.ts';
import { isKnownWord } from '../../text/name-words.ts';
import { nameRuns } from './name.ts';
import { roleAfter } from './role.ts';

/** Apposition parser. */
export const appositionParser: PersonParser = {
  rule: 'person/apposition',
  find(ctx: PersonContext): Found[] {
    const ws = ctx.words;
    const out: Found[] = [];
    for (const [i, last] of nameRuns(ctx)) {
      const after = ws[last + 1];
      if (!after || ws[last].poss || !/^,\s+$/.test(after.gap)) continue;
      const then = ws[last + 2];
      let role: string | null = null;
      let nationality: string | null = null;
      if (/^\d{1,3}$/.test(after.text) && (!then || /^,/.test(then.gap))) {
        // "Smith, 33, said": an age.
      } else if (after.text === 'aged' && then && /^\d{1,3}$/.test(then.text)) {
        // "Novak, aged 71,".
      } else if (after.text === 'who') {
        // "Jones, who ...": "who" is said of people; organisations take "which".
      } else {
        const hit = roleAfter(ctx, last + 1);
        if (!hit || hit.role === null) continue;
        role = hit.role;
        nationality = hit.nationality;
      }
      // One word alone must not be an ordinary word: "Officials, who ..." is no one's name.
      if (last === i && isKnownWord(ws[i].base)) continue;
      out.push({ first: i, last, role, nationality, rule: this.rule });
    }
    return out;
  },
};
