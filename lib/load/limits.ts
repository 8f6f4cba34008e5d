/**
 * The limits of one input, and the guard every per-input step runs in.
 *
 * A news article is a few thousand words in a few hundred sentences, a few levels of HTML deep,
 * with a few hundred facts. An input far beyond that is a dump, a generated file or an attack,
 * and one such input must cost its own line on stderr (a problem naming it, exit code 2), never
 * the run: the limits refuse it early, before a step's time or memory grows with it, and the
 * guard turns what the limits did not foresee (a stack overflow, a string too long for the
 * engine) into that same one line. Each limit is far above the largest real input seen (the
 * 772 articles of the ECB+ dev set and the seeds: at most 530 characters a sentence, 309 facts
 * an article).
 */
import type { InputProblem } from '../types.ts';
import { problem } from './read.ts';

/** Elements nested deeper than this make an HTML input no article (a page nests a few dozen). */
export const MAX_HTML_DEPTH = 1000;

/**
 * Pages nested deeper than this skip @mozilla/readability, whose cost grows with the square of
 * the depth (2,000 nested `<div>`s took minutes), and give their visible text instead.
 */
export const READABILITY_MAX_DEPTH = 200;

/** Characters of one sentence at most: the longest real one is a few hundred. */
export const MAX_SENTENCE_CHARS = 20_000;

/** Sentences of one article at most: a long news article has a few hundred. */
export const MAX_SENTENCES = 20_000;

/** Facts of one article at most: a long news article gives a few hundred. */
export const MAX_FACTS = 10_000;

/**
 * Articles of one `.json` or `.jsonl` collection at most: every article's analysis is kept for
 * the comparison across articles, so memory grows with their number, a quarter to half a
 * megabyte each (5,000 copies of the seeds peak at 2.4 GB; 22,000 in 63.6 MiB ran out of memory).
 * A collection of one story holds tens.
 */
export const MAX_COLLECTION_ARTICLES = 2_000;

/** Problems listed one by one for one file; the rest are counted in one more line. */
export const MAX_PROBLEMS_PER_FILE = 20;

/** What a guarded step gave: its value, or the problem that stopped it. */
export type Guarded<T> = { ok: true; value: T } | { ok: false; problem: InputProblem };

/**
 * Runs one step on one input (`what` says which, for the message: "reading the HTML"), turning
 * an exception into a problem of that input alone. A `RangeError` ("Maximum call stack size
 * exceeded", "Invalid string length") means the input outgrew the engine: `input/too-complex`.
 * Any other error is a fault of crosscheck on this input: `input/failed`, with the message, so
 * that it can be reported, while the other inputs are still analysed.
 */
export function guard<T>(path: string, what: string | (() => string), step: () => T): Guarded<T> {
  try {
    return { ok: true, value: step() };
  } catch (err) {
    const message = (err instanceof Error ? err.message : String(err)).slice(0, 200).replace(/\s+/g, ' ');
    if (typeof what === 'function') what = what();
    if (err instanceof RangeError) {
      return { ok: false, problem: problem(path, 'input/too-complex', `is too large or too deeply nested to analyse (${message} while ${what})`) };
    }
    const name = err instanceof Error ? err.name : 'Error';
    return { ok: false, problem: problem(path, 'input/failed', `could not be analysed: crosscheck failed while ${what} (${name}: ${message}); please report this input`) };
  }
}

/**
 * The problems of one file as listed: the first {@link MAX_PROBLEMS_PER_FILE}, then one line for
 * the rest with their count by rule, so that a collection of 150,000 broken articles prints 21
 * lines and keeps 21 problems, not 150,000.
 */
export function foldProblems(file: string, problems: readonly InputProblem[]): InputProblem[] {
  if (problems.length <= MAX_PROBLEMS_PER_FILE) return [...problems];
  const shown = problems.slice(0, MAX_PROBLEMS_PER_FILE);
  const rest = problems.slice(MAX_PROBLEMS_PER_FILE);
  const byRule = new Map<string, number>();
  for (const p of rest) byRule.set(p.rule, (byRule.get(p.rule) ?? 0) + 1);
  const counts = [...byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([rule, n]) => `${count(n)} ${rule}`);
  shown.push(problem(file, 'input/more-problems', `has ${count(rest.length)} more parts that cannot be read (${counts.join(', ')}); the first ${MAX_PROBLEMS_PER_FILE} are listed`));
  return shown;
}

/** "150,000": counts in messages. */
export function count(n: number): string {
  const digits = String(n);
  let out = '';
  for (let i = 0; i < digits.length; i++) out += (i > 0 && (digits.length - i) % 3 === 0 ? ',' : '') + digits[i];
  return out;
}
