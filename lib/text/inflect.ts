/**
 * A small English inflector: from a base form to the forms a news text writes. Lexicons list base
 * forms only ("arrive", "meet"), plus the irregular past forms; this module spells the rest.
 *
 * Where a spelling rule is uncertain (doubling the last consonant: "planned" but "visited") both
 * spellings are produced: a form no text ever writes ("visitted") costs nothing, a missing one
 * loses a trigger.
 */

/** How a surface form relates to its base: what a verb's form says about tense. */
export type VerbForm = 'base' | 'present' | 'past' | 'participle' | 'gerund';

/** One inflected form of a verb. */
export interface Inflected {
  form: string;
  kind: VerbForm;
}

import { alternation, lazy } from './words.ts';

const VOWEL = /[aeiou]/;

/** Endings that take "-es": "fixes", "watches", "goes" (es-plural-endings.txt). */
const ES_ENDING = lazy(() => new RegExp(`(?:${alternation('es-plural-endings')})$`));

/** A vowel digraph before the last consonant, which then does not double: "meet", "look" (vowel-digraphs.txt). */
const DIGRAPH_BEFORE_LAST = lazy(() => new RegExp(`(?:${alternation('vowel-digraphs')})[a-z]$`));

/** Third person singular: "arrives", "goes", "carries", "pushes". */
export function thirdPerson(base: string): string {
  if (ES_ENDING().test(base)) return base + 'es';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ies';
  return base + 's';
}

/** Plurals of a noun; a noun already written plural ("talks", "sanctions") has none. */
export function plural(noun: string): string[] {
  if (noun.endsWith('s') && !noun.endsWith('ss')) return [];
  // "-o" nouns take either ending ("tornados", "tornadoes").
  if (noun.endsWith('o')) return [noun + 's', noun + 'es'];
  return [thirdPerson(noun)];
}

/** A final consonant that may double before a suffix: "plan" → "planned", "stop" → "stopping". */
function mayDouble(base: string): boolean {
  return /[^aeiou][aeiou][bdgklmnprtvz]$/.test(base) && !DIGRAPH_BEFORE_LAST().test(base);
}

/** Regular past: "arrived", "carried", "visited", "planned". */
export function regularPast(base: string): string[] {
  if (base.endsWith('e')) return [base + 'd'];
  if (/[^aeiou]y$/.test(base)) return [base.slice(0, -1) + 'ied'];
  const out = [base + 'ed'];
  // "planned"; British "-l" doubling: "travelled" beside "traveled".
  if (mayDouble(base) || (base.endsWith('l') && VOWEL.test(base.charAt(base.length - 2)))) out.push(base + base.slice(-1) + 'ed');
  return out;
}

/** Present participle: "arriving", "dying", "meeting", "planning". */
export function gerund(base: string): string[] {
  if (base.endsWith('ie')) return [base.slice(0, -2) + 'ying'];
  if (base.endsWith('e') && !/(?:ee|oe|ye)$/.test(base)) return [base.slice(0, -1) + 'ing'];
  const out = [base + 'ing'];
  if (mayDouble(base) || (base.endsWith('l') && VOWEL.test(base.charAt(base.length - 2)))) out.push(base + base.slice(-1) + 'ing');
  return out;
}

/**
 * Every form of a verb, with what the form says. `irregular` gives the past and the participle
 * when they are not regular (`["met"]` or `["took", "taken"]`).
 */
export function verbForms(base: string, irregular?: readonly string[]): Inflected[] {
  const out: Inflected[] = [{ form: base, kind: 'base' }, { form: thirdPerson(base), kind: 'present' }];
  if (irregular && irregular.length > 0) {
    out.push({ form: irregular[0], kind: 'past' });
    out.push({ form: irregular[1] ?? irregular[0], kind: 'participle' });
  } else {
    for (const f of regularPast(base)) out.push({ form: f, kind: 'past' });
  }
  for (const f of gerund(base)) out.push({ form: f, kind: 'gerund' });
  // A form that is also the base ("beat", "set", "hurt") counts as the base: tense unknown.
  const seen = new Set<string>();
  return out.filter((f) => {
    if (seen.has(f.form)) return false;
    seen.add(f.form);
    return true;
  });
}
