/**
 * Inputs in other languages (issue 16): each input's language is detected; one crosscheck has no
 * lexicons for is listed as not analysed in every format, named in a warning, and takes no part in
 * events or findings, and the exit code stays what the English articles make it.
 *
 * The pages of spec/fixtures/languages are written for this spec: two English reports of one
 * invented ferry accident (12 and 19 dead: a conflict) and short pages in Portuguese, Russian,
 * Dutch, Turkish and Indonesian, each about a fire.
 */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { detectLanguage } from '../../lib/load/language.ts';
import { ROOT, tempTree } from '../helpers.ts';
import { cliInProcess } from '../support/cli-in-process.ts';
import { sarifValidator } from '../support/sarif-schema.ts';

const FIXTURES = join(ROOT, 'spec', 'fixtures', 'languages');
const OTHERS = ['id-kebakaran', 'nl-brand', 'pt-fabrica', 'ru-sklad', 'tr-yangin'];
const ENGLISH = ['en-harbour-a', 'en-harbour-b'];

describe('load: language of an input', () => {
  const rows: Array<[string, string, boolean]> = [
    ['A large fire destroyed part of a textile factory in the industrial zone on Sunday night. Nobody was hurt, police said.', 'eng', true],
    // Names rank German first; English scores close behind, so the text is read.
    ['Lindqvist, Okonkwo and Marquez sign Geneva accord', 'eng', true],
    ['Tim Kepala Desa Sukamaju said on Tuesday that the Gunung Merapi volcano had erupted again, sending ash over Yogyakarta.', 'eng', true],
    // Too short to tell: read, never dropped on a guess.
    ['Ferry sinks', 'und', true],
    ['O ministro da Saúde anunciou nesta terça-feira que o novo hospital regional será inaugurado em março.', 'por', false],
    ['В понедельник в центре города прошла встреча министров иностранных дел.', 'rus', false],
    ['De minister van Financiën heeft dinsdag een nieuw plan gepresenteerd om de belastingen te verlagen.', 'nld', false],
    ['Dışişleri Bakanı salı günü başkentte mevkidaşıyla bir araya gelerek ticaret konularını görüştü.', 'tur', false],
    ['Menteri Luar Negeri bertemu dengan mitranya pada hari Selasa untuk membahas perdagangan dan energi.', 'ind', false],
  ];
  for (const [text, code, analysed] of rows) {
    it(`${code}${analysed ? '' : ' (not analysed)'}: "${text.slice(0, 40)}…"`, () => {
      const got = detectLanguage(text);
      expect([got.code, got.analysed], got.why).to.deep.equal([code, analysed]);
    });
  }

  // Fifty-odd words of English news: the marker words ("the", "of", "said") decide, as the detector would.
  const NEWS = 'A large fire destroyed part of a textile factory in the industrial zone on Sunday night, and the police said that nobody was hurt. The owner of the factory told reporters that the damage would be repaired within a month, and that the workers would be paid for the weeks the plant is closed by the fire.';
  it('a long English text is told by its marker words, as the detector tells it', () => {
    const fast = detectLanguage(NEWS);
    const slow = detectLanguage(NEWS, [], { markers: false });
    expect(fast.why).to.match(/common English words/);
    expect(slow.why).not.to.match(/common English words/);
    expect([fast.code, fast.analysed]).to.deep.equal([slow.code, slow.analysed]).and.to.deep.equal(['eng', true]);
  });

  it('a shorter English text, and the pages in other languages, go to the detector', () => {
    const short = NEWS.split(' ').slice(0, 40).join(' ');
    expect(detectLanguage(short).why).to.equal('ranked first');
    for (const name of OTHERS) {
      const page = readFileSync(join(FIXTURES, `${name}.txt`), 'utf8');
      expect(detectLanguage(page).why, name).not.to.match(/common/);
    }
    // Long enough, and none of its words an English marker ("in", "is", "a" are left out of them).
    const dutch = 'De minister van Financiën heeft dinsdag een nieuw plan gepresenteerd om de belastingen te verlagen. Het kabinet wil dat het plan in januari in werking treedt, zei hij in Den Haag. De oppositie is tegen het plan en wil een debat in de Kamer voordat de wet in stemming wordt gebracht, want volgens haar is het plan te duur.';
    expect(dutch.split(' ').length).to.be.at.least(50);
    const got = detectLanguage(dutch);
    expect(got.why).not.to.match(/common/);
    expect([got.code, got.analysed]).to.deep.equal(['nld', false]);
  });

  it('leaves front matter out of what it reads', () => {
    const head = '---\ntitle: Brand in fabriek bij de haven en de stad\n---\n';
    const text = `${head}A large fire destroyed part of a textile factory on Sunday night, police said.`;
    expect(detectLanguage(text, [{ start: 0, end: head.length }]).code).to.equal('eng');
  });
});

