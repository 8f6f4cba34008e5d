/**
 * Main-event clustering of articles (lib/cluster/articles.ts), on small synthetic corpora run
 * through the real pipeline: `prepare` for the documents, the default extractors for the facts.
 */
import { expect } from 'chai';
import { articleTime, clusterArticles, coreValues, DEFAULT_ARTICLE_OPTIONS, participants } from '../../lib/cluster/articles.ts';
import { previousOccasion } from '../../lib/mentions/index.ts';
import { extractFacts, numberFacts } from '../../lib/extract/index.ts';
import { defaultExtractors } from '../../lib/extract/registry.ts';
import { makeArticle } from '../../lib/load/article.ts';
import { prepare } from '../../lib/pipeline.ts';
import type { Document, EventFact, Fact } from '../../lib/types.ts';

/** A synthetic article: id, publication date (null: none given) and text. */
type Case = [id: string, published: string | null, text: string];

function corpus(cases: readonly Case[]): { docs: Document[]; facts: Fact[] } {
  const docs = cases.map(([id, published, text]) => prepare(makeArticle(`${id}.txt`, `${id}.txt`, 'txt', text, published ? { published } : {})));
  return { docs, facts: numberFacts(docs.flatMap((d) => extractFacts(d, defaultExtractors))) };
}

/** The groups as sorted lists of ids, for comparing partitions. */
function partition(cases: readonly Case[]): string[][] {
  const { docs, facts } = corpus(cases);
  return clusterArticles(docs, facts).map((g) => g.articles);
}

// Two earthquakes on one island a year apart: the same kind of event, told in the same words.
const QUAKE_2023: Case[] = [
  ['q23a', '2023-03-10', 'Earthquake of magnitude 5.9 strikes Qeshm island, killing 7\nAn earthquake of magnitude 5.9 struck Qeshm island in southern Iran on Thursday, killing seven people and injuring 45, the state news agency said. The quake destroyed 300 homes in the villages of Tonban and Kusheh. Rescue teams from Bandar Abbas reached the island by ferry.'],
  ['q23b', '2023-03-10', 'Seven dead as 5.9 quake hits Qeshm\nSeven people were killed and 45 injured when a 5.9-magnitude earthquake hit Qeshm island in the Gulf on Thursday, officials said. About 300 houses collapsed in Tonban and Kusheh. Teams from Bandar Abbas crossed to the island to help.'],
];
const QUAKE_2024: Case[] = [
  ['q24a', '2024-03-12', 'Quake of magnitude 5.2 shakes Qeshm island, two hurt\nAn earthquake of magnitude 5.2 shook Qeshm island in southern Iran on Monday, injuring two people in the port of Dargahan, the state news agency said. Some walls cracked in Dargahan and Laft, but no one was killed. Red Crescent teams from Bandar Abbas checked the villages.'],
  ['q24b', '2024-03-12', 'Two injured as 5.2 tremor rocks Qeshm\nTwo people were injured on Monday when a 5.2-magnitude earthquake rocked Qeshm island in the Gulf, officials said. Walls cracked in Dargahan and Laft and no one died. Red Crescent workers from Bandar Abbas inspected the area.'],
];
// A third report of the 2024 quake with no date anywhere: it can only join by what it says.
const QUAKE_2024_UNDATED: Case = ['q24c', null, 'Dargahan and Laft walls crack in 5.2 Qeshm quake\nA 5.2-magnitude earthquake injured two people in Dargahan on Qeshm island. Walls cracked in Dargahan and Laft, and Red Crescent workers from Bandar Abbas inspected the villages. No one was killed.'];

