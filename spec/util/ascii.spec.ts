/** JSON text in ASCII alone (lib/util/ascii.ts): every other character escaped, read back as written. */
import { expect } from 'chai';
import { asciiJson } from '../../lib/util/ascii.ts';

describe('util/ascii: JSON in ASCII alone', () => {
  const rows: Array<[string, unknown]> = [
    ['curly quotes and accents', { text: '“It’s over,” said José Müller' }],
    ['a character beyond the basic plane (a surrogate pair)', ['flag 🇫🇷', 'emoji 😀']],
    ['a lone surrogate half', { odd: 'a\ud800b' }],
    ['escapes JSON makes already', 'tab\tnewline\nnul\u0000quote"backslash\\'],
    ['non-ASCII in keys', { 'clé': 1, 'ключ': [2, 3] }],
    ['nothing to escape', { a: 1, b: 'plain' }],
  ];
  for (const [what, value] of rows) {
    it(`${what}: ASCII, and parsed back to the same value`, () => {
      const text = asciiJson(JSON.stringify(value));
      expect(/^[\x00-\x7f]*$/.test(text), text).to.equal(true);
      expect(JSON.parse(text)).to.deep.equal(value);
    });
  }
  it('leaves ASCII JSON as it is', () => {
    const json = JSON.stringify({ a: [1, 'two'], b: null });
    expect(asciiJson(json)).to.equal(json);
  });
});
