/**
 * A linearity check for hostile inputs, in place of timed assertions.
 *
 * Speed is measured in the benchmark (`npm run bench`), not asserted in a spec: a wall-clock limit
 * fails on a loaded CI machine. What a spec can assert without flaking is the *shape* of the cost:
 * the same input four times as large must cost about four times as much, and never the sixteen
 * times of a quadratic regex or loop. A very generous absolute cap still catches catastrophic
 * backtracking, which takes minutes, not seconds. Times are CPU times, best of a few runs.
 */
import { expect } from 'chai';
import { makeArticle } from '../../lib/load/article.ts';
import type { Extractor } from '../../lib/extract/index.ts';
import type { Document } from '../../lib/types.ts';

/** Options of {@link expectLinear}. */
export interface LinearOptions {
  /** Size of the small input in characters (default 250,000); the big one is {@link times} as large. */
  size?: number;
  /** How many times larger the big input is (default 4). */
  times?: number;
  /** The largest accepted ratio of the big input's time to the small one's (default 8: linear is 4, quadratic 16). */
  maxRatio?: number;
  /** Absolute cap on one run of the big input, in ms (default 20,000): only catastrophic backtracking reaches it. */
  capMs?: number;
  /** Runs of each size; the best one counts (default 3). */
  runs?: number;
  /**
   * The small time is taken as at least this many ms (default 25), so that timer resolution and a
   * stray garbage collection on a very fast small run do not make a linear ratio look large.
   */
  floorMs?: number;
}

/** `unit` repeated to exactly `n` characters, then `tail`: "1 1 1 …x". */
export function repeatTo(unit: string, n: number, tail = ''): string {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n) + tail;
}

/**
 * CPU ms of one call (user + system, all threads): unlike wall time, other processes on a busy
 * machine do not count against it.
 */
function once(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/**
 * Asserts that `run` costs linear time in the size of its input: after one warm-up call on the
 * big input, the best CPU time of up to `runs` calls on `make(size)` and on `make(times * size)`,
 * taken in turn so that a busy spell hits both sizes alike (stopping once the ratio is met), below
 * `maxRatio`; and every big call below `capMs`. Returns both times for messages. `run` may make its own assertions on the output.
 */
export function expectLinear(label: string, make: (size: number) => string, run: (input: string) => unknown, options: LinearOptions = {}): { small: number; big: number } {
  const { size = 250_000, times = 4, maxRatio = 8, capMs = 20_000, runs = 3, floorMs = 25 } = options;
  const smallInput = make(size);
  const bigInput = make(size * times);
  const timeBig = (): number => {
    const ms = once(() => run(bigInput));
    expect(ms, `${label}: ${ms.toFixed(0)} ms for ${bigInput.length} characters, over the ${capMs} ms cap`).to.be.below(capMs);
    return ms;
  };
  // A first big call warms up: it compiles the code and grows the heap, so that the small calls
  // are not flattered by a young heap that the big ones outgrow (a GC effect, not the algorithm's).
  let big = timeBig();
  let small = Infinity;
  for (let i = 0; i < runs; i++) {
    small = Math.min(small, once(() => run(smallInput)));
    big = Math.min(big, timeBig());
    if (big < maxRatio * Math.max(small, floorMs)) break;
  }
  const ratio = big / Math.max(small, floorMs);
  expect(ratio, `${label}: ${small.toFixed(1)} ms for ${smallInput.length} characters, ${big.toFixed(1)} ms for ${bigInput.length}: ratio ${ratio.toFixed(1)}, not linear`).to.be.below(maxRatio);
  return { small, big };
}

/**
 * A document whose whole body is one sentence: the worst case for an extractor that works
 * sentence by sentence, and the shape every hostile-input spec of an extractor feeds it.
 */
export function oneSentenceDocument(body: string): Document {
  const article = makeArticle('h.txt', 'h.txt', 'txt', body, {});
  return { article, body, masks: [], sentences: [{ index: 0, paragraph: 0, start: 0, end: body.length, heading: false }] };
}

/**
 * One spec per hostile unit: the unit repeated to about 1 MB, all in one sentence, must cost the
 * extractor linear time.
 */
export function hostileInOneSentence(extractor: Extractor, rows: ReadonlyArray<[name: string, unit: string]>): void {
  for (const [name, unit] of rows) {
    it(`${name}: ~1 MB in one sentence in linear time`, function () {
      this.timeout(120_000);
      expectLinear(name, (n) => repeatTo(unit, n), (body) => extractor.extract(oneSentenceDocument(body), []).length);
    });
  }
}