// Two quakes on one island, reported without any date: only what the leads state tells them apart.
// The villages and officials differ, as they do between two real quakes, and so does the magnitude.
const KISH_SMALL: Case[] = [
  ['k1', null, 'Quake injures two on Kish island\nA 5.6-magnitude earthquake shook Kish island on Sunday, injuring two people in the villages of Tonban and Kusheh, state television said. Governor Hamid Darvish said walls had cracked.'],
  ['k2', null, 'Two hurt as quake jolts Kish\nAn earthquake of magnitude 5.6 hit Kish island on Sunday, injuring two people in Tonban, officials said. Walls cracked in Kusheh, governor Hamid Darvish told the state news agency.'],
  ['k3', null, 'Quake shakes Kish, two injured\nA magnitude 5.6 quake rattled Kish island on Sunday and injured two villagers in Tonban and Kusheh, governor Hamid Darvish said.'],
];
/** Three reports of a stronger quake, their magnitude given as `m` ("6.1", or "5.7" as another agency's figure for the first). */
const kishStrong = (m: string): Case[] => [
  ['s1', null, `Quake kills ten on Kish island\nA ${m}-magnitude earthquake struck Kish island on Sunday, killing ten people and flattening homes near the port of Laft, state television said. Red Crescent chief Ali Saberi said tents were sent.`],
  ['s2', null, `Ten dead as quake hits Kish\nAn earthquake of magnitude ${m} hit Kish island on Sunday, killing ten people around Laft, officials said. Red Crescent chief Ali Saberi said homes had collapsed.`],
  ['s3', null, `Killer quake on Kish leaves ten dead\nA magnitude ${m} quake flattened homes in Laft on Kish island on Sunday and killed ten people, Red Crescent chief Ali Saberi said.`],
];

// Two jewel raids in one city five years apart, and a one-sentence undated report whose words are
// those of the later raid ("store", "jewellery and watches", "police said") but whose sum is the
// earlier one's: $102 million is an estimate of the $108 million theft, not of a $2.6 million one.
const RAIDS: Case[] = [
  ['r1', '2013-09-09', 'Jewellery worth $2.6 million stolen in Lyon raid\nFour men rammed a car into a jewellery store on Rue Victor Hugo in Lyon on Monday and stole watches and rings worth $2.6 million, police said. They set the car on fire before fleeing.'],
  ['r2', '2013-09-09', 'Thieves ram car into Lyon jeweller, take $2.6 million\nRobbers drove a car through the window of a jewellery store on Rue Victor Hugo in Lyon on Monday, escaping with $2.6 million in watches and rings, a police source said. The car was set ablaze.'],
  ['r3', '2013-09-10', 'Lyon police hunt four men after $2.6 million jewel raid\nPolice in Lyon were searching on Tuesday for four men who smashed a car into a jewellery store on Rue Victor Hugo and took $2.6 million in watches and rings before burning the car.'],
  ['w1', '2008-12-05', 'Robbers dressed as women take $108 million in Lyon jewel heist\nArmed robbers, two of them dressed as women, stole $108 million in diamonds and watches from the Orsini boutique in Lyon on Thursday, prosecutors said, in one of the largest jewel heists in history.'],
  ['w2', '2008-12-05', 'Lyon jeweller Orsini robbed of $108 million\nFour armed robbers, some disguised as women, emptied the display cases of the Orsini boutique in Lyon on Thursday, taking diamonds and watches worth $108 million, prosecutors said.'],
  ['w3', '2008-12-06', 'Orsini heist in Lyon among largest ever\nThe $108 million theft of diamonds and watches from the Orsini boutique in Lyon by armed robbers dressed as women was one of the largest jewel heists in history, prosecutors said on Friday.'],
  ['x1', null, 'Armed robbers stole jewellery and watches worth $102 million from a store in Lyon, police said.'],
];

// Two shootings of two deputies in one county, reported without dates in one vocabulary: the victims
// and the places differ, nothing else does.
const DEPUTY_A: Case[] = [
  ['a1', null, 'Deputy shot dead outside apartment\nSheriff\'s deputy Victor Halden was shot dead outside an apartment building in Cedar Park on Friday while questioning a witness, the sheriff\'s department said. Two gang members were arrested hours later.'],
  ['a2', null, 'Gang members held in killing of deputy\nTwo gang members were arrested in the fatal shooting of sheriff\'s deputy Victor Halden, who was gunned down in Cedar Park while questioning a witness, the sheriff\'s department said.'],
  ['a3', null, 'Arrests after deputy gunned down\nDeputies arrested two gang members after Victor Halden, a sheriff\'s deputy, was shot and killed in Cedar Park while he questioned a witness outside an apartment, officials said.'],
];

