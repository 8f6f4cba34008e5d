/**
 * The quote extractor: quotation marks, spans and speakers. Person facts are written into the case
 * text by hand, so these cases do not depend on the person extractor:
 *   P{Peskov=Dmitry Peskov}           a person fact "Peskov" with canonical value "Dmitry Peskov"
 *   P{Putin=Vladimir Putin|Russian President}   ... with a role
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileAttribution } from '../../lib/text/attribution.ts';
import { quoteExtractor, quoteValue } from '../../lib/extract/quote/index.ts';
import { findQuotations } from '../../lib/text/quotes.ts';
import { extractFacts, type Draft, type Extractor } from '../../lib/extract/index.ts';
import { makeArticle } from '../../lib/load/article.ts';
import { prepare } from '../../lib/pipeline.ts';
import type { Document, Fact, QuoteFact } from '../../lib/types.ts';
import { SEEDS } from '../helpers.ts';
import { hostileInOneSentence } from '../support/linear.ts';

const MARK = /P\{([^}=|]+)(?:=([^}|]+))?(?:\|([^}]+))?\}/g;

/** The plain text of a marked case and the person facts its marks stand for. */
function unmark(marked: string, article = 'case'): { text: string; drafts: Draft[] } {
  const drafts: Draft[] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    const start = text.length;
    text += m[1];
    last = m.index! + m[0].length;
    drafts.push({ kind: 'person', article, start, end: text.length, text: m[1], sentence: 0, extractor: 'spec', value: m[2] ?? m[1], role: m[3] ?? null });
  }
  return { text: text + marked.slice(last), drafts };
}

function given(drafts: readonly Draft[]): Extractor {
  return { name: 'given', extract: () => [...drafts] };
}

function documentOf(text: string, id = 'case', published = '2024-05-16'): Document {
  return prepare(makeArticle(`${id}.txt`, `${id}.txt`, 'txt', text, { published }));
}

function quotes(marked: string): QuoteFact[] {
  const { text, drafts } = unmark(marked);
  return extractFacts(documentOf(text), [given(drafts), quoteExtractor]).filter((f): f is QuoteFact => f.kind === 'quote');
}

/** [marked text, the quote's value, its speaker] — each case holds exactly the quotes listed. */
type Case = [string, ...[string, string | null][]];

