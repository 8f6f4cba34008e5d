/** Whether a figure is given as a revised value: "the toll rose to 40", "now stands at", "the latest figure". */
import { expect } from 'chai';
import { revisionAt } from '../../lib/text/revision.ts';
import { repeatTo } from '../support/linear.ts';

/** A sentence with its figure in braces: "the toll rose to {40}" → body and offsets. */
function marked(row: string): { body: string; value: { start: number; end: number } } {
  const a = row.indexOf('{');
  const b = row.indexOf('}');
  return { body: row.slice(0, a) + row.slice(a + 1, b) + row.slice(b + 1), value: { start: a, end: b - 1 } };
}

function revision(row: string) {
  const { body, value } = marked(row);
  return revisionAt(body, { start: 0, end: body.length }, value);
}

describe('text/revision: a figure given as a revised value', () => {
  // [sentence with the figure in braces, cue as written]
  const found: Array<[string, string]> = [
    ['The death toll rose to {40} on Tuesday.', 'rose to'],
    ['The number of dead has risen to {52}.', 'risen to'],
    ['The toll climbed to {61} overnight.', 'climbed to'],
    ['Casualties jumped to at least {90}.', 'jumped to'],
    ['The count of missing increased to {14}.', 'increased to'],
    ['The toll was revised to {33} after a recount.', 'revised to'],
    ['The toll was revised up to {33}.', 'revised up to'],
    ['The toll was later revised down to {28}.', 'revised down to'],
    ['The agency updated the toll to {31}.', 'updated the toll to'],
    ['The death toll now stands at {75}.', 'now stands at'],
    ['The toll now stands at more than {1,000}.', 'now stands at'],
    ['Rescuers found two more bodies, raising the toll to {12}.', 'raising the toll to'],
    ['The discovery brought the total to {19}.', 'brought the total to'],
    ['The death toll rose from 31 to {40}.', 'rose from 31 to'],
    ['The toll is now {40}, up from 31 on Monday.', 'up from'],
    ['According to the latest figures, {40} people died.', 'latest figures'],
    ['The latest toll is {40}.', 'latest toll'],
    ['An updated count of {31} was released on Friday.', 'updated count'],
  ];
  for (const [row, want] of found) {
    it(`${row} → ${want}`, () => {
      const got = revision(row);
      expect(got, 'a revision cue').not.to.equal(null);
      expect(got!.cue).to.equal(want);
      expect(marked(row).body.slice(got!.start, got!.end)).to.equal(want);
    });
  }

  const none: string[] = [
    '{40} people died in the quake.',
    'Prices rose {5} percent last year.',
    'Prices rose by {5} percent.',
    'The toll rose from {31} to 40.',
    'He rose from his seat at {9} o\'clock.',
    'Ambulances took {40} people to hospital.',
    'The convoy was bringing aid to {40} villages.',
    'The toll was {40}, police said.',
    'The latest toll is 40, and {12} were hurt.',
    'The team of {12} rose to the challenge.',
    'A new bridge opened in {1935}.',
  ];
  for (const row of none) it(`${row} → no revision`, () => expect(revision(row)).to.equal(null));

  it('reads offsets into the whole body, not the sentence', () => {
    const body = 'Rain fell. The toll rose to 40.';
    expect(revisionAt(body, { start: 11, end: body.length }, { start: 28, end: 30 })).to.deep.equal({ cue: 'rose to', start: 20, end: 27 });
  });

  const hostile: Array<[string, string]> = [
    ['"rose to " repeated', 'rose to '],
    ['"latest toll " repeated', 'latest toll '],
    ['"from 1 " repeated', 'from 1 '],
  ];
  for (const [what, unit] of hostile) {
    it(`${what} over 50,000 characters returns`, () => {
      const body = repeatTo(unit, 25_000) + ' 40 ' + repeatTo(unit, 25_000);
      const at = body.indexOf(' 40 ') + 1;
      const got = revisionAt(body, { start: 0, end: body.length }, { start: at, end: at + 2 });
      expect(got === null || typeof got.cue === 'string').to.equal(true);
    });
  }
});
