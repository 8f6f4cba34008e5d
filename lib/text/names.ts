/**
 * Matching people across articles: the same name in other spellings, the same role in other words.
 *
 * Names: articles transliterate ("Aleksei"/"Aleksey", "Aleksandr"/"Alexander",
 * "Mohammed"/"Muhammad"), drop accents and write short forms ("Novak" for "Anna Novak"). Each
 * word is reduced to a key by general spelling rules, and two names match when the words of the
 * shorter one match words of the longer one in order, the last (family) name or, for family-first
 * names ("Li Wei" → "Li"), the first included.
 *
 * Roles: lowercase, one spelling ("defence" → "defense"), one word for a role ("CEO" → "chief
 * executive", "secretary-general" → "secretary general"), no "new"/"newly appointed".
 */
import { titleLexicon } from './titles.ts';
import { alternation, lazy } from './words.ts';

/** Courtesy titles that are no part of a name ("Mr Novak" is "Novak"). */
// The honorifics of titles.txt but "lord", "lady" and "messrs": when names are matched "Lord Smith"
// keeps its title as part of the name.
const honorific = lazy(
  () => new RegExp(`^(?:${[...titleLexicon().honorifics].filter((h) => h !== 'lord' && h !== 'lady' && h !== 'messrs').join('|')})\\.?$`),
);

/** The words of a name, lowercase, without accents, honorifics or punctuation. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`]s\b/g, '')
    .replace(/[^\p{L}\p{N}.\s-]/gu, ' ')
    .split(/[\s-]+/)
    .map((w) => w.replace(/\.$/, ''))
    .filter((w) => w !== '' && !honorific().test(w));
}

/**
 * The spelling key of one name word, by general transliteration rules:
 * "x" = "ks" ("Alexander"/"Aleksandr"), "ph" = "f", "ou" = "u" ("Youssef"/"Yusef"),
 * doubled letters single ("Mohammed"/"Mohamed", "Zelenskyy"/"Zelensky"),
 * "ey" = "ei", and "ei"/"iy"/"y" at the end = "i" ("Aleksey"/"Aleksei", "Vasiliy"/"Vasili"), "-er" after
 * a consonant at the end = "-r" ("Alexander"/"Aleksandr", "Peter"/"Petr"), and vowels that transliterations swap merged: o/u, e/a
 * ("Muhammad"/"Mohammed", "Hussein"/"Hussain").
 */
export function nameKey(word: string): string {
  let w = nameWords(word).join('');
  w = w.replace(/x/g, 'ks').replace(/ph/g, 'f').replace(/ou/g, 'u');
  w = w.replace(/(\p{L})\1+/gu, '$1');
  w = w.replace(/ey/g, 'ei').replace(/(?:ei|iy|y)$/, 'i');
  w = w.replace(/([^aeiou])er$/, '$1r');
  return w.replace(/o/g, 'u').replace(/e/g, 'a');
}

/** True when two name words are the same word: same key, or an initial of the other ("V." / "Anna"). */
function sameWord(a: string, b: string): boolean {
  if (a.length === 1 || b.length === 1) return a.charAt(0) === b.charAt(0);
  // Short words ("Li", "Xu", "Li", "Lee") differ by one letter too often to merge vowels.
  if (a.length <= 3 || b.length <= 3) return a === b;
  return nameKey(a) === nameKey(b);
}

/**
 * True when `a` and `b` name the same person: every word of the shorter name matches a word of
 * the longer in order, and the shorter keeps the longer's last word (its family name) or, for a
 * one-word name, its first ("Li" for "Li Wei"). "Pavel Dvorak" = "Pavel Dvorak";
 * "Novak" = "Anna Novak" = "Mr. Anna Novak"; "Novak" ≠ "Svoboda".
 */
