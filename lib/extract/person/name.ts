/**
 * What a name looks like: a run of one to four capitalised words ("Tomas Berg", "Nguyen Van
 * An", "George W. Bush"), with lowercase particles inside ("Ludwig van Beethoven"), that is not
 * a place, an organisation ("Defence Council"), a month or a function word.
 */
import type { PersonContext } from './context.ts';
import { CALENDAR, isKnownWord, joined, type Word } from '../../text/name-words.ts';
import { wordSet } from '../../text/words.ts';

/** Closed-class words, capitalised at a sentence start: never part of a name. */
const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those he she it they we i you his her its their our my your him them us me ' +
    'in on at by for from to of with without about after before during since until while when where why how what ' +
    'which who whom whose if as and or but nor so yet both either neither not no yes all any each every some many ' +
    'much more most other another such there here then than also only even just still now today yesterday tomorrow ' +
    'meanwhile however although though because despite according amid among between under over into onto upon ' +
    'through across against toward towards within beyond behind below above near per via is are was were be been ' +
    'has have had do does did will would can could may might must shall should mr mrs ms dr'
  ).split(' '),
);

/** Lowercase particles inside names ("van", "de", "bin", "al"). */
export const PARTICLES: ReadonlySet<string> = wordSet('name-particles');

/** Generational suffixes that may end a name. */
const SUFFIXES = wordSet('name-suffixes');

/** Venue words that are common surnames too ("Hall", "Field"). */
const SURNAME_HEADS: ReadonlySet<string> = wordSet('surname-venue-words');

/** The most capitalised words a name has. */
const MAX_NAME_WORDS = 4;

const nameWords = new WeakMap<Word, boolean>();

/** True when a word can be a word of a person's name. */
export function isNameWord(ctx: PersonContext, w: Word): boolean {
  // Most words are in lower case: answered without the memo, whose lookups cost more than this.
  if (!w.cap || w.capCompound) return false;
  let hit = nameWords.get(w);
  if (hit === undefined) {
    hit = computeNameWord(ctx, w);
    nameWords.set(w, hit);
  }
  return hit;
}

function computeNameWord(ctx: PersonContext, w: Word): boolean {
  if (!w.cap || w.capCompound) return false;
  if (w.upper && !SUFFIXES.has(w.text)) return false;
  if (CALENDAR.has(w.base) || FUNCTION_WORDS.has(w.base.toLowerCase())) return false;
  if (ctx.gaz.demonym(w.base) !== null) return false;
  if (/\p{N}/u.test(w.base)) return false;
  return true;
}

/** True when a capitalised word heads an organisation, venue or place ("Council", "Palace", "County"): no name ends with one. */
export function isInstitutionHead(ctx: PersonContext, w: Word): boolean {
  return ctx.gaz.orgHeads.has(w.base) || ctx.gaz.venueHeads.has(w.base) || ctx.gaz.featureHeads.has(w.base);
}

/** True when a word is a role word written as a title ("President", "Minister"). */
export function isRoleWord(ctx: PersonContext, w: Word): boolean {
  if (!w.cap) return false;
  const lower = w.base.toLowerCase();
  const t = ctx.titles;
  return t.roles.has(lower) || t.relational.has(lower) || t.honorifics.has(lower) || t.abbreviations.has(`${lower}.`);
}

/**
 * The index of the last word of the name that starts at word `i`, or -1 when no name starts
 * there. The run stops at a possessive ("Novak’s"), at punctuation, and before a role word that
 * titles a following name; it is refused when it holds an organisation or venue word, or is a place.
 */
export function nameEnd(ctx: PersonContext, i: number): number {
  // Every parser asks for the same names: each sentence's answers are kept.
  let memo = ends.get(ctx.words);
  if (!memo) {
    memo = new Int32Array(ctx.words.length).fill(-2);
    ends.set(ctx.words, memo);
  }
  if (memo[i] === -2) memo[i] = computeNameEnd(ctx, i);
  return memo[i];
}

const ends = new WeakMap<readonly Word[], Int32Array>();

