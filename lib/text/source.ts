/**
 * Who the text says gave a figure: "according to the health ministry, 40 people died" → "the
 * health ministry"; "12 were arrested, police said" → "police"; "the Red Cross put the toll at 300"
 * → "the Red Cross". Text-level and pure: the caller gives an article body, a sentence and a figure
 * inside it, and gets the words naming the source, or null when no attribution governs the figure.
 *
 * Shapes, each with its cue from `data/lexicon/words/source-cues.tsv`:
 * - the subject before a cue, figure after: "police said 12 were arrested", "officials say";
 * - figure first, subject and cue after a comma: "12 were arrested, police said on Tuesday";
 * - figure first, cue and source after a comma: "12 were arrested, said police";
 * - a cue whose source follows it, either side: "according to the ministry", "citing officials";
 * - a verb that puts a figure "at" a value: "police put the number at 20,000";
 * - a passive with its agent: "40 deaths were reported by the ministry".
 *
 * Only the figure's clause is read (`figure-clause.ts`): "organisers said 100,000 marched, while
 * police put the number at 20,000" gives organisers for one figure and police for the other. When
 * several cues stand in the clause the nearest wins. When the clause has none, an attribution
 * ending the sentence ("…, and 40 were hurt, police said.") governs it.
 *
 * Decisions: the source is returned as written, with its article ("the health ministry"), and
 * {@link sourceKey} gives the comparison key. A person pronoun ("he", "she", "they", "we") gives
 * null: who it is belongs to the extractors that resolve pronouns, and "He said the bridge, built
 * in 1935, was safe" must not name a source for 1935. "It" ("it said in a statement") is kept as a
 * vague source. A passive without its agent ("40 were killed, it was reported") gives null.
 */
import { COORDINATORS, DETERMINERS, POSSESSIVES, PREPOSITIONS, RELATIVES, SUBJECT_PRONOUNS, SUBORDINATORS, isAuxiliary, looksPast } from './grammar.ts';
import { figureClause, isDigits, isNumberComma, type TextSpan } from './figure-clause.ts';
import { isAbbreviationDot, isQuoteMark, type Token } from './tokens.ts';
import { lazy, lowerWordSet, wordSet, wordTable } from './words.ts';

/** The source of a figure: the words naming it, where they stand, and whether they name anyone in particular. */
export interface FigureSource {
  /** The words as written: "the health ministry", "police", "Gov. Heidar Alishvandi". */
  source: string;
  /** Offsets of those words in the body. */
  start: number;
  end: number;
  /** False for a vague source ("officials", "witnesses", "reports", "it"), true for a named one. */
  named: boolean;
}

/** One cue of `source-cues.tsv`. */
interface SourceCue {
  words: string[];
  /** The source follows the cue ("according to"); otherwise it is the subject before it. */
  after: boolean;
  invert: boolean;
  told: boolean;
  at: boolean;
}

const cues = lazy(() => {
  const out = new Map<string, SourceCue[]>();
  for (const [phrase, flagText] of wordTable('source-cues')) {
    const flags = new Set(flagText.split(',').map((f) => f.trim()));
    const words = phrase.toLowerCase().split(/\s+/);
    const cue = { words, after: flags.has('after'), invert: flags.has('invert'), told: flags.has('told'), at: flags.has('at') };
    const list = out.get(words[0]) ?? [];
    list.push(cue);
    list.sort((a, b) => b.words.length - a.words.length);
    out.set(words[0], list);
  }
  return out;
});

const VAGUE = wordSet('vague-sources');
const FIGURE_NOUNS = wordSet('figure-nouns');
const BE_FORMS = wordSet('be-forms');
const ADVERBS = wordSet('plain-adverbs');
const TAIL_OPENERS = lowerWordSet('source-tail-openers', 'weekday-names');
const ARTICLES = wordSet('articles');
const REVISION_VERBS = wordSet('revision-verbs');

/** Words of a subject read back from its cue at most. */
const SUBJECT_WORDS = 12;
/** Words of a noun phrase read after "according to" at most. */
const PHRASE_WORDS = 10;
/**
 * Phrases read inside one another at most ("figures from data from the ministry" is two): the
 * depth of {@link phraseAfter}'s call on itself, bounded so that no text nests it deeper.
 */
const PHRASE_NESTING = 4;

/** The cue starting at token k, if any. */
function cueAt(tokens: readonly Token[], k: number): SourceCue | null {
  const list = tokens[k]?.word ? cues().get(tokens[k].lower) : undefined;
  return list?.find((c) => c.words.every((w, p) => tokens[k + p]?.lower === w)) ?? null;
}

