/**
 * The verbs and phrases of saying, `data/lexicon/attribution.txt` ("said", "told", "according to"),
 * with the media nouns and title words the same file lists: one lexicon for the quote extractor
 * (which cue introduces a quotation), the event extractor (a reported event) and the verb test of
 * clause cutting.
 */
import { dataText, lazy, LazySet, wordSection } from './words.ts';
import type { Token } from './tokens.ts';

/** One cue of `data/lexicon/attribution.txt`. */
export interface AttributionCue {
  words: string[];
  /** May stand before its speaker right after a quotation: `"...," said X`. */
  invert: boolean;
  /** The speaker always follows: "according to X". */
  before: boolean;
}

/** The compiled attribution lexicon. */
export interface AttributionLexicon {
  cues: ReadonlyMap<string, readonly AttributionCue[]>;
  /** Every one-word cue, for telling verbs from other words. */
  forms: ReadonlySet<string>;
  /** Medium nouns stripped from organisation names ("news agency"), as word arrays, longest first. */
  media: readonly string[][];
  /** Words before a quotation that make it a title ("film", "titled"). */
  works: ReadonlySet<string>;
}

const FILE = 'data/lexicon/attribution.txt';
const FLAGS = new Set(['invert', 'before', 'medium', 'work']);

/** Compiles the lexicon from its text; throws with the line on an unknown flag. */
export function compileAttribution(text: string): AttributionLexicon {
  const cues = new Map<string, AttributionCue[]>();
  const forms = new Set<string>();
  const media: string[][] = [];
  const works = new Set<string>();
  text.split('\n').forEach((raw, n) => {
    const line = raw.replace(/#.*/, '').trimEnd();
    if (!line.trim()) return;
    const [phrase, flagText = ''] = line.split('\t');
    const flags = flagText
      .split(',')
      .map((f) => f.trim())
      .filter(Boolean);
    for (const f of flags) if (!FLAGS.has(f)) throw new Error(`${FILE}:${n + 1}: unknown flag "${f}"; use ${[...FLAGS].join(', ')}`);
    const words = phrase.trim().toLowerCase().split(/\s+/);
    if (flags.includes('medium')) media.push(words);
    else if (flags.includes('work')) works.add(words.join(' '));
    else {
      const cue = { words, invert: flags.includes('invert'), before: flags.includes('before') };
      const list = cues.get(words[0]) ?? [];
      list.push(cue);
      list.sort((a, b) => b.words.length - a.words.length);
      cues.set(words[0], list);
      if (words.length === 1) forms.add(words[0]);
    }
  });
  media.sort((a, b) => b.length - a.length);
  return { cues, forms, media, works };
}

/** The lexicon of `data/lexicon/attribution.txt`, read on first use. */
export const attributionLexicon: () => AttributionLexicon = lazy(() => compileAttribution(dataText('lexicon/attribution.txt')));

/** The cue starting at token k, if any. */
export function cueAt(tokens: readonly Token[], k: number, lexicon: AttributionLexicon = attributionLexicon()): AttributionCue | null {
  const list = tokens[k]?.word ? lexicon.cues.get(tokens[k].lower) : undefined;
  if (!list) return null;
  return list.find((c) => c.words.every((w, p) => tokens[k + p]?.lower === w)) ?? null;
}


/**
 * The verbs of saying that stand right after or before a speaker's name ("Chen Jun said", "said
 * Jane Doe"): the `[speaker]` section of `data/lexicon/words/saying-verbs.txt`, one set for every
 * reader of it (person names, tense, a clock time's event, the people of a lead).
 */
export const SPEAKER_VERBS: ReadonlySet<string> = new LazySet(() => wordSection('saying-verbs', 'speaker'));
