/**
 * Words of a sentence with their offsets, and the closed word classes of English grammar that the
 * event and quote extractors read clauses with.
 *
 * Open-class vocabulary (event triggers, attribution verbs, modality cues) lives in `data/lexicon/`;
 * the function words here are the grammar itself (a short, closed list that no news article extends),
 * so they stay next to the code that interprets them.
 */
import type { Document, Fact } from '../types.ts';

/** One token of a sentence: a word, a number or one punctuation mark. */
export interface Token {
  /** The text as written. */
  text: string;
  /** Lower case, with the typographic apostrophe written `'`. */
  lower: string;
  /** Offset of the first code unit in the article text. */
  start: number;
  /** One past the last code unit. */
  end: number;
  /** True for a word or number, false for punctuation. */
  word: boolean;
  /** True when the first letter is upper case. */
  cap: boolean;
}

// A word is letters/digits, joined by single inner apostrophes, hyphens or periods ("didn't",
// "two-day", "U.S"); everything else is one mark a token. Each repetition starts with a joiner that
// the letter class does not hold, so the pattern is linear on any input.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/** The tokens of `text.slice(start, end)`, with offsets into `text`; "Smith's" gives "Smith" and "'s". */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const piece = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(piece); m !== null; m = TOKEN.exec(piece)) {
    const s = start + m.index;
    const t = m[0];
    // "Smith's visit": the possessive is its own token, so that the name stays a name.
    const c = t.charCodeAt(t.length - 2);
    const lower = t.length > 2 && (c === 39 || c === 0x2019) ? t.toLowerCase().replace(/’/g, "'") : '';
    if (lower && lower.endsWith("'s") && !CONTRACTED_S.has(lower)) {
      out.push(make(t.slice(0, -2), s));
      out.push(make(t.slice(-2), s + t.length - 2));
    } else {
      out.push(make(t, s));
    }
  }
  return out;
}

const WORD_START = /^[\p{L}\p{N}]/u;

function make(text: string, start: number): Token {
  const first = text.charAt(0);
  const c = text.charCodeAt(0);
  // ASCII first: most tokens of English news are; the Unicode test only for the rest.
  const word = c < 128 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : WORD_START.test(first);
  const lower = text.toLowerCase();
  return {
    text,
    lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
    start,
    end: start + text.length,
    word,
    cap: word && first !== lower.charAt(0),
  };
}

// "it's", "he's": a verb, not a possessive.
const CONTRACTED_S = new Set(["it's", "he's", "she's", "that's", "there's", "what's", "who's", "here's", "where's", "let's"]);

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Articles and determiners: "a", "the", "this", "no". */
export const DETERMINERS = set('a an the this that these those each every any some another no both either neither all such');
/** Possessive determiners: "his", "their". */
export const POSSESSIVES = set("his her its their our my your 's '");
/** Personal pronouns that can be a clause's subject. */
export const SUBJECT_PRONOUNS = set('he she they we i it you');
/** Pronouns that refer back to one person: "he said", "his visit". */
export const PERSON_PRONOUNS = set('he she his her him');
/** Prepositions (without "to", which also marks an infinitive). */
export const PREPOSITIONS = set(
  'in at on of for with from by about against over under into onto upon during after before since until till ' +
    'across through throughout around near within without between among amid amidst toward towards beyond ' +
    'behind below beneath beside besides despite except inside outside past per via like unlike following ahead',
);
/** Forms of "be", "have" and "do". */
export const AUXILIARIES = set('be is are was were been being am have has had having do does did');
/** Modal verbs, including the contracted future. */
export const MODALS = set("will would shall should can could may might must 'll");
/** Words that open a subordinate clause. */
export const SUBORDINATORS = set('when while whereas although though because if unless whether once');
/** Relative pronouns: ", who arrived ...". */
export const RELATIVES = set('who whom whose which');
/** Coordinating conjunctions. */
export const COORDINATORS = set('and but or nor');

/** True for "didn't", "won't", "hasn't": an auxiliary with the negation attached. */
export function isContractedNegation(lower: string): boolean {
  return lower.endsWith("n't") || lower === 'cannot';
}

/** True for a verb form that can only be an auxiliary or modal ("was", "will", "didn't"). */
export function isAuxiliary(lower: string): boolean {
  return AUXILIARIES.has(lower) || MODALS.has(lower) || isContractedNegation(lower);
}

/** Quotation marks of every kind. */
export function isQuoteMark(t: Token): boolean {
  return !t.word && /^["“”„«»‘’']$/.test(t.text);
}

/** "Mr.", "Lt.", "Rev.", "D.": a full stop after a short capitalised word (not an acronym) ends no sentence. */
export function isAbbreviationDot(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  return tokens[k]?.text === '.' && !!prev && prev.word && prev.cap && prev.text.length <= 4 && !/^[A-Z]{2,}$/.test(prev.text);
}

/** Index of the first token at or after `offset`, or `tokens.length`. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A fact laid over the tokens of its sentence: first and last token index. */
export interface Placed<F extends Fact = Fact> {
  fact: F;
  first: number;
  last: number;
}

/**
 * The facts (in start order) that lie within tokens[from..to), with their token ranges (indices
 * into `tokens`), in order.
 */
export function place<F extends Fact>(tokens: readonly Token[], facts: readonly F[], from = 0, to = tokens.length): Placed<F>[] {
  if (to <= from) return [];
  const lo = tokens[from].start;
  const hi = tokens[to - 1].end;
  const out: Placed<F>[] = [];
  // The first fact starting at or after lo: facts are sorted by start.
  let a = 0;
  let b = facts.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (facts[mid].start < lo) a = mid + 1;
    else b = mid;
  }
  for (let n = a; n < facts.length && facts[n].start < hi; n++) {
    const f = facts[n];
    if (f.end > hi) continue;
    const first = tokenAt(tokens, f.start);
    let last = tokenAt(tokens, f.end - 1);
    if (last >= tokens.length) last = tokens.length - 1;
    if (first < tokens.length) out.push({ fact: f, first, last });
  }
  return out.sort((x, y) => x.first - y.first || x.last - y.last);
}

/** Index of the sentence holding `offset`, or -1 (sentences are in order and do not overlap). */
export function sentenceAt(sentences: readonly { start: number; end: number }[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].end <= offset) lo = mid + 1;
    else if (sentences[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Adjectives and nouns in "-ed" that are no past form: "hundred", "naked". */
const ED_WORDS = new Set(['hundred', 'indeed', 'naked', 'sacred', 'wicked', 'kindred', 'rugged', 'beloved', 'wretched', 'crooked', 'ragged', 'jagged', 'learned', 'aged', 'red', 'bed', 'shed', 'wed', 'fled']);

/** True for a word that looks like a regular past form: "deployed", "carried" (not "need", "hundred"). */
export function looksPast(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('ed') && !lower.endsWith('eed') && !ED_WORDS.has(lower) && /^[a-z-]+$/.test(lower);
}

/** The tokens of a document's sentences, made on first use and kept: several passes read the same ones. */
export function sentenceTokens(doc: Document): (sentence: number) => Token[] {
  const cache = new Map<number, Token[]>();
  return (sentence) => {
    let tokens = cache.get(sentence);
    if (!tokens) {
      const s = doc.sentences[sentence];
      cache.set(sentence, (tokens = tokenize(doc.body, s.start, s.end)));
    }
    return tokens;
  };
}
