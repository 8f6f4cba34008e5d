/**
 * Past or future? Decides the tense of the clause around a time expression from its verbs, so a
 * bare weekday or month can be resolved by what the clause says rather than by nearness:
 * "arrived on Tuesday" points back, "will address the forum on Wednesday" points forward.
 *
 * The scan looks at the words before the expression first, nearest first, within the clause; if
 * none decides, the words after it ("On Wednesday, he will address ..."). Windows are bounded
 * (a few dozen words), so the cost per expression is constant whatever the input.
 */
import { TENSE, scan } from '../../text/tokens.ts';
import { alternation, alternationOf, dataLines, lazy, LazySet, phraseAlternationOf, wordSet } from '../../text/words.ts';
import { SPEAKER_VERBS } from '../../text/attribution.ts';
import { ED_NOT_PAST, FUTURE_CUES, PAST_IRREGULAR } from './lexicon.ts';

/** The tense of a clause relative to the publication date. */
export type TenseKind = 'past' | 'future' | 'present' | 'unknown';

/** A tense with the word that decided it. */
export interface Tense {
  kind: TenseKind;
  /** The deciding words as they stand in the text ("landed", "is scheduled", "are holding"), or null. */
  cue: string | null;
  /** For the date chain: "past tense 'landed'", "future 'will'", "no tense cue". */
  why: string;
  /**
   * Words between the deciding word and the expression (0: next to it, "landed Thursday"); absent
   * when nothing decided. A cue far away may belong to another clause.
   */
  gap?: number;
}

/** "until " or "till " right before the expression (the span itself never takes them in). */
const DEADLINE_BEFORE = /(?:^|[^\w])(until|till|til)\s{1,3}$/i;

/** A verb of naming right before the time: "set Friday as the deadline" (data/lexicon/time/deadline-setters.txt). */
const DEADLINE_SETTER = lazy(() => new RegExp(`(?:^|[^\\w])(${alternationOf(dataLines('lexicon/time/deadline-setters.txt'))})\\s{1,3}$`, 'i'));
/**
 * A verb of postponing, at most four words and "until"/"till"/"to" before the time: "postponed
 * until Tuesday", "put off the vote to Monday" (data/lexicon/time/postponement-verbs.txt).
 */
const POSTPONED_BEFORE = lazy(
  () => new RegExp(`(?:^|[^\\w])(${phraseAlternationOf(dataLines('lexicon/time/postponement-verbs.txt'))})(?:\\s{1,3}[\\w'’-]{1,20}){0,4}?\\s{1,3}(until|till|til|to)\\s{1,3}$`, 'i'),
);
/** "as the deadline", "as its deadline" right after the time (an article or a possessive before "deadline"). */
const DEADLINE_AS = lazy(() => new RegExp(`^\\s{1,3}as\\s{1,3}(?:${alternation('articles', 'possessive-determiners')})\\s{1,3}deadlines?\\b`, 'i'));

/** How many characters either side of the expression the scan reads. */
const WINDOW = 180;
/** How many words either side the scan considers. */
const MAX_WORDS = 28;

