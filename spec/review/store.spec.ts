/** The review file: reading, locked writes from two processes at once, pruning, applying decisions. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import {
  applyReviews,
  parseReviewFile,
  pruneEntries,
  readReviewFile,
  recordDecision,
  serializeReviewFile,
  staleEntries,
} from '../../lib/review/store.ts';
import type { ReviewEntry } from '../../lib/types.ts';
import { TEMP_MARK } from '../../lib/util/atomic.ts';
import { ROOT, tempTree } from '../helpers.ts';
import { finding, report } from '../support/report-fixtures.ts';

const entry = (evidence: string, extra: Partial<ReviewEntry> = {}): ReviewEntry => ({
  decision: 'confirmed-conflict',
  note: null,
  reviewer: 'ed',
  at: '2026-01-02T03:04:05.000Z',
  evidence,
  ...extra,
});

describe('review store', () => {
  let tree: ReturnType<typeof tempTree>;
  beforeEach(() => {
    tree = tempTree();
  });
  afterEach(() => tree.cleanup());

  describe('readReviewFile', () => {
    it('reads a missing file as no decisions', async () => {
      expect(await readReviewFile(join(tree.dir, 'none.json'))).to.deep.equal({ version: 1, decisions: {} });
    });

    const malformed: [string, string, RegExp][] = [
      ['not JSON', '{"version": 1,', /not valid JSON/],
      ['an array', '[]', /expected an object/],
      ['wrong version', '{"version": 2, "decisions": {}}', /"version" is 2/],
      ['no version', '{"decisions": {}}', /"version" is undefined; this crosscheck reads version 1/],
      ['decisions not an object', '{"version": 1, "decisions": []}', /"decisions" must be an object/],
      ['unknown decision', '{"version": 1, "decisions": {"a": {"decision": "maybe", "at": "2026-01-01T00:00:00Z", "evidence": "e"}}}', /"maybe"; use one of/],
      ['no evidence', '{"version": 1, "decisions": {"a": {"decision": "not-a-conflict", "at": "2026-01-01T00:00:00Z"}}}', /"evidence"/],
      ['bad timestamp', '{"version": 1, "decisions": {"a": {"decision": "not-a-conflict", "at": "soon", "evidence": "e"}}}', /"at"/],
      ['note a number', '{"version": 1, "decisions": {"a": {"decision": "not-a-conflict", "at": "2026-01-01T00:00:00Z", "evidence": "e", "note": 3}}}', /"note"/],
    ];
    for (const [name, text, reason] of malformed) {
      it(`throws naming the file and the reason for ${name}`, async () => {
        const p = join(tree.dir, 'r.json');
        writeFileSync(p, text);
        let error: Error | undefined;
        await readReviewFile(p).catch((e: Error) => (error = e));
        expect(error, 'should throw').to.be.instanceOf(Error);
        expect(error!.message).to.include(p).and.match(reason);
      });
    }
  });

  it('writes sorted keys and a final newline', async () => {
    const p = join(tree.dir, 'r.json');
    await recordDecision(p, 'zz', entry('e2', { slot: 's', note: 'n' }));
    await recordDecision(p, 'aa', entry('e1'));
    const text = readFileSync(p, 'utf8');
    expect(text.endsWith('}\n')).to.equal(true);
    expect(text.indexOf('"aa"')).to.be.lessThan(text.indexOf('"zz"'));
    expect(Object.keys(JSON.parse(text).decisions.zz)).to.deep.equal(['at', 'decision', 'evidence', 'note', 'reviewer', 'slot']);
    expect(serializeReviewFile(parseReviewFile(text, p))).to.equal(text);
    expect(existsSync(`${p}.lock`)).to.equal(false);
  });

  it('replaces a decision for the same finding and keeps the others', async () => {
    const p = join(tree.dir, 'r.json');
    await recordDecision(p, 'a', entry('e1'));
    await recordDecision(p, 'b', entry('e2'));
    const file = await recordDecision(p, 'a', entry('e3', { decision: 'not-a-conflict' }));
    expect(Object.keys(file.decisions).sort()).to.deep.equal(['a', 'b']);
    expect((await readReviewFile(p)).decisions.a).to.include({ decision: 'not-a-conflict', evidence: 'e3' });
  });

  it('keeps an id like "__proto__" as a plain key', async () => {
    const p = join(tree.dir, 'r.json');
    await recordDecision(p, '__proto__', entry('e1'));
    const file = await readReviewFile(p);
    expect(Object.keys(file.decisions)).to.deep.equal(['__proto__']);
    expect(Object.getPrototypeOf(file.decisions)).to.equal(Object.prototype);
  });

  it('takes over a lock left behind by a crashed process', async () => {
    const p = join(tree.dir, 'r.json');
    writeFileSync(`${p}.lock`, '99999\n');
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${p}.lock`, old, old);
    await recordDecision(p, 'a', entry('e1'));
    expect(Object.keys((await readReviewFile(p)).decisions)).to.deep.equal(['a']);
  });

  it('loses no entry when two processes record 20 decisions each at the same time', async function () {
    this.timeout(60_000);
    const p = join(tree.dir, 'crosscheck.review.json');
    const store = join(ROOT, 'lib', 'review', 'store.ts');
    const writer = (prefix: string) =>
      new Promise<number | null>((resolve, reject) => {
        const code = `
          const { recordDecision } = await import(${JSON.stringify(store)});
          // Start both writers' bursts together, so their locks really contend.
          await Promise.all(Array.from({ length: 20 }, (_, i) => recordDecision(${JSON.stringify(p)}, '${prefix}' + i,
            { decision: 'needs-follow-up', note: null, reviewer: '${prefix}', at: '2026-01-01T00:00:00.000Z', evidence: 'e' + i })));
        `;
        const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
        child.on('error', reject);
        child.on('exit', resolve);
      });
    const codes = await Promise.all([writer('a'), writer('b')]);
    expect(codes).to.deep.equal([0, 0]);
    const ids = Object.keys((await readReviewFile(p)).decisions);
    expect(ids).to.have.length(40);
    for (let i = 0; i < 20; i++) expect(ids).to.include.members([`a${i}`, `b${i}`]);
  });

  describe('pruneEntries', () => {
    // Findings now: only "b", between articles x and y; article z is not among the inputs.
    const now = {
      ...report([finding({ id: 'b', evidence: 'e' })]),
      articles: ['x', 'y'].map((id) => ({ ...report([]).articles[0], id })),
    } as ReturnType<typeof report>;
    const seed = async (p: string) => {
      await recordDecision(p, 'a', entry('e', { articles: ['x', 'y'] }));
      await recordDecision(p, 'b', entry('e', { articles: ['x', 'y'] }));
      await recordDecision(p, 'c', entry('e', { articles: ['x'], slot: 'deaths' }));
      // Decided on a finding of a new article not given to this prune: it must stay.
      await recordDecision(p, 'n', entry('e', { articles: ['x', 'z'] }));
      // Recorded by an older crosscheck, without its articles: nothing says it is gone.
      await recordDecision(p, 'old', entry('e'));
    };

    it('is a dry run unless told otherwise: says what would go and changes nothing', async () => {
      const p = join(tree.dir, 'r.json');
      await seed(p);
      const before = readFileSync(p, 'utf8');
      const { removed, kept } = await pruneEntries(p, now, { dryRun: true });
      expect(removed.map((s) => s.id)).to.deep.equal(['a', 'c']);
      expect(kept.map((s) => [s.id, s.why])).to.deep.equal([['n', 'outside-inputs'], ['old', 'unknown']]);
      expect(readFileSync(p, 'utf8')).to.equal(before);
    });

    it('removes only entries whose findings are gone and whose articles all are among the inputs', async () => {
      const p = join(tree.dir, 'r.json');
      await seed(p);
      const { removed, kept, file } = await pruneEntries(p, now, { dryRun: false });
      expect(removed.map((s) => s.id)).to.deep.equal(['a', 'c']);
      expect(kept.find((s) => s.id === 'n')!.missing).to.deep.equal(['z']);
      expect(Object.keys(file.decisions)).to.deep.equal(['b', 'n', 'old']);
      expect(Object.keys((await readReviewFile(p)).decisions)).to.deep.equal(['b', 'n', 'old']);
      expect((await pruneEntries(p, now, { dryRun: false })).removed).to.deep.equal([]);
    });
  });

  describe('fields it does not know, duplicate keys, versions', () => {
    it('keeps fields added by hand, at the top and in a decision, through the next write', async () => {
      const p = join(tree.dir, 'r.json');
      writeFileSync(
        p,
        JSON.stringify({
          version: 1,
          team: 'desk',
          decisions: { a: { ...entry('e1'), ticket: 'NEWS-42', links: ['x'] }, b: { ...entry('e2'), ticket: 'NEWS-7' } },
        }),
      );
      await recordDecision(p, 'c', entry('e3'));
      // Decided again: the decision is replaced, the ticket stays with its finding.
      await recordDecision(p, 'b', entry('e4', { decision: 'not-a-conflict' }));
      const doc = JSON.parse(readFileSync(p, 'utf8'));
      expect(doc.team).to.equal('desk');
      expect(doc.decisions.a).to.include({ ticket: 'NEWS-42' });
      expect(doc.decisions.a.links).to.deep.equal(['x']);
      expect(doc.decisions.b).to.include({ ticket: 'NEWS-7', decision: 'not-a-conflict', evidence: 'e4' });
      expect(doc.decisions.c).not.to.have.property('ticket');
      expect(Object.keys(doc)).to.deep.equal(['decisions', 'team', 'version']);
    });

    const refused: [string, string, RegExp][] = [
      ['"decisions" twice', '{"version": 1, "decisions": {"a": {"decision": "not-a-conflict", "at": "2026-01-01T00:00:00Z", "evidence": "e"}}, "decisions": {}}', /the key "decisions" is written twice at the top level; a JSON reader keeps only the last, so merge them/],
      ['a field twice in a decision', '{"version": 1, "decisions": {"a": {"decision": "not-a-conflict", "decision": "confirmed-conflict", "at": "2026-01-01T00:00:00Z", "evidence": "e"}}}', /"decision" is written twice in "decisions" → "a"/],
      ['a newer version', '{"version": 2, "decisions": {}}', /"version" is 2 \(written by a newer crosscheck\?\); this crosscheck reads version 1/],
      ['articles not a list', '{"version": 1, "decisions": {"a": {"decision": "not-a-conflict", "at": "2026-01-01T00:00:00Z", "evidence": "e", "articles": "x"}}}', /"articles" must be a list/],
    ];
    for (const [name, text, reason] of refused) {
      it(`refuses ${name}, naming the file, and leaves it as it was`, async () => {
        const p = join(tree.dir, 'r.json');
        writeFileSync(p, text);
        let error: Error | undefined;
        await recordDecision(p, 'z', entry('e')).catch((e: Error) => (error = e));
        expect(error, 'should throw').to.be.instanceOf(Error);
        expect(error!.message).to.include(p).and.match(reason);
        expect(readFileSync(p, 'utf8')).to.equal(text);
      });
    }
  });

  it('removes temporary files of a killed write at the next write', async () => {
    const p = join(tree.dir, 'crosscheck.review.json');
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    const orphan = join(tree.dir, `.crosscheck.review.json${TEMP_MARK}${dead}.0a0b0c`);
    writeFileSync(orphan, '{"version": 1, "deci');
    await recordDecision(p, 'a', entry('e'));
    expect(existsSync(orphan)).to.equal(false);
    expect(readdirSync(tree.dir)).to.deep.equal(['crosscheck.review.json']);
  });

  describe('applyReviews and staleEntries', () => {
    const base = report([
      finding({ id: 'f1', evidence: 'ev1' }),
      finding({ id: 'f2', evidence: 'ev2' }),
      finding({ id: 'f3', evidence: 'ev3' }),
    ]);
    const file = {
      version: 1 as const,
      decisions: {
        f1: entry('ev1', { note: 'checked with the wire' }),
        f2: entry('old-evidence', { decision: 'not-a-conflict' as const }),
        gone: entry('ev9', { slot: 'arrival: date' }),
      },
    };
    const cases: [string, Record<string, unknown> | null][] = [
      ['f1', { decision: 'confirmed-conflict', note: 'checked with the wire', reviewer: 'ed', changed: false }],
      ['f2', { decision: 'not-a-conflict', changed: true }],
      ['f3', null],
    ];
    for (const [id, expected] of cases) {
      it(`${id}: ${expected ? `${expected.decision}, changed ${expected.changed}` : 'no decision'}`, () => {
        const f = applyReviews(base, file).findings.find((x) => x.id === id)!;
        if (expected === null) expect(f.review).to.equal(null);
        else expect(f.review).to.include(expected);
      });
    }

    it('is pure: the input report is untouched', () => {
      const before = JSON.stringify(base);
      applyReviews(base, file);
      expect(JSON.stringify(base)).to.equal(before);
    });

    it('clears a review the file no longer holds', () => {
      const reviewed = applyReviews(base, file);
      expect(applyReviews(reviewed, { version: 1, decisions: {} }).findings.every((f) => f.review === null)).to.equal(true);
    });

    it('lists entries that match no finding', () => {
      expect(staleEntries(base, file).map((s) => s.id)).to.deep.equal(['gone']);
    });
  });
});
