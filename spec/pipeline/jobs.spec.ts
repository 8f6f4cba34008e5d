/**
 * `--jobs`: the articles analysed on worker threads give the very results, and the very report
 * bytes, that one thread gives; a worker that fails loses no article; small inputs start none.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadArticles } from '../../lib/load/index.ts';
import { analyseArticle, assemble, plan, type AnalysisPlan, type ArticleResult, type ArticleTask } from '../../lib/pipeline.ts';
import { formatJson } from '../../lib/report/json.ts';
import { analyseTasks, CHARS_PER_WORKER, workerCount, WORKERS_FROM_ARTICLES } from '../../lib/workers/pool.ts';
import { BIN, ensureBuilt, ROOT, SEEDS } from '../helpers.ts';

/** A few ECB+ dev articles beside the seeds when the evaluation data is there: more texts, more kinds of fact. */
const ECB = join(ROOT, '..', 'shared', 'dev', 'ecbplus', 'articles');

function corpus(): AnalysisPlan {
  const extra = existsSync(ECB) ? readdirSync(ECB).sort().slice(0, 15).map((f) => join(ECB, f)) : [];
  return plan(loadArticles([SEEDS, ...extra], { manifest: join(SEEDS, 'manifest.json') }));
}

const json = (planned: AnalysisPlan, results: ArticleResult[]): string => {
  const { report, sources } = assemble(planned, results);
  return formatJson(report, { view: 'report', color: false, width: 100, sources });
};

const fixture = (name: string): URL => new URL(`../fixtures/workers/${name}`, import.meta.url);

describe('analysis on several threads (--jobs)', function () {
  this.timeout(120_000);
  let planned: AnalysisPlan;
  let inProcess: ArticleResult[];
  let expected: string;

  before(() => {
    planned = corpus();
    inProcess = planned.tasks.map((t) => analyseArticle(t));
    expected = json(planned, inProcess);
  });

  it('gives the results of one thread, in task order, and the same report bytes, through a worker', async () => {
    const warnings: string[] = [];
    const done: number[] = [];
    const results = await analyseTasks(planned.tasks, { jobs: 2, always: true, here: false, onWarning: (w) => warnings.push(w), onProgress: (d, _n, stage) => stage === undefined && done.push(d) });
    expect(warnings).to.deep.equal([]);
    expect(results).to.deep.equal(inProcess);
    expect(json(planned, results)).to.equal(expected);
    // every article counted once, in order, up to all of them
    expect(done).to.deep.equal(planned.tasks.map((_, i) => i + 1));
  });

  it('gives the same results with this thread and two workers sharing the articles', async () => {
    const warnings: string[] = [];
    const results = await analyseTasks(planned.tasks, { jobs: 3, always: true, onWarning: (w) => warnings.push(w) });
    expect(warnings).to.deep.equal([]);
    expect(json(planned, results)).to.equal(expected);
  });

  it('analyses in this thread what a worker that stops held, with a warning', async () => {
    const warnings: string[] = [];
    const results = await analyseTasks(planned.tasks, { jobs: 2, always: true, here: false, entry: fixture('crashing.ts'), onWarning: (w) => warnings.push(w) });
    expect(json(planned, results)).to.equal(expected);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/^an analysis worker stopped \(Error: failed on purpose\); its \d+ unfinished articles are analysed in the main thread$/);
  });

  it('analyses everything in this thread when the workers cannot start, with a warning each', async () => {
    const warnings: string[] = [];
    const results = await analyseTasks(planned.tasks, { jobs: 3, always: true, here: false, entry: fixture('broken.ts'), onWarning: (w) => warnings.push(w) });
    expect(json(planned, results)).to.equal(expected);
    expect(warnings).to.have.length(2);
    for (const w of warnings) expect(w).to.match(/^an analysis worker could not start \(Error: cannot load on purpose\)/);
  });

  it('refuses a number of jobs that is not a whole number of at least 1', async () => {
    for (const jobs of [0, -1, 1.5, Number.NaN]) {
      let error: unknown;
      await analyseTasks([], { jobs }).catch((e: unknown) => {
        error = e;
      });
      expect(error, String(jobs)).to.be.instanceOf(RangeError);
    }
  });
});

describe('how many workers an input starts', () => {
  const tasks = (n: number, chars: number): ArticleTask[] =>
    Array.from({ length: n }, (_, i) => ({ article: { text: 'x'.repeat(chars) } as ArticleTask['article'], chrome: [], path: `${i}.txt` }));

  it('starts none for one job, however large the input', () => {
    expect(workerCount(tasks(1000, 10_000), 1)).to.equal(0);
  });

  it(`starts none for fewer than ${WORKERS_FROM_ARTICLES} articles or under ${CHARS_PER_WORKER} characters`, () => {
    expect(workerCount(tasks(WORKERS_FROM_ARTICLES - 1, CHARS_PER_WORKER), 8)).to.equal(0);
    expect(workerCount(tasks(100, Math.floor(CHARS_PER_WORKER / 100) - 1), 8)).to.equal(0);
  });

  it('starts one per share of characters, up to jobs - 1 (this thread is one)', () => {
    expect(workerCount(tasks(100, CHARS_PER_WORKER / 100), 8)).to.equal(1);
    expect(workerCount(tasks(100, (3 * CHARS_PER_WORKER) / 100), 8)).to.equal(3);
    expect(workerCount(tasks(1000, CHARS_PER_WORKER), 2)).to.equal(1);
  });

  it('starts jobs - 1 for any input of two articles or more when told to always', () => {
    expect(workerCount(tasks(5, 10), 4, true)).to.equal(3);
    expect(workerCount(tasks(2, 10), 4, true)).to.equal(1);
    expect(workerCount(tasks(1, 10), 4, true)).to.equal(0);
  });
});

describe('crosscheck --jobs', function () {
  this.timeout(120_000);
  const run = (args: string[], env: Record<string, string> = {}) => {
    ensureBuilt();
    return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  };

  it('prints the same bytes, warnings and exit code with 1 and 2 jobs, the second through a worker', () => {
    const args = ['report', SEEDS, '--manifest', join(SEEDS, 'manifest.json'), '--format', 'json'];
    const one = run([...args, '--jobs', '1']);
    const two = run([...args, '--jobs', '2'], { CROSSCHECK_WORKERS_ALWAYS: '1' });
    expect(two.stderr).to.equal(one.stderr);
    expect(two.status).to.equal(one.status);
    expect(two.stdout).to.equal(one.stdout);
    expect(JSON.parse(two.stdout).articles).to.have.length(5);
  });

  for (const bad of ['0', 'two', '1.5', '-1']) {
    it(`is a usage error (exit 2) with --jobs ${bad}`, () => {
      const r = run(['facts', SEEDS, `--jobs=${bad}`]);
      expect(r.status).to.equal(2);
      expect(r.stderr).to.include('--jobs must be a whole number of at least 1');
      expect(r.stdout).to.equal('');
    });
  }

  it('is in the help of report, facts, events, check and review', () => {
    for (const command of ['report', 'facts', 'events', 'check', 'review']) expect(run([command, '--help']).stdout, command).to.include('--jobs');
  });
});
