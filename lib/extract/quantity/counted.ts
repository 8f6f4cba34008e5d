/**
 * The counted noun after a number: "123 member states" → "member states", "3,000 new homes" →
 * "homes", "tens of thousands of troops" → "troops", "his second known trip abroad" → "trip".
 *
 * There is no part-of-speech tagger here: the rules are word lists (`modifiers`, `stopwords`,
 * irregular plurals) and word shapes. After a number above one the head is the first plural
 * word among the next five words (at most three of them nouns), kept with the noun right before
 * it ("member states", "police vehicles"); adjectives from the lexicon, adverbs in "-ly",
 * participles in "-ed" and capitalised modifiers ("Somali pirates") are skipped. After "one" or
 * an ordinal the head is the last of the nouns that follow, kept with the noun before it
 * ("police officer", "anti-piracy operation").
 */
import type { Lexicon } from './lexicon.ts';
import { glued, isCapitalized, type Token } from './tokens.ts';
import { alternation } from '../../text/words.ts';

/** Words in "-men" that are no plural: "specimen", "abdomen". */
const NOT_MEN = new RegExp(`(?:${alternation('mass-men-words')})$`);

/** A counted noun phrase and the index of its last token. */
export interface Counted {
  counted: string;
  last: number;
}

/** One word of the phrase; glued hyphen compounds ("high-ranking") are one word. */
interface Word {
  lower: string;
  first: number;
  last: number;
  capitalized: boolean;
}

/** What kind of head to look for: plural after numbers above one, singular after "one" and ordinals. */
export type NounNumber = 'plural' | 'singular';

/** Options of {@link countedAfter}. */
export interface CountedOptions {
  /** Accept a unit of time as the noun: "the 600th day" (ordinals), where "600 days" is a duration. */
  time?: boolean;
  /** Stop at a capitalised word: a measured or ranked thing is a common noun ("a 9-acre Mat Maid complex"). */
  lowercase?: boolean;
}

/** The counted noun phrase starting at token `from`, or null when none stands there. */
export function countedAfter(tokens: readonly Token[], from: number, number: NounNumber, lex: Lexicon, options: CountedOptions = {}): Counted | null {
  const nouns: Word[] = [];
  let skippedCapital = false;
  let k = from;
  for (let n = 0; n < 5; n++) {
    const w = wordAt(tokens, k);
    // "23 Somali and Yemeni sea brigands": capitalised modifiers joined by "and"/"or".
    if (w && skippedCapital && !nouns.length && (w.lower === 'and' || w.lower === 'or') && tokens[k + 1]?.kind === 'word' && isCapitalized(tokens[k + 1])) {
      k = w.last + 1;
      continue;
    }
    if (!w || ends(w, tokens, lex, options)) break;
    k = w.last + 1;
    const nextWord = wordAt(tokens, k);
    const nextIsNoun = !!nextWord && !ends(nextWord, tokens, lex, options);
    if (isModifier(w, lex, nextIsNoun)) {
      // "trip known" does not occur; a modifier after the noun ends the phrase ("one man arrested").
      if (nouns.length) break;
      skippedCapital ||= w.capitalized;
      continue;
    }
    // "5.9 Earthquake Jolts Iran": after a capitalised modifier a capitalised head is a title-case
    // headline, where nouns and verbs look alike ("12 Somalis" alone is fine).
    if (skippedCapital && w.capitalized) return null;
    nouns.push(w);
    // "police vehicles", "staff members": a plural without "-s" may modify the plural after it.
    const headLater = lex.pluralNouns.has(w.lower) && !!nextWord && !ends(nextWord, tokens, lex, options) && isPlural(nextWord, lex);
    if (number === 'plural' && isPlural(w, lex) && !headLater) return phrase(nouns.slice(-2), tokens);
    if (nouns.length === 3) break;
  }
  if (number === 'singular' && nouns.length) {
    // The head of an English noun phrase is its last noun: "one police officer" keeps both words,
    // "the fifth successful anti-piracy operation" the last two, "the 600th day" one.
    return phrase(nouns.slice(-2), tokens);
  }
  return null;
}

