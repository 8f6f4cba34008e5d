/** The per-input guard and the folding of a file's many problems (lib/load/limits.ts). */
import { expect } from 'chai';
import { count, foldProblems, guard, MAX_PROBLEMS_PER_FILE } from '../../lib/load/limits.ts';
import type { InputProblem } from '../../lib/types.ts';

describe('load/limits: one input, one problem', () => {
  it('passes a step\'s value through', () => {
    expect(guard('a.txt', 'reading it', () => 42)).to.deep.equal({ ok: true, value: 42 });
  });

  it('turns a real stack overflow into input/too-complex naming the input and the step', () => {
    const deep = (n: number): number => (n === 0 ? 0 : 1 + deep(n - 1));
    const r = guard('deep.txt', () => 'extracting its facts', () => deep(1e7));
    expect(r.ok).to.equal(false);
    if (r.ok) return;
    expect(r.problem.path).to.equal('deep.txt');
    expect(r.problem.rule).to.equal('input/too-complex');
    expect(r.problem.reason).to.match(/^is too large or too deeply nested to analyse \(Maximum call stack size exceeded while extracting its facts\)$/);
  });

  it('turns any other error into input/failed with its message, to be reported', () => {
    const r = guard('odd.txt', 'reading it', () => {
      throw new TypeError("Cannot read properties of undefined (reading 'x')");
    });
    expect(r.ok).to.equal(false);
    if (!r.ok) expect(r.problem).to.deep.equal({ path: 'odd.txt', rule: 'input/failed', reason: "could not be analysed: crosscheck failed while reading it (TypeError: Cannot read properties of undefined (reading 'x')); please report this input" });
  });

  it(`lists ${MAX_PROBLEMS_PER_FILE} problems of a file and counts the rest by rule`, () => {
    const many: InputProblem[] = [];
    for (let i = 1; i <= 150_000; i++) many.push({ path: `f.json#${i}`, rule: i % 3 === 0 ? 'input/json-article' : 'input/empty', reason: 'x' });
    const folded = foldProblems('f.json', many);
    expect(folded).to.have.length(MAX_PROBLEMS_PER_FILE + 1);
    expect(folded.slice(0, MAX_PROBLEMS_PER_FILE)).to.deep.equal(many.slice(0, MAX_PROBLEMS_PER_FILE));
    expect(folded[MAX_PROBLEMS_PER_FILE]).to.deep.equal({
      path: 'f.json',
      rule: 'input/more-problems',
      reason: `has 149,980 more parts that cannot be read (99,986 input/empty, 49,994 input/json-article); the first ${MAX_PROBLEMS_PER_FILE} are listed`,
    });
    expect(foldProblems('f.json', many.slice(0, MAX_PROBLEMS_PER_FILE))).to.deep.equal(many.slice(0, MAX_PROBLEMS_PER_FILE));
  });

  it('writes counts with thousands separators', () => {
    expect([0, 7, 999, 1000, 20000, 150000, 1234567].map(count)).to.deep.equal(['0', '7', '999', '1,000', '20,000', '150,000', '1,234,567']);
  });
});