const DEPUTY_B: Case[] = [
  ['b1', null, 'Deputy killed during gang patrol\nSheriff\'s deputy Miguel Arranz was shot and killed in Willow Gardens on Friday while questioning a woman outside a house, the sheriff\'s department said. A gang member was arrested.'],
  ['b2', null, 'Gang member arrested in deputy\'s death\nA gang member was arrested in the fatal shooting of sheriff\'s deputy Miguel Arranz, who was gunned down in Willow Gardens while questioning a woman, the sheriff\'s department said.'],
  ['b3', null, 'Deputy gunned down in Willow Gardens\nMiguel Arranz, a sheriff\'s deputy, was shot dead in Willow Gardens while he questioned a woman outside a house, and a gang member was arrested, officials said.'],
];

// A suspect charged in the first shooting: reports that lead with him still name the victim.
const CHARGED: Case[] = [
  ['c1', null, 'Gang member charged with murder of deputy\nRafael Kell, a gang member, was charged on Monday with the murder of sheriff\'s deputy Victor Halden, who was shot outside an apartment building in Cedar Park, prosecutors said.'],
  ['c2', null, 'Kell charged in deputy\'s killing\nProsecutors charged gang member Rafael Kell with murder on Monday in the shooting of deputy Victor Halden outside a Cedar Park apartment building.'],
  ['c3', null, 'Murder charge for Rafael Kell\nGang member Rafael Kell faces a murder charge in the death of sheriff\'s deputy Victor Halden, shot in Cedar Park outside an apartment building, prosecutors said on Monday.'],
];

// One team's two players put on injured reserve, two seasons apart, and two short undated notes from
// one paper about the first player: they share too few words with his reports to reach them.
const IR_A: Case[] = [
  ['p1', '2011-01-05', 'Harbor City place Dale Corrow on injured reserve\nHarbor City placed running back Dale Corrow on injured reserve on Wednesday, ending his season after he broke his ankle against Northfield, coach Elena Ruiz said. The team signed a back from its practice squad.'],
  ['p2', '2011-01-05', 'Corrow to injured reserve with broken ankle\nRunning back Dale Corrow was placed on injured reserve by Harbor City on Wednesday after breaking his ankle against Northfield, coach Elena Ruiz said. A practice squad back was signed.'],
  ['p3', '2011-01-05', 'Harbor City lose Corrow for the season\nHarbor City put running back Dale Corrow on injured reserve on Wednesday with a broken ankle from the Northfield game, and signed a back off the practice squad, coach Elena Ruiz said.'],
];

const IR_B: Case[] = [
  ['q1', '2008-12-17', 'Harbor City place Tomas Brandt on injured reserve\nHarbor City placed receiver Tomas Brandt on injured reserve on Tuesday, ending his season after he tore a knee ligament against Riverside, coach Elena Ruiz said. The team signed a receiver from its practice squad.'],
  ['q2', '2008-12-17', 'Brandt to injured reserve with knee injury\nReceiver Tomas Brandt was placed on injured reserve by Harbor City on Tuesday after tearing a knee ligament against Riverside, coach Elena Ruiz said. A practice squad receiver was signed.'],
  ['q3', '2008-12-17', 'Harbor City lose Brandt for the season\nHarbor City put receiver Tomas Brandt on injured reserve on Tuesday with a torn knee ligament from the Riverside game, and signed a receiver off the practice squad, coach Elena Ruiz said.'],
];
const NOTES: Case[] = [
  ['z1', null, 'Dale Corrow could be shut down, the Easton Ledger suggests: the knee he tweaked in practice has not healed and the holder of the job may sit out.'],
  ['z2', null, 'The Easton Ledger reports that Dale Corrow will sit out: the knee he tweaked in practice has not healed, and the holder of the job is done.'],
];