const BOUNDARY = /^[;:()[\]"“”—–]$/;

/** Words after "to" that make it a preposition, not an infinitive marker ("to a ceremony"): data/lexicon/words/to-non-verbs.txt. */
const TO_NON_VERBS = wordSet('to-non-verbs');

const BE_PRESENT = new Set(['is', 'are', 'am']);
const BE_PAST = new Set(['was', 'were']);
const HAVE = new Set(['has', 'have', 'had', 'having']);
/** Articles, demonstratives and possessives: "the quake", "a 6.4-magnitude quake", "his car". */
const NOUN_DETERMINERS = new LazySet(() => wordSet('articles', 'demonstratives', 'possessive-determiners'));
/**
 * Words after which an -ed word is an adjective, not a verb ("the detained reporter"): articles,
 * demonstratives and possessives, and four more that also stand before such an adjective ("whose
 * detained reporter", "newly elected", "recently appointed", "so-called").
 */
const DETERMINERS = new LazySet(() => [...NOUN_DETERMINERS, 'whose', 'newly', 'recently', 'so-called']);
/** -ing words that are not progressive verbs. */
const ING_NOT_VERB = wordSet('ing-not-verbs');
/** Present-simple verbs of a schedule: "Voting ends at 14:00 GMT Sunday" (data/lexicon/time/schedule-verbs.txt). */
const SCHEDULE_VERBS: ReadonlySet<string> = new Set(dataLines('lexicon/time/schedule-verbs.txt').map((w) => w.toLowerCase()));
/**
 * Verbs of saying: after the time, "..., the commission announced." tells when it was said, not
 * the tense of the clause that holds the time; the scan reads past one that ends the sentence
 * ("the chief said that he is ..." is read as it stands).
 */
const SAYING = SPEAKER_VERBS;

/** Participles that, after "was"/"were", put the event in the future of a past time ("was expected to"). */
const FUTURE_PARTICIPLES = wordSet('future-participles');

/** Past forms written as the base form: "hit", "cut" (data/lexicon/time/past-base-identical.txt). */
const BASE_PAST = new LazySet(() => dataLines('lexicon/time/past-base-identical.txt').map((w) => w.toLowerCase()));
/** Words before a verb that make its bare form no past: "will hit", "to cut", "did not set". */
const NOT_SUBJECTS = new LazySet(() => [...wordSet('auxiliaries', 'modals'), 'to', 'not', 'never']);
/** A determiner or an object pronoun after the verb: its object ("hit the town", "cut them"). */
const OBJECT_STARTS = new LazySet(() => [...NOUN_DETERMINERS, ...wordSet('object-pronouns')]);

/** True when an object follows the word at `i` ("hit the town"): a verb, not the noun of "a big hit in February". */
function objectAfter(words: Token[], i: number): boolean {
  const next = words[i + 1];
  return next !== undefined && OBJECT_STARTS.has(next.lower);
}

/** "he", "she", "it": a subject after which a verb without -s is past. */
const SINGULAR_PRONOUNS = new Set(['he', 'she', 'it']);

/**
 * True when the word before `i` is a third-person singular subject: "he", "she", "it", or a
 * lower-case noun not ending in s one or two words after a determiner ("the quake", "a
 * 6.4-magnitude quake"; the number is no token of the tense scheme).
 */
function singularSubject(words: Token[], i: number): boolean {
  const prev = words[i - 1];
  if (SINGULAR_PRONOUNS.has(prev.lower)) return true;
  if (!/^[a-z]{2,}$/.test(prev.text) || /s$/.test(prev.lower) || NOT_SUBJECTS.has(prev.lower)) return false;
  return [words[i - 2], words[i - 3]].some((w) => w !== undefined && NOUN_DETERMINERS.has(w.lower));
}

interface Token {
  text: string;
  lower: string;
  /** True for the first word of the sentence. */
  sentenceStart: boolean;
}

function tokenize(text: string, atSentenceStart: boolean): Token[] {
  const out: Token[] = [];
  // Words and the punctuation that ends a clause for this purpose: the one tokenizer's TENSE scheme.
  for (const p of scan(text, TENSE)) {
    const lower = p.text.toLowerCase().replace(/’/g, "'");
    // Contractions read as their auxiliary: "they're" → are, "we've" → have, "he'll" → will.
    const aux = /'re$/.test(lower) ? 'are' : /'ve$/.test(lower) ? 'have' : /'ll$/.test(lower) ? 'will' : lower;
    out.push({ text: p.text, lower: aux, sentenceStart: atSentenceStart && out.length === 0 });
  }
  return out;
}

/** A verdict on one word: a tense, "stop" at a clause boundary, or null to read on. */
type Verdict = (Tense & { schedule?: boolean }) | 'stop' | null;

const past = (cue: string): Tense => ({ kind: 'past', cue, why: `past tense '${cue}'` });
const future = (cue: string): Tense => ({ kind: 'future', cue, why: `future '${cue}'` });
const present = (cue: string, why: string): Tense => ({ kind: 'present', cue, why: `${why} '${cue}'` });

/** True for a regular or irregular past form ("landed", "met"), judged on its own. */
function isPastForm(t: Token): boolean {
  if (PAST_IRREGULAR.has(t.lower)) return t.lower !== 'was' && t.lower !== 'were' && t.lower !== 'been';
  if (!/^[a-z]{3,}ed$/.test(t.lower) || ED_NOT_PAST.has(t.lower)) return false;
  // A capitalised -ed word inside a sentence is part of a name, not a verb.
  return !/^[A-Z]/.test(t.text) || t.sentenceStart;
}

function isProgressive(t: Token): boolean {
  return /^[a-z]{2,}ing$/.test(t.lower) && !ING_NOT_VERB.has(t.lower) && !/^[A-Z]/.test(t.text);
}

/**
 * Reads the word at `i` of `words` (text order). Looks at its neighbours for auxiliaries:
 * "is expected" (future), "was greeted" (past), "are holding" (present), "will be held" (read on
 * to "will").
 */
function judge(words: Token[], i: number): Verdict {
  const t = words[i];
  if (BOUNDARY.test(t.text)) return 'stop';
  const w = t.lower;
  const prev = words[i - 1]?.lower;
  const next = words[i + 1]?.lower;

  // "ago", "since" → the time lies before publication.
  if (w === 'ago' || w === 'since' || w === 'yesterday') return past(t.text);

  // "preparing for the measures to be voted on Thursday": a passive infinitive after a noun is
  // still to come when the main verb speaks; its tense is not the main verb's. After a be-form or
  // a cue ("is to be", "expected to be", "due to be") read on: those words decide.
  if (w === 'to' && next === 'be' && words[i + 2] && isPastForm(words[i + 2]) && prev !== undefined && !BE_PRESENT.has(prev) && !BE_PAST.has(prev) && !FUTURE_CUES.has(prev) && prev !== 'due') {
    return { kind: 'unknown', cue: `to be ${words[i + 2].text}`, why: `infinitive 'to be ${words[i + 2].text}'` };
  }

  const cues = FUTURE_CUES.get(w);
  if (cues) {
    // "May" with a capital inside a sentence is the month, not the modal.
    const modalMonth = w === 'may' && /^M/.test(t.text) && !t.sentenceStart;
    // "the will of the people" is a noun.
    const noun = w === 'will' && (next === 'of' || prev === 'the' || prev === 'his' || prev === 'her' || prev === 'political');
    // "ended as expected", "faster than expected": a comparison, not a plan
    if ((w === 'expected' || w === 'planned' || w === 'scheduled') && (prev === 'as' || prev === 'than')) return null;
    for (const cue of cues) {
      if (modalMonth || noun) break;
      if (cue.next !== null && cue.next !== next) continue;
      const words2 = cue.next ? `${t.text} ${words[i + 1].text}` : t.text;
      // "was expected to arrive on Tuesday": a future seen from the past; nearest wins.
      if (FUTURE_PARTICIPLES.has(w) && prev !== undefined && (BE_PAST.has(prev) || prev === 'been' || prev === 'had')) {
        return { kind: 'unknown', cue: `${words[i - 1].text} ${words2}`, why: `future in the past '${words[i - 1].text} ${words2}'` };
      }
      if ((cue.kind === 'modal' || cue.kind === 'past-future') && next === 'have') return past(`${words2} have`);
      // "could be located Wednesday", "planned to pay on Friday": seen from a past time; nearest wins,
      // unless a present be-form makes it a plan of now ("is planned for Friday", read at "is").
      if (cue.kind === 'past-future' && !(prev !== undefined && BE_PRESENT.has(prev))) return { kind: 'unknown', cue: words2, why: `future in the past '${words2}'` };
      return future(words2);
    }
  }

  // "is due in June", "are due to meet": future; "due to the rain" (no be-form) is a cause, not a time
  if (w === 'due' && prev !== undefined && BE_PRESENT.has(prev)) return future(`${words[i - 1].text} ${t.text}`);

  if (BE_PAST.has(w)) {
    // "was expected to", "were due to" are handled at the participle; "was holding" is past.
    if (next !== undefined && FUTURE_PARTICIPLES.has(next)) return { kind: 'unknown', cue: `${t.text} ${words[i + 1].text}`, why: `future in the past '${t.text} ${words[i + 1].text}'` };
    return past(t.text);
  }
  if (w === 'did' || w === 'had') return past(t.text);
  // "Voting ends at 14:00 GMT Sunday": a schedule stated in the present; nearest wins
  if (SCHEDULE_VERBS.has(w) && prev !== undefined && !DETERMINERS.has(prev)) return { kind: 'present', cue: t.text, why: `present '${t.text}' (a schedule)` };

  if (BE_PRESENT.has(w)) {
    const n = words[i + 1];
    if (n && (n.lower === 'to' || (n.lower === 'going' && words[i + 2]?.lower === 'to'))) return future(`${t.text} ${n.text}`);
    if (n && isProgressive(n)) return present(`${t.text} ${n.text}`, 'present progressive');
    if (n && FUTURE_CUES.has(n.lower)) return future(`${t.text} ${n.text}`); // "On Monday, talks are expected to ..."
    if (n && isPastForm(n)) return present(`${t.text} ${n.text}`, 'present passive'); // "On Mondays talks are held"
    // "the vote is in November", "the deadline is Friday": a copula before a time states a schedule
    return { kind: 'future', cue: t.text, why: `present '${t.text}' (a schedule)`, schedule: true };
  }

  if (isProgressive(t)) {
    if (prev !== undefined && BE_PRESENT.has(prev)) return present(`${words[i - 1].text} ${t.text}`, 'present progressive');
    if (prev !== undefined && BE_PAST.has(prev)) return past(`${words[i - 1].text} ${t.text}`);
    return null; // "citing", "including", or "will be holding": read on
  }

  // "A 6.4-magnitude quake hit the town in February", "he cut": after a singular subject a verb
  // like "hit" is past (the present would be "hits")
  if (BASE_PAST.has(w) && prev !== undefined && singularSubject(words, i) && objectAfter(words, i)) return past(`${words[i - 1].text} ${t.text}`);

  if (isPastForm(t)) {
    if (prev !== undefined && DETERMINERS.has(prev)) return null; // "the detained reporter": an adjective
    if (prev !== undefined && BE_PRESENT.has(prev)) return present(`${words[i - 1].text} ${t.text}`, 'present passive');
    if (prev === 'be' || prev === 'being') return null; // "will be held", "to be signed": read on to the auxiliary
    if (prev !== undefined && (BE_PAST.has(prev) || HAVE.has(prev) || prev === 'been')) return past(`${words[i - 1].text} ${t.text}`);
    return past(t.text);
  }
  if (w === 'been') return past(t.text);
  return null;
}

/** From this many words before the time, a cue yields to a verb right after it. */
const FAR_LEFT = 4;

/** The first verdict within `limit` words after the time, reading past a closing saying verb. */
function rightVerdict(right: Token[], limit: number): Tense | null {
  for (let i = 0; i < right.length && i < limit && i < MAX_WORDS; i++) {
    // "..., the commission announced." closes the sentence: the saying, not the clause of the time
    if (SAYING.has(right[i].lower) && (right[i + 1] === undefined || /^[.,;:!?]$/.test(right[i + 1].text))) continue;
    const v = judge(right, i);
    if (v === 'stop') return null;
    if (v) {
      const { schedule: _, ...tense } = v;
      return { ...tense, gap: i };
    }
  }
  return null;
}

/**
 * The tense of the clause around `text.slice(start, end)`, `text` being one sentence.
 * `heading` marks a headline, where "X to meet Y" means a future meeting.
 */
export function tenseAround(text: string, start: number, end: number, heading = false): Tense {
  // "has given the relatives until 9 a.m. Tuesday", "extended its deadline until Tuesday": a
  // deadline is set in the past for a time that may still come; the clause's tense does not say
  // which side of publication it falls on, so the nearest occurrence is taken.
  // "postponed until Tuesday morning any action", "put off the vote to Monday": a postponement
  // points past the time it was made, which is on or before publication
  const postponed = POSTPONED_BEFORE().exec(text.slice(Math.max(0, start - 80), start));
  if (postponed) return { kind: 'future', cue: `${postponed[1]} ... ${postponed[2]}`, why: `postponed '${postponed[1]} ... ${postponed[2]}'` };
  const deadline = DEADLINE_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
  if (deadline) return { kind: 'unknown', cue: deadline[1], why: `deadline '${deadline[1]}'` };
  const leftFrom = Math.max(0, start - WINDOW);
  const left = tokenize(text.slice(leftFrom, start), leftFrom === 0);
  // A window cut in the middle of a word would read half a word.
  if (leftFrom > 0 && /\w/.test(text[leftFrom - 1] ?? '') && left.length > 0) left.shift();
  const right = tokenize(text.slice(end, Math.min(text.length, end + WINDOW)), false);

  // "the Jan. 14 deadline": a deadline set for a time that may still come; nearest
  if (/^\s{0,3}deadlines?\b/i.test(text.slice(end, end + 14))) return { kind: 'unknown', cue: 'deadline', why: "deadline 'deadline'" };
  // "set Friday as the deadline": the same, when a verb of naming stands right before the time
  // (not "met on Friday as the deadline loomed")
  const setter = DEADLINE_SETTER().exec(text.slice(Math.max(0, start - 12), start));
  if (setter && DEADLINE_AS().test(text.slice(end, end + 30))) return { kind: 'unknown', cue: `${setter[1]} ... as the deadline`, why: `deadline '${setter[1]} ... as the deadline'` };
  let infinitive: string | null = null;
  for (let i = left.length - 1, seen = 0; i >= 0 && seen < MAX_WORDS; i--, seen++) {
    // "subpoenaed him to testify ... on Feb. 10": the time is the infinitive's, which a past verb
    // before it puts in the future of that past; nearest wins
    if (left[i].lower === 'to' && left[i + 1] && /^[a-z]{2,}$/.test(left[i + 1].text) && !/(?:ed|ing)$/.test(left[i + 1].lower) && !TO_NON_VERBS.has(left[i + 1].lower)) infinitive = `to ${left[i + 1].text}`;
    const v = judge(left, i);
    if (v === 'stop') break;
    if (v) {
      if (v.kind === 'past' && infinitive !== null) return { kind: 'unknown', cue: `${v.cue} ... ${infinitive}`, why: `future seen from the past '${v.cue} ... ${infinitive}'`, gap: seen };
      // "Marlow is a suspect in shootings ... in November": a copula states a schedule only when the
      // time is its complement ("the vote is in November", "the deadline is Friday"); farther off,
      // it says what is true now and points neither way.
      if (v.schedule && seen > 2) return { kind: 'present', cue: v.cue, why: `present '${v.cue}'`, gap: seen };
      // "Just ahead of the trip, the ministry on Sunday issued a warning": a verb right after the
      // time is the time's own; a cue several words before it may belong to a phrase of its own.
      if (seen >= FAR_LEFT) {
        const own = rightVerdict(right, 1);
        if (own && own.kind !== 'unknown') return own;
      }
      const { schedule: _, ...tense } = v;
      return { ...tense, gap: seen };
    }
  }
  const after = rightVerdict(right, MAX_WORDS);
  if (after) return after;
  // Headline "Leader to visit capital on Tuesday": the infinitive announces a future event.
  if (heading && /\bto\s+[a-z]+/.test(text.slice(leftFrom, Math.min(text.length, end + WINDOW)))) return { kind: 'future', cue: 'to', why: "headline infinitive 'to'" };
  return { kind: 'unknown', cue: null, why: 'no tense cue' };
}
