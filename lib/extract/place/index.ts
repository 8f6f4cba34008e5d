/**
 * The place extractor: countries, regions, world areas, cities and named venues, one fact per
 * mention, with a canonical value.
 *
 * Values: a country's common name ("Peru"), "Region, CC" for a first-order region ("Wales,
 * GB"), an area's name ("Balkans"), "City, CC" for a city ("Nairobi, KE"; "Tenby, GB"
 * for a town written with its state), and for a venue or feature its name as written, without
 * "the" ("Royal Albert Hall", "Genesee County").
 *
 * The engine runs the venue parser first (a venue holds its city: "Nairobi Jomo Kenyatta
 * Airport" is one place), then the gazetteer parser, then the cue parser (towns the gazetteer
 * lacks: "the resort of Cannes", "Qeshm island"), keeps the longest of overlapping finds, skips
 * words inside person names (the person extractor runs first and its facts are in `earlier`), and
 * settles two things only the whole article can: a weak city name ("Reading", "Victoria") counts
 * only where the text makes it a place (after a locative preposition, with its region, or where
 * the article confirmed it elsewhere), and a name with readings in several countries takes the
 * one of a country the article mentions ("Georgia" in an article set in the other Georgia's country is the state);
 * and a town a cue made a place is that place where the article names it again.
 */
import type { Document, Fact, PlaceFact } from '../../types.ts';
import type { Draft, Extractor } from '../index.ts';
import { sentenceWords } from '../../text/name-words.ts';
import type { PlaceContext, PlaceFound, PlaceParser } from './context.ts';
import { gazetteer, type Place } from '../../text/gazetteer.ts';
import { cueParser } from './cue.ts';
import { knownParser } from './known.ts';
import { placePhrase } from './phrase.ts';
import { venueParser } from './venue.ts';
import { pushAll } from '../../util/lists.ts';

export { placePhrase, type PlacePhrase, type PlaceRelation } from './phrase.ts';

/** The parsers, in order: where finds overlap, the longer wins, and on a tie the earlier parser. */
export const placeParsers: readonly PlaceParser[] = [venueParser, knownParser, cueParser];

/** A find with its sentence, before the article-wide choices. */
interface Located {
  ctx: PlaceContext;
  found: PlaceFound;
}

