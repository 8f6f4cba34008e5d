/** The one loader of word lists: files as lists, sets, sections and alternations. */
import { expect } from 'chai';
import { LazySet, alternation, alternationOf, lazy, lowerWordSet, phraseAlternation, tableOf, wordList, wordSection, wordSet, wordTable } from '../../lib/text/words.ts';

describe('text/words: the word-list loader', () => {
  const lists: Array<[string, string[]]> = [
    ['articles', ['a', 'an', 'the']],
    ['demonstratives', ['this', 'that', 'these', 'those']],
    ['weekday-names', ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']],
  ];
  for (const [name, want] of lists) it(`${name}.txt reads as written, comments left out`, () => expect(wordList(name)).to.deep.equal(want));

  const members: Array<[ReadonlySet<string>, string, boolean]> = [
    [wordSet('articles', 'possessive-determiners'), 'their', true],
    [wordSet('articles', 'possessive-determiners'), 'this', false],
    [wordSet('month-names'), 'may', false], // case is kept: "May" the month, not "may"
    [lowerWordSet('month-names'), 'may', true],
    [wordSet('articles'), '# Articles: "a visit", "the talks".', false], // a comment is no word
    [wordSet('articles'), '', false],
  ];
  for (const [set, word, want] of members) it(`has(${JSON.stringify(word)}) is ${want}`, () => expect(set.has(word)).to.equal(want));

  it('a section is the words up to the next head', () => {
    const subject = wordSection('saying-verbs', 'subject');
    expect(subject).to.include('reported');
    expect(subject).not.to.include('[speaker]');
    expect(wordSection('saying-verbs', 'speaker')).not.to.include('reported');
  });
  it('a missing list or section throws, naming the file', () => {
    expect(() => wordList('no-such-list')).to.throw(/no-such-list/);
    expect(() => wordSection('saying-verbs', 'nowhere')).to.throw(/saying-verbs\.txt has no \[nowhere\]/);
  });
  it('a lazy set reads nothing until asked, then behaves as a set', () => {
    let made = 0;
    const s = new LazySet(() => (made++, ['x', 'y']));
    expect(made).to.equal(0);
    expect([...s]).to.deep.equal(['x', 'y']);
    expect(s.size).to.equal(2);
    expect(made).to.equal(1);
  });
  it('a lazy value compiles once, on first use', () => {
    let made = 0;
    const o = lazy(() => (made++, { n: 3 }));
    expect(made).to.equal(0);
    expect(o().n + o().n).to.equal(6);
    expect(made).to.equal(1);
  });
  it('an alternation keeps file order and escapes', () => {
    expect(alternation('month-abbreviations').split('|').slice(0, 2)).to.deep.equal(['Sept', 'Jan']);
    expect(new RegExp(`^(?:${alternation('contracted-s')})$`).test("it's")).to.equal(true);
  });
  const tableRows: Array<[string, string, Array<[string, string]> | RegExp]> = [
    ['word<TAB>value lines in file order', 'spring\tSP\nsummer\tSU', [['spring', 'SP'], ['summer', 'SU']]],
    ['a key with spaces; comments and blank lines left out', '# hedges\n\njust over\tMORE_THAN\n', [['just over', 'MORE_THAN']]],
    ['the value is all after the first tab, trimmed', 'a\tb\tc \r\n', [['a', 'b\tc']]],
    ['a line with no tab is refused, with its line', 'spring\tSP\nsummer SU', /t:2: not a word<TAB>value line/],
    ['an empty key is refused', '\tSP', /t:1: not a word<TAB>value line/],
    ['a repeated key is refused', 'fall\tFA\nfall\tFA', /t:2: "fall" repeated/],
  ];
  for (const [what, text, want] of tableRows) {
    it(`a table: ${what}`, () => {
      if (want instanceof RegExp) expect(() => tableOf(text, 't')).to.throw(want);
      else expect([...tableOf(text, 't')]).to.deep.equal(want);
    });
  }
  it('a table file reads through the loader; a missing one throws, naming it', () => {
    expect(wordTable('season-names').get('fall')).to.equal('FA');
    expect(wordTable('season-names').get('Fall')).to.equal(undefined); // keys are as written
    expect(() => wordTable('no-such-table')).to.throw(/no-such-table\.tsv/);
  });
  it('an alternation of given words escapes them', () => {
    expect(alternationOf(['a.b', 'c'])).to.equal('a\\.b|c');
  });
  it('a phrase alternation allows one to three spaces between words, and no more', () => {
    const re = new RegExp(`^(?:${phraseAlternation('count-directions')})$`);
    expect(re.test('from  now')).to.equal(true);
    expect(re.test('from     now')).to.equal(false);
    expect(re.test('fromnow')).to.equal(false);
  });
});
