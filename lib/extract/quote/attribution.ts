/**
 * Finds the attribution of a quotation in the tokens around it: the cue ("said", "told",
 * "according to") and the words that name the speaker. Three shapes, tried in this order:
 * - after the quotation, speaker first: `"...," ministry spokesman John Smith told reporters`;
 * - after the quotation, cue first: `"...," said the minister`, `"...," according to the Courier`;
 * - before the quotation: `Lee told state media: "..."`, `The leader said relations were "..."`.
 * The words naming the speaker are returned as a token range; `speaker.ts` resolves them.
 */
import { isAbbreviationDot, isQuoteMark, type Token } from '../../text/tokens.ts';
import { COORDINATORS, DETERMINERS, POSSESSIVES, PREPOSITIONS, RELATIVES, SUBJECT_PRONOUNS, SUBORDINATORS, isAuxiliary, looksPast } from '../../text/grammar.ts';
import { attributionLexicon, cueAt, type AttributionCue } from '../../text/attribution.ts';

/** An attribution found for a quotation. */
export interface Attribution {
  /** Where the cue stands. */
  cue: { first: number; last: number; entry: AttributionCue };
  /** The tokens naming the speaker (inclusive); empty when first > last. */
  first: number;
  last: number;
  /** Which shape matched. */
  shape: 'after' | 'inverted' | 'before';
}

const SENTENCE_END = /^[.!?;]$/;


/** True for a token that ends a sentence or clause: ".", "!", "?", ";", but not the dot of "Mr.". */
function ends(tokens: readonly Token[], k: number): boolean {
  return !tokens[k].word && SENTENCE_END.test(tokens[k].text) && !isAbbreviationDot(tokens, k);
}

/**
 * Looks for the attribution of the quotation whose marks are tokens `open` and `close`, within
 * `tokens` (the quotation's sentences). `within(k)` gives the offset of the opening mark of another
 * quotation holding token k, or -1: words inside other quotations are no attribution.
 */
export function findAttribution(tokens: readonly Token[], open: number, close: number, within: (k: number) => number): Attribution | null {
  const opaque = (k: number) => within(k) >= 0;
  return after(tokens, close, opaque) ?? before(tokens, open, within);
}

/** `"...," X said`, `"...," said X`, `"...," according to X`. */
function after(tokens: readonly Token[], close: number, opaque: (k: number) => boolean): Attribution | null {
  let k = close + 1;
  // Punctuation between the closing mark and the attribution: ',"' or '",'.
  while (k < tokens.length && !tokens[k].word && !ends(tokens, k) && !opaque(k)) k++;
  const start = k;
  // The speaker stands right after the quotation: a name, "the minister", "he", "40-year-old X";
  // '"...", but did not elaborate, the newspaper reported' is the sentence's attribution, not this quote's.
  const first = tokens[start];
  if (!first) return null;
  const nameLike = first.cap || DETERMINERS.has(first.lower) || POSSESSIVES.has(first.lower) || SUBJECT_PRONOUNS.has(first.lower) || /^\d/.test(first.text);
  // "police said", "officials told": a bare plural right before its cue.
  const nearCue = [0, 1, 2, 3].some((d) => start + d < tokens.length && tokens[start + d].word && cueAt(tokens, start + d) !== null);
  if (!nameLike && !nearCue) return null;
  for (; k < tokens.length && k - start <= 30; k++) {
    if (opaque(k) || ends(tokens, k)) return null;
    const entry = cueAt(tokens, k);
    if (!entry) continue;
    const last = k + entry.words.length - 1;
    if (k === start && !entry.invert && !entry.before) return null;
    if (k === start || entry.before) {
      // '"...," said Smith', '"...," according to the Courier': the speaker follows the cue.
      const end = nounPhraseAfter(tokens, last + 1);
      return end >= last + 1 ? { cue: { first: k, last, entry }, first: last + 1, last: end, shape: 'inverted' } : null;
    }
    return { cue: { first: k, last, entry }, first: start, last: k - 1, shape: 'after' };
  }
  return null;
}

