/**
 * Time zones: the IANA zone of a place (data/zones.json, built by scripts/build-zones.ts from the
 * gazetteer's cities), the UTC offset of a zone on a day (node's own time zone data, through
 * `Intl`), and the instant a TIMEX3 time value names, so that "0915 GMT" and "4:15 p.m. local time"
 * in a place seven hours ahead are one moment.
 */
import { dataJson } from './words.ts';
import { gazetteer } from './gazetteer.ts';
import { daysFromCivil } from '../calendar/days.ts';

interface ZonesFile {
  multiZone: string[];
  places: Record<string, string>;
}

let zones: ZonesFile | null = null;
const file = (): ZonesFile => (zones ??= dataJson<ZonesFile>('zones.json'));

/**
 * The IANA zone of a place value ("Nairobi, KE" → Africa/Nairobi, "Kenya" → Africa/Nairobi), or
 * null when the data has none or the place spans several offsets (a country such as the United
 * States, where the country alone does not fix the local time).
 */
export function zoneOfPlace(value: string): string | null {
  const zone = file().places[value];
  if (!zone) return null;
  // a country name has a code; a city ("Nairobi, KE") has none and keeps its own zone
  const code = gazetteer().countryCode(value);
  if (code !== null && file().multiZone.includes(code)) return null;
  return zone;
}

/** The IANA zone of a place named as written ("Tokyo", "Nairobi"): its best gazetteer reading's. */
export function zoneOfName(name: string): string | null {
  for (const p of gazetteer().lookup(name)) {
    const z = zoneOfPlace(p.value);
    if (z) return z;
  }
  return null;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** Minutes east of UTC in `zone` at the UTC instant `ms` ("Asia/Tokyo" → 540). */
export function offsetMinutesAt(zone: string, ms: number): number | null {
  let f = formats.get(zone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    } catch {
      return null;
    }
    formats.set(zone, f);
  }
  const name = f.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? '';
  // "GMT+08:00", "GMT-04:00", "GMT" (zero)
  const m = /^GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(name);
  if (!m) return null;
  return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** The ISO offset ("+08:00", "Z") of `zone` at local noon of a day, or null for an unknown zone. */
export function isoOffset(zone: string, y: number, m: number, d: number): string | null {
  const minutes = offsetMinutesAt(zone, (daysFromCivil(y, m, d) * 1440 + 720) * 60_000);
  if (minutes === null) return null;
  if (minutes === 0) return 'Z';
  const a = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/**
 * The instant (minutes since 1970-01-01 UTC) of a TIMEX3 time value: with its own offset
 * ("2012-07-07T22:04-04:00", "…T09:15Z"), or in `zone` when the value has none and a zone is known
 * (a "local time" in the place of the event). Null for a value without a clock time or a zone.
 */
export function instantOf(value: string, zone: string | null = null): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})?$/.exec(value);
  if (!m) return null;
  const local = daysFromCivil(+m[1], +m[2], +m[3]) * 1440 + +m[4] * 60 + +m[5];
  if (m[6] === 'Z') return local;
  if (m[6]) {
    const sign = m[6][0] === '-' ? -1 : 1;
    return local - sign * (Number(m[6].slice(1, 3)) * 60 + Number(m[6].slice(4, 6)));
  }
  if (zone === null) return null;
  // the offset at the local time read as UTC, then once more at the instant that gives
  const first = offsetMinutesAt(zone, local * 60_000);
  if (first === null) return null;
  const second = offsetMinutesAt(zone, (local - first) * 60_000);
  return local - (second ?? first);
}
