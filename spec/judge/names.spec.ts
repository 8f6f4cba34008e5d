/**
 * The name-spelling rule as a table of claim rows, and its test of two spellings of one name.
 */
import { expect } from 'chai';
import { variants } from '../../lib/judge/rules/name-spelling.ts';
import { judgeRows, type Row } from './table.ts';

const name = (article: string, value: string, extra: Partial<Row> = {}): Row => ({ article, value, attribute: 'name', type: 'name', block: 'name', ...extra });

describe('judge rule name-spelling', () => {
  const cases: Array<[string, Row[], number]> = [
    ['a last name one letter apart: "Duncan Rait" and "Duncan Raite"', [name('a', 'Duncan Rait'), name('b', 'Duncan Rait'), name('c', 'Duncan Raite')], 1],
    ['a first name one letter apart: "Jon Owen" and "John Owen"', [name('a', 'Jon Owen'), name('b', 'John Owen')], 1],
    ['negative: two people of one family: "Mark Kelly" and "Scott Kelly"', [name('a', 'Mark Kelly'), name('b', 'Scott Kelly')], 0],
    ['negative: a short form is no misspelling: "Rob Smith" and "Robert Smith"', [name('a', 'Rob Smith'), name('b', 'Robert Smith')], 0],
    ['negative: an article giving both spellings may name two people', [name('a', 'Mary Gray'), name('a', 'Mark Gray', { start: 40, end: 49 }), name('b', 'Mark Gray')], 0],
    ['negative: names of two events are not compared', [name('a', 'Jon Owen', { event: 'E1' }), name('b', 'John Owen', { event: 'E2' })], 0],
    ['negative: the same spelling agrees', [name('a', 'Jon Owen'), name('b', 'Jon Owen')], 0],
  ];
  for (const [title, rows, n] of cases) {
    it(title, () => {
      const drafts = judgeRows(rows).filter((d) => d.rule === 'name-spelling');
      expect(drafts).to.deep.equal(Array.from({ length: n }, () => ({ verdict: 'conflict', rule: 'name-spelling' })));
    });
  }

  it('tells two spellings of one name from two names', () => {
    expect(variants('LaTonya Brown', 'Latoya Brown')).to.equal(true);
    expect(variants('Philip Hickok', 'Philip H. Hickock')).to.equal(true);
    expect(variants('Bryant Dalton', 'Brian Dalton')).to.equal(true);
    expect(variants('Anna Novak', 'Anna Nowak')).to.equal(true);
    expect(variants('Anna Novak', 'Hanna Kowalski')).to.equal(false);
    expect(variants('J. Owen', 'Jon Owen')).to.equal(false);
    expect(variants('Li Wei', 'Li Wen')).to.equal(false);
    // Transliterations and house styles are one name: "-y"/"-i", doubled letters.
    expect(variants('Gurbanguly Berdymukhamedov', 'Gurbanguli Berdymukhamedov')).to.equal(false);
    expect(variants('Mohammed Ali', 'Mohamed Ali')).to.equal(false);
    expect(variants('Harbour Centre', 'Harbour Center')).to.equal(false);
    // Romanizations of one name: c/k, g/k, y/i, v/b, an opening e/i.
    expect(variants('Karolos Papoulias', 'Carolos Papoulias')).to.equal(false);
    expect(variants('Heydar Alishbandi', 'Heydar Alishvandi')).to.equal(false);
    expect(variants('Ilias Vrettakos', 'Elias Vrettakos')).to.equal(false);
    // Places as written: "Independent Street" for "Independence Street".
    expect(variants('Independent Street', 'Independence Street')).to.equal(true);
  });
});