function computeNameEnd(ctx: PersonContext, i: number): number {
  const ws = ctx.words;
  // "Surgeon General", "President": a title is no name, nor does a name start with one.
  if (!isNameWord(ctx, ws[i]) || isRoleWord(ctx, ws[i]) || ctx.gaz.featurePrefixes.has(ws[i].text)) return -1;
  let last = i;
  let count = 1;
  for (let j = i + 1; j < ws.length; j++) {
    if (!joined(ws[j - 1], ws[j])) break;
    const w = ws[j];
    if (PARTICLES.has(w.text) && j + 1 < ws.length && joined(w, ws[j + 1]) && isNameWord(ctx, ws[j + 1])) continue;
    if (SUFFIXES.has(w.text)) {
      last = j;
      break;
    }
    if (!isNameWord(ctx, w)) break;
    // "... Secretary Ivan Horak": a title starts the next name.
    if (isRoleWord(ctx, w) && j + 1 < ws.length && joined(w, ws[j + 1]) && ws[j + 1].cap) break;
    last = j;
    count++;
    if (count > MAX_NAME_WORDS) return -1;
  }
  // "Jasper Hall", "Sally Field": a given name and a surname that is also a venue word is a person.
  const surnameHead = last === i + 1 && SURNAME_HEADS.has(ws[last].base) && ctx.given.has(ws[i].base) && !isOrdinaryWord(ws[i].base) && ctx.gaz.lookup(ws[i].base).length === 0;
  for (let k = i; k <= last; k++) if (isInstitutionHead(ctx, ws[k]) && !(surnameHead && k === last)) return -1;
  // "Royal Hall", "Lima State University": the run goes on into a venue or organisation.
  if (last + 1 < ws.length && joined(ws[last], ws[last + 1]) && isInstitutionHead(ctx, ws[last + 1])) return -1;
  // "Hong Kong Disneyland", "Ottawa Irving"? A run that opens with a place is read as one, unless
  // a given name opens it ("Paris Hilton") or the place is also a word or a name ("Jackson").
  for (let k = last; k > i; k--) if (ctx.gaz.lookup(nameText(ws, i, k)).length > 0) return -1;
  const place = ctx.gaz.lookup(ws[i].base)[0];
  if (place && (last === i || (!place.weak && !ctx.given.has(ws[i].base)))) return -1;
  return last;
}

/**
 * The names a sentence holds, as [first, last] word indexes: each run of capitalised words, less
 * the titles that lead it ("Foreign Minister Pavel Dvorak" → "Pavel Dvorak"). Whether a name is a
 * person's is for the parsers to tell.
 */
export function nameRuns(ctx: PersonContext): ReadonlyArray<[number, number]> {
  // Four parsers read the same runs: each sentence's are kept.
  let hit = runs.get(ctx.words);
  if (!hit) {
    hit = [...computeNameRuns(ctx)];
    runs.set(ctx.words, hit);
  }
  return hit;
}

const runs = new WeakMap<readonly Word[], Array<[number, number]>>();

function* computeNameRuns(ctx: PersonContext): Generator<[number, number]> {
  const ws = ctx.words;
  const t = ctx.titles;
  for (let i = 0; i < ws.length; i++) {
    if (!ws[i].cap) continue;
    const lower = ws[i].base.toLowerCase();
    const leads = isRoleWord(ctx, ws[i]) || t.modifiers.has(t.spellings.get(lower) ?? lower) || t.ranks.has(lower);
    if (leads && i + 1 < ws.length && joined(ws[i], ws[i + 1]) && ws[i + 1].cap) continue;
    // "Considering Lionsgate ...": an ordinary word capitalised only because it opens the sentence.
    if (ws[i].initial && !ctx.given.has(ws[i].base) && isKnownWord(ws[i].base)) continue;
    const last = nameEnd(ctx, i);
    if (last < 0) continue;
    // "former Razorback Peyton Hillis", "Englishman Robert Buckley": a word before a given name and a
    // family name is a description, when it is an English word.
    if (last >= i + 2 && !ctx.given.has(ws[i].base) && ctx.given.has(ws[i + 1].base) && isKnownWord(ws[i].base)) continue;
    // "the New York Yankees": a run that starts inside a place's name ("New York") is no person's.
    const prev = ws[i - 1];
    if (prev && prev.cap && joined(prev, ws[i]) && ctx.gaz.lookup(`${prev.text} ${ws[i].base}`).length > 0) {
      i = last;
      continue;
    }
    // "the Red Sox", "the Beatles": a person's name takes no article.
    if (i > 0 && ws[i - 1].text.toLowerCase() === 'the' && /^\s+$/.test(ws[i].gap)) {
      i = last;
      continue;
    }
    yield [i, last];
    i = last;
  }
}

/** The name of words `first..last` as written, possessive dropped: "Anna Novak". */
export function nameText(ws: readonly Word[], first: number, last: number, skip?: readonly [number, number]): string {
  const parts: string[] = [];
  for (let k = first; k <= last; k++) if (!skip || k < skip[0] || k > skip[1]) parts.push(k === last ? ws[k].base : ws[k].text);
  return parts.join(' ');
}

const ordinary = new Map<string, boolean>();

/**
 * True when a word is an ordinary English word, not only a name: it and an inflection of it are
 * in the lexicon ("bill"/"bills", "mark"/"marked"), where names are not ("novak") or have no
 * inflections ("george").
 */
export function isOrdinaryWord(word: string): boolean {
  const w = word.toLowerCase();
  let hit = ordinary.get(w);
  if (hit === undefined) {
    hit =
      isKnownWord(w) &&
      [`${w}s`, `${w}es`, `${w}ed`, `${w}d`, `${w}ing`, `${w.replace(/e$/, '')}ing`, `${w}ly`, `${w}er`, w.replace(/y$/, 'ies')].some(
        (f) => f !== w && isKnownWord(f),
      );
    ordinary.set(w, hit);
  }
  return hit;
}

/** True when some word of the name is not in the English lexicon: a sign it is a name at all. */
export function hasUnknownWord(ws: readonly Word[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (ws[k].base.length > 1 && !isKnownWord(ws[k].base)) return true;
  return false;
}
