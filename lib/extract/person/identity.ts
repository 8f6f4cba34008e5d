/**
 * Who is who within one article: the forms of a name the parsers found ("Anna Novak", "Novak",
 * "Mr Novak") joined into one person, named by the longest form. A short form joins a longer one
 * when it is the longer's last word, or its first for family-first names ("Li" of "Li Wei");
 * a short form two people share ("Bush" of "George Bush" and "Laura Bush") joins no one, unless
 * all but one were introduced by a relation ("sister Katie Jenkin").
 */
import { wordList } from '../../text/words.ts';

/** One person of an article. */
export interface Identity {
  /** The canonical name: the longest form the article gives, as written. */
  name: string;
  /** Its words. */
  words: string[];
  /** The first role the article gives the person, or null. */
  role: string | null;
  /** The first nationality the article gives the person, or null. */
  nationality: string | null;
  /** The first relation the article gives the person ("counterpart"), or null. */
  relation: string | null;
}

/** A name form found in the article, with what was said of it there. */
export interface Form {
  words: string[];
  role: string | null;
  nationality: string | null;
  relation: string | null;
}

/** The people of an article and how its name forms map to them. */
export interface People {
  identities: Identity[];
  /** The person a form (words joined by a space) names, or null when it is ambiguous. */
  of(form: string): Identity | null;
  /** The person a single word names when the article uses it alone: a family name, or the first word of a family-first name. */
  short(word: string): Identity | null;
  /** The person a multi-word form (words joined by a space) names, for finding forms again in the text; null when none or ambiguous. */
  form(words: string): Identity | null;
  /** The most words a multi-word form has. */
  maxFormWords: number;
  /** The people of a nationality. */
  ofNationality(code: string): readonly Identity[];
}

/** Generational suffixes, which end a name but are not its family name ("Comeaux" of "Arcade Comeaux Jr."). */
const SUFFIX = new RegExp(`^(?:${wordList('name-suffixes').filter((w) => !w.endsWith('.')).join('|')})\\.?$`);

/** The family name of a form: its last word, or the word before a suffix. */
export function family(words: readonly string[]): string {
  return words.length > 1 && SUFFIX.test(words[words.length - 1]) ? words[words.length - 2] : words[words.length - 1];
}

/** True when form `f` can be a shorter form of the full name `full`. */
function partOf(f: string[], full: string[]): boolean {
  if (f.length > full.length) return false;
  if (f.length === 1) return f[0] === family(full) || f[0] === full[0];
  if (family(f) !== family(full)) return false;
  let j = 0;
  for (const w of f) {
    while (j < full.length && full[j] !== w) j++;
    if (j === full.length) return false;
    j++;
  }
  return true;
}

/**
 * Joins the forms into people. `familyFirst` tells whether a full name's first word may stand for
 * it alone ("Li" for "Li Wei", but not "Anna" for "Anna Novak").
 */
export function joinPeople(forms: readonly Form[], familyFirst: (words: readonly string[]) => boolean): People {
  // Longest first, then in text order, so that every short form meets its full form first.
  const order = forms.map((f, i) => [f, i] as const).sort((a, b) => b[0].words.length - a[0].words.length || a[1] - b[1]);
  const identities: Identity[] = [];
  const byForm = new Map<string, Identity | null>();
  // Identities by last and first word, so that a form is compared with the few it can be part of.
  const byLast = new Map<string, Identity[]>();
  const byFirst = new Map<string, Identity[]>();
  const index = (map: Map<string, Identity[]>, key: string, p: Identity) => {
    const list = map.get(key);
    if (list) list.push(p);
    else map.set(key, [p]);
  };
  for (const [f] of order) {
    const key = f.words.join(' ');
    let who = byForm.get(key);
    if (who === undefined) {
      const last = family(f.words);
      const near = new Set([...(byLast.get(last) ?? []), ...(f.words.length === 1 ? (byFirst.get(last) ?? []) : [])]);
      const matches = [...near].filter((p) => partOf(f.words, p.words));
      if (matches.length === 0) {
        who = { name: key, words: f.words, role: null, nationality: null, relation: null };
        identities.push(who);
        index(byLast, last, who);
        index(byFirst, f.words[0], who);
      } else {
        who = matches.length === 1 ? matches[0] : null;
      }
      byForm.set(key, who);
    }
    if (who) {
      who.role ??= f.role;
      who.nationality ??= f.nationality;
      who.relation ??= f.relation;
    }
  }
  // A short form two people share joins no one, unless all but one of them were introduced by
  // their relation to someone ("John Jenkin ... and sister Katie Jenkin ... Jenkin was arrested":
  // the relative is named in full, the one the story is about by the surname).
  const shortCandidates = new Map<string, Identity[]>();
  const addShort = (w: string, p: Identity) => {
    const list = shortCandidates.get(w);
    if (!list) shortCandidates.set(w, [p]);
    else if (!list.includes(p)) list.push(p);
  };
  for (const p of identities) {
    addShort(family(p.words), p);
    if (p.words.length > 1 && familyFirst(p.words)) addShort(p.words[0], p);
  }
  const shortOf = new Map<string, Identity | null>();
  for (const [w, list] of shortCandidates) {
    const unrelated = list.filter((p) => p.relation === null);
    shortOf.set(w, list.length === 1 ? list[0] : unrelated.length === 1 ? unrelated[0] : null);
  }
  let maxFormWords = 0;
  for (const key of byForm.keys()) maxFormWords = Math.max(maxFormWords, key.split(' ').length);
  const byNationality = new Map<string, Identity[]>();
  for (const p of identities) if (p.nationality) index(byNationality, p.nationality, p);
  return {
    identities,
    of: (form) => byForm.get(form) ?? null,
    short: (word) => shortOf.get(word) ?? null,
    form: (words) => (words.includes(' ') ? (byForm.get(words) ?? null) : null),
    maxFormWords,
    ofNationality: (code) => byNationality.get(code) ?? [],
  };
}
