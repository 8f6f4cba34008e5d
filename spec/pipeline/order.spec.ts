/**
 * Issue 17: results depend on the articles, never on their file names or the order of the inputs.
 * The seeds are copied under names that sort the other way round (and shuffled), the manifest
 * re-keyed to them; every run must give the report of the original names, ids of findings
 * included, once the article ids are mapped back.
 */
import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadArticles, type Loaded } from '../../lib/load/index.ts';
import { analyze } from '../../lib/pipeline.ts';
import { applyReviews } from '../../lib/review/store.ts';
import type { Report, ReviewFile } from '../../lib/types.ts';
import { MANIFEST, SEEDS, tempTree } from '../helpers.ts';

const ORIGINAL = ['000_26ba52da4331a6e7', '001_9ff8455e145d4715', '002_c62f723491b130f0', '003_3a7575a8856c8f9d', '004_f06c583c02f324cf'];

/** New names: reversed (the last seed sorts first) and shuffled (an order unrelated to either). */
const RENAMINGS: Record<string, Record<string, string>> = {
  reversed: Object.fromEntries(ORIGINAL.map((id, i) => [id, `${'zyxwv'[i]}_${ORIGINAL.length - i}`])),
  shuffled: { [ORIGINAL[0]]: 'm_story', [ORIGINAL[1]]: 'b_wire', [ORIGINAL[2]]: 'q_preview', [ORIGINAL[3]]: 'a_translation', [ORIGINAL[4]]: 'k_arrival' },
};

interface Manifest {
  articles: { file: string }[];
}

/** The seeds and their manifest under new names, in a temporary folder. */
function renamedSeeds(names: Record<string, string>): { dir: string; manifest: string; cleanup: () => void } {
  const files: Record<string, string> = {};
  for (const [from, to] of Object.entries(names)) files[`${to}.txt`] = readFileSync(join(SEEDS, `${from}.txt`), 'utf8');
  const tree = tempTree(files);
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest;
  for (const a of manifest.articles) a.file = `${names[a.file.replace(/\.txt$/, '')]}.txt`;
  const path = join(tree.dir, 'manifest.json');
  writeFileSync(path, JSON.stringify(manifest));
  return { dir: tree.dir, manifest: path, cleanup: tree.cleanup };
}

/**
 * The report with every article id and path put back to the original name, and lists that are
 * sets of articles sorted: what must not change when only the names do.
 */
function underOriginalNames(report: Report, names: Record<string, string>): unknown {
  const back = new Map(Object.entries(names).map(([from, to]) => [to, from]));
  const json = JSON.stringify({ events: report.events, facts: report.facts, findings: report.findings }, (key, value) => {
    if (typeof value !== 'string') return value;
    return value.replace(/[a-z]_[a-z0-9]+/g, (m) => back.get(m) ?? m);
  });
  const doc = JSON.parse(json) as { events: { articles: string[] }[]; findings: { groups?: { articles: string[] }[] }[] };
  for (const e of doc.events) e.articles.sort();
  for (const f of doc.findings) for (const g of f.groups ?? []) g.articles.sort();
  return doc;
}

function verdictCounts(report: Report): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of report.findings) out[f.verdict] = (out[f.verdict] ?? 0) + 1;
  return out;
}

/** The same articles handed to the pipeline in another order. */
function reordered(loaded: Loaded, order: (ids: string[]) => string[]): Loaded {
  const byId = new Map(loaded.articles.map((a) => [a.id, a]));
  return { ...loaded, articles: order([...byId.keys()]).map((id) => byId.get(id)!) };
}

describe('results do not depend on file names or input order (issue 17)', function () {
  this.timeout(120000);
  let original: Report;
  before(() => {
    original = analyze(loadArticles([SEEDS], { manifest: MANIFEST })).report;
  });

  it('the seeds give 15 findings: 1 unresolved role, 1 different-events, 13 agreements', () => {
    expect(verdictCounts(original)).to.deep.equal({ unresolved: 1, 'different-events': 1, agreement: 13 });
    expect(original.findings.find((f) => f.verdict === 'unresolved')!.slot).to.match(/^role of /);
  });

  for (const [how, names] of Object.entries(RENAMINGS)) {
    it(`${how} names, in three input orders, give the same events, facts and findings, ids included`, () => {
      const seeds = renamedSeeds(names);
      try {
        const loaded = loadArticles([seeds.dir], { manifest: seeds.manifest });
        expect(loaded.articles.map((a) => a.published), 'the manifest re-keyed').to.not.include(null);
        const expected = underOriginalNames(original, {});
        for (const order of [(ids: string[]) => ids, (ids: string[]) => [...ids].reverse(), (ids: string[]) => [ids[2], ids[4], ids[0], ids[3], ids[1]]]) {
          const report = analyze(reordered(loaded, order)).report;
          expect(verdictCounts(report)).to.deep.equal(verdictCounts(original));
          expect(underOriginalNames(report, names)).to.deep.equal(expected);
        }
      } finally {
        seeds.cleanup();
      }
    });
  }

  it('without the manifest too: reversed names give the same report, ids included', () => {
    const seeds = renamedSeeds(RENAMINGS.reversed);
    try {
      const plain = analyze(loadArticles([SEEDS])).report;
      const renamed = analyze(loadArticles([seeds.dir])).report;
      expect(underOriginalNames(renamed, RENAMINGS.reversed)).to.deep.equal(underOriginalNames(plain, {}));
    } finally {
      seeds.cleanup();
    }
  });

  it('the paths given in another order change no byte of the report', () => {
    const seeds = renamedSeeds(RENAMINGS.shuffled);
    try {
      const files = Object.values(RENAMINGS.shuffled).map((n) => join(seeds.dir, `${n}.txt`));
      const a = analyze(loadArticles(files, { manifest: seeds.manifest })).report;
      const b = analyze(loadArticles([...files].reverse(), { manifest: seeds.manifest })).report;
      expect(JSON.stringify(b)).to.equal(JSON.stringify(a));
    } finally {
      seeds.cleanup();
    }
  });

  it('renaming one file keeps every finding id and evidence fingerprint, so review decisions stay as they were', () => {
    const names = Object.fromEntries(ORIGINAL.map((id) => [id, id]));
    names[ORIGINAL[4]] = 'a_renamed';
    const seeds = renamedSeeds(names);
    try {
      const renamed = analyze(loadArticles([seeds.dir], { manifest: seeds.manifest })).report;
      const key = (r: Report) => r.findings.map((f) => `${f.id} ${f.evidence} ${f.verdict} ${f.slot}`).sort();
      expect(key(renamed)).to.deep.equal(key(original));
      const decided = original.findings.find((f) => f.verdict === 'different-events')!;
      const file: ReviewFile = { version: 1, decisions: { [decided.id]: { decision: 'different-events', note: null, reviewer: 'ed', at: '2026-12-05T00:00:00.000Z', evidence: decided.evidence } } };
      const review = applyReviews(renamed, file).findings.find((f) => f.id === decided.id)!.review;
      expect(review).to.include({ decision: 'different-events', changed: false });
    } finally {
      seeds.cleanup();
    }
  });

  it('a finding names no article by content: the report shows only the real ids', () => {
    expect(JSON.stringify(original)).to.not.match(/\^[0-9a-f]{16}/);
    expect(original.articles.map((a) => a.id)).to.deep.equal(ORIGINAL);
    expect(original.articles.map((a) => a.path)).to.deep.equal(ORIGINAL.map((id) => join(SEEDS, `${id}.txt`)));
  });
});