/** One attribution found for the figure. */
interface Found {
  first: number;
  last: number;
  /** Tokens between the figure and the cue or source: the nearest wins. */
  distance: number;
}

/**
 * The source that the text gives for the figure at `value` in `sentence` of `body`, or null when
 * no attribution governs it ("40 people died in the quake") or the source is a person pronoun.
 */
export function sourceOf(body: string, sentence: TextSpan, value: TextSpan): FigureSource | null {
  const fc = figureClause(body, sentence, value);
  if (!fc) return null;
  const { tokens, first, last } = fc;
  let best = nearest(tokens, first, last, fc.from, fc.to, false);
  // "12 were arrested while 40 were hurt, police said.": a sentence-final attribution reaches back.
  if (!best && fc.to < tokens.length) best = nearest(tokens, first, last, fc.to + 1, tokens.length, true);
  if (!best) return null;
  const words = tokens.slice(best.first, best.last + 1);
  if (words.length === 1 && SUBJECT_PRONOUNS.has(words[0].lower) && words[0].lower !== 'it') return null;
  const start = tokens[best.first].start;
  const end = tokens[best.last].end;
  return { source: body.slice(start, end), start, end, named: isNamed(words) };
}

/**
 * The nearest attribution of the figure (tokens first..last) among the cues in tokens[from, to).
 * `final`: only attributions after the figure that end the sentence count.
 */
function nearest(tokens: readonly Token[], first: number, last: number, from: number, to: number, final: boolean): Found | null {
  let best: Found | null = null;
  const take = (f: Found | null) => {
    if (f && (!best || f.distance < best.distance)) best = f;
  };
  let taken = -1;
  for (let k = from; k < to; k++) {
    if (k >= first && k <= last) continue;
    const cue = cueAt(tokens, k);
    if (!cue) continue;
    const cueLast = k + cue.words.length - 1;
    if (cueLast >= to || (cueLast >= first && k <= last)) continue;
    // "an estimated 300 people", "the reported toll", "its estimated cost": an adjective, no cue.
    if (k > from && (ARTICLES.has(tokens[k - 1].lower) || POSSESSIVES.has(tokens[k - 1].lower))) continue;
    // "according to reports": the source of one cue is no cue of its own.
    if (k <= taken) continue;
    // "insurance claims rose", "reports say", "estimates put": a noun before its verb.
    if (!cue.after && isVerbLike(tokens[cueLast + 1])) continue;
    const before = last < k;
    if (final && !before) continue;
    if (cue.after) {
      const np = phraseAfter(tokens, cueLast + 1, to);
      if (np) taken = np[1];
      if (!np || (first <= np[1] && last >= np[0])) continue;
      if (final && !endsAt(tokens, np[1] + 1, to, false, true)) continue;
      take({ first: np[0], last: np[1], distance: before ? k - last : first - np[1] });
      continue;
    }
    // "40 deaths were reported by the ministry": a passive names its source after "by".
    if (tokens[cueLast + 1]?.lower === 'by') {
      const np = phraseAfter(tokens, cueLast + 2, to);
      if (np && !(first <= np[1] && last >= np[0]) && (!final || endsAt(tokens, np[1] + 1, to, false, true))) {
        take({ first: np[0], last: np[1], distance: before ? k - last : first - np[1] });
      }
      continue;
    }
    // "12 were arrested, said police": after a comma the source may follow the cue.
    if (before && cue.invert && pauseBefore(tokens, k, last)) {
      const np = phraseAfter(tokens, cueLast + 1, to);
      // ", said Thursday from her home": a time is no source.
      if (np && startsPhrase(tokens[np[0]]) && !TAIL_OPENERS.has(tokens[np[0]].lower) && endsAt(tokens, np[1] + 1, to, false)) {
        take({ first: np[0], last: np[1], distance: k - last });
        continue;
      }
    }
    const subject = subjectBefore(tokens, k, from);
    if (!subject) continue;
    const [a, b] = subject;
    // "12 officers said they were attacked": the figure is the speakers', not a figure they gave.
    if (first <= b && last >= a) continue;
    if (first > cueLast) {
      // "police put the number at 20,000": the figure follows "at" or "as".
      if (cue.at && !atBefore(tokens, cueLast + 1, first)) continue;
      // "she told the paper in 1998", "said in a 2006 interview": the time of the saying, not what was said.
      if (!cue.at && inAdjunct(tokens, cueLast + 1, first, cue.told)) continue;
      take({ first: a, last: b, distance: first - cueLast });
    } else if (last < a) {
      // "12 were arrested, police said": the attribution stands after a comma and governs no clause of its own.
      const whole = pauseBefore(tokens, a, last) ? a : throughAnd(tokens, a, last);
      if (whole < 0) continue;
      if (!endsAt(tokens, cueLast + 1, to, cue.told) || (final && !endsAt(tokens, cueLast + 1, to, cue.told, true))) continue;
      take({ first: whole, last: b, distance: whole - last });
    }
  }
  return best;
}