describe('cli: inputs in other languages', function () {
  this.timeout(60000);
  let tree: ReturnType<typeof tempTree>;
  before(() => {
    tree = tempTree();
    cpSync(FIXTURES, join(tree.dir, 'pages'), { recursive: true });
  });
  after(() => tree.cleanup());
  const run = (format: string, ...paths: string[]) => cliInProcess(['report', ...paths, '--published', '2024-03-06', '--format', format], tree.dir);
  const englishOnly = ENGLISH.map((n) => `pages/${n}.txt`);

  it('lists them in JSON as not analysed, with their language, no events and no facts', async () => {
    const r = await run('json', 'pages');
    const doc = JSON.parse(r.stdout);
    const byId = new Map(doc.articles.map((a: { id: string }) => [a.id, a]));
    for (const id of OTHERS) expect(byId.get(id), id).to.include({ analysed: false, language: id === 'id-kebakaran' ? 'ind' : { 'nl-brand': 'nld', 'pt-fabrica': 'por', 'ru-sklad': 'rus', 'tr-yangin': 'tur' }[id] }).and.to.have.property('events').that.deep.equals([]);
    for (const id of ENGLISH) expect(byId.get(id), id).to.include({ analysed: true, language: 'eng' });
    const articlesWithFacts = new Set(doc.facts.map((f: { article: string }) => f.article));
    expect([...articlesWithFacts].sort()).to.deep.equal(ENGLISH);
    for (const e of doc.events) for (const a of e.articles) expect(ENGLISH, `event ${e.id}`).to.include(a);
    for (const f of doc.findings) for (const c of f.claims) expect(ENGLISH).to.include(c.article);
  });

  it('names each in a warning and leaves the exit code and findings as the English articles make them', async () => {
    const all = await run('json', 'pages');
    const alone = await run('json', ...englishOnly);
    expect(alone.status, 'the English pair conflicts').to.equal(1);
    expect(all.status).to.equal(alone.status);
    expect(JSON.parse(all.stdout).findings).to.deep.equal(JSON.parse(alone.stdout).findings);
    const warnings = all.stderr.split('\n').filter(Boolean);
    expect(warnings).to.have.length(OTHERS.length);
    expect(warnings[2]).to.equal(
      'crosscheck: warning: pages/pt-fabrica.txt: is in Portuguese (por), not a language crosscheck analyses (English); listed as not analysed, with no facts or events [input/language]',
    );
    expect(alone.stderr).to.equal('');
  });

  it('says so in the table', async () => {
    const r = await run('table', 'pages');
    // The events column of each row, read down its lines: it says why there are none.
    const lines = r.stdout.split('\n');
    for (const id of OTHERS) {
      const first = lines.findIndex((l) => l.startsWith(`│ ${id} `));
      const rowLines = lines.slice(first, lines.findIndex((l, i) => i > first && !l.startsWith('│')));
      const events = rowLines.map((l) => l.split('│').at(-2)!.trim()).join(' ');
      expect(events, id).to.match(/^not analysed \([a-z]{3}\)$/);
    }
    expect(r.stdout).to.include('7 articles (5 not analysed)');
  });

  it('says so in SARIF as notes, valid against the schema', async () => {
    const r = await run('sarif', 'pages');
    const log = JSON.parse(r.stdout);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors)).to.equal(true);
    const notes = log.runs[0].invocations[0].toolExecutionNotifications;
    expect(notes.map((n: { level: string; descriptor: { id: string } }) => `${n.level} ${n.descriptor.id}`)).to.deep.equal(OTHERS.map(() => 'note input/language'));
    expect(log.runs[0].invocations[0].executionSuccessful).to.equal(true);
    expect(notes[3].message.text).to.equal('pages/ru-sklad.txt: not analysed: in rus, a language crosscheck has no lexicons for');
  });

  it('says so in markdown, junit and github annotations', async () => {
    const md = (await run('markdown', 'pages')).stdout;
    expect(md).to.include('## Inputs not analysed\n\n- `pages/id-kebakaran.txt`: not analysed: in ind, a language crosscheck has no lexicons for (input/language)');
    const junit = (await run('junit', 'pages')).stdout;
    expect(junit.match(/<skipped message="not analysed: in [a-z]{3}/g)).to.have.length(OTHERS.length);
    const github = (await run('github', 'pages')).stdout;
    expect(github).to.include('::notice file=pages/tr-yangin.txt,title=crosscheck%3A input/language::not analysed: in tur');
  });

  it('reads the fixtures as written (the English pair is in English)', () => {
    for (const id of ENGLISH) expect(detectLanguage(readFileSync(join(FIXTURES, `${id}.txt`), 'utf8')).code).to.equal('eng');
  });
});
