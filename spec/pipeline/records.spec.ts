/**
 * Win-loss records as a slot by meaning, end to end on short synthetic reports of one bout: the
 * fighter's record set off after his name is compared as written; scores and other records
 * ("an overall record of") are not read as his.
 */
import { expect } from 'chai';
import { loadArticles } from '../../lib/load/index.ts';
import { analyze } from '../../lib/pipeline.ts';
import type { Report } from '../../lib/types.ts';
import { tempTree } from '../helpers.ts';

/** The report of articles given as text, each published on one day. */
function reportOf(texts: Record<string, string>): Report {
  const files = Object.fromEntries(Object.entries(texts).map(([name, text]) => [`${name}.md`, `---\npublished: 2031-04-13\n---\n${text}\n`]));
  const tree = tempTree(files);
  try {
    return analyze(loadArticles([tree.dir])).report;
  } finally {
    tree.cleanup();
  }
}

const bout = 'stopped Ivan Petrenko in the seventh round on Saturday night in Hamburg to keep his title.';

describe('records end to end', function () {
  this.timeout(30000);

  it('flags a record one report gives otherwise, as a conflict on the record of its owner', () => {
    const r = reportOf({
      r1: `Marco Reyes (52-3, 46 KOs) ${bout}`,
      r2: `Marco Reyes (52-3) ${bout}`,
      r3: `Marco Reyes, 53-3, 46 KOs, ${bout}`,
    });
    const records = r.findings.filter((f) => f.slot.startsWith('record of'));
    expect(records.map((f) => [f.verdict, f.rule])).to.deep.equal([['conflict', 'judge/slot-conflict']]);
    expect(records[0].groups).to.deep.equal([{ value: '52-3', articles: ['r1', 'r2'] }, { value: '53-3', articles: ['r3'] }]);
  });

  it('reads no score and no other record as the fighter\'s', () => {
    const r = reportOf({
      r1: `Marco Reyes (52-3) ${bout} His club beat the Harbor Sharks, 31-24, on Sunday.`,
      r2: `Marco Reyes (52-3) ${bout} He has an overall record of 60-9 as an amateur and pro.`,
    });
    expect(r.findings.filter((f) => f.verdict === 'conflict')).to.deep.equal([]);
  });
});