// Two visits of one president to one host, seven months apart, and an undated report of the second
// that shares with the first visit's reports their stock phrase ("an old friend"), not their subject.
const VISIT_A: Case[] = [
  ['a1', '2023-10-17', 'Ferran arrives in Kestrel for pipeline talks\nPresident Aldo Ferran arrived in Kestrel on Tuesday for talks on a gas pipeline with President Mara Lind, who greeted him as "an old friend". The two leaders are expected to sign a pipeline deal worth billions.'],
  ['a2', '2023-10-17', 'Lind welcomes "old friend" Ferran\nMara Lind welcomed Aldo Ferran to Kestrel on Tuesday, calling him an old friend, as the two presidents opened talks on the northern gas pipeline and its price.'],
  ['a3', '2023-10-18', 'Pipeline on the table as Ferran visits Kestrel\nAldo Ferran began a visit to Kestrel on Tuesday, where he and Mara Lind, an old friend, were to discuss the gas pipeline and the price of its gas.'],
];
const VISIT_B: Case[] = [
  ['b1', '2024-05-16', 'Ferran in Kestrel for ports forum\nPresident Aldo Ferran arrived in Kestrel on Thursday for a forum on ports and railways hosted by President Mara Lind. Delegates from thirty countries attend the forum.'],
  ['b2', '2024-05-16', 'Ports forum opens with Ferran as guest\nMara Lind opened the ports and railways forum in Kestrel on Thursday with Aldo Ferran as chief guest, before delegates from thirty countries.'],
  ['b3', '2024-05-17', 'Ferran joins Lind at railways forum\nAldo Ferran joined Mara Lind at the forum on ports and railways in Kestrel on Thursday, where delegates of thirty countries heard plans for new lines.'],
];
const VISIT_B_UNDATED: Case = ['b4', null, 'Old friends meet at ports forum\nMara Lind greeted Aldo Ferran as "an old friend" at the ports and railways forum in Kestrel, where delegates heard plans for new lines.'];

// Articles about unrelated things.
const UNRELATED: Case[] = [
  ['u1', '2024-05-16', 'Harbor City wins the cup final 3-1\nHarbor City beat Northfield 3-1 in the cup final at Riverside Stadium on Saturday, with two goals from striker Tomas Brandt. Coach Elena Ruiz praised the defence after the match.'],
  ['u2', '2024-05-16', 'Lumen unveils a foldable tablet\nThe electronics maker Lumen unveiled a foldable tablet with a 12-inch screen at its developer conference in Austin on Tuesday. The device will cost 1,499 dollars and ship in September, chief executive Priya Nair said.'],
  ['u3', '2024-05-16', 'Council approves new tram line\nThe city council of Brookvale approved a 14-kilometre tram line on Wednesday after a two-year debate. Construction of the line, which will link the university to the airport, is to start next spring.'],
];

