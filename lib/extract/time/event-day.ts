/**
 * The day of a lone clock time's event, told by an earlier sentence with the same verb: "Marlow
 * was shot to death last Oct. 23 at his home. ... The rifle was discovered April 8. ... Marlow was
 * shot to death at 10 p.m." → Oct. 23, not April 8, the latest day before the clock time.
 */
import type { Anchor } from './resolve.ts';
import type { Tense } from './tense.ts';
import { dataLines, LazySet, wordSet } from '../../text/words.ts';
import { SPEAKER_VERBS } from '../../text/attribution.ts';

/**
 * Verbs too light or too common to name an event: the auxiliaries ("was", "had", "did"), a few
 * common past verbs (data/lexicon/time/light-verbs.txt) and the verbs of saying.
 */
const LIGHT = new LazySet(() => [...wordSet('auxiliaries'), ...dataLines('lexicon/time/light-verbs.txt').map((w) => w.toLowerCase()), ...SPEAKER_VERBS]);

/** How many earlier sentences with a day are searched, nearest first (a bound on the work per clock time). */
const LOOK_BACK = 24;
/** How many characters of each such sentence are read. */
const READ = 600;

/** A sentence with a day-grain date: its text and the latest day it gives. */
export interface DaySentence {
  index: number;
  text: string;
  anchor: Anchor;
}

/**
 * The verb of a past clause that names the clock time's event: the last word of the tense cue
 * ("was shot" → "shot", "landed" → "landed"), or null for a light verb or a clause not in the past.
 */
export function eventVerb(tense: Tense): string | null {
  if (tense.kind !== 'past' || tense.cue === null) return null;
  const verb = tense.cue.split(/\s+/).at(-1)?.toLowerCase() ?? '';
  if (!/^[a-z]{3,20}$/.test(verb) || LIGHT.has(verb)) return null;
  return verb;
}

/**
 * The latest day of an earlier sentence (of `earlier`, in text order) that holds `verb` as a word,
 * or null when none of the last few does.
 */
export function eventDay(verb: string, earlier: readonly DaySentence[]): Anchor | null {
  const word = new RegExp(`(?<![A-Za-z])${verb}(?![A-Za-z])`, 'i');
  for (let i = earlier.length - 1; i >= 0 && i >= earlier.length - LOOK_BACK; i--) {
    if (word.test(earlier[i].text.slice(0, READ))) return earlier[i].anchor;
  }
  return null;
}