/** `X said: "..."`, `X said relations were "..."`, `According to X, "..."`. */
function before(tokens: readonly Token[], open: number, within: (k: number) => number): Attribution | null {
  // A cue governs the quotation or, over one or two others, a later one ("announced "A" and "B"").
  let crossed = 0;
  for (let k = open - 1; k >= 0 && open - k <= 40; k--) {
    const other = within(k);
    if (other >= 0) {
      if (++crossed > 2) return null;
      // Over the other quotation to its opening mark; the loop steps before it.
      let m = k;
      while (m > 0 && tokens[m].start > other) m--;
      k = m;
      continue;
    }
    if (!tokens[k].word && tokens[k].text === ';') return null;
    const entry = cueAt(tokens, k);
    if (!entry) continue;
    const last = k + entry.words.length - 1;
    if (last >= open) continue;
    if (entry.before) {
      const end = nounPhraseAfter(tokens, last + 1);
      return end >= last + 1 ? { cue: { first: k, last, entry }, first: last + 1, last: end, shape: 'before' } : null;
    }
    const [first, end] = subjectBefore(tokens, k);
    return { cue: { first: k, last, entry }, first, last: end, shape: 'before' };
  }
  return null;
}

/** The last token of the noun phrase starting at k: up to punctuation, a preposition or a verb. */
function nounPhraseAfter(tokens: readonly Token[], k: number): number {
  let end = k - 1;
  for (let j = k; j < tokens.length && j - k < 10; j++) {
    const t = tokens[j];
    if (!t.word) {
      if (t.lower === "'s" || t.lower === "'" || isAbbreviationDot(tokens, j)) {
        end = j;
        continue;
      }
      break;
    }
    const l = t.lower;
    if (j > k && (PREPOSITIONS.has(l) || l === 'to' || isAuxiliary(l) || RELATIVES.has(l) || l === 'that' || attributionLexicon().forms.has(l))) break;
    end = j;
  }
  return end;
}

/**
 * The subject before a cue at k, as a token range: back to the clause boundary before it. A
 * preposition does not end it ("the country's envoy to the region hinted"); a person after one is not taken
 * as the speaker later (`speaker.ts` asks for a subject).
 */
function subjectBefore(tokens: readonly Token[], cue: number): [number, number] {
  let k = cue;
  // "Miss Ann Lee, court clerk, said": over the apposition to the name before it, and over each
  // one before that ("a, b, c, said"), in a loop: a list of a million commas is no deeper a call.
  while (tokens[k - 1]?.text === ',') {
    let c = k - 2;
    while (c >= 0 && k - c < 14 && tokens[c].text !== ',' && (tokens[c].word || tokens[c].lower === "'s" || isAbbreviationDot(tokens, c))) c--;
    if (!(c > 0 && tokens[c].text === ',')) break;
    k = c;
  }
  let j = k - 1;
  for (let words = 0; j >= 0 && words < 12; j--) {
    const t = tokens[j];
    if (!t.word) {
      if (t.lower === "'s" || t.lower === "'" || isAbbreviationDot(tokens, j)) continue;
      break;
    }
    const l = t.lower;
    if (SUBORDINATORS.has(l) || RELATIVES.has(l) || l === 'that' || l === 'what' || isAuxiliary(l)) break;
    // "He praised the project and said ...": the subject is the sentence's, before its first verb.
    if (COORDINATORS.has(l)) return j === k - 1 ? leadingSubject(tokens, j) : [j + 1, k - 1];
    words++;
  }
  return [j + 1, k - 1];
}

/** The subject that opens the clause holding token j: from its start to the first verb-like word. */
function leadingSubject(tokens: readonly Token[], j: number): [number, number] {
  let s = j;
  while (s > 0 && j - s < 40 && !(tokens[s - 1].text === ';' || isQuoteMark(tokens[s - 1]))) s--;
  let e = s;
  const verbLike = (t: Token) => !t.cap && (isAuxiliary(t.lower) || attributionLexicon().forms.has(t.lower) || looksPast(t.lower));
  while (e < j && tokens[e].word && !verbLike(tokens[e])) e++;
  return [s, e - 1];
}