/**
 * True when a comma or a closing quotation mark stands right before token k, after the figure at
 * `last`: "12 were arrested, police said", '"... 10 feet," Benson said', '"...," said a senior officer'.
 */
function pauseBefore(tokens: readonly Token[], k: number, last: number): boolean {
  let pause = false;
  for (let j = k - 1; j > last && k - j <= 3; j--) {
    const t = tokens[j];
    if (t.word) return pause;
    if ((t.text === ',' && !isNumberComma(tokens, j)) || isQuoteMark(t)) pause = true;
    // '?"' ends a quoted question; "a.m.," ends an abbreviation before its comma.
    else if (!/^[?!]$/.test(t.text) && !(t.text === '.' && tokens[j - 1]?.word && tokens[j - 1].end === t.start && tokens[j + 1]?.text === ',')) return false;
  }
  return pause && !tokens[k - 1].word;
}

/**
 * The start of a trailing attribution's subject joined by "and" back to the comma before it, or -1:
 * "…, Red Cross and ambulance officials said" (the subject walk stops at "and").
 */
function throughAnd(tokens: readonly Token[], a: number, last: number): number {
  let joined = false;
  for (let j = a - 1; j > last && a - j <= SUBJECT_WORDS; j--) {
    const t = tokens[j];
    if (!t.word) return joined && pauseBefore(tokens, j + 1, last) ? j + 1 : -1;
    if (t.lower === 'and') joined = true;
    else if (isDigits(t) || isAuxiliary(t.lower) || COORDINATORS.has(t.lower) || SUBORDINATORS.has(t.lower) || RELATIVES.has(t.lower) || t.lower === 'that' || looksPast(t.lower) || cueAt(tokens, j)) return -1;
  }
  return -1;
}

/** True for an auxiliary, a cue or a verb of revision: what follows a noun, not a verb of saying. */
function isVerbLike(t: Token | undefined): boolean {
  return !!t && t.word && !t.cap && (isAuxiliary(t.lower) || cues().has(t.lower) || REVISION_VERBS.has(t.lower));
}

/** True for a word that can open a noun phrase after an inverted cue: "said the minister", "said Smith", "said police". */
function startsPhrase(t: Token): boolean {
  return t.word && !isDigits(t) && !isAuxiliary(t.lower) && !PREPOSITIONS.has(t.lower) && !SUBJECT_PRONOUNS.has(t.lower) && t.lower !== 'that';
}

/**
 * True when what follows a trailing attribution, from token k, is no clause of its own: the end of
 * the clause, punctuation, or a short adjunct ("on Tuesday", "in a statement", "late Monday"); after
 * "told", first its object ("told reporters"). `whole`: the adjunct must reach the end, not a comma.
 */
function endsAt(tokens: readonly Token[], k: number, to: number, told: boolean, whole = false): boolean {
  let j = k;
  if (told) while (j < to && j - k < 4 && tokens[j].word && !isDigits(tokens[j]) && !PREPOSITIONS.has(tokens[j].lower) && tokens[j].lower !== 'that' && !isAuxiliary(tokens[j].lower)) j++;
  if (j >= to) return true;
  if (!tokens[j].word) return !whole || restIsEnd(tokens, j, to);
  // "officials said as dawn broke", "police said after the raid": a subordinate clause is no complement.
  if (SUBORDINATORS.has(tokens[j].lower) || tokens[j].lower === 'as') return true;
  if (!PREPOSITIONS.has(tokens[j].lower) && !TAIL_OPENERS.has(tokens[j].lower)) return false;
  // "said on Tuesday", "said in a statement released late on Monday": no subject, no auxiliary.
  for (let n = 0; j < to && n < 10; j++, n++) {
    const t = tokens[j];
    if (!t.word) return !whole || restIsEnd(tokens, j, to);
    if (t.lower === 'that' || isAuxiliary(t.lower) || SUBJECT_PRONOUNS.has(t.lower) || isDigits(t)) return false;
  }
  return j >= to;
}

/** True when tokens[j, to) are only closing punctuation: "." or '."'. */
function restIsEnd(tokens: readonly Token[], j: number, to: number): boolean {
  for (let n = 0; j < to; j++, n++) if (n > 3 || tokens[j].word || tokens[j].text === ',') return false;
  return true;
}

