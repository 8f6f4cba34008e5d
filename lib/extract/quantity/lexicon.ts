/**
 * The quantity lexicon (`data/lexicon/units.json`), loaded once and compiled into sets and
 * phrase tables that match token sequences.
 */
import { dataJson, lazy } from '../../text/words.ts';
import { tokenize, type Token } from './tokens.ts';

/** The JSON file as written. */
interface LexiconFile {
  cardinals: Record<string, number>;
  tens: Record<string, number>;
  scales: Record<string, number>;
  groups: Record<string, number>;
  scaleAbbreviations: Record<string, number>;
  scaleAbbreviationsNeedingCurrency: string[];
  vague: Record<string, number>;
  vagueLeaders: string[];
  ordinals: Record<string, number>;
  ordinalSuffixes: string[];
  fractions: Record<string, number>;
  vulgarFractions: Record<string, [number, number]>;
  multipliers: Record<string, number>;
  currencySymbols: Record<string, string>;
  currencyCodes: Record<string, string>;
  currencyWords: Record<string, string>;
  currencySubunits: Record<string, [string, number]>;
  poundWords: string[];
  units: Record<string, string[]>;
  glueOnlyUnits: string[];
  magnitudeWords: string[];
  magnitudeAfter: string[];
  multiplierWords: string[];
  timeUnits: string[];
  ageBefore: string[];
  ageAfter: string[];
  qualifiers: Record<string, string[]>;
  qualifiersAfter?: Record<string, string[]>;
  vagueQualifier: string;
  labels: string[];
  months: string[];
  weekdays: string[];
  clockWords: string[];
  decadeSuffixes: string[];
  stopwords: string[];
  modifiers: string[];
  pluralNouns: string[];
  notPlural: string[];
  properPrefixWords: string[];
  ordinalNonCounts: string[];
  pronounOneBefore: string[];
  labelsAfter: string[];
  ageBeforeBare: string[];
  timePrepositions: string[];
  fractionHalfBlockers: string[];
  signWords: string[];
  namedNumbers: string[];
}

/** A phrase found in the tokens: what it stands for and the index of its last (or first) token. */
export interface PhraseHit<T> {
  value: T;
  /** Index of the token at the far end of the phrase from where matching started. */
  at: number;
}

/**
 * Multi-word phrases matched on lowercase tokens, longest first. Whitespace is ignored, so
 * "a.m." and "a. m." (as detokenized corpora write it) are the same phrase.
 */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, { words: string[]; value: T }[]>();
  private readonly byLast = new Map<string, { words: string[]; value: T }[]>();

  constructor(entries: Iterable<[string, T]>) {
    for (const [phrase, value] of entries) {
      const words = tokenize(phrase, 0, phrase.length).map((t) => t.lower);
      if (words.length === 0) continue;
      push(this.byFirst, words[0], { words, value });
      push(this.byLast, words[words.length - 1], { words, value });
    }
    for (const list of [...this.byFirst.values(), ...this.byLast.values()]) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The longest phrase starting at token `i`; `at` is its last token. */
  forward(tokens: readonly Token[], i: number): PhraseHit<T> | null {
    if (i < 0 || i >= tokens.length) return null;
    for (const e of this.byFirst.get(tokens[i].lower) ?? []) {
      if (i + e.words.length > tokens.length) continue;
      if (e.words.every((w, k) => tokens[i + k].lower === w)) return { value: e.value, at: i + e.words.length - 1 };
    }
    return null;
  }

  /** The longest phrase ending at token `i`; `at` is its first token. */
  backward(tokens: readonly Token[], i: number): PhraseHit<T> | null {
    if (i < 0 || i >= tokens.length) return null;
    for (const e of this.byLast.get(tokens[i].lower) ?? []) {
      const first = i - e.words.length + 1;
      if (first < 0) continue;
      if (e.words.every((w, k) => tokens[first + k].lower === w)) return { value: e.value, at: first };
    }
    return null;
  }
}

