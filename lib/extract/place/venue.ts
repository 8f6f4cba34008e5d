/**
 * Named venues and features, by their head word: "the Royal Albert Hall", "the Grand
 * Royal Palace", "Nairobi Jomo Kenyatta International Airport", "Wasilla Bible Church", "Genesee
 * County", "Gulf of Aden", "Lake Tahoe". Head words come from the gazetteer file.
 */
import { joined, type Word } from '../../text/name-words.ts';
import type { PlaceContext, PlaceFound, PlaceParser } from './context.ts';
import { lookupForm } from '../../text/gazetteer.ts';
import { wordSet } from '../../text/words.ts';

/** Capitalised words that open a sentence or a phrase and are no part of a name. */
const NOT_NAME = wordSet('venue-openers');

/** True when `w` can be a word of a venue's name. */
export function nameWord(w: Word): boolean {
  return w.cap && !w.capCompound && !NOT_NAME.has(w.text) && !/^\d/.test(w.text);
}

/** The last index of a run of joined words from `i` that pass `isName` (at most `max`), or `i - 1` when none. */
export function runFrom(ws: readonly Word[], i: number, max: number, isName: (w: Word) => boolean = nameWord): number {
  let last = i - 1;
  for (let k = i; k < ws.length && k < i + max && isName(ws[k]) && (k === i || joined(ws[k - 1], ws[k])); k++) last = k;
  return last;
}

/** Venue and feature parser. */
export const venueParser: PlaceParser = {
  rule: 'place/venue',
  find(ctx: PlaceContext): PlaceFound[] {
    const ws = ctx.words;
    const { venueHeads, featureHeads, featurePrefixes } = ctx.gaz;
    const out: PlaceFound[] = [];
    for (let h = 0; h < ws.length; h++) {
      const head = ws[h];
      if (!head.cap) continue;
      // "District Attorney", "Fiji Island Auto": a head word followed by another name word heads nothing.
      const more = ws[h + 1] !== undefined && joined(head, ws[h + 1]) && ws[h + 1].cap;
      const isHead = !more && (venueHeads.has(head.base) || featureHeads.has(head.base));
      const isPrefix = featurePrefixes.has(head.text);
      if (!isHead && !isPrefix) continue;
      // Left: "Grand Royal" of "Grand Royal Palace".
      let first = h;
      while (first > 0 && joined(ws[first - 1], ws[first]) && nameWord(ws[first - 1]) && h - first < 5) first--;
      let last = h;
      // Right: "of the Arts", "of Aden".
      const of = ws[h + 1];
      if (!head.poss && of && of.text === 'of' && /^\s+$/.test(of.gap)) {
        let k = h + 2;
        if (ws[k] && ws[k].text === 'the' && /^\s+$/.test(ws[k].gap)) k++;
        if (ws[k] && /^\s+$/.test(ws[k].gap)) {
          const end = runFrom(ws, k, 4);
          if (end >= k) last = end;
        }
      } else if (isPrefix && first === h && ws[h + 1] && joined(head, ws[h + 1])) {
        // "Lake Tahoe", "Mount Everest".
        const end = runFrom(ws, h + 1, 3);
        if (end > h) last = end;
      }
      if (first === h && last === h) continue;
      if (!isHead && last === h) continue;
      // "Hall" is a surname, "Park" too: a venue does not hold a person's name the person extractor found.
      let person = false;
      for (let k = first; k <= last; k++) person ||= ctx.inPerson(k);
      if (person) continue;
      const text = lookupForm(ctx.doc.body.slice(ws[first].start, ws[last].baseEnd));
      out.push({ first, last, places: ctx.gaz.lookup(text), value: text, rule: featureHeads.has(head.base) || isPrefix ? 'place/feature' : this.rule });
      h = last;
    }
    return out;
  },
};