/**
 * True when "at" or "as" stands among the few words between a cue and its figure, after a figure
 * noun or "it": "put the toll at 300", "put it at 20,000" (not "put out a message at 1100 hours").
 */
function atBefore(tokens: readonly Token[], k: number, figure: number): boolean {
  if (figure - k > 8) return false;
  let object = false;
  for (let j = k; j < figure; j++) {
    if (!tokens[j].word) return false;
    if (FIGURE_NOUNS.has(tokens[j].lower) || tokens[j].lower === 'it') object = true;
    else if (tokens[j].lower === 'at' || tokens[j].lower === 'as') return object;
  }
  return false;
}

/**
 * True when the figure after a cue stands in a short prepositional adjunct of the saying, not in
 * what was said: "said in 1998", "told CNN in 2006", "said in a 2006 interview", "reported on AM
 * 570". A "that" or a comma between opens what was said ("said on Tuesday that 40 died").
 */
function inAdjunct(tokens: readonly Token[], k: number, figure: number, told: boolean): boolean {
  let j = k;
  // 'told CNN\'s "Larry King Live" in 2006': over the object, a title in quotation marks too.
  if (told) while (j < figure && j - k < 8 && (tokens[j].word ? !PREPOSITIONS.has(tokens[j].lower) && tokens[j].lower !== 'that' : tokens[j].lower === "'s" || isQuoteMark(tokens[j]))) j++;
  if (j >= figure || !PREPOSITIONS.has(tokens[j].lower) || figure - j > 9) return false;
  for (let m = j + 1; m < figure; m++) {
    const t = tokens[m];
    // 'on CBS\'s "60 Minutes"': a title in quotation marks inside the adjunct; "on Monday, Oct. 26": a date.
    const dated = (t.text === ',' && tokens[m + 1]?.cap) || isAbbreviationDot(tokens, m);
    if (!t.word && t.lower !== "'s" && !isQuoteMark(t) && !dated) return false;
    // "on AM 570": a capitalised "AM" is no auxiliary.
    if (t.lower === 'that' || (!t.cap && (isAuxiliary(t.lower) || SUBJECT_PRONOUNS.has(t.lower)))) return false;
  }
  return true;
}

/** True for the dot of an abbreviation: "Mr.", "Gov.", and a dot glued to a word before a comma ("R-Ind.,"). */
function innerDot(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return isAbbreviationDot(tokens, j) || (t.text === '.' && !!tokens[j - 1]?.word && tokens[j - 1].end === t.start && tokens[j + 1]?.text === ',');
}

/**
 * The subject before the cue at k, as a token range, or null: back to the clause boundary over at
 * most {@link SUBJECT_WORDS} words, past an auxiliary or adverb ("police have said", "officials
 * also said") and an apposition ("Heidar Alishvandi, the governor of Qeshm, said").
 */
function subjectBefore(tokens: readonly Token[], k: number, from: number): [number, number] | null {
  let j = k - 1;
  // "police have also said": but "40 deaths were reported" is a passive with no source.
  for (let n = 0; j >= from && n < 3 && tokens[j].word && (isAuxiliary(tokens[j].lower) || ADVERBS.has(tokens[j].lower)); j--, n++) {
    if (BE_FORMS.has(tokens[j].lower)) return null;
  }
  if (j < from) return null;
  if (tokens[j].text === ',' && !isNumberComma(tokens, j)) {
    // "Heidar Alishvandi, the governor of Qeshm, said": over the apposition to the name before it.
    let c = j - 1;
    while (c >= from && j - c < 14 && (tokens[c].word || tokens[c].lower === "'s" || innerDot(tokens, c))) c--;
    if (c < from || c === j - 1 || tokens[c].text !== ',' || isNumberComma(tokens, c)) return null;
    j = c - 1;
  }
  const end = j;
  for (let words = 0; j >= from && words < SUBJECT_WORDS; j--) {
    const t = tokens[j];
    if (!t.word) {
      if (t.lower === "'s" || t.lower === "'" || t.text === '&' || innerDot(tokens, j)) continue;
      break;
    }
    const l = t.lower;
    // "The Interior and Commerce departments said": "and" between two names joins them.
    const joins = l === 'and' && tokens[j + 1]?.cap && tokens[j - 1]?.cap && j - 1 >= from;
    // "69 percent of those polled said": a subject counted by a number is no source of other figures.
    if (isDigits(t)) return null;
    if (SUBORDINATORS.has(l) || RELATIVES.has(l) || (COORDINATORS.has(l) && !joins) || l === 'that' || isAuxiliary(l)) break;
    // Another cue ends the subject, unless it is a noun: "Reports say", "The report says".
    if (cueAt(tokens, j) && j !== end && !(ARTICLES.has(tokens[j - 1]?.lower) || POSSESSIVES.has(tokens[j - 1]?.lower))) break;
    words++;
  }
  let start = j + 1;
  // "On Tuesday the ministry said": a leading adjunct is no part of the subject.
  if (start <= end && PREPOSITIONS.has(tokens[start].lower)) {
    for (let d = end; d > start; d--) {
      if (DETERMINERS.has(tokens[d].lower)) {
        start = d;
        break;
      }
    }
  }
  if (start > end || !tokens[start].word || !(tokens[end].word || tokens[end].lower === "'s" || isAbbreviationDot(tokens, end))) return null;
  return [start, trimAdjunct(tokens, start, end)];
}