function push<V>(m: Map<string, V[]>, k: string, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** The compiled lexicon every quantity rule reads. */
export interface Lexicon {
  cardinals: Map<string, number>;
  tens: Map<string, number>;
  /** Scale word → power of ten: "million" → 6. */
  scales: Map<string, number>;
  /** Multiplying group words: "dozen" → 12. */
  groups: Map<string, number>;
  /** Glued scale suffixes: "bn" → 9. */
  scaleAbbreviations: Map<string, number>;
  /** Glued suffixes that are a scale only after a currency ("$5m"; "100m" alone is metres). */
  scaleNeedsCurrency: Set<string>;
  /** Plural scale words of a vague amount: "thousands" → 1000. */
  vague: Map<string, number>;
  /** "several hundred", "a few thousand". */
  vagueLeaders: PhraseTable<true>;
  ordinals: Map<string, number>;
  ordinalSuffixes: Set<string>;
  /** Fraction denominators: "thirds" → 3. */
  fractions: Map<string, number>;
  vulgarFractions: Map<string, [number, number]>;
  multipliers: Map<string, number>;
  /** "$", "US$", "€" → ISO code. */
  currencySymbols: Map<string, string>;
  /** "USD", "RMB" → ISO code, matched as written. */
  currencyCodes: Map<string, string>;
  /** "dollars", "swiss francs" → ISO code. */
  currencyWords: PhraseTable<string>;
  /** "cents" → [USD, -2]. */
  currencySubunits: Map<string, [string, number]>;
  poundWords: Set<string>;
  /** Unit phrases → unit code ("per cent" → percent, "kilometres" → km). */
  units: PhraseTable<string>;
  /** Unit abbreviations read as a unit only when glued to the number ("100m", "5in"). */
  glueOnlyUnits: Set<string>;
  magnitudeWords: Set<string>;
  magnitudeAfter: PhraseTable<true>;
  multiplierWords: Set<string>;
  timeUnits: Set<string>;
  ageBefore: PhraseTable<true>;
  ageAfter: PhraseTable<string>;
  /** Qualifier phrases → canonical qualifier ("as many as" → up to). */
  qualifiers: PhraseTable<string>;
  /** Qualifier phrases after a number → canonical qualifier ("or more" → at least, "or so" → about). */
  qualifiersAfter: PhraseTable<string>;
  vagueQualifier: string;
  labels: Set<string>;
  months: Set<string>;
  weekdays: Set<string>;
  clockWords: PhraseTable<true>;
  decadeSuffixes: Set<string>;
  stopwords: Set<string>;
  modifiers: Set<string>;
  pluralNouns: Set<string>;
  notPlural: Set<string>;
  /** Lowercase words that may stand capitalized before a number without making it a name ("About 40"). */
  properPrefixWords: Set<string>;
  /** Nouns after an ordinal that make it a part or a period, not a count: "the second half", "the 21st century". */
  ordinalNonCounts: Set<string>;
  /** Words before "one" that make it a pronoun: "the one", "no one", "at one point". */
  pronounOneBefore: Set<string>;
  /** Nouns after a bare number that make it an address or a label: "the 12200 block". */
  labelsAfter: Set<string>;
  /** Weak age cues, read only when nothing is counted after the number: "dies at 91", "He was 77.". */
  ageBeforeBare: PhraseTable<true>;
  /** Prepositions before a bare number that make it a clock time or a date: "before 9", "at 1353". */
  timePrepositions: Set<string>;
  /** Words before "half" that make it a part of a game or a period: "the second half". */
  fractionHalfBlockers: Set<string>;
  /** Words that sign a number: "minus 20" is not a count of 20. */
  signWords: Set<string>;
  /** Numbers that are names in news English: the emergency numbers "911" and "999". */
  namedNumbers: Set<string>;
}

/** Compiles the lexicon file's content; throws with the file name when a section is missing. */
export function compileLexicon(raw: unknown): Lexicon {
  const f = raw as LexiconFile;
  const need = ['cardinals', 'tens', 'scales', 'units', 'qualifiers', 'stopwords', 'currencySymbols'] as const;
  for (const k of need) {
    if (!f || typeof f !== 'object' || !(k in f)) throw new Error(`data/lexicon/units.json: section "${k}" is missing`);
  }
  const map = <V>(o: Record<string, V>) => new Map(Object.entries(o));
  const set = (a: string[]) => new Set(a.map((s) => s.toLowerCase()));
  const units: [string, string][] = [];
  for (const [code, phrases] of Object.entries(f.units)) for (const p of phrases) units.push([p, code]);
  const qualifiers: [string, string][] = [];
  for (const [canon, phrases] of Object.entries(f.qualifiers)) for (const p of phrases) qualifiers.push([p, canon]);
  const qualifiersAfter: [string, string][] = [];
  for (const [canon, phrases] of Object.entries(f.qualifiersAfter ?? {})) for (const p of phrases) qualifiersAfter.push([p, canon]);
  const timeUnits = set(f.timeUnits);
  return {
    cardinals: map(f.cardinals),
    tens: map(f.tens),
    scales: map(f.scales),
    groups: map(f.groups),
    scaleAbbreviations: map(f.scaleAbbreviations),
    scaleNeedsCurrency: set(f.scaleAbbreviationsNeedingCurrency),
    vague: map(f.vague),
    vagueLeaders: new PhraseTable(f.vagueLeaders.map((p) => [p, true] as [string, true])),
    ordinals: map(f.ordinals),
    ordinalSuffixes: set(f.ordinalSuffixes),
    fractions: map(f.fractions),
    vulgarFractions: map(f.vulgarFractions),
    multipliers: map(f.multipliers),
    currencySymbols: map(f.currencySymbols),
    currencyCodes: map(f.currencyCodes),
    currencyWords: new PhraseTable(Object.entries(f.currencyWords)),
    currencySubunits: map(f.currencySubunits),
    poundWords: set(f.poundWords),
    units: new PhraseTable(units),
    glueOnlyUnits: set(f.glueOnlyUnits),
    magnitudeWords: set(f.magnitudeWords),
    magnitudeAfter: new PhraseTable(f.magnitudeAfter.map((p) => [p, true] as [string, true])),
    multiplierWords: set(f.multiplierWords),
    timeUnits,
    ageBefore: new PhraseTable(f.ageBefore.map((p) => [p, true] as [string, true])),
    // "years old" → years, "month-old" → months: the unit of an age is the time unit it names.
    ageAfter: new PhraseTable(f.ageAfter.map((p) => [p, /^month/.test(p) ? 'months' : 'years'] as [string, string])),
    qualifiers: new PhraseTable(qualifiers),
    qualifiersAfter: new PhraseTable(qualifiersAfter),
    vagueQualifier: f.vagueQualifier,
    labels: set(f.labels),
    months: set(f.months),
    weekdays: set(f.weekdays),
    clockWords: new PhraseTable(f.clockWords.map((p) => [p, true] as [string, true])),
    decadeSuffixes: set(f.decadeSuffixes),
    stopwords: set(f.stopwords),
    modifiers: set(f.modifiers),
    pluralNouns: set(f.pluralNouns),
    notPlural: set(f.notPlural),
    properPrefixWords: new Set([...set(f.properPrefixWords), ...set(f.stopwords)]),
    ordinalNonCounts: set(f.ordinalNonCounts),
    pronounOneBefore: set(f.pronounOneBefore),
    labelsAfter: set(f.labelsAfter),
    ageBeforeBare: new PhraseTable(f.ageBeforeBare.map((p) => [p, true] as [string, true])),
    timePrepositions: set(f.timePrepositions),
    fractionHalfBlockers: set(f.fractionHalfBlockers),
    signWords: set(f.signWords),
    namedNumbers: set(f.namedNumbers),
  };
}

/** The lexicon of `data/lexicon/units.json`. */
export const unitLexicon: () => Lexicon = lazy(() => compileLexicon(dataJson('lexicon/units.json')));