const CASES: Case[] = [
  // speaker after the quotation
  ['“These relations are not against anyone,” P{Putin=Vladimir Putin} added.', ['These relations are not against anyone', 'Vladimir Putin']],
  ['"We will win," said P{Peskov=Dmitry Peskov}.', ['We will win', 'Dmitry Peskov']],
  ['"The president will visit the country," Reuters reported on Tuesday, citing sources.', ['The president will visit the country', 'Reuters']],
  ['“Visits are being prepared,” Kremlin spokesman P{Dmitry Peskov} told reporters.', ['Visits are being prepared', 'Dmitry Peskov']],
  ['“We have worked hard,” P{Xi Jinping} told P{Putin=Vladimir Putin} during the session.', ['We have worked hard', 'Xi Jinping']],
  ['“It was a mistake,” the Tass news agency reported.', ['It was a mistake', 'Tass']],
  ['“The visit succeeded,” the country’s Xinhua news agency said.', ['The visit succeeded', 'Xinhua']],
  ['"Never again," P{Jane Doe}, the foreign minister, said.', ['Never again', 'Jane Doe']],
  ['"That person is dangerous," said Lt. P{Gregg Hastings} of the state police.', ['That person is dangerous', 'Gregg Hastings']],
  ['"We are not aware of anything," Mr. P{Sznewajs=Robert Sznewajs} said.', ['We are not aware of anything', 'Robert Sznewajs']],
  ['"It is over," police said.', ['It is over', null]],
  // a partial quotation, and "according to"
  ['The visit is a “show of solidarity between allies,” according to the AP.', ['show of solidarity between allies', 'AP']],
  ['P{Putin=Vladimir Putin} said the two have “many fond memories”.', ['many fond memories', 'Vladimir Putin']],
  ['P{Xi=Xi Jinping} declared a “no-limits" partnership with the country.', ['no-limits', 'Xi Jinping']],
  ['P{Xi=Xi Jinping} announced support for “development and renewal” and “cooperation for justice”.', ['development and renewal', 'Xi Jinping'], ['cooperation for justice', 'Xi Jinping']],
  // speaker before the quotation
  ['P{Xi=Xi Jinping} told state media: “He is my best friend. I treasure our friendship.”', ['He is my best friend. I treasure our friendship', 'Xi Jinping']],
  ['P{Lavrov=Sergei Lavrov} said, “Russia and China play an important role.”', ['Russia and China play an important role', 'Sergei Lavrov']],
  ['Miss P{Rachel Bates}, court clerk, said: "He is at risk of causing harm."', ['He is at risk of causing harm', 'Rachel Bates']],
  ['A statement from Waitrose said: "Damage to the building is extensive."', ['Damage to the building is extensive', 'Waitrose']],
  // pronouns and descriptions
  ['P{Vladimir Putin} met the delegation. Moscow and Beijing “have solid evidence of practical cooperation,” he said.', ['have solid evidence of practical cooperation', 'Vladimir Putin']],
  ['Russian President P{Vladimir Putin} arrived on Thursday. The Russian leader said relations were “not against anyone”.', ['not against anyone', 'Vladimir Putin']],
  ['"No comment today," she said.', ['No comment today', null]],
  // a speaker carried to a bare quotation paragraph
  ['“The presence is important,” P{Alicja Bachulska}, an expert on foreign policy, told the AFP news agency.\n\n“It will legitimise the delegation.”', ['The presence is important', 'Alicja Bachulska'], ['It will legitimise the delegation', 'Alicja Bachulska']],
  ['P{John Smith} said:\n\n“We are ready.”', ['We are ready', 'John Smith']],
  ['“The first part runs on.\n\n“The second part ends here,” P{Smith=John Smith} said.', ['The first part runs on', 'John Smith'], ['The second part ends here', 'John Smith']],
  ['P{Darin Schroeder}, of the conservancy, agreed with the decision.\n“We are gratified by the ruling.”', ['We are gratified by the ruling', 'Darin Schroeder']],
  // marks: one sentence a line, single quotes, apostrophes and inch marks inside
  ['"He did not leak.\nHe had to be squeezed," P{Bernstein=Carl Bernstein} said.', ['He did not leak. He had to be squeezed', 'Carl Bernstein']],
  ["'There is a lot of anger here': riot breaks out after vigil", ['There is a lot of anger here', null]],
  ['P{Xi=Xi Jinping} called him a ‘dear friend’ at the summit.', ['dear friend', 'Xi Jinping']],
  ['“Xi’s policies are clear,” P{Putin=Vladimir Putin} said.', ['Xi’s policies are clear', 'Vladimir Putin']],
  ['The 6\'2" forward said "I am ready for the game" after practice.', ['I am ready for the game', null]],
];

/** Text that holds no quotation. */
const NEGATIVE: string[] = [
  'Xi’s policies and Putin’s plans were discussed.',
  "It's the players' fault and the coaches' too.",
  'The 6\'2" forward scored 20 points.',
  'The 15" screen costs more than the 13" one.',
  'The players’ union and the owners’ group met.',
  "Rock 'n' roll never dies.",
  'In the ‘90s, the industry grew.',
  'He starred in the film "Gone With the Wind" as a child.',
  'Dwayne "The Rock" Johnson won the fight.',
  'He was given the nickname "Chin" by friends.',
  'Swimmer "Million Dollar Mermaid" Dies Aged 91.',
  'A "suspicious" fire devastated the church.',
  'The navy said it had sunk a pirate "mother ship."',
  'Dubbed the "Oddfather" for his behavior, he won again.',
  'The studio said Friday he is the candidate to direct "New Moon."',
  'A stray " mark stands alone here.',
];

