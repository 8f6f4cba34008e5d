/**
 * Quote claims: a quotation with its speaker, compared by its words.
 */
import { nameKey } from '../../text/names.ts';
import type { Document, QuoteFact } from '../../types.ts';
import type { Candidate, ClaimInput } from './types.ts';
import { makeClaim } from './make.ts';
import { alternation, dataJson, lazy } from '../../text/words.ts';

/** The words of a quotation, lower case, without punctuation: "differ beyond punctuation" compares these. */
export function quoteWords(s: string): string[] {
  const words = s
    .toLowerCase()
    .normalize('NFKC')
    // "(Tara Reid)", "[this year]": the editor's words inside a quotation, not the speaker's.
    .replace(/\([^()]{0,80}\)|\[[^\[\]]{0,80}\]/g, ' ')
    .replace(/[’‘]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    // "population's" and "populations'": where the apostrophe goes is punctuation.
    .map((w) => numberForm(spelling(w.replace(/'s$|s'$|'$/, '').replace(/^'/, ''))))
    // "6:00 p.m." and "6 p.m.": the zero minutes are punctuation of the time.
    .filter((w) => w !== '' && w !== '00');
  return joinLetters(words);
}

/** "e-mail" and "email": a one-letter piece (before a hyphen) belongs to the word after it. */
function joinLetters(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (w.length === 1 && /^\p{L}$/u.test(w) && i + 1 < words.length && /^\p{L}/u.test(words[i + 1])) {
      out.push(`${w}${words[++i]}`);
    } else out.push(w);
  }
  return out;
}

/** Number words and figures, cardinal and ordinal, from the unit lexicon: "eleventh" → "11.", "five" → "5". */
const NUMBER_FORMS = lazy(() => {
  const u = dataJson<{ cardinals: Record<string, number>; tens: Record<string, number>; ordinals: Record<string, number> }>('lexicon/units.json');
  const map = new Map<string, string>();
  for (const [w, n] of [...Object.entries(u.cardinals), ...Object.entries(u.tens)]) map.set(w, String(n));
  for (const [w, n] of Object.entries(u.ordinals)) map.set(w, `${n}.`);
  return map;
});

/** One form for a number word or figure: "eleventh" and "11th" → "11.", "five" → "5". */
function numberForm(w: string): string {
  const ordinal = /^(\d+)(?:st|nd|rd|th)$/.exec(w);
  if (ordinal) return `${Number(ordinal[1])}.`;
  return NUMBER_FORMS().get(w) ?? w;
}

/** A British "-is-" spelling at the end of a word, with its ending in group 1: "organis|ation". */
const ISE = lazy(() => new RegExp(`is(${alternation('british-ise-endings')})$`));

/**
 * One spelling for British and American forms, so that a quotation is not "changed" by a house
 * style: "neighbourhood"/"neighborhood", "organise"/"organize", "centre"/"center",
 * "travelled"/"traveled".
 */
export function spelling(w: string): string {
  // "organise", "organisation" → "organize", "organization" (endings: british-ise-endings.txt)
  return w.replace(/our/g, 'or').replace(ISE(), 'iz$1').replace(/ys(e|ed|ing)$/, 'yz$1').replace(/([tb])re$/, '$1er').replace(/ll(ed|ing|er)$/, 'l$1');
}

/** The claim of a quotation with a speaker and three words or more, or null. */
export function quoteClaim(input: ClaimInput, doc: Document, q: QuoteFact): Candidate | null {
  if (q.speaker === null) return null;
  const words = quoteWords(q.value);
  if (words.length < 3) return null;
  return makeClaim(doc, {
    start: q.start, end: q.end, text: q.text, block: `quote|${nameKey(q.speaker)}`, attribute: 'quote', slot: `quote of ${q.speaker}`, type: 'quote',
    who: [q.speaker], fact: q.id, value: q.value, shown: `"${q.value}"`, cmp: { kind: 'quote', words },
    event: input.factEvent.get(q.id) ?? null, sentence: q.sentence, blanks: [q], why: `quoted from ${q.speaker}`,
  });
}
