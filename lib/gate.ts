/** The gate: which findings fail a run, and the exit code that follows. */
import type { Finding, Report, Verdict } from './types.ts';

/** `--fail-on` levels: the least severe verdict that fails the run. */
export type FailOn = 'conflict' | 'unresolved' | 'none';

/** Every value `--fail-on` accepts. */
export const FAIL_ON: readonly FailOn[] = ['conflict', 'unresolved', 'none'];

const FAILS: Record<FailOn, readonly Verdict[]> = {
  conflict: ['conflict'],
  unresolved: ['conflict', 'unresolved'],
  none: [],
};

/**
 * Findings that fail the gate: at or above `failOn`, and not reviewed by an editor, or reviewed
 * before their evidence changed.
 */
export function failingFindings(findings: readonly Finding[], failOn: FailOn): Finding[] {
  return findings.filter((f) => FAILS[failOn].includes(f.verdict) && (f.review === null || f.review.changed === true));
}

/** 2 when an input could not be read, else 1 when a finding fails the gate, else 0. */
export function exitCode(report: Report, failOn: FailOn): 0 | 1 | 2 {
  if (report.problems.length > 0) return 2;
  return failingFindings(report.findings, failOn).length > 0 ? 1 : 0;
}