describe('extract/quote: quotations and speakers', () => {
  for (const [marked, ...expected] of CASES) {
    it(`${JSON.stringify(unmark(marked).text)} → ${expected.map(([v, s]) => `${JSON.stringify(v)} by ${s}`).join('; ')}`, () => {
      const found = quotes(marked);
      expect(found.map((q) => [q.value, q.speaker])).to.deep.equal(expected);
      // The span is the words inside the marks, exactly as written.
      for (const q of found) expect(q.text.replace(/\s+/g, ' ')).to.include(q.value);
    });
  }
});

describe('extract/quote: text that holds no quotation', () => {
  for (const text of NEGATIVE) {
    it(`nothing in ${JSON.stringify(text)}`, () => {
      expect(quotes(text).map((q) => q.value)).to.deep.equal([]);
    });
  }
});

describe('extract/quote: spans', () => {
  it('keeps the punctuation inside the marks in the span and leaves it out of the value', () => {
    const [q] = quotes('“These relations are not against anyone,” P{Putin=Vladimir Putin} added.');
    expect(q.text).to.equal('These relations are not against anyone,');
    expect(q.value).to.equal('These relations are not against anyone');
  });
  const values: [string, string][] = [
    ['old friend.', 'old friend'],
    ['anyone,', 'anyone'],
    ['the world (…)', 'the world (…)'],
    ['and then...', 'and then...'],
    ['two\n  lines', 'two lines'],
  ];
  for (const [text, value] of values) {
    it(`value of ${JSON.stringify(text)} is ${JSON.stringify(value)}`, () => expect(quoteValue(text)).to.equal(value));
  }
  it('pairs marks over paragraphs by their count: an odd count closes the open quotation', () => {
    const body = '"A first line\nand a second," she said.\n"Then a new one."';
    const paragraphs = [{ start: 0, end: 12 }, { start: 13, end: 38 }, { start: 39, end: body.length }];
    const found = findQuotations(body, paragraphs).map((q) => body.slice(q.inner.start, q.inner.end));
    expect(found).to.deep.equal(['A first line\nand a second,', 'Then a new one.']);
  });
  it('refuses an attribution lexicon with an unknown flag, naming the line', () => {
    expect(() => compileAttribution('said\tinvert\ntold\tloud\n')).to.throw(/attribution\.txt:2: unknown flag "loud"/);
  });
});

describe('extract/quote: hostile input stays linear', () => {
  /** [name, unit repeated to ~250 kB and ~1 MB]. */
  const hostile: [string, string][] = [
    ['double marks', '"a '],
    ['quotes with attributions', '"x," he said. '],
    ['single marks', "‘a 'b ’c "],
    ['one long word', 'a'],
    ['apostrophes', "the players' union's "],
  ];
  hostileInOneSentence(quoteExtractor, hostile);
});

// The seed articles, with the persons they name written down by hand (every occurrence, longest first).
const SEED_PERSONS: [string, string][] = [
  ['Alicja Bachulska', 'Alicja Bachulska'], ['Dmitry Peskov', 'Dmitry Peskov'], ['Zhang Hanhui', 'Zhang Hanhui'],
  ['Vladimir Putin', 'Vladimir Putin'], ['Mr Putin', 'Vladimir Putin'], ['Putin', 'Vladimir Putin'],
  ['Xi Jinping', 'Xi Jinping'], ['Mr Xi', 'Xi Jinping'], ['Xi', 'Xi Jinping'],
  ['Sergei Lavrov', 'Sergei Lavrov'], ['Lavrov', 'Sergei Lavrov'], ['Liu Pengyu', 'Liu Pengyu'],
];

