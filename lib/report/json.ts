/** `--format json`: the contract's JSON document, schemaVersion 1. */
import type { Claim, Finding, Report } from '../types.ts';
import { anchorText, sortFindings } from './text.ts';
import type { Formatter, View } from './types.ts';

/** The document a view prints: `facts` and `events` keep only the keys they concern. */
export function toDocument(report: Report, view: View): Record<string, unknown> {
  const doc: Record<string, unknown> = { schemaVersion: report.schemaVersion, articles: report.articles };
  if (view === 'report' || view === 'events') doc.events = report.events;
  // A time fact's anchor is typed inside the tool; the contract prints it as one string.
  if (view === 'report' || view === 'facts') doc.facts = report.facts.map((f) => (f.kind === 'time' ? { ...f, anchor: anchorText(f.anchor) } : f));
  // Findings in reading order (conflicts first, then slot and id), whatever order the judge made them in.
  if (view === 'report') doc.findings = sortFindings(report.findings).map(extensionsLast);
  if (report.problems.length > 0) doc.problems = report.problems;
  if (report.warnings && report.warnings.length > 0) doc.warnings = report.warnings;
  return doc;
}

/**
 * A finding with the keys of the issue-14 extension after the contract's own, in a fixed order
 * (the finding's `groups`, `timeline`; each claim's `source`, `asOf`), whatever order the judge
 * built them in. Every other key stays where it was, unknown ones included; a finding with none
 * of these keys is returned as it is, so its bytes do not change.
 */
export function extensionsLast(f: Finding): Finding {
  const claimsExtended = f.claims.some((c) => 'source' in c || 'asOf' in c);
  if (!('groups' in f) && !('timeline' in f) && !claimsExtended) return f;
  const { groups, timeline, ...rest } = f;
  return {
    ...rest,
    claims: claimsExtended ? f.claims.map(claimExtensionsLast) : f.claims,
    ...(groups === undefined ? {} : { groups: groups.map(({ value, articles, ...more }) => ({ value, articles, ...more })) }),
    ...(timeline === undefined ? {} : { timeline: timeline.map(({ value, asOf, articles, ...more }) => ({ value, asOf, articles, ...more })) }),
  };
}

function claimExtensionsLast(c: Claim): Claim {
  const { source, asOf, ...rest } = c;
  return { ...rest, ...(source === undefined ? {} : { source }), ...(asOf === undefined ? {} : { asOf }) };
}

/** Two-space indented JSON with a final newline; key order is fixed by the types, so bytes are stable. */
export const formatJson: Formatter = (report, options) => `${JSON.stringify(toDocument(report, options.view), null, 2)}\n`;
