/**
 * The modality lexicon, `data/lexicon/modality.json`: the words that tell a happened event from an
 * expected, possible, denied or only reported one. Verbs are listed by base form and expanded here.
 */
import { dataJson, lazy, wordList } from './words.ts';
import { verbForms } from './inflect.ts';
import { eventLexicon } from './events.ts';

/** What a cue says about an event. */
export type Cue = 'future' | 'hedge' | 'negation' | 'happened' | 'report';

/** The compiled modality lexicon; every key is a lower-case surface form. */
export interface Modality {
  auxiliary: ReadonlyMap<string, Cue>;
  adverb: ReadonlyMap<string, Cue | null>;
  /** "scheduled" in "scheduled to hold". */
  beforeTo: ReadonlyMap<string, Cue>;
  nominal: ReadonlyMap<string, Cue>;
  /** Verb forms (multi-word joined by a space) governing an event noun; null: no cue of its own. */
  governors: ReadonlyMap<string, Cue | null>;
  /** Verb forms asserting an event noun takes place: "took place", "would occur". */
  occurrence: ReadonlySet<string>;
  /** Multi-word phrases, as word arrays. */
  after: readonly string[][];
  negators: readonly string[][];
  reporting: readonly string[][];
  /** Words right before an event's word that make it an earlier occasion: "last visited", "his previous visit". */
  previous: ReadonlySet<string>;
}

// not a word list: the keys of data/lexicon/modality.json
const CUES = new Set(['future', 'hedge', 'negation', 'happened', 'report']);
const FILE = 'data/lexicon/modality.json';

interface ModalitySpec {
  auxiliary: Record<string, string>;
  adverb: Record<string, string | null>;
  beforeTo: Record<string, string>;
  nominal: Record<string, string>;
  governors: Record<string, string | null>;
  occurrence: string[];
  after: string[];
  negators: string[];
  reporting: string[];
  previous?: string[];
}

function cue(value: string | null, key: string, section: string): Cue | null {
  if (value === null) return null;
  if (!CUES.has(value)) throw new Error(`${FILE}: "${key}" in "${section}" is "${value}"; use future, hedge, negation, happened or report`);
  return value as Cue;
}

/** Every form of a (possibly multi-word) verb phrase: "call off" → "called off", "calling off", ... */
function phraseForms(phrase: string): string[] {
  const [head, ...rest] = phrase.split(' ');
  const tail = rest.length ? ' ' + rest.join(' ') : '';
  // "be held": the auxiliary inflects, the participle stays.
  if (head === 'be') return wordList('be-forms').map((b) => b + tail);
  return verbForms(head, eventLexicon().irregular.get(head)).map((f) => f.form + tail);
}

/** Compiles the modality lexicon from its JSON. */
export function compileModality(spec: ModalitySpec): Modality {
  for (const k of ['auxiliary', 'adverb', 'beforeTo', 'nominal', 'governors', 'occurrence', 'after', 'negators', 'reporting'] as const) {
    if (!spec || spec[k] === undefined) throw new Error(`${FILE}: section "${k}" is missing`);
  }
  const map = <T>(section: keyof ModalitySpec, expand: boolean, conv: (v: string | null, k: string) => T) => {
    const out = new Map<string, T>();
    for (const [k, v] of Object.entries(spec[section] as Record<string, string | null>)) {
      const value = conv(v, k);
      for (const form of expand ? phraseForms(k) : [k]) if (!out.has(form)) out.set(form, value);
      // The base form itself wins over a generated form of another entry.
      out.set(k, value);
    }
    return out;
  };
  const words = (list: string[]) => list.map((p) => p.toLowerCase().split(' '));
  return {
    auxiliary: map('auxiliary', false, (v, k) => cue(v, k, 'auxiliary')!),
    adverb: map('adverb', false, (v, k) => cue(v, k, 'adverb')),
    beforeTo: map('beforeTo', true, (v, k) => cue(v, k, 'beforeTo')!),
    nominal: map('nominal', false, (v, k) => cue(v, k, 'nominal')!),
    governors: map('governors', true, (v, k) => cue(v, k, 'governors')),
    occurrence: new Set(spec.occurrence.flatMap(phraseForms)),
    after: words(spec.after),
    negators: words(spec.negators),
    reporting: words(spec.reporting),
    previous: new Set((spec.previous ?? []).map((w) => w.toLowerCase())),
  };
}

/** The modality lexicon of `data/lexicon/modality.json`, read once. */
export const modalityLexicon: () => Modality = lazy(() => compileModality(dataJson<ModalitySpec>('lexicon/modality.json')));
