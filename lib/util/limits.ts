/**
 * Limits a run reached: where a stage stopped comparing everything with everything (a block too
 * large to pair all of), it says so here, and the report carries it as a warning naming what was
 * not compared. A warning, not a problem: it does not change the exit code.
 *
 * The stages are synchronous and run one corpus at a time, so a note goes to the run that is
 * being watched ({@link watchLimits}); with none watched (a script calling a stage alone), it is dropped.
 */
import type { RunWarning } from '../types.ts';

let current: Map<string, RunWarning> | null = null;

/** Notes a limit reached; the same message twice is one warning. */
export function noteLimit(rule: string, message: string): void {
  current?.set(`${rule}\u0000${message}`, { rule, message });
}

/**
 * Runs `run`, collecting the limits it reaches: its value and the warnings, ordered by rule then
 * message (so that they do not depend on the order the stages met them).
 */
export function watchLimits<T>(run: () => T): { value: T; warnings: RunWarning[] } {
  const outer = current;
  const mine = new Map<string, RunWarning>();
  current = mine;
  try {
    const value = run();
    const warnings = [...mine.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, w]) => w);
    return { value, warnings };
  } finally {
    current = outer;
  }
}
