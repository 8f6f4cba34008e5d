/**
 * Places the gazetteer knows: countries ("Peru", "the United Kingdom", "U.K."), first-order
 * regions ("California"), world areas ("the Balkans") and cities ("Nairobi"), the longest name
 * first ("Papua New Guinea" before "Guinea"). A city written with its region or country ("Lima,
 * Peru", "Bayou La Batre, Ala.") is one place, even when the gazetteer lacks the town.
 *
 * Declined: a name inside a longer capitalised name ("New York Times", "Dallas Cowboys", "Air
 * Kenya"), a hyphenated compound of names ("Peru-Chile", "Peruvian-Kenyan"), and a demonym
 * ("Peruvian President") — nationalities are not places.
 */
import { titleLexicon } from '../../text/titles.ts';
import { CALENDAR, joined, type Word } from '../../text/name-words.ts';
import type { PlaceContext, PlaceFound, PlaceParser } from './context.ts';
import type { Place } from '../../text/gazetteer.ts';
import { alternation, wordSet } from '../../text/words.ts';

/** Direction words that may stand before a place without making another name ("Northern California"). */
const DIRECTIONS = wordSet('direction-modifiers');

/** Capitalised words that open a sentence or a phrase and are no part of a name. */
const OPENERS = wordSet('place-openers');
/** Particles inside a place name ("Rio de Janeiro"). */
const PLACE_PARTICLE = new RegExp(`^(?:${alternation('place-particles')})$`, 'i');

/** The longest gazetteer name that starts at word `i`: its last word and readings, or null. */
export function longestAt(ctx: PlaceContext, i: number): { last: number; places: readonly Place[] } | null {
  const ws = ctx.words;
  const body = ctx.doc.body;
  const first = ws[i];
  if (!first.cap || first.capCompound) return null;
  // Only as many words as the longest name that starts with this word: most words start none.
  const longest = first.upper && first.initial ? 1 : Math.max(ctx.gaz.wordsFrom(first.text), ctx.gaz.wordsFrom(first.base));
  for (let n = Math.min(longest, ws.length - i); n >= 1; n--) {
    const last = i + n - 1;
    // Inner words may be lowercase ("Bosnia and Herzegovina"), dotted ("Ottawa, D.C.") or look
    // possessive ("People’s Republic of Kenya"), but a hyphenated tail ends the name ("Geneva-based").
    let ok = ws[last].cap || ws[last].upper;
    for (let k = i; k < last && ok; k++) ok = !ws[k].hyphenTail && !ws[k].capCompound && /^,?\s+$/.test(ws[k + 1].gap);
    if (!ok) continue;
    let text = body.slice(first.start, ws[last].baseEnd);
    // "LIMA (Wire) -": a dateline in capitals.
    if (first.upper && n === 1 && first.initial) text = text.charAt(0) + text.slice(1).toLowerCase();
    else if (ws[last].upper && !/^[A-Z.]+$/.test(ws[last].base)) continue;
    const places = ctx.gaz.lookup(text);
    if (places.length > 0) return { last, places };
  }
  return null;
}

/** The region or country written after "Town, " from word `i`: "Ala.", "N.Y.", "Texas", "Peru". */
function regionAt(ctx: PlaceContext, i: number): { last: number; place: Place } | null {
  const ws = ctx.words;
  const w = ws[i];
  if (!w || !/^,\s+$/.test(w.gap)) return null;
  // "Ala." is a word and its period; "N.Y." and "D.C." are one dotted word.
  const abbr = ctx.gaz.abbreviation(w.text.endsWith('.') ? w.text : `${w.text}${w.next === '.' ? '.' : ''}`);
  if (abbr) return { last: i, place: abbr };
  const hit = longestAt(ctx, i);
  if (!hit) return null;
  const place = hit.places.find((p) => p.kind === 'region') ?? hit.places.find((p) => p.kind === 'country');
  return place ? { last: hit.last, place } : null;
}

/** True when a word is a title or role ("President", "Mayor", "Gov."). */
function isTitle(w: Word): boolean {
  const t = titleLexicon();
  const lower = w.base.toLowerCase();
  return t.roles.has(lower) || t.honorifics.has(lower) || t.abbreviations.has(`${lower}.`);
}

