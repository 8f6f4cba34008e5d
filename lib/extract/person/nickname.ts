/**
 * A name with a nickname inside it: Vincent "The Chin" Gigante, Anthony 'Fat Tony' Salerno,
 * Adam (Pacman) Jones. The span covers the whole, nickname included; the person's name leaves the
 * nickname out ("Vincent Gigante"), so that "Gigante" alone is found again as the same person.
 */
import type { Found, PersonContext, PersonParser } from './context.ts';
import { isNameWord, nameEnd } from './name.ts';

/** What opens the nickname after the given name: a space, then a quote mark or a bracket. */
const OPEN = /^[ \u00a0]["“'‘(]$/;
/** What closes it before the family name. */
const CLOSE = /^["”'’)][ \u00a0]$/;

/** Nickname parser: a given name, one to three capitalised words in quotes or brackets, a family name. */
export const nicknameParser: PersonParser = {
  rule: 'person/nickname',
  find(ctx: PersonContext): Found[] {
    const ws = ctx.words;
    const out: Found[] = [];
    for (let i = 0; i + 2 < ws.length; i++) {
      // "Vincent": a known given name, so that a quoted title after a word ("the "New" York") is no name.
      if (!ctx.given.has(ws[i].base) || !isNameWord(ctx, ws[i]) || ws[i].poss || !OPEN.test(ws[i + 1].gap)) continue;
      let j = i + 1;
      while (j < ws.length && j < i + 4 && ws[j].cap && !ws[j].poss && (j === i + 1 || /^[ \u00a0]$/.test(ws[j].gap))) {
        if (j + 1 < ws.length && CLOSE.test(ws[j + 1].gap)) break;
        j++;
      }
      if (j >= ws.length - 1 || j >= i + 4 || !ws[j].cap || !CLOSE.test(ws[j + 1].gap)) continue;
      // "Anthony "Fat Tony" Salerno": after a given name and a nickname, a place name is a family name.
      let last = nameEnd(ctx, j + 1);
      if (last < 0 && isNameWord(ctx, ws[j + 1])) last = j + 1;
      if (last < 0) continue;
      out.push({ first: i, last, role: null, nationality: null, rule: this.rule, skip: [i + 1, j] });
      i = last;
    }
    return out;
  },
};
