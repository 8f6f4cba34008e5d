/**
 * Who "he" is: the most recent person mentioned as a subject (or as an owner, "Smith's trip")
 * before a pronoun. Shared by the quote extractor ("he said") and the event extractor ("he will
 * address the forum").
 *
 * A person mention counts as a subject when nothing but title words stand between it and the start
 * of its clause: "ministry spokesman John Smith told ..." yes, "... talks with Lee" no.
 */
import type { Document, PersonFact } from '../types.ts';
import { LazySet, wordSection } from './words.ts';
import { isAbbreviationDot, isQuoteMark, sentenceAt, sentenceTokens, tokenAt, type Token } from './tokens.ts';
import { COORDINATORS, PREPOSITIONS, RELATIVES, SUBORDINATORS, isAuxiliary } from './grammar.ts';
import { firstIndex } from '../util/search.ts';

/** A person mention that a later pronoun may refer to. */
interface Mention {
  offset: number;
  person: PersonFact;
}

/** The subject mentions of one document, in text order, with the ones added by an extractor. */
export class Subjects {
  /** Mentions found in the text, in offset order. */
  private readonly found: Mention[] = [];
  /** Mentions added by an extractor, kept in offset order. */
  private readonly added: Mention[] = [];

  /**
   * Finds the subject mentions among `persons`. `isVerb` tells a known verb form ("met", "told"),
   * which ends the walk back from a name: "Lee met Smith" makes Lee the subject, not Smith.
   * `tokensOf` gives a sentence's tokens (shared with the caller, so each sentence is read once).
   */
  constructor(doc: Document, persons: readonly PersonFact[], isVerb: (lower: string) => boolean, tokensOf = sentenceTokens(doc)) {
    for (const p of persons) {
      const si = sentenceAt(doc.sentences, p.start);
      if (si < 0) continue;
      const tokens = tokensOf(si);
      const i = tokenAt(tokens, p.start);
      const after = tokens[tokenAt(tokens, p.end)];
      // "Smith's trip": an owner is as likely to be "he" later as a subject.
      const owner = !!after && (after.lower === "'s" || after.lower === "'");
      if (owner || isSubject(tokens, i, isVerb)) this.found.push({ offset: p.start, person: p });
    }
    this.found.sort(byOffset);
  }

  /** Records a person known to be a subject at `offset`, such as a quote's speaker. */
  add(offset: number, person: PersonFact): void {
    const last = this.added[this.added.length - 1];
    this.added.push({ offset, person });
    // Speakers come in text order, so this is nearly always an append.
    if (last && last.offset > offset) this.added.sort(byOffset);
  }

  /** The most recent subject before `offset`, or null. */
  before(offset: number): PersonFact | null {
    const a = latest(this.found, offset);
    const b = latest(this.added, offset);
    const m = !a ? b : !b ? a : b.offset >= a.offset ? b : a;
    return m ? m.person : null;
  }
}

function byOffset(a: Mention, b: Mention): number {
  return a.offset - b.offset || a.person.start - b.person.start;
}

/** The last mention before `offset` in a list in offset order. */
function latest(list: readonly Mention[], offset: number): Mention | null {
  const i = firstIndex(list, (m) => m.offset < offset);
  return i > 0 ? list[i - 1] : null;
}

/** Verbs of saying after which a name is a subject: "said Smith", "says Lee left". */
const SAYING = new LazySet(() => wordSection('saying-verbs', 'subject'));

/** True when only title words ("French President", "the ministry's spokesman") precede token i in its clause. */
export function isSubject(tokens: readonly Token[], i: number, isVerb: (lower: string) => boolean): boolean {
  for (let k = i - 1, words = 0; k >= 0; k--) {
    const t = tokens[k];
    if (!t.word) {
      if (t.lower === "'s" || t.lower === "'" || isAbbreviationDot(tokens, k)) continue;
      return t.text === ',' || t.text === ';' || t.text === ':' || isQuoteMark(t) || t.text === '(' || t.text === '—';
    }
    if (COORDINATORS.has(t.lower) || SUBORDINATORS.has(t.lower) || RELATIVES.has(t.lower) || t.lower === 'that') return true;
    // "said Smith", "The newspaper said Lee released ...": after a verb of saying, a name is a speaker or
    // the subject of what was said; after another verb ("met Smith") it is an object.
    if (!t.cap && SAYING.has(t.lower)) return true;
    if (PREPOSITIONS.has(t.lower) || t.lower === 'to' || isAuxiliary(t.lower) || (!t.cap && isVerb(t.lower))) return false;
    // Titles are short: a long run of words before the name is a clause, not a title.
    if (++words > 5) return false;
  }
  return true;
}
