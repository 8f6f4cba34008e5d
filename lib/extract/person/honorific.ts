/** A name after a courtesy title: "Mr Novak", "Mr. Smith", "Dr. Regina Benjamin". */
import type { Found, PersonContext, PersonParser } from './context.ts';
import { nameEnd } from './name.ts';

/** Honorific parser. The title itself stays out of the name and gives no role. */
export const honorificParser: PersonParser = {
  rule: 'person/honorific',
  find(ctx: PersonContext): Found[] {
    const ws = ctx.words;
    const out: Found[] = [];
    for (let i = 1; i < ws.length; i++) {
      const prev = ws[i - 1];
      if (!prev.cap || !ctx.titles.honorifics.has(prev.text.toLowerCase())) continue;
      // "Mr Novak" or "Mr. Novak", nothing else between.
      if (!/^\.?[ \u00a0]{1,2}$/.test(ws[i].gap)) continue;
      const last = nameEnd(ctx, i);
      if (last < 0) continue;
      out.push({ first: i, last, role: null, nationality: null, rule: this.rule });
      i = last;
    }
    return out;
  },
};
