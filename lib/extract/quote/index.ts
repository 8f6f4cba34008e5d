/**
 * The quote extractor: quotations with their speakers.
 *
 * The span of a quote fact is everything inside the marks but the spaces next to them, punctuation
 * included ("These relations are not against anyone," in “These relations are not against anyone,”
 * the minister added), as `data/gold/GUIDELINES.md` has it; `value` is the same words with runs of white
 * space made one space and without a closing comma, colon or full stop, which belong to the sentence
 * around the quotation. A quotation over several lines is one fact; a news-style quotation over
 * paragraphs (each paragraph reopens, only the last closes) is one fact a paragraph.
 *
 * Scare quotes of one or two words are declined unless an attribution names their speaker: 'a
 * "suspicious" fire' is no quotation, 'Mr Lee declared a "no-limits" partnership' is one (speaker Lee).
 * The type has no field to mark a scare quote, and an unattributed one would only pair with the same
 * words in another article by chance. Titles of works ('the film "Gone Girl"'), short runs of words
 * all in title case ("Million Dollar Mermaid", 'to direct "New Moon"') and nicknames (Dwayne "The Rock"
 * Johnson, 'the nickname "Chin"') are declined too.
 *
 * Speakers, in order: the attribution in the quotation's sentence (`attribution.ts`, resolved by
 * `speaker.ts`); else, for a quotation that opens its sentence, the sentence before it when that
 * ends with a colon ("He said:"); else what a bare quote paragraph continues (`carrySpeakers`).
 */
import type { Document, Fact, PersonFact, Sentence } from '../../types.ts';
import type { Draft, Extractor } from '../index.ts';
import { Subjects, isSubject } from '../../text/subjects.ts';
import { isVerb } from '../../text/verbs.ts';
import { place, sentenceAt, sentenceTokens, tokenAt, tokenize, type Token } from '../../text/tokens.ts';
import { DETERMINERS, PREPOSITIONS } from '../../text/grammar.ts';
import { attributionLexicon } from '../../text/attribution.ts';
import { LazySet, wordList } from '../../text/words.ts';
import { findAttribution, type Attribution } from './attribution.ts';
import { findQuotations, paragraphsOf, type Quotation } from '../../text/quotes.ts';
import { resolveSpeaker, type Speaker, type SpeakerContext } from './speaker.ts';
import { firstIndex } from '../../util/search.ts';

/** A quotation on its way to a fact. */
interface Found {
  q: Quotation;
  sentence: Sentence;
  speaker: Speaker | null;
  attribution: Attribution | null;
  /** True when the opening mark is the first token of its sentence. */
  opensSentence: boolean;
}