export function sameName(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.length === 0 || y.length === 0) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length === long.length) return short.every((w, i) => sameWord(w, long[i]));
  if (short.length === 1) {
    // A lone initial names no one.
    if (short[0].length === 1) return false;
    return sameWord(short[0], long[long.length - 1]) || sameWord(short[0], long[0]);
  }
  if (!sameWord(short[short.length - 1], long[long.length - 1])) return false;
  // The other words in order: "George Bush" in "George W. Bush".
  let j = 0;
  for (const w of short.slice(0, -1)) {
    while (j < long.length - 1 && !sameWord(w, long[j])) j++;
    if (j >= long.length - 1) return false;
    j++;
  }
  return true;
}

/** Leading words that are no part of a role ("the", "his", "a"). */
const leading = lazy(() => new RegExp(`^(?:${alternation('articles', 'possessive-determiners')})\\s+`));

/**
 * A role in one form: lowercase, one spelling ("defence" → "defense"), hyphens and abbreviation
 * periods as words ("secretary-general" → "secretary general", "Gov." → "governor"), without
 * leading articles or "new"/"newly appointed", and with synonyms merged ("CEO" → "chief executive",
 * "spokesman" → "spokesperson").
 */
export function canonicalRole(role: string): string {
  const lex = titleLexicon();
  let r = role.normalize('NFC').toLowerCase().replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim();
  const LEADING = leading();
  while (LEADING.test(r)) r = r.replace(LEADING, '');
  const abbr = lex.abbreviations.get(r) ?? lex.abbreviations.get(`${r}.`);
  if (abbr) r = abbr;
  r = r.replace(/\.(?=\s|$)/g, '').replace(/\s*-\s*/g, ' ');
  let ws = r.split(' ').map((w) => lex.spellings.get(w) ?? w);
  // "newly appointed defense minister" → "defense minister": the longest leading drop phrase first.
  for (let again = true; again && ws.length > 1; ) {
    again = false;
    for (let n = Math.min(3, ws.length - 1); n >= 1; n--) {
      if (lex.drops.has(ws.slice(0, n).join(' '))) {
        ws = ws.slice(n);
        again = true;
        break;
      }
    }
  }
  r = ws.join(' ');
  // Whole-role synonyms, then the synonym of the head ("deputy spokesman" → "deputy spokesperson").
  const whole = lex.aliases.get(r) ?? lex.aliases.get(r.replace(/ /g, '-'));
  if (whole) return whole;
  for (let i = 1; i < ws.length; i++) {
    const tail = ws.slice(i).join(' ');
    const alias = lex.aliases.get(tail);
    if (alias) return `${ws.slice(0, i).join(' ')} ${alias}`;
  }
  return r;
}

/** The rank words of a role ("former", "deputy", "assistant": `[rank]` of titles.txt), sorted, as one string. */
export function rankWords(role: string): string {
  const ranks = titleLexicon().ranks;
  return canonicalRole(role).split(' ').filter((w) => ranks.has(w)).sort().join(' ');
}

/**
 * True when two roles can be the same role: equal in {@link canonicalRole} form, or one is the
 * other with fewer modifiers ("aide" and "foreign policy aide", "minister" and "defense minister"),
 * as long as neither has a rank the other lacks ("former president" is not "president").
 */
export function sameRole(a: string, b: string): boolean {
  const x = canonicalRole(a);
  const y = canonicalRole(b);
  if (x === y) return true;
  if (x === '' || y === '') return false;
  const ranks = titleLexicon().ranks;
  const xs = x.split(' ');
  const ys = y.split(' ');
  const rankOf = (ws: string[]) => ws.filter((w) => ranks.has(w)).sort().join(' ');
  if (rankOf(xs) !== rankOf(ys)) return false;
  // The head: the word before "of" in "head of diplomacy", else the last word.
  const head = (ws: string[]) => (ws.includes('of') ? ws[ws.indexOf('of') - 1] : ws[ws.length - 1]);
  if (head(xs) !== head(ys)) return false;
  const [short, long] = xs.length <= ys.length ? [xs, ys] : [ys, xs];
  return short.every((w) => long.includes(w));
}
