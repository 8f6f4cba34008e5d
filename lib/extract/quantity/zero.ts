/**
 * Zero counts said in words: "no one was killed", "nobody was seriously hurt", "none were
 * injured" (→ 0, counted people) and "no deaths", "no serious injuries were reported" (→ 0,
 * counted deaths, injuries). The span is the words that say zero ("no one", "no deaths"), so that
 * a judge reads the verb next to it.
 *
 * Only what a casualty word follows (`data/lexicon/words/casualty-words.txt`): "no one knows",
 * "nobody said", "no one else", "no doubt" give nothing.
 */
import type { Lexicon } from './lexicon.ts';
import type { Reading } from './rule.ts';
import { glued, type Token } from './tokens.ts';
import { LazySet, wordSection, wordSet } from '../../text/words.ts';

/** Verbs and participles after "no one": "killed", "hurt", "missing". */
const VERBS = new LazySet(() => wordSection('casualty-words', 'verbs'));
/** Plural nouns after "no": "deaths", "casualties". */
const NOUNS = new LazySet(() => wordSection('casualty-words', 'nouns'));
/** Words between "no one" and its verb: "was", "has been", "was reported", "is believed to have been". */
const FILLERS = new LazySet(() => [...wordSet('be-forms'), ...wordSection('casualty-words', 'fillers')]);

/** At most this many words between "no one" and its verb. */
const MAX_FILLERS = 6;

/** A zero count starting at token `i`, or null. */
export function zeroAt(tokens: readonly Token[], i: number, lex: Lexicon): Reading | null {
  const t = tokens[i];
  if (t.kind !== 'word') return null;
  // "no one", "no-one", "nobody", "none": a person or people, read with the verb after.
  let last = -1;
  if (t.lower === 'nobody' || t.lower === 'none') last = i;
  else if (t.lower === 'no' && tokens[i + 1]?.lower === 'one') last = i + 1;
  else if (t.lower === 'no' && tokens[i + 1]?.text === '-' && glued(tokens, i + 1) && tokens[i + 2]?.lower === 'one' && glued(tokens, i + 2)) last = i + 2;
  if (last >= 0) return casualtyVerbAfter(tokens, last + 1) ? { first: i, last, value: '0', unit: null, counted: 'people', qualifier: null } : null;
  if (t.lower !== 'no') return null;
  // "no deaths", "no serious injuries", "no reported casualties": one describing word may stand between.
  let k = i + 1;
  const w = tokens[k];
  if (w?.kind === 'word' && !NOUNS.has(w.lower) && w.lower !== 'more' && w.lower !== 'further' && (lex.modifiers.has(w.lower) || /ed$/.test(w.lower))) k++;
  const noun = tokens[k];
  if (noun?.kind !== 'word' || !NOUNS.has(noun.lower)) return null;
  return { first: i, last: k, value: '0', unit: null, counted: noun.lower, qualifier: null };
}

/** True when a casualty verb follows at `k`, past auxiliaries and adverbs: "was seriously hurt". */
function casualtyVerbAfter(tokens: readonly Token[], k: number): boolean {
  for (let n = 0; n <= MAX_FILLERS && tokens[k]?.kind === 'word'; n++, k++) {
    const w = tokens[k].lower;
    if (VERBS.has(w)) return true;
    // "was seriously hurt", "were reportedly injured".
    if (!FILLERS.has(w) && !(w.endsWith('ly') && w.length > 4)) return false;
  }
  return false;
}