/** Quotations and their speakers. */
export const quoteExtractor: Extractor = {
  name: 'quote',
  extract(doc: Document, earlier: readonly Fact[]): Draft[] {
    const persons = earlier.filter((f): f is PersonFact => f.kind === 'person').sort((a, b) => a.start - b.start);
    const quotations = findQuotations(doc.body, paragraphsOf(doc.sentences));
    if (quotations.length === 0) return [];
    const tokensOf = sentenceTokens(doc);
    const subjects = new Subjects(doc, persons, isVerb, tokensOf);
    const titles = titleWords(doc, persons, tokensOf);
    const lowerWords = lowerCaseWords(doc.body);

    const found: Found[] = [];
    // Quotations come in text order: the tokens of their sentences are made once and windowed.
    let cached: { key: string; tokens: Token[] } = { key: '', tokens: [] };
    quotations.forEach((q) => {
      const si = sentenceAt(doc.sentences, q.inner.start);
      if (si < 0) return;
      let last = doc.sentences[Math.max(si, sentenceAt(doc.sentences, Math.max(q.inner.start, q.close - 1)))];
      // '"We have no idea," the Rev. | John Smith said': a sentence cut after a title goes on in the next.
      const next = doc.sentences[last.index + 1];
      if (next && /\b\p{Lu}\p{L}{0,3}\.\s*$/u.test(doc.body.slice(Math.max(last.start, last.end - 6), last.end))) last = next;
      const first = doc.sentences[Math.min(si, Math.max(0, sentenceAt(doc.sentences, q.open)))];
      const key = `${first.index}-${last.index}`;
      if (cached.key !== key) cached = { key, tokens: tokenize(doc.body, first.start, last.end) };
      // The quotation's sentences; the attribution finder looks only a few dozen tokens around the marks.
      const tokens = cached.tokens;
      const open = tokenAt(tokens, q.open);
      // A part that runs on has no closing mark: only an attribution before it can be its own.
      const close = q.closed ? tokenAt(tokens, q.close) : tokenAt(tokens, q.close - 1) + 1;
      if (isTitleOrNickname(tokens, open, close, q.closed)) return;
      // Words inside other quotations are no attribution; this one's own are never looked at.
      const within = (k: number) => holding(quotations, tokens[k].start);
      const attribution = q.closed ? findAttribution(tokens, open, close, within) : findAttribution(tokens, open, tokens.length, within);
      const opensSentence = q.open - first.start < 20 && doc.body.slice(first.start, q.open).trim() === '';
      // "Million Dollar Mermaid", 'to direct "New Moon"': words all in title case name something, unless
      // someone says them at length.
      if (titleCase(tokens, open, close) && (!attribution || (!opensSentence && wordCount(tokens, open, close) <= 4))) return;
      const near = attribution ? place(tokens, persons, Math.max(0, attribution.first - 2), Math.min(tokens.length, attribution.last + 2)) : [];
      const ctx: SpeakerContext = { text: doc.article.text, tokens, persons: near, allPersons: persons, titles, subjects, isVerb, lowerWords };
      const speaker = attribution ? resolveSpeaker(attribution.first, attribution.last, q.open, attribution.shape === 'inverted', ctx) : null;
      // 'a "suspicious" fire', 'a pirate "mother ship"', 'Dubbed the "Oddfather"': one or two words that
      // no named speaker says are scare quotes.
      if (!speaker && wordCount(tokens, open, close) <= 2) return;
      if (speaker?.person && attribution) subjects.add(tokens[attribution.cue.first].start, speaker.person);
      found.push({ q, sentence: doc.sentences[si], speaker, attribution, opensSentence });
      if (!attribution && opensSentence) {
        const intro = colonIntroduction(doc, first, persons, subjects, titles, lowerWords);
        if (intro) found[found.length - 1].speaker = intro;
      }
    });
    carrySpeakers(found, leadingSubjects(doc, persons, tokensOf));

    return found.map(({ q, sentence, speaker }) => {
      const text = doc.article.text.slice(q.inner.start, q.inner.end);
      return {
        kind: 'quote',
        article: doc.article.id,
        start: q.inner.start,
        end: q.inner.end,
        text,
        sentence: sentence.index,
        extractor: q.single ? 'quote/single-marks' : 'quote/marks',
        value: quoteValue(text),
        speaker: speaker?.name ?? null,
      };
    });
  },
};

/**
 * The value of a quote: its words with white space made single, without the punctuation that the
 * sentence around it put inside the marks ('anyone,"', 'an "old friend."'), so that the same words
 * quoted by two articles compare equal.
 */
export function quoteValue(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/(?<![.…])[,.:;]$/u, '').trim();
}

function wordCount(tokens: readonly Token[], open: number, close: number): number {
  let n = 0;
  for (let k = open + 1; k < close && k < tokens.length; k++) if (tokens[k].word) n++;
  return n;
}

/** The words the text writes in lower case, gathered on the first question only. */
function lowerCaseWords(body: string): { has(word: string): boolean } {
  let words: Set<string> | null = null;
  return {
    has(word: string): boolean {
      if (!words) {
        words = new Set<string>();
        for (const m of body.matchAll(/\b[a-z][a-z-]+\b/g)) words.add(m[0]);
      }
      return words.has(word);
    },
  };
}

/** The opening offset of the quotation (in text order, not overlapping) holding `pos`, marks included, or -1. */
function holding(quotations: readonly Quotation[], pos: number): number {
  const lo = firstIndex(quotations, (q) => q.open <= pos);
  return lo > 0 && quotations[lo - 1].close >= pos ? quotations[lo - 1].open : -1;
}

/** True when the quoted words are two or more, all capitalised except short function words. */
function titleCase(tokens: readonly Token[], open: number, close: number): boolean {
  const inside = tokens.slice(open + 1, close).filter((t) => t.word);
  return inside.length >= 2 && inside.every((t) => t.cap || t.text.length <= 3 || /^\d/.test(t.text));
}

/**
 * 'the film "Gone Girl"', 'the "America's Most Wanted" television show', 'the nickname "Chin"':
 * a title or a name; Dwayne "The Rock" Johnson: a nickname.
 */
function isTitleOrNickname(tokens: readonly Token[], open: number, close: number, closed: boolean): boolean {
  const inside = tokens.slice(open + 1, close).filter((t) => t.word);
  if (inside.length === 0) return true;
  const before = tokens[open - 1];
  const beforeTwo = tokens[open - 2];
  const after = closed ? tokens[close + 1] : undefined;
  const afterTwo = closed ? tokens[close + 2] : undefined;
  const works = attributionLexicon().works;
  // "the nickname "Chin"", "known by the nickname "Sepy.""
  if ((before && works.has(before.lower)) || (beforeTwo && before && DETERMINERS.has(before.lower) && works.has(beforeTwo.lower))) return true;
  if (!titleCase(tokens, open, close) && inside.length > 1) return false;
  if (after && (works.has(after.lower) || (afterTwo && works.has(afterTwo.lower)))) return true;
  return inside.length <= 3 && !!before?.word && before.cap && !!after?.word && after.cap;
}

