/**
 * Resolves the words that name a quotation's speaker to a name, in this order:
 * 1. a pronoun ("he said") → the most recent subject person;
 * 2. a person fact among the words ("ministry spokesman John Smith") → its canonical name;
 * 3. a description ("the French leader") → the most recent person whose role or title words share
 *    a word with it ("French President Anne Roux");
 * 4. a capitalised name that is no person ("the Courier", "a Courier report", "the Courier news agency")
 *    → the organisation's name, without the medium nouns of the attribution lexicon.
 * Anything else has no speaker.
 */
import type { PersonFact } from '../../types.ts';
import type { Subjects } from '../../text/subjects.ts';
import { isSubject } from '../../text/subjects.ts';
import { type Placed, type Token } from '../../text/tokens.ts';
import { DETERMINERS, PERSON_PRONOUNS, POSSESSIVES, PREPOSITIONS, SUBJECT_PRONOUNS } from '../../text/grammar.ts';
import { attributionLexicon } from '../../text/attribution.ts';

/** A resolved speaker. */
export interface Speaker {
  /** The canonical name: a person's value or an organisation's name. */
  name: string;
  /** The person fact, when the speaker is a person. */
  person: PersonFact | null;
}

/** What speaker resolution needs to know about the document. */
export interface SpeakerContext {
  /** The article text, for spelling organisation names as written. */
  text: string;
  /** The tokens of the quotation's sentences. */
  tokens: readonly Token[];
  /** Person facts laid over those tokens. */
  persons: readonly Placed<PersonFact>[];
  /** Every person fact of the document, in text order. */
  allPersons: readonly PersonFact[];
  /** Lower-case title and role words of each person mention ("russian", "president"). */
  titles: ReadonlyMap<PersonFact, ReadonlySet<string>>;
  /** Subject persons, for pronouns. */
  subjects: Subjects;
  /** Tells a verb form, for telling subjects from objects. */
  isVerb: (lower: string) => boolean;
  /** Words that occur in lower case somewhere in the document: "Police" is a common noun. */
  lowerWords: { has(word: string): boolean };
}

/** The speaker named by tokens first..last, for a quotation at offset `at`; `inverted` for "said X". */
export function resolveSpeaker(first: number, last: number, at: number, inverted: boolean, ctx: SpeakerContext): Speaker | null {
  const t = ctx.tokens;
  while (first <= last && !t[first].word) first++;
  while (last >= first && !t[last].word && t[last].lower !== "'s") last--;
  if (first > last) return null;
  // 1. "he said"
  if (first === last && PERSON_PRONOUNS.has(t[first].lower)) {
    const p = ctx.subjects.before(at);
    return p ? { name: p.value, person: p } : null;
  }
  // 2. a person named among the words, as subject ("the aide to Smith" names an aide, not Smith).
  for (const p of ctx.persons) {
    if (p.first < first || p.last > last) continue;
    if (inverted || isSubject(t, p.first, ctx.isVerb)) return { name: p.fact.value, person: p.fact };
  }
  const words = t.slice(first, last + 1);
  // 3. "the French leader", "the ministry spokesman"
  const head = words[words.length - 1];
  const named = words.slice(1).some((w) => w.word && w.cap);
  // "the Courier agency", "a Courier report": a capitalised name inside is an organisation.
  if (named) {
    const org = organisation(words, ctx);
    if (org) return org;
  }
  if (head.word && !head.cap && DETERMINERS.has(words[0].lower)) {
    const content = new Set(words.filter((w) => w.word && !DETERMINERS.has(w.lower) && !PREPOSITIONS.has(w.lower)).map((w) => w.lower));
    for (let k = ctx.allPersons.length - 1; k >= 0; k--) {
      const p = ctx.allPersons[k];
      if (p.start >= at) continue;
      const titles = ctx.titles.get(p);
      if (titles && [...content].some((w) => titles.has(w))) return { name: p.value, person: p };
    }
    return null;
  }
  // 4. "Courier", "a Courier report", "the country's Courier news agency"
  return named ? null : organisation(words, ctx);
}

function organisation(words: readonly Token[], ctx: SpeakerContext): Speaker | null {
  let a = 0;
  let b = words.length - 1;
  // "A statement from Acme", "a spokesman for the ministry": the name after the preposition.
  for (let k = b - 1; k > a; k--) {
    if (/^(?:from|of|for)$/.test(words[k].lower) && words.slice(a, k).every((w) => !w.cap || k - a <= 1 || DETERMINERS.has(w.lower))) {
      a = k + 1;
      break;
    }
  }
  // "the country's Courier news agency": the owner is not the name.
  for (let k = b; k > a; k--) {
    if (POSSESSIVES.has(words[k].lower) && !words[k].word) {
      a = k + 1;
      break;
    }
  }
  while (a <= b && DETERMINERS.has(words[a].lower)) a++;
  for (let stripped = true; stripped && b >= a; ) {
    stripped = false;
    for (const m of attributionLexicon().media) {
      if (b - m.length + 1 >= a && m.every((w, p) => words[b - m.length + 1 + p].lower === w)) {
        b -= m.length;
        stripped = true;
        break;
      }
    }
  }
  if (a > b) return null;
  const name = words.slice(a, b + 1);
  // "They said", "It added": a pronoun is no organisation.
  if (SUBJECT_PRONOUNS.has(name[0].lower) || PERSON_PRONOUNS.has(name[0].lower)) return null;
  if (!name.every((w) => (w.word && (w.cap || /^\d/.test(w.text))) || w.text === '&' || w.text === '.')) return null;
  // "Police said", "Officials told": a capital word the article also writes in lower case is a common noun.
  if (name.length === 1 && ctx.lowerWords.has(name[0].lower)) return null;
  return { name: ctx.text.slice(name[0].start, name[name.length - 1].end), person: null };
}
