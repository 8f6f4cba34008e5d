/** Duplicate keys in JSON text, which JSON.parse hides by keeping the last. */
import { expect } from 'chai';
import { firstDuplicateKey } from '../../lib/util/json-keys.ts';

describe('util/json-keys: firstDuplicateKey', () => {
  const cases: [string, string, { key: string; path: string[] } | null][] = [
    ['no duplicate', '{"a": 1, "b": {"a": 2}, "c": [{"a": 3}, {"a": 4}]}', null],
    ['a top-level key twice', '{"version": 1, "decisions": {"x": {}}, "decisions": {}}', { key: 'decisions', path: [] }],
    ['a key twice in a nested object', '{"decisions": {"f1": {"note": "a", "note": "b"}}}', { key: 'note', path: ['decisions', 'f1'] }],
    ['a key twice inside an array element', '{"list": [{"a": 1}, {"b": 1, "b": 2}]}', { key: 'b', path: ['list', '[]'] }],
    ['the same key spelt with an escape', '{"a": 1, "\\u0061": 2}', { key: 'a', path: [] }],
    ['a value that looks like a key', '{"a": "b", "b": "\\"a\\": 1,"}', null],
    ['keys with escaped quotes', '{"x\\"": 1, "x": 2}', null],
    ['a scalar', '"just a string"', null],
  ];
  for (const [name, text, expected] of cases) {
    it(`${name}: ${expected ? `"${expected.key}"` : 'none'}`, () => {
      JSON.parse(text);
      expect(firstDuplicateKey(text)).to.deep.equal(expected);
    });
  }

  it('takes linear time on many keys', () => {
    // 200,000 distinct keys and one repeat at the very end: a quadratic scan would take minutes.
    const keys = Array.from({ length: 200_000 }, (_, i) => `"k${i}": ${i}`);
    const text = `{${keys.join(',')}, "k0": 0}`;
    expect(firstDuplicateKey(text)).to.deep.equal({ key: 'k0', path: [] });
  });
});
