/**
 * What a count counts, read from the words next to it (`lib/text/meaning.ts`): rows of a sentence
 * with the count marked in [brackets] → the meaning, or null for counts no cue near them explains.
 */
import { expect } from 'chai';
import { countMeaning, durationMeaning, measureMeaning, moneyMeaning, singular } from '../../lib/text/meaning.ts';

/** The meaning of the bracketed count of a sentence. */
function meaningIn(marked: string): string | null {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  const text = marked.replace('[', '').replace(']', '');
  return countMeaning(text, { start: 0, end: text.length }, { start, end })?.meaning ?? null;
}

describe('text: count meanings', () => {
  const rows: Array<[string, string | null]> = [
    ['The storm killed [12 people] on the coast.', 'deaths'],
    ['[Twelve people] were killed when the bridge fell.', 'deaths'],
    ['The death toll rose to [40] on Monday.', 'deaths'],
    ['Officials reported [5 fatalities] overnight.', 'deaths'],
    ['The blast killed 3 people and injured [27] others.', 'injured'],
    ['The blast killed [3 people] and injured 27 others.', 'deaths'],
    ['At least [80 wounded] were taken to hospital.', 'injured'],
    ['Police said [16 people] had been arrested.', 'arrested'],
    ['[Two hikers] are still missing in the park.', 'missing'],
    ['About [3,000 residents] were evacuated from the valley.', 'evacuated'],
    // Negative rows: no cue, a cue past another number or the clause, a count from before the news, a part of a sum.
    ['The council approved [12 new buses] for the city.', null],
    ['[Twelve people] attended; two were later killed elsewhere.', null],
    ['He had [four prior arrests] for theft.', null],
    ['One Australian and [one English climber] were killed.', null],
    ['[Seven villages] lost power after the storm.', null],
    ['Of the 23 pirates arrested, [12] are from the coast.', null],
    ['The school has [400 pupils] and a new library.', null],
  ];
  for (const [marked, meaning] of rows) it(`${marked} → ${meaning}`, () => expect(meaningIn(marked)).to.equal(meaning));

  const other: Array<[string, typeof countMeaning, string, string | null]> = [
    ['measure', measureMeaning, 'The climber fell [about 200 feet] from the ridge.', 'fall'],
    ['measure', measureMeaning, 'The quake struck at a depth of [10 km].', 'depth'],
    ['measure', measureMeaning, 'The bridge spans [300 metres] of water.', null],
    ['money', moneyMeaning, 'Storm damage was estimated at [$2 million].', 'damage'],
    ['money', moneyMeaning, 'The club made an offer worth [$184 million].', 'offer'],
    ['money', moneyMeaning, 'The company earned [$5 million] last year.', null],
    ['duration', durationMeaning, 'The judge sentenced him to [25 years] in prison.', 'sentence'],
    ['duration', durationMeaning, 'The jury deliberated for [30 hours] before the verdict.', 'deliberation'],
    ['duration', durationMeaning, 'The ruling ends [more than three years] of efforts to try him.', null],
    ['duration', durationMeaning, 'He lived in the town for [25 years] before the move.', null],
  ];
  for (const [kind, read, marked, meaning] of other) {
    it(`${kind}: ${marked} → ${meaning}`, () => {
      const start = marked.indexOf('[');
      const end = marked.indexOf(']') - 1;
      const text = marked.replace('[', '').replace(']', '');
      expect(read(text, { start: 0, end: text.length }, { start, end })?.meaning ?? null).to.equal(meaning);
    });
  }

  it('stays linear on a long run of cue words', () => {
    const text = `${'killed '.repeat(20000)}10 people`;
    expect(countMeaning(text, { start: 0, end: text.length }, { start: text.length - 9, end: text.length })?.meaning).to.equal('deaths');
  });

  it('singularizes counted nouns for slot keys', () => {
    expect(['villages', 'casualties', 'bus', 'climbers'].map(singular)).to.deep.equal(['village', 'casualty', 'bus', 'climber']);
  });
});