/** True when word `k` begins a longer capitalised name that is not a place: "Times" of "New York Times". */
function continuesName(ctx: PlaceContext, last: number): boolean {
  const ws = ctx.words;
  const next = ws[last + 1];
  if (!next || !joined(ws[last], next) || !next.cap) return false;
  // "UK Prime Minister", "Lima Tuesday", "Peru Kenya": a title, a date or another place is no continuation.
  if (CALENDAR.has(next.base) || isTitle(next) || ctx.gaz.demonym(next.base)) return false;
  return ctx.gaz.lookup(next.base).length === 0;
}

/** Gazetteer parser. */
export const knownParser: PlaceParser = {
  rule: 'place/gazetteer',
  find(ctx: PlaceContext): PlaceFound[] {
    const ws = ctx.words;
    const out: PlaceFound[] = [];
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      if (!w.cap || ctx.inPerson(i)) continue;
      const hit = longestAt(ctx, i);
      const prev = ws[i - 1];
      // "Bank of England", "Ministry of Foreign Affairs of Peru": the place names an organisation.
      const ofOrg = prev?.text === 'of' && (ctx.gaz.orgHeads.has(ws[i - 2]?.base) || (ws[i - 2]?.text === 'the' && ctx.gaz.orgHeads.has(ws[i - 3]?.base)));
      const afterName = prev !== undefined && joined(prev, w) && prev.cap && !prev.initial && !DIRECTIONS.has(prev.base) && !OPENERS.has(prev.base);
      if (hit) {
        let found: PlaceFound = { first: i, last: hit.last, places: hit.places, value: null, rule: this.rule };
        // "Air Kenya", "Bank Peru"; "New York Times", "Dallas Cowboys": part of another name.
        if ((afterName && !ctx.inPerson(i - 1)) || ofOrg || continuesName(ctx, hit.last)) {
          i = hit.last;
          continue;
        }
        // "13 nautical miles from the Mysore,": a city name after "the" and before a stop names a ship or a building.
        const next = ws[hit.last + 1];
        if (hit.places[0].kind === 'city' && prev?.text === 'the' && (!next || !/^\s+$/.test(next.gap))) {
          i = hit.last;
          continue;
        }
        const region = regionAt(ctx, hit.last + 1);
        const city = hit.places.find((p) => p.kind === 'city');
        if (region && city && hit.places[0].kind !== 'country' && !ws[region.last].poss) {
          // "Lima, Peru", "Paris, Texas": the city of that name in that country.
          const country = region.place.country;
          const inCountry = hit.places.find((p) => p.kind === 'city' && p.country === country);
          found = {
            first: i,
            last: region.last,
            places: inCountry ? [inCountry] : [],
            value: inCountry ? null : `${ctx.doc.body.slice(w.start, ws[hit.last].baseEnd)}, ${country}`,
            rule: 'place/city-region',
          };
        }
        out.push(found);
        i = found.last;
        continue;
      }
      // "Bayou La Batre, Ala.", "Wasilla, Alaska": a town the gazetteer lacks, known by its region.
      const run = townRun(ctx, i);
      if (run >= 0 && !afterName) {
        const region = regionAt(ctx, run + 1);
        if (region && region.place.kind === 'region' && !ws[region.last].poss) {
          const name = ctx.doc.body.slice(w.start, ws[run].baseEnd);
          out.push({ first: i, last: region.last, places: [], value: `${name}, ${region.place.country}`, rule: 'place/city-region' });
          i = region.last;
          continue;
        }
      }
    }
    return out;
  },
};

/** The last word of a run of one to three capitalised words from `i` that could name a town, or -1. */
function townRun(ctx: PlaceContext, i: number): number {
  const ws = ctx.words;
  let last = -1;
  for (let k = i; k < ws.length && k < i + 3; k++) {
    const w: Word = ws[k];
    const particle = k > i && PLACE_PARTICLE.test(w.text);
    if (!(w.cap || particle) || w.upper || w.capCompound || ctx.inPerson(k) || OPENERS.has(w.text) || CALENDAR.has(w.base)) break;
    if (k > i && !joined(ws[k - 1], w)) break;
    last = k;
    if (w.poss || w.hyphenTail) break;
  }
  return last >= 0 && !ws[last].poss ? last : -1;
}
