/**
 * A name right after an age: "16-year-old Kimani Gray was shot", "Sixteen-year-old Ann Roe". News
 * puts an age before a person's name and before nothing else that is capitalised, so two or more
 * name words after it are a person even when no word of them is a known given name.
 */
import type { Found, PersonContext, PersonParser } from './context.ts';
import { nameEnd } from './name.ts';

/** "16-year-old", "Sixteen-year-old", "twenty-five-year-old". */
const AGE = /^(?:\d{1,3}|[A-Za-z]{3,9}(?:-[a-z]{3,5})?)-year-old$/;

/** Age parser. */
export const ageParser: PersonParser = {
  rule: 'person/age',
  find(ctx: PersonContext): Found[] {
    const ws = ctx.words;
    const out: Found[] = [];
    for (let i = 1; i < ws.length; i++) {
      if (!AGE.test(ws[i - 1].text) || !/^[ \u00a0]$/.test(ws[i].gap)) continue;
      const last = nameEnd(ctx, i);
      // One capitalised word after an age ("a 16-year-old Briton") is too weak a name.
      if (last <= i) continue;
      out.push({ first: i, last, role: null, nationality: null, rule: this.rule });
      i = last;
    }
    return out;
  },
};
