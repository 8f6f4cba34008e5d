/** `--format json`: the contract's JSON document, schemaVersion 1. */
import type { Report } from '../types.ts';
import { anchorText, sortFindings } from './text.ts';
import type { Formatter, View } from './types.ts';

/** The document a view prints: `facts` and `events` keep only the keys they concern. */
export function toDocument(report: Report, view: View): Record<string, unknown> {
  const doc: Record<string, unknown> = { schemaVersion: report.schemaVersion, articles: report.articles };
  if (view === 'report' || view === 'events') doc.events = report.events;
  // A time fact's anchor is typed inside the tool; the contract prints it as one string.
  if (view === 'report' || view === 'facts') doc.facts = report.facts.map((f) => (f.kind === 'time' ? { ...f, anchor: anchorText(f.anchor) } : f));
  // Findings in reading order (conflicts first, then slot and id), whatever order the judge made them in.
  if (view === 'report') doc.findings = sortFindings(report.findings);
  if (report.problems.length > 0) doc.problems = report.problems;
  return doc;
}

/** Two-space indented JSON with a final newline; key order is fixed by the types, so bytes are stable. */
export const formatJson: Formatter = (report, options) => `${JSON.stringify(toDocument(report, options.view), null, 2)}\n`;