/** Every place mention of a document, as drafts, in text order. `people` are person facts found before. */
export function findPlaces(doc: Document, people: readonly Fact[] = []): Draft<PlaceFact>[] {
  const gaz = gazetteer();
  // Person spans by sentence, so that each word is checked against its own sentence's few.
  const persons = new Map<number, Fact[]>();
  for (const f of people) {
    if (f.kind !== 'person' || f.article !== doc.article.id) continue;
    const list = persons.get(f.sentence);
    if (list) list.push(f);
    else persons.set(f.sentence, [f]);
  }
  const located: Located[] = [];
  // Each sentence with its word owners, for the towns named again below.
  const read: Array<{ ctx: PlaceContext; owner: Array<PlaceFound | undefined> }> = [];
  for (const [i, sentence] of doc.sentences.entries()) {
    const ws = sentenceWords(doc, i);
    const here = persons.get(sentence.index) ?? [];
    const ctx: PlaceContext = {
      doc,
      sentence,
      words: ws,
      gaz,
      inPerson: (i) => here.some((p) => ws[i].start < p.end && ws[i].end > p.start),
    };
    // Which find holds each word: a find replaces those it overlaps only when it is longer than all of them.
    const owner: Array<PlaceFound | undefined> = new Array(ws.length);
    for (const parser of placeParsers) {
      for (const f of parser.find(ctx)) {
        const clashes = new Set<PlaceFound>();
        for (let k = f.first; k <= f.last; k++) if (owner[k]) clashes.add(owner[k]!);
        if ([...clashes].some((h) => h.last - h.first >= f.last - f.first)) continue;
        for (const h of clashes) for (let k = h.first; k <= h.last; k++) owner[k] = undefined;
        for (let k = f.first; k <= f.last; k++) owner[k] = f;
      }
    }
    for (let k = 0; k < ws.length; k++) if (owner[k] && owner[k]!.first === k) located.push({ ctx, found: owner[k]! });
    read.push({ ctx, owner });
  }
  pushAll(located, sameTowns(located, read));

  // The countries the article places itself in: those of its unambiguous readings.
  const countries = new Set<string>();
  for (const { found } of located) {
    if (found.places.length > 0 && new Set(found.places.map((p) => p.country)).size === 1) countries.add(found.places[0].country ?? '');
  }
  const choose = (places: readonly Place[]): Place => {
    const best = places[0];
    if (best.country !== null && countries.has(best.country)) return best;
    return places.find((p) => p.country !== null && countries.has(p.country)) ?? best;
  };

  const drafts: Draft<PlaceFact>[] = located.map(({ ctx, found }) => {
    const start = ctx.words[found.first].start;
    const end = ctx.words[found.last].baseEnd;
    const place = found.places.length > 0 ? choose(found.places) : null;
    return {
      kind: 'place',
      article: doc.article.id,
      start,
      end,
      text: doc.article.text.slice(start, end),
      sentence: ctx.sentence.index,
      extractor: found.rule,
      value: place ? place.value : (found.value ?? ''),
      // Carried to the filter below and dropped there.
      weak: place?.weak === true && found.rule === 'place/gazetteer',
    } as Draft<PlaceFact> & { weak: boolean };
  });

  // A weak name counts where the text makes it a place, and then everywhere in the article.
  const confirmed = new Set<string>();
  for (const d of drafts as Array<Draft<PlaceFact> & { weak: boolean }>) {
    if (d.weak && ['in', 'to', 'from'].includes(placePhrase(doc, d).relation)) confirmed.add(d.value);
  }
  return (drafts as Array<Draft<PlaceFact> & { weak: boolean }>)
    .filter((d) => d.value !== '' && (!d.weak || confirmed.has(d.value)))
    .map(({ weak: _weak, ...d }) => d as Draft<PlaceFact>)
    .sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * A town a cue made a place ("the resort of Cannes", "Qeshm island") is that place wherever the
 * article names it again and no other find holds the words ("in Cannes", "Qeshm is popular").
 */
function sameTowns(located: readonly Located[], sentences: ReadonlyArray<{ ctx: PlaceContext; owner: ReadonlyArray<PlaceFound | undefined> }>): Located[] {
  const towns = new Map<string, string>();
  for (const { found } of located) if (found.rule === 'place/cue' && found.places.length === 0 && found.name && !towns.has(found.name)) towns.set(found.name, found.value!);
  if (towns.size === 0) return [];
  // Names of one to three words, looked up by their first word, with their length in words.
  const byFirst = new Map<string, Array<{ name: string; n: number }>>();
  for (const name of towns.keys()) {
    const parts = name.split(/\s+/);
    byFirst.set(parts[0], [...(byFirst.get(parts[0]) ?? []), { name, n: parts.length }]);
  }
  const out: Located[] = [];
  for (const { ctx, owner } of sentences) {
    const ws = ctx.words;
    for (let i = 0; i < ws.length; i++) {
      const names = byFirst.get(ws[i].base);
      if (!names || owner[i] || ctx.inPerson(i)) continue;
      for (const { name, n } of names) {
        const last = i + n - 1;
        if (last >= ws.length || ctx.doc.body.slice(ws[i].start, ws[last].baseEnd) !== name) continue;
        let free = true;
        for (let k = i; k <= last; k++) free &&= !owner[k] && !ctx.inPerson(k);
        // "Cannes Film Festival": the name inside a longer capitalised name is not the town.
        if (!free || (ws[last + 1]?.cap && /^\s+$/.test(ws[last + 1].gap)) || (i > 0 && ws[i - 1].cap && !ws[i - 1].initial && /^\s+$/.test(ws[i].gap))) continue;
        out.push({ ctx, found: { first: i, last, places: [], value: towns.get(name)!, rule: 'place/cue', name } });
        i = last;
        break;
      }
    }
  }
  return out;
}

/** The place extractor: every place mention with its canonical value. Runs after the person extractor. */
export const placeExtractor: Extractor = {
  name: 'place',
  extract(doc: Document, earlier: readonly Fact[]): Draft[] {
    return findPlaces(doc, earlier);
  },
};
