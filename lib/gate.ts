/** The gate: which findings fail a run, and the exit code that follows. */
import { type Finding, type Report, type Verdict, VERDICTS, verdictRank } from './types.ts';
import { factsAbout, findingsAbout } from './util/focus.ts';

/** A verdict `--fail-on` can name: those {@link VERDICTS} marks `failOn`. */
type FailingVerdict = Extract<(typeof VERDICTS)[number], { failOn: true }>['verdict'];

/** `--fail-on` levels: the least severe verdict that fails the run, or `none`. */
export type FailOn = FailingVerdict | 'none';

/** Every value `--fail-on` accepts, most severe first (`conflict`, `unresolved`, `none`), from the verdict table. */
export const FAIL_ON: readonly FailOn[] = [...VERDICTS.filter((v) => v.failOn).map((v) => v.verdict as FailingVerdict), 'none'];

/** Whether `--fail-on` can name the verdict, so that a finding of it fails some run: conflict and unresolved. */
export function canFail(verdict: Verdict): boolean {
  return (FAIL_ON as readonly string[]).includes(verdict);
}

/**
 * Findings that fail the gate: at or above `failOn`, and not reviewed by an editor, or reviewed
 * before their evidence changed.
 */
export function failingFindings(findings: readonly Finding[], failOn: FailOn): Finding[] {
  // A verdict fails at its own level and at every less severe one: `unresolved` fails conflicts too.
  // Only verdicts `--fail-on` can name ever fail: an `update` (a figure that changed between
  // reports) never does, whatever its place in the order.
  const fails = (f: Finding) => failOn !== 'none' && canFail(f.verdict) && verdictRank(f.verdict) <= verdictRank(failOn);
  return findings.filter((f) => fails(f) && (f.review === null || f.review.changed === true));
}

/** 2 when an input could not be read, else 1 when a finding fails the gate, else 0. */
export function exitCode(report: Report, failOn: FailOn): 0 | 1 | 2 {
  if (report.problems.length > 0) return 2;
  return failingFindings(report.findings, failOn).length > 0 ? 1 : 0;
}

/**
 * What `check` prints of a report: the findings with a claim from a new source (`focus`, article
 * ids), and the facts of the new sources together with the facts those findings cite. The facts
 * of the indexed or older articles the new ones were compared with are left out: against a large
 * index they were nearly all of the document (15,000 facts, 4 MB, for one new article), and what
 * a gate needs of them is what its findings cite. Articles and events stay whole: they say what
 * the new sources were compared with and grouped into.
 */
export function narrowToSources(report: Report, focus: ReadonlySet<string>): Report {
  const findings = findingsAbout(report.findings, focus);
  return { ...report, findings, facts: factsAbout(report.facts, findings, focus) };
}
