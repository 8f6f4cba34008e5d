/**
 * Event families (`data/lexicon/event-families.json`): types that describe one occasion in other
 * words ("arrive" and "visit" are one trip), and types of events that go on for days ("riot").
 */
import { dataJson, lazy, LazySet } from '../text/words.ts';

/** The families file, read on first use. */
const FAMILY_FILE = lazy(() => dataJson<{ families: Record<string, string[]>; ongoing?: string[] }>('lexicon/event-families.json'));

/** Event type → its family. */
const FAMILIES = lazy(() => {
  const map = new Map<string, string>();
  for (const [family, types] of Object.entries(FAMILY_FILE().families)) for (const t of types) map.set(t, family);
  return map;
});

const ONGOING: ReadonlySet<string> = new LazySet(() => FAMILY_FILE().ongoing ?? []);

/** True for an event type that goes on for days ("riot", "protest", "walkout"): see the families file. */
export function isOngoing(type: string): boolean {
  return ONGOING.has(type);
}

/** The family of an event type: types that describe one occasion in other words share it. */
export function familyOf(type: string): string {
  return FAMILIES().get(type) ?? type;
}
