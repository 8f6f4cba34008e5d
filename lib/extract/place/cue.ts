/**
 * Towns and islands the gazetteer does not list, where the words around them say they are places:
 * "the resort of Cannes", "her hometown of Wasilla", "Qeshm island", "Woodburn, about 30 miles
 * south of Portland". The name itself is unknown, so only such a cue makes it a place; the engine
 * (`index.ts`) then takes the same name elsewhere in the article as the same place ("in Qeshm").
 *
 * Runs after the gazetteer and venue parsers: a name they know keeps their reading.
 */
import { CALENDAR, joined, type Word } from '../../text/name-words.ts';
import type { PlaceContext, PlaceFound, PlaceParser } from './context.ts';
import { nameWord as venueNameWord, runFrom } from './venue.ts';
import { alternation, wordSet } from '../../text/words.ts';

/** "the town of X": nouns that say the name after "of" is a settlement or an area. */
const KIND_OF = wordSet('settlement-nouns');

/** "X island": lowercase heads after a name, and how the value writes them. */
const LOWER_HEADS = new Map([
  ['island', 'Island'],
  ['islands', 'Islands'],
  ['province', 'Province'],
  ['county', 'County'],
  ['district', 'District'],
]);

/** "X, about 30 miles south of Y": units and directions of a distance that places X. */
const UNITS = wordSet('distance-units');
const DIRECTION = new RegExp(`^(?:${alternation('compass-directions')})$`);
const ABOUT = wordSet('approximators');

/** True when `w` can be a word of a town's name: a venue's name word, not in capitals, not a date word. */
function nameWord(w: Word | undefined): w is Word {
  return w !== undefined && venueNameWord(w) && !w.upper && !w.hyphenTail && !CALENDAR.has(w.base);
}

/** The last index of a run of joined name words from `i` (at most three), or `i - 1`. */
const townRun = (ws: readonly Word[], i: number): number => runFrom(ws, i, 3, nameWord);

/** A find unless a word of it lies in a person's name ("the town of Jackson Pollock"). */
function found(ctx: PlaceContext, first: number, last: number, name: string, value: string): PlaceFound | null {
  for (let k = first; k <= last; k++) if (ctx.inPerson(k)) return null;
  return { first, last, places: ctx.gaz.lookup(value), value, rule: 'place/cue', name };
}

/** The cue parser. */
export const cueParser: PlaceParser = {
  rule: 'place/cue',
  find(ctx: PlaceContext): PlaceFound[] {
    const ws = ctx.words;
    const body = ctx.doc.body;
    const text = (a: number, b: number) => body.slice(ws[a].start, ws[b].baseEnd);
    const out: PlaceFound[] = [];
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      // "the resort of Cannes", "her hometown of Wasilla"
      if (!w.cap && KIND_OF.has(w.text) && ws[i + 1]?.text === 'of' && nameWord(ws[i + 2]) && /^\s+$/.test(ws[i + 2].gap)) {
        const last = townRun(ws, i + 2);
        // "the state of Texas Department of ...": a name that goes on into another capitalised word is no town
        if (nameWord(ws[last + 1]) && joined(ws[last], ws[last + 1])) continue;
        const name = text(i + 2, last);
        const f = found(ctx, i + 2, last, name, name);
        if (f) out.push(f);
        i = last;
        continue;
      }
      if (!nameWord(w) || w.initial) continue;
      if (i > 0 && nameWord(ws[i - 1]) && joined(ws[i - 1], w)) continue;
      const last = townRun(ws, i);
      const after = ws[last + 1];
      // "Qeshm island"
      const head = after && !after.cap && /^\s+$/.test(after.gap) ? LOWER_HEADS.get(after.text) : undefined;
      if (head) {
        const name = text(i, last);
        const f = found(ctx, i, last + 1, name, `${name} ${head}`);
        if (f) out.push(f);
        i = last + 1;
        continue;
      }
      // "Woodburn, about 30 miles south of Portland"
      if (after && /^,\s+$/.test(after.gap)) {
        let k = last + 1;
        if (ABOUT.has(ws[k].text)) k++;
        if (ws[k] && /^\d[\d,.]*$/.test(ws[k].text) && UNITS.has(ws[k + 1]?.text ?? '') && DIRECTION.test(ws[k + 2]?.text ?? '') && ws[k + 3]?.text === 'of') {
          const name = text(i, last);
          const f = found(ctx, i, last, name, name);
          if (f) out.push(f);
        }
      }
      i = last;
    }
    return out;
  },
};