describe('clusterArticles: main events of articles', () => {
  const cases: { name: string; input: Case[]; expected: string[][] }[] = [
    {
      name: 'two events of one kind a year apart split; paraphrased reports of each join',
      input: [...QUAKE_2023, ...QUAKE_2024],
      expected: [['q23a', 'q23b'], ['q24a', 'q24b']],
    },
    {
      name: 'an article with no dates joins its event by content',
      input: [...QUAKE_2023, ...QUAKE_2024, QUAKE_2024_UNDATED],
      expected: [['q23a', 'q23b'], ['q24a', 'q24b', 'q24c']],
    },
    {
      name: 'undated reports of two quakes are told apart by their magnitudes (5.6 and 6.1)',
      input: [...KISH_SMALL, ...kishStrong('6.1')],
      expected: [['k1', 'k2', 'k3'], ['s1', 's2', 's3']],
    },
    {
      name: 'magnitudes two agencies could give for one quake (5.6 and 5.7) are no evidence of two',
      input: [...KISH_SMALL, ...kishStrong('5.7')],
      expected: [['k1', 'k2', 'k3', 's1', 's2', 's3']],
    },
    {
      name: 'reports dated to the same days that give 5.6 and 6.1 are one quake told two ways (a conflict to flag), not two',
      input: [...KISH_SMALL, ...kishStrong('6.1')].map(([id, , text]): Case => [id, '2024-03-11', text]),
      expected: [['k1', 'k2', 'k3', 's1', 's2', 's3']],
    },
    {
      name: 'a lone undated report joins the raid whose sum it gives, not the one whose words it shares',
      input: RAIDS,
      expected: [['r1', 'r2', 'r3'], ['w1', 'w2', 'w3', 'x1']],
    },
    {
      name: 'a one-line note sharing no word with either raid but its sum joins the raid whose sum is near it ($160 million: the $108 million heist)',
      input: [...RAIDS.filter(([id]) => id !== 'x1'), ['x1', null, 'Goods worth more than $160 million were taken in Lyon.']],
      expected: [['r1', 'r2', 'r3'], ['w1', 'w2', 'w3', 'x1']],
    },
    {
      name: 'the same note with $2.4 million joins the other raid',
      input: [...RAIDS.filter(([id]) => id !== 'x1'), ['x1', null, 'Goods worth more than $2.4 million were taken in Lyon.']],
      expected: [['r1', 'r2', 'r3', 'x1'], ['w1', 'w2', 'w3']],
    },
    {
      name: 'undated reports of two shootings are told apart by their victims, whom the other reports never name',
      input: [...DEPUTY_A, ...DEPUTY_B],
      expected: [['a1', 'a2', 'a3'], ['b1', 'b2', 'b3']],
    },
    {
      name: 'reports of one shooting that lead with the suspect, and name the victim, stay with it',
      input: [...DEPUTY_A.map(([id, p, t]): Case => [id, p, t.replace('Two gang members were arrested hours later.', 'Gang member Rafael Kell was arrested hours later.')]), ...CHARGED],
      expected: [['a1', 'a2', 'a3', 'c1', 'c2', 'c3']],
    },
    {
      name: 'two short notes join the event of the player their leads name',
      input: [...IR_A, ...IR_B, ...NOTES],
      expected: [['p1', 'p2', 'p3', 'z1', 'z2'], ['q1', 'q2', 'q3']],
    },
    {
      name: 'two short notes about a player no group is about stay apart',
      input: [...IR_A, ...IR_B, ...NOTES.map(([id, p, t]): Case => [id, p, t.replace('Dale Corrow', 'Ray Obuya')])],
      expected: [['p1', 'p2', 'p3'], ['q1', 'q2', 'q3'], ['z1', 'z2']],
    },
    {
      name: 'a stock phrase shared with the other visit\'s reports ("an old friend") does not take a report there',
      input: [...VISIT_A, ...VISIT_B, VISIT_B_UNDATED],
      expected: [['a1', 'a2', 'a3'], ['b1', 'b2', 'b3', 'b4']],
    },
    {
      name: 'unrelated articles never join each other or an event',
      input: [...UNRELATED, ...QUAKE_2024],
      expected: [['q24a', 'q24b'], ['u1'], ['u2'], ['u3']],
    },
    {
      name: 'unrelated articles alone stay alone',
      input: UNRELATED,
      expected: [['u1'], ['u2'], ['u3']],
    },
  ];
  for (const { name, input, expected } of cases) {
    it(name, () => {
      expect(partition(input)).to.deep.equal(expected);
    });
  }

  it('every article is in exactly one group, ids sorted within and across groups', () => {
    const all = [...QUAKE_2023, ...QUAKE_2024, QUAKE_2024_UNDATED, ...UNRELATED];
    const groups = partition(all);
    const ids = groups.flat();
    expect([...ids].sort()).to.deep.equal(all.map(([id]) => id).sort());
    for (const g of groups) expect(g).to.deep.equal([...g].sort());
    expect(groups.map((g) => g[0])).to.deep.equal(groups.map((g) => g[0]).sort());
  });

  it('the order of the inputs does not change the output', () => {
    const all = [...QUAKE_2023, ...QUAKE_2024, QUAKE_2024_UNDATED, ...UNRELATED];
    const { docs, facts } = corpus(all);
    const expected = clusterArticles(docs, facts);
    // A fixed shuffle of the documents, and the facts reversed.
    const order = [7, 2, 5, 0, 3, 1, 6, 4];
    const shuffled = clusterArticles(order.map((i) => docs[i]), [...facts].reverse());
    expect(shuffled).to.deep.equal(expected);
  });

  it('gives each group its distinctive terms and the earliest main-event date', () => {
    const { docs, facts } = corpus([...QUAKE_2023, ...QUAKE_2024]);
    const groups = clusterArticles(docs, facts);
    expect(groups).to.have.length(2);
    expect(groups[0].start?.slice(0, 7)).to.equal('2023-03');
    expect(groups[1].start?.slice(0, 7)).to.equal('2024-03');
    for (const g of groups) {
      expect(g.terms.length).to.be.greaterThan(0);
      expect(g.terms.every((t) => !t.startsWith('@'))).to.equal(true);
    }
  });

  it('without the core values, the two undated quakes are one group: the rule is what splits them', () => {
    const { docs, facts } = corpus([...KISH_SMALL, ...kishStrong('6.1')]);
    expect(clusterArticles(docs, facts, { ...DEFAULT_ARTICLE_OPTIONS, coreValues: false })).to.have.length(1);
  });

  it('without the core values, the lone report of a $102 million theft joins the $2.6 million raid', () => {
    const { docs, facts } = corpus(RAIDS);
    const groups = clusterArticles(docs, facts, { ...DEFAULT_ARTICLE_OPTIONS, coreValues: false }).map((g) => g.articles);
    expect(groups).to.deep.equal([['r1', 'r2', 'r3', 'x1'], ['w1', 'w2', 'w3']]);
  });

  it('without the core values, the one-line note of $160 million stays apart', () => {
    const { docs, facts } = corpus([...RAIDS.filter(([id]) => id !== 'x1'), ['x1', null, 'Goods worth more than $160 million were taken in Lyon.']]);
    expect(clusterArticles(docs, facts, { ...DEFAULT_ARTICLE_OPTIONS, coreValues: false }).map((g) => g.articles)).to.deep.equal([['r1', 'r2', 'r3'], ['w1', 'w2', 'w3'], ['x1']]);
  });

  it('without the principals, the two shootings are one group, and the short notes stay apart', () => {
    const off = { ...DEFAULT_ARTICLE_OPTIONS, principals: false };
    const deputies = corpus([...DEPUTY_A, ...DEPUTY_B]);
    expect(clusterArticles(deputies.docs, deputies.facts, off).map((g) => g.articles)).to.deep.equal([['a1', 'a2', 'a3', 'b1', 'b2', 'b3']]);
    const notes = corpus([...IR_A, ...IR_B, ...NOTES]);
    expect(clusterArticles(notes.docs, notes.facts, off).map((g) => g.articles)).to.deep.equal([['p1', 'p2', 'p3'], ['q1', 'q2', 'q3'], ['z1', 'z2']]);
  });

  it('an empty corpus has no groups', () => {
    expect(clusterArticles([], [])).to.deep.equal([]);
  });
});