/** "He said:" at the end of the sentence before: its attribution speaks the quotation that follows. */
function colonIntroduction(
  doc: Document,
  sentence: Sentence,
  persons: readonly PersonFact[],
  subjects: Subjects,
  titles: ReadonlyMap<PersonFact, ReadonlySet<string>>,
  lowerWords: { has(word: string): boolean },
): Speaker | null {
  const prev = doc.sentences[sentence.index - 1];
  if (!prev || !/:\s*$/.test(doc.body.slice(Math.max(prev.start, prev.end - 8), prev.end))) return null;
  // The attribution ends the sentence: its last few hundred characters hold it.
  const tokens = tokenize(doc.body, Math.max(prev.start, prev.end - 400), prev.end);
  const a = findAttribution(tokens, tokens.length, tokens.length, () => -1);
  if (!a) return null;
  const ctx: SpeakerContext = { text: doc.article.text, tokens, persons: place(tokens, persons), allPersons: persons, titles, subjects, isVerb, lowerWords };
  return resolveSpeaker(a.first, a.last, prev.start, a.shape === 'inverted', ctx);
}

/**
 * Carries speakers to quotations that open their sentence with no attribution of their own, in
 * this order: the speaker of a quotation in the paragraph just before (or earlier in the same one);
 * the first subject person of the paragraph just before ('Ann Lee ... agreed with the
 * decision.' then a bare quote paragraph); the speaker of a quotation up to four paragraphs back,
 * when no other quotation stands between. A news-style part that runs on takes the speaker of the
 * part that follows it.
 */
function carrySpeakers(found: Found[], leading: (paragraph: number) => PersonFact | null): void {
  for (let k = 0; k < found.length; k++) {
    const f = found[k];
    if (f.speaker || f.attribution || !f.opensSentence || f.sentence.heading) continue;
    const prev = found[k - 1];
    const gap = prev ? f.sentence.paragraph - prev.sentence.paragraph : Infinity;
    if (prev?.speaker && gap <= 1) {
      f.speaker = prev.speaker;
      continue;
    }
    const person = leading(f.sentence.paragraph - 1);
    if (person) f.speaker = { name: person.value, person };
    else if (prev?.speaker && gap <= 4) f.speaker = prev.speaker;
  }
  for (let k = found.length - 2; k >= 0; k--) {
    const f = found[k];
    if (!f.q.closed && !f.speaker && found[k + 1].speaker) f.speaker = found[k + 1].speaker;
  }
}

/** The first person mentioned as subject in each paragraph: what a bare quote paragraph after it continues. */
function leadingSubjects(doc: Document, persons: readonly PersonFact[], tokensOf: (sentence: number) => Token[]): (paragraph: number) => PersonFact | null {
  const byParagraph = new Map<number, PersonFact>();
  for (const p of persons) {
    const si = sentenceAt(doc.sentences, p.start);
    if (si < 0 || byParagraph.has(doc.sentences[si].paragraph)) continue;
    const tokens = tokensOf(si);
    if (isSubject(tokens, tokenAt(tokens, p.start), isVerb)) byParagraph.set(doc.sentences[si].paragraph, p);
  }
  return (paragraph) => byParagraph.get(paragraph) ?? null;
}

/** Words that end a title: "the case claimed that Smith" has none. */
const FUNCTION = new LazySet(() => [...DETERMINERS, ...PREPOSITIONS, ...wordList('title-enders')]);

/** The lower-case role words and the words just before each person mention ("french president"). */
function titleWords(doc: Document, persons: readonly PersonFact[], tokensOf: (sentence: number) => Token[]): Map<PersonFact, Set<string>> {
  const out = new Map<PersonFact, Set<string>>();
  for (const p of persons) {
    const words = new Set<string>((p.role ?? '').toLowerCase().split(/[\s,]+/).filter(Boolean));
    const si = sentenceAt(doc.sentences, p.start);
    if (si >= 0) {
      const tokens = tokensOf(si);
      const i = tokenAt(tokens, p.start);
      // "French President Anne Roux", "ministry spokesman John Smith": the title right before the name.
      for (let k = i - 1; k >= 0 && k >= i - 4 && tokens[k].word && !FUNCTION.has(tokens[k].lower) && !isVerb(tokens[k].lower); k--) words.add(tokens[k].lower);
    }
    out.set(p, words);
  }
  return out;
}
