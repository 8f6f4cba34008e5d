/** Who gave a figure: the attribution governing a number or date in its sentence, or none. */
import { expect } from 'chai';
import { sourceKey, sourceOf } from '../../lib/text/source.ts';
import { repeatTo } from '../support/linear.ts';

/** A sentence with its figure in braces: "police said {12} were arrested" → body and offsets. */
function marked(row: string): { body: string; value: { start: number; end: number } } {
  const a = row.indexOf('{');
  const b = row.indexOf('}');
  return { body: row.slice(0, a) + row.slice(a + 1, b) + row.slice(b + 1), value: { start: a, end: b - 1 } };
}

function source(row: string) {
  const { body, value } = marked(row);
  return sourceOf(body, { start: 0, end: body.length }, value);
}

describe('text/source: who gave a figure', () => {
  // [sentence with the figure in braces, source as written, named]
  const found: Array<[string, string, boolean]> = [
    ['According to the health ministry, {40} people died.', 'the health ministry', true],
    ['{40} people died, according to the health ministry.', 'the health ministry', true],
    ['Police said {12} people were arrested.', 'Police', true],
    ['{12} people were arrested, police said.', 'police', true],
    ['{12} people were arrested, police said on Tuesday.', 'police', true],
    ['{12} people were arrested, said police.', 'police', true],
    ['Harbor Gov. Ana Ruiz said {50} were injured.', 'Harbor Gov. Ana Ruiz', true],
    ['Ana Ruiz, the governor of the province, said {50} were injured.', 'Ana Ruiz', true],
    ['The Red Cross put the figure at {300}.', 'The Red Cross', true],
    ['The agency put the death toll at {300} on Monday.', 'The agency', true],
    ['The Red Cross estimated {300} homes were destroyed.', 'The Red Cross', true],
    ['The ministry reported {17} new cases.', 'The ministry', true],
    ['The mayor told reporters {8} buildings had collapsed.', 'The mayor', true],
    ['{8} buildings collapsed, the mayor told reporters.', 'the mayor', true],
    ['Officials say {40} died.', 'Officials', false],
    ['State media reported {40} deaths in the region.', 'State media', false],
    ['Witnesses said {3} men fled the scene.', 'Witnesses', false],
    ['According to reports, {20} soldiers were captured.', 'reports', false],
    ['{20} soldiers were captured, it said in a statement.', 'it', false],
    ['Organisers said {100,000} marched, while police put the number at 20,000.', 'Organisers', true],
    ['Organisers said 100,000 marched, while police put the number at {20,000}.', 'police', true],
    ['The USGS said the quake struck at a depth of {10} kilometres.', 'The USGS', true],
    ['Police have said {12} people were detained.', 'Police', true],
    ['Officials at the Health Ministry said {40} died.', 'Officials at the Health Ministry', true],
    ['According to figures from the interior ministry, {61} people drowned.', 'the interior ministry', true],
    ['{61} people drowned, Reuters reported, citing the coast guard.', 'Reuters', true],
    ['Reuters, citing the coast guard, said {61} people drowned.', 'Reuters', true],
    ['{40} deaths were reported by the regional health office.', 'the regional health office', true],
    ['On Tuesday the ministry said {40} people died.', 'the ministry', true],
    ['The ministry said {40} people died and 12 were missing.', 'The ministry', true],
    ['{12} were arrested while 40 were hurt, police said.', 'police', true],
    ['Some estimate that {5,000} fled the city.', 'Some', false],
    ['The ministry said the ship put out a call at {1100} hours.', 'The ministry', true],
    ['The report says the quake struck at {5}:11 p.m.', 'The report', false],
    ['Reports say {40} died.', 'Reports', false],
    ['Estimates put the toll at {300}.', 'Estimates', false],
    ['The mayor said on Monday that {40} homes burned.', 'The mayor', true],
    ['"We lost {300,000} dollars," said a local businessman.', 'a local businessman', true],
    ['"The car dragged her {10} feet," Benson said.', 'Benson', true],
    ['"Were there {40} guards?" the chief told reporters.', 'the chief', true],
    ['The call came at {3} a.m., the fire director said this morning.', 'the fire director', true],
    ['A poll published on Sunday said {83} percent were unhappy.', 'A poll', true],
    ['"It took {12} hours," said a senior officer.', 'a senior officer', false],
    ['The company said repairs would start on Monday but that they could take until December {31}.', 'The company', true],
    ['The island governor told AFP that a total of {10} people had been killed.', 'The island governor', true],
    ['The Interior and Commerce departments said {12} species were affected.', 'The Interior and Commerce departments', true],
    ['{40} people have died, the U.N. says.', 'the U.N.', true],
    ['The U.S. Geological Survey put the magnitude at {5.9}.', 'The U.S. Geological Survey', true],
    ['Police put the crowd at {20,000}.', 'Police', true],
    ['According to 2010 census data, the town has {5,000} residents.', '2010 census data', false],
    ['At least {82} were killed, officials said as dawn broke.', 'officials', false],
    ['{75} people were killed, hospital and ambulance officials said.', 'hospital and ambulance officials', false],
    ['Rep. Ana Ruiz, D-Fla., said {6} schools would close.', 'Rep. Ana Ruiz', true],
    ['Sources close to the inquiry said {3} suspects had fled.', 'Sources close to the inquiry', false],
    ['A report by Reuters said {3} suspects had fled.', 'A report by Reuters', true],
    ['The ship was {150} miles from port, according to information available now.', 'information available now', false],
  ];
  for (const [row, want, named] of found) {
    it(`${row} → ${want}${named ? '' : ' (vague)'}`, () => {
      const got = source(row);
      expect(got, 'a source').not.to.equal(null);
      expect(got!.source).to.equal(want);
      expect(got!.named).to.equal(named);
      expect(marked(row).body.slice(got!.start, got!.end)).to.equal(want);
    });
  }

  const none: string[] = [
    '{40} people died in the quake.',
    'The quake killed {40} people on Monday.',
    'He said the bridge, built in {1935}, was safe.',
    'She said {12} people were arrested.',
    '{12} people were arrested, they said.',
    'An estimated {300} people died in the floods.',
    '{12} officers said they were attacked.',
    '{40} deaths were reported in the region.',
    'After {40} people died, police said the roads were closed.',
    'Police said 12 people were arrested; {40} others died in the fire.',
    'The bridge, which opened in {1935}, was closed and the mayor said it would be rebuilt.',
    'In {2010}, the council said the plan was too costly.',
    'The ministry praised the {40} rescuers.',
    'The singer told the paper in {1998} that she would retire.',
    'The author said in a {2006} interview that he regretted it.',
    'Ana Ruiz told the station\'s "Morning Show" in {2006} that she was leaving.',
    'Insurance claims rose to {40} last year.',
    'The Daily Planet said in an editorial on Monday, Oct. {26}:',
    'In the poll, 69 percent of voters said they were unsure, and only {19} percent were sure.',
    'His aunt, who raised him in his {30}s, said Thursday from her home: "He is innocent."',
    '"This is wrong," Ruiz said on the station\'s "{60} Minutes" show.',
    'According to {2010} census data, the town has 5,000 residents.',
    'Rescuers pulled {12} survivors from the rubble.',
    'Lee said the suspect had a pistol, while tests showed a {45}-caliber bullet killed him.',
  ];
  for (const row of none) it(`${row} → no source`, () => expect(source(row)).to.equal(null));

  it('a figure outside the sentence or an empty figure has no source', () => {
    const body = 'Police said 12 were arrested.';
    expect(sourceOf(body, { start: 0, end: 10 }, { start: 12, end: 14 })).to.equal(null);
    expect(sourceOf(body, { start: 0, end: body.length }, { start: 12, end: 12 })).to.equal(null);
  });

  it('reads offsets into the whole body, not the sentence', () => {
    const body = 'The storm hit at night. 12 were arrested, police said.';
    const s = { start: 24, end: body.length };
    expect(sourceOf(body, s, { start: 24, end: 26 })).to.deep.equal({ source: 'police', start: 42, end: 48, named: true });
  });

  const keys: Array<[string, string]> = [
    ['the health ministry', 'health ministry'],
    ['The Health  Ministry', 'health ministry'],
    ['the Ministry of the Interior', 'ministry of interior'],
    ['U.S. Geological Survey', 'u.s. geological survey'],
    ['the USGS', 'usgs'],
  ];
  for (const [s, want] of keys) it(`sourceKey(${JSON.stringify(s)}) is ${JSON.stringify(want)}`, () => expect(sourceKey(s)).to.equal(want));

  const hostile: Array<[string, string]> = [
    ['"said " repeated', 'said '],
    ['"according to " repeated', 'according to '],
    ['"police said, " repeated', 'police said, '],
    ['"put the toll at " repeated', 'put the toll at '],
  ];
  for (const [what, unit] of hostile) {
    it(`${what} over 50,000 characters returns`, () => {
      const body = repeatTo(unit, 25_000) + ' 40 ' + repeatTo(unit, 25_000);
      const at = body.indexOf(' 40 ') + 1;
      const got = sourceOf(body, { start: 0, end: body.length }, { start: at, end: at + 2 });
      expect(got === null || typeof got.source === 'string').to.equal(true);
    });
  }
});