describe('articleTime: the time terms an article brings to the split of a topic', () => {
  /** The pseudo-terms of one synthetic article, with the given weekday weight. */
  function terms(text: string, published: string | null, weekdayWeight = 0.3): Record<string, number> {
    const { docs, facts } = corpus([['t1', published, text]]);
    return Object.fromEntries(articleTime(docs[0], facts, weekdayWeight).terms);
  }

  it('an undated report gives the weekday of its first happened event', () => {
    // "stole ... on Thursday" happened; the later "had closed on Monday" is background
    expect(terms('Robbers stole rings from a jewellery store on Thursday. The store had closed on Monday for repairs.', null)).to.deep.equal({ '@wd4': 0.3 });
  });

  it('publication year and month, and the years of happened events, come with it', () => {
    // 2013 once as the publication year, half again as the year the theft happened (Thursday 12 September)
    expect(terms('Robbers stole rings from a jewellery store on Thursday.', '2013-09-12')).to.deep.equal({ '@y2013': 1.5, '@m2013-09': 1, '@wd4': 0.3 });
  });

  it('a weight of 0 turns the weekday off', () => {
    expect(terms('Robbers stole rings from a jewellery store on Thursday.', null, 0)).to.deep.equal({});
  });

  it('a weekday of something to come, or of no event, gives nothing', () => {
    expect(terms('The minister will visit the plant on Thursday.', null)).to.deep.equal({});
    expect(terms('Thursday is a holiday in the region.', null)).to.deep.equal({});
  });
});

