/**
 * A name after a title or role: "Foreign Minister Pavel Dvorak", "Downing Street foreign policy aide
 * Jan Kral", "Gen. Smith", "his Kenyan counterpart Li Wei", and with a comma,
 * "Peru's newly appointed defence minister, Tomas Berg".
 */
import type { Found, PersonContext, PersonParser } from './context.ts';
import { isOrdinaryWord, nameEnd } from './name.ts';
import { roleBefore, roleOfBefore, type RoleHit } from './role.ts';
import { alternation } from '../../text/words.ts';

/** Characters that may close an apposed name: "..., Tomas Berg, and ...", "... Berg." */
const CLOSES = new RegExp(`^[,.;:)”"’]|^\\s+(?:${alternation('title-closers')})\\b|^\\s*$`);

/** Title parser: the role before the name, joined to it or set off by a comma. */
export const titleParser: PersonParser = {
  rule: 'person/title',
  find(ctx: PersonContext): Found[] {
    const ws = ctx.words;
    const out: Found[] = [];
    for (let i = 1; i < ws.length; i++) {
      const gap = ws[i].gap;
      let hit: RoleHit | null = null;
      let comma = false;
      if (/^[ \u00a0]{1,2}$/.test(gap) && !ws[i - 1].poss) hit = roleBefore(ctx, i - 1);
      else if (/^\.\s+$/.test(gap)) {
        // Only an abbreviated title keeps its period before the name: "Gen. Smith".
        hit = roleBefore(ctx, i - 1);
        if (hit && !hit.abbreviated) hit = null;
      } else if (/^,\s+$/.test(gap) && !ws[i - 1].poss) {
        hit = roleBefore(ctx, i - 1) ?? roleOfBefore(ctx, i - 1);
        comma = true;
      }
      if (!hit) continue;
      const last = nameEnd(ctx, i);
      if (last < 0) continue;
      const many = last > i;
      if (comma) {
        // "the new defense minister, Tomas Berg," — only a noun phrase, and a full name that the sentence closes.
        const rest = ctx.doc.body.slice(ws[last].baseEnd, ws[last + 1]?.start ?? ctx.sentence.end);
        if (!hit.np || !many || !CLOSES.test(ws[last].poss ? '' : rest)) continue;
      } else if (!many && !hit.titled) {
        // "official Tanjug news agency": a lowercase role before one word is too weak; known names are
        // found again with their role once the article has named them in full.
        continue;
      }
      // "Larry King Live": one ordinary word after a title is no name.
      if (!many && isOrdinaryWord(ws[i].base)) continue;
      out.push({ first: i, last, role: hit.role, nationality: hit.nationality, relation: hit.relational ? hit.head : null, rule: this.rule });
      i = last;
    }
    return out;
  },
};