/**
 * The subject without a trailing time adjunct: "the resolution of the commission released on
 * Friday" → "the resolution of the commission", "a poll published on Sunday" → "a poll".
 */
function trimAdjunct(tokens: readonly Token[], start: number, end: number): number {
  for (let p = end - 1; p > start && end - p <= 3; p--) {
    if (!PREPOSITIONS.has(tokens[p].lower)) continue;
    if (!tokens.slice(p + 1, end + 1).some((t) => TAIL_OPENERS.has(t.lower))) return end;
    let cut = p - 1;
    if (cut > start && looksPast(tokens[cut].lower)) cut--;
    return cut;
  }
  return end;
}

/**
 * The noun phrase starting at token k (up to punctuation, a verb, "that", or a preposition not
 * followed by a name: "the Ministry of Health" stays whole, "the ministry on Tuesday" ends before
 * "on"); "figures from the ministry" gives the ministry, up to {@link PHRASE_NESTING} deep.
 */
function phraseAfter(tokens: readonly Token[], k: number, to: number, depth = 0): [number, number] | null {
  let end = k - 1;
  for (let j = k; j < to && j - k < PHRASE_WORDS; j++) {
    const t = tokens[j];
    if (!t.word) {
      if (t.lower === "'s" || t.lower === "'" || t.text === '&' || isAbbreviationDot(tokens, j)) {
        end = j;
        continue;
      }
      break;
    }
    const l = t.lower;
    // "according to 2010 census data": a year or count before a noun stays in the phrase.
    if (isDigits(t) && !(tokens[j + 1]?.word && !isDigits(tokens[j + 1]) && tokens[j + 1].start > t.end)) break;
    if (isAuxiliary(l) || RELATIVES.has(l) || l === 'that' || l === 'to' || (j > k && cueAt(tokens, j))) break;
    if (j > k && PREPOSITIONS.has(l)) {
      // "figures from the ministry", "data released by the agency": the figure's giver.
      if (FIGURE_NOUNS.has(tokens[end].lower) && (l === 'from' || l === 'by' || l === 'of') && depth < PHRASE_NESTING) {
        const inner = phraseAfter(tokens, j + 1, to, depth + 1);
        if (inner) return inner;
      }
      if (l === 'of' && tokens[j + 1]?.cap) {
        end = j;
        continue;
      }
      break;
    }
    end = j;
  }
  while (end >= k && !tokens[end].word) end--;
  return end >= k ? [k, end] : null;
}

/**
 * True when the words of a source name someone in particular: no vague noun (`vague-sources.txt`)
 * stands among them, or a capitalised name follows it ("officials at the Health Ministry", "a report
 * by Reuters"). "officials", "U.S. officials", "state media", "sources close to the inquiry", "some"
 * are vague; "police", "the ministry", "USGS", "Gov. Ana Ruiz" are named. A vague word as an owner
 * ("the witness's lawyer") is no head.
 */
function isNamed(words: readonly Token[]): boolean {
  const vague = words.findIndex((w, i) => w.word && VAGUE.has(w.lower) && words[i + 1]?.lower !== "'s");
  if (vague < 0) return true;
  return words.slice(vague + 1).some((w) => w.word && w.cap);
}

/**
 * A key for comparing sources: lower case, typographic apostrophes plain, articles and spaces
 * dropped to one space ("The Health  Ministry" → "health ministry"). Nothing more: "U.S.
 * Geological Survey" and "USGS" stay different keys.
 */
export function sourceKey(source: string): string {
  return source
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .split(/\s+/)
    .filter((w) => w !== '' && !ARTICLES.has(w))
    .join(' ');
}