describe('mentions: an earlier occasion by its words', () => {
  /** [text, the event word to look at, whether the words make it an earlier occasion]. */
  const rows: [string, string, boolean][] = [
    ['The president last visited Madrid for the summit in May 2019.', 'visited', true],
    ['On his previous visit, the president met the mayor.', 'visit', true],
    ['A prior trip to the region was cancelled in 2019.', 'trip', true],
    // Must yield nothing: "at last", "last week", a time after the word, no cue at all.
    ['The president at last arrived in Madrid on Tuesday.', 'arrived', false],
    ['The president arrived in Madrid last week.', 'arrived', false],
    ['The minister ended the last visit of his tour in Lyon on Sunday.', 'visit', false],
    ['The president visited Madrid on Tuesday.', 'visited', false],
  ];
  for (const [text, word, expected] of rows) {
    it(`${JSON.stringify(text)}: '${word}' ${expected ? 'is' : 'is not'} an earlier occasion`, () => {
      const { docs, facts } = corpus([['p1', '2024-06-01', text]]);
      const e = facts.find((f): f is EventFact => f.kind === 'event' && f.text === word);
      expect(e, `an event fact '${word}'; got ${JSON.stringify(facts.filter((f) => f.kind === 'event').map((f) => f.text))}`).to.exist;
      expect(previousOccasion(docs[0], e!)).to.equal(expected);
    });
  }
});

describe('coreValues: the values of a lead that identify its event', () => {
  const table: { name: string; text: string; expected: Record<string, number[]> }[] = [
    { name: 'a magnitude', text: 'Quake hits island\nA 5.6 magnitude earthquake hit the island on Sunday.', expected: { magnitude: [5.6] } },
    { name: 'a sum, whatever its currency', text: 'Jewels stolen\nRobbers stole jewels worth 85 million euros ($108 million) from a store.', expected: { money: [85000000] } },
    // Negative rows: counts and tolls change as a story goes on; what follows the lead is background.
    { name: 'a toll is not one (it is revised)', text: 'Quake kills ten\nThe quake killed 10 people and injured 80.', expected: {} },
    { name: 'a figure after the lead is not one', text: 'Quake hits island\nThe quake hit on Sunday.\nHomes were damaged.\nThe island was hit by a 6.1 quake in September.', expected: {} },
    { name: 'a text with no figures gives none', text: 'Quake hits island\nAn earthquake hit the island on Sunday.', expected: {} },
  ];
  for (const { name, text, expected } of table) {
    it(name, () => {
      const { docs, facts } = corpus([['c', null, text]]);
      expect(Object.fromEntries(coreValues(docs[0], facts))).to.deep.equal(expected);
    });
  }
});

describe('participants: the people an article names, by family name', () => {
  const table: { name: string; text: string; lead: string[]; all: string[] }[] = [
    { name: 'the lead in order of first mention, and the rest of the text', text: 'Deputy shot\nDeputy Victor Halden and his partner Lena Marsh were shot in Cedar Park.\nHalden had served ten years.\nThe suspect is a gang member.\nProsecutor Martin Oduya will decide on charges.', lead: ['halden', 'marsh'], all: ['halden', 'marsh', 'oduya'] },
    { name: 'a source of the lead is named, but not as taking part', text: 'Deputy shot\nDeputy Victor Halden was shot in Cedar Park, sheriff Anna Kowalczyk said, and according to Martin Oduya a suspect fled.', lead: ['halden'], all: ['halden', 'kowalczyk', 'oduya'] },
    { name: 'a generation suffix is not the surname', text: 'Ken Griffey Jr. signs\nKen Griffey Jr. signed a one-year deal on Monday.', lead: ['griffey'], all: ['griffey'] },
    // Negative rows: no one named, or only by one word (a title or a team is often read as one).
    { name: 'a text that names no one gives none', text: 'Quake hits island\nAn earthquake hit the island on Sunday, officials said.', lead: [], all: [] },
    { name: 'a name of one word is left out', text: 'Halden shot\nHalden was shot on Friday, police said.', lead: [], all: [] },
  ];
  for (const { name, text, lead, all } of table) {
    it(name, () => {
      const { docs, facts } = corpus([['c', null, text]]);
      const got = participants(docs[0], facts);
      expect({ lead: got.lead, all: [...got.all].sort() }).to.deep.equal({ lead, all });
    });
  }
});