function seedQuotes(file: string): QuoteFact[] {
  const text = readFileSync(join(SEEDS, file), 'utf8');
  const id = file.replace(/\.txt$/, '');
  const doc = documentOf(text, id);
  const taken: [number, number][] = [];
  const drafts: Draft[] = [];
  for (const [surface, value] of SEED_PERSONS) {
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${surface}(?![\\p{L}])`, 'gu'))) {
      const start = m.index!;
      const end = start + surface.length;
      if (taken.some(([a, b]) => start < b && a < end)) continue;
      taken.push([start, end]);
      drafts.push({ kind: 'person', article: id, start, end, text: surface, sentence: 0, extractor: 'spec', value, role: null });
    }
  }
  return extractFacts(doc, [given(drafts), quoteExtractor]).filter((f): f is QuoteFact => f.kind === 'quote');
}

/** [seed file, the start of a quote's value, its speaker] */
const SEED_CASES: [string, string, string | null][] = [
  ['000_26ba52da4331a6e7.txt', '(The) Russian delegation’s presence in Beijing is important for Moscow', 'Alicja Bachulska'],
  ['000_26ba52da4331a6e7.txt', 'It will legitimise Russia in the international arena', 'Alicja Bachulska'],
  ['000_26ba52da4331a6e7.txt', 'President Putin is the foreign colleague that I have interacted with most extensively. He is my best friend', 'Xi Jinping'],
  ['002_c62f723491b130f0.txt', 'Putin will visit China', 'Reuters'],
  ['002_c62f723491b130f0.txt', 'Several presidential visits and several high-level contacts are being prepared', 'Dmitry Peskov'],
  ['002_c62f723491b130f0.txt', 'Putin’s visit to China [this year] will definitely be a success', 'Zhang Hanhui'],
  ['003_3a7575a8856c8f9d.txt', 'We have worked hard for the current China-Russia relationship, and both sides should develop it', 'Xi Jinping'],
  ['003_3a7575a8856c8f9d.txt', 'Russia and China play an important role in balancing world affairs', 'Sergei Lavrov'],
  ['003_3a7575a8856c8f9d.txt', 'These relations are not against anyone', 'Vladimir Putin'],
  ['003_3a7575a8856c8f9d.txt', 'show of solidarity between allies', 'AP'],
  ['004_f06c583c02f324cf.txt', 'many fond memories', 'Vladimir Putin'],
];

describe('extract/quote: the seed articles', () => {
  for (const [file, value, speaker] of SEED_CASES) {
    it(`${file.slice(0, 3)}: ${JSON.stringify(value.slice(0, 40))}… by ${speaker}`, () => {
      const found = seedQuotes(file).filter((q) => q.value.startsWith(value));
      expect(found.map((q) => q.speaker), `quotes of ${file}`).to.deep.equal([speaker]);
    });
  }
  it('000: the two paragraphs of one quotation are two facts with one speaker', () => {
    const found = seedQuotes('000_26ba52da4331a6e7.txt').filter((q) => q.speaker === 'Alicja Bachulska');
    expect(found).to.have.length(2);
  });
  it('004: the unattributed scare quote "dear friend" in the headline is declined, the attributed "no-limits" kept', () => {
    const found = seedQuotes('004_f06c583c02f324cf.txt').map((q) => q.value);
    expect(found).to.not.include('dear friend');
    expect(found).to.include('no-limits');
  });
});

/** When the real person extractor has landed, the seeds' speakers come from its facts too. */
describe('extract/quote: with the person extractor', () => {
  it('finds the speakers of 002 from real person facts', async function () {
    let person: Extractor | undefined;
    try {
      person = ((await import('../../lib/extract/person/index.ts')) as { personExtractor?: Extractor }).personExtractor;
    } catch {
      person = undefined;
    }
    if (!person) this.skip();
    const text = readFileSync(join(SEEDS, '002_c62f723491b130f0.txt'), 'utf8');
    const found = extractFacts(documentOf(text, '002_c62f723491b130f0'), [person!, quoteExtractor]).filter((f: Fact): f is QuoteFact => f.kind === 'quote');
    const speakers = new Map(found.map((q) => [q.value.slice(0, 20), q.speaker]));
    expect(speakers.get('Putin will visit Chi')).to.equal('Reuters');
    expect(speakers.get('Several presidential')).to.equal('Dmitry Peskov');
    expect(speakers.get('Putin’s visit to Chi')).to.equal('Zhang Hanhui');
  });
});