/** The word starting at token `k`, with glued hyphen compounds joined: "high-ranking", "ex-soldiers". */
export function wordAt(tokens: readonly Token[], k: number): Word | null {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return null;
  let last = k;
  for (let n = 0; n < 3; n++) {
    const h = tokens[last + 1];
    const w = tokens[last + 2];
    if (h?.text === '-' && glued(tokens, last + 1) && w?.kind === 'word' && glued(tokens, last + 2)) last += 2;
    else break;
  }
  const lower = tokens.slice(k, last + 1).map((x) => x.lower).join('');
  return { lower, first: k, last, capitalized: isCapitalized(t) };
}

/** Words that end a noun phrase: function words, verbs, number words, units of time. */
function ends(w: Word, tokens: readonly Token[], lex: Lexicon, options: CountedOptions): boolean {
  const l = w.lower;
  if (options.lowercase && w.capitalized) return true;
  // "the third time's the charm": a possessive belongs to another noun phrase.
  if (/['’]s$/.test(l)) return true;
  return lex.stopwords.has(l) || lex.cardinals.has(l) || lex.tens.has(l) || lex.scales.has(l) || lex.vague.has(l)
    || lex.ordinals.has(l) || (lex.timeUnits.has(l) && !options.time) || lex.months.has(l) || lex.weekdays.has(l)
    // A word in all capitals after the number is an acronym or a shouted headline, not a counted noun.
    || (w.first === w.last && tokens[w.first].text.length > 1 && tokens[w.first].text === tokens[w.first].text.toUpperCase());
}

function isModifier(w: Word, lex: Lexicon, beforeNoun: boolean): boolean {
  const l = w.lower;
  if (lex.modifiers.has(l)) return true;
  // "heavily armed", "newly built".
  if (l.endsWith('ly') && l.length > 4) return true;
  // "12 arrested", "20 armoured vehicles": participles describe, they are not the head.
  if (l.endsWith('ed') && l.length > 4 && !lex.pluralNouns.has(l)) return true;
  // "housing units", "fighting men": a gerund before a noun modifies it; "one meeting" is a noun.
  if (l.endsWith('ing') && l.length > 5 && beforeNoun) return true;
  // "Somali pirates", "Boeing jets": a capitalised singular word before the noun.
  if (w.capitalized && !isPlural(w, lex)) return true;
  return false;
}

/** True for a plural noun: "states", "troops", "people", "Somalis", not "news" or "crisis". */
export function isPlural(w: Word, lex: Lexicon): boolean {
  // Nationalities in "-i" take an "-s": "Somalis", "Iraqis"; lowercase "-is" words are singular ("crisis").
  return isPluralShape(w.lower, lex) || (w.capitalized && /[^aeiou]is$/.test(w.lower) && !lex.notPlural.has(w.lower));
}

function isPluralShape(l: string, lex: Lexicon): boolean {
  if (lex.pluralNouns.has(l)) return true;
  if (lex.notPlural.has(l)) return false;
  // "crewmen", "gunmen", "firemen" (but not "omen", "specimen", "abdomen").
  // "schoolchildren", "townspeople".
  if (/(?:children|people)$/.test(l)) return true;
  if (/[^o]men$/.test(l) && l.length > 5 && !NOT_MEN.test(l)) return true;
  return l.length > 2 && l.endsWith('s') && !/(?:ss|us|is|ous|'s|’s)$/.test(l);
}

function phrase(words: Word[], tokens: readonly Token[]): Counted {
  // Counted nouns are compared across articles, so they are lowercased: "Five Things" in a headline
  // and "five things" in the body count the same.
  const counted = words.map((w) => tokens.slice(w.first, w.last + 1).map((t) => t.lower).join('')).join(' ');
  return { counted, last: words[words.length - 1].last };
}
