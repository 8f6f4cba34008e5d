/** The one tokenizer: what each scheme calls a token, and that it cuts exactly as the readers did. */
import { expect } from 'chai';
import { CLAUSE, NAME, QUANTITY, TENSE, scan, tokenize, type TokenScheme } from '../../lib/text/tokens.ts';

const SAMPLE = "U.K. leader J. Smith's $900bn 6.1-magnitude “didn't” café—2013. O'Brien, Jean-Claude (two-day) 1,234.5 COVID-19 ½ naïve";

/** [scheme, text, pieces as text:kind initial, joined by |] */
const rows: Array<[TokenScheme, string, string]> = [
  [CLAUSE, "Smith's two-day visit to the U.S.", "Smith's:w|two-day:w|visit:w|to:w|the:w|U.S:w|.:m"],
  [QUANTITY, '$900bn and 6.1-magnitude', '$:m|900:n|bn:w|and:w|6.1:n|-:m|magnitude:w'],
  [QUANTITY, 'in 2013.', 'in:w|2013:n|.:m'],
  [NAME, 'U.K. envoy J. Smith, of Lima', 'U.K.:w|envoy:w|J.:w|Smith:w|of:w|Lima:w'],
  [NAME, "O'Brien and Jean-Claude", "O'Brien:w|and:w|Jean-Claude:w"],
  [TENSE, 'he landed (on 12 May) — “later”', 'he:w|landed:w|(:m|on:w|May:w|):m|—:m|“:m|later:w|”:m'],
  [TENSE, 'café', 'caf:w'],
  // Text that yields nothing.
  [CLAUSE, '   \n\t ', ''],
  [NAME, ' , ; — “” ', ''],
  [TENSE, '12 345 % $', ''],
  [QUANTITY, '', ''],
];

// The four patterns the readers used before there was one tokenizer: the schemes must cut alike.
const BEFORE: Array<[TokenScheme, RegExp]> = [
  [CLAUSE, /[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu],
  [QUANTITY, /([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)|(\d+(?:[.,]\d+)*)|\S/gu],
  [NAME, /(?:\p{Lu}\.){2,}|\p{Lu}\.(?=\s)|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu],
  [TENSE, /[A-Za-z]+(?:[-'’][A-Za-z]+)*|[;:()[\]"“”—–]/g],
];

describe('text/tokens: one scanner, four schemes', () => {
  for (const [scheme, text, want] of rows) {
    it(`${scheme.name}: ${JSON.stringify(text)}`, () => {
      expect(scan(text, scheme).map((p) => `${p.text}:${p.kind[0]}`).join('|')).to.equal(want);
    });
  }
  for (const [scheme, re] of BEFORE) {
    it(`${scheme.name} cuts as its reader's own pattern did`, () => {
      for (const text of [SAMPLE, SAMPLE.toUpperCase(), 'a'.repeat(50) + "'".repeat(50) + '.-'.repeat(50)]) {
        const want = [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
        expect(scan(text, scheme).map((p) => `${p.start}:${p.text}`)).to.deep.equal(want);
      }
    });
  }
  it('offsets are into the whole text, and a range start glued to a word has no gap', () => {
    const p = scan('x.358 y', QUANTITY, 2);
    expect(p.map((q) => [q.text, q.start, q.gap])).to.deep.equal([['358', 2, false], ['y', 6, true]]);
  });
  it('the clause view splits a possessive but not "it\'s"', () => {
    expect(tokenize("Smith's car, it's late").map((t) => t.text)).to.deep.equal(['Smith', "'s", 'car', ',', "it's", 'late']);
  });
});
