/**
 * A full name that speaks: "Chen Jun told ...", "... said John Smith", "according to Jane
 * Doe". Organisations speak too ("Human Rights Watch said"), so the name must look like one: some
 * word not in the English lexicon, or a given name first.
 */
import type { Found, PersonContext, PersonParser } from './context.ts';
import { hasUnknownWord, nameRuns } from './name.ts';
import { SPEAKER_VERBS } from '../../text/attribution.ts';


/** Attribution parser. */
export const attributionParser: PersonParser = {
  rule: 'person/attribution',
  find(ctx: PersonContext): Found[] {
    const ws = ctx.words;
    const out: Found[] = [];
    for (const [i, last] of nameRuns(ctx)) {
      if (last === i) continue;
      const next = ws[last + 1];
      const prev = ws[i - 1];
      const speaks = !ws[last].poss && next !== undefined && /^\s+$/.test(next.gap) && SPEAKER_VERBS.has(next.text);
      const spoken =
        prev !== undefined &&
        /^\s+$/.test(ws[i].gap) &&
        (SPEAKER_VERBS.has(prev.text) || (prev.text === 'to' && ws[i - 2]?.text.toLowerCase() === 'according'));
      if (!speaks && !spoken) continue;
      if (!hasUnknownWord(ws, i, last) && !ctx.given.has(ws[i].base)) continue;
      out.push({ first: i, last, role: null, nationality: null, rule: this.rule });
    }
    return out;
  },
};
