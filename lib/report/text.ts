/** Small text helpers shared by the formatters. */
import type { Fact, Finding, Report, Verdict } from '../types.ts';

/** Verdicts in the order a reader needs them: what to act on first. */
export const VERDICT_ORDER: readonly Verdict[] = ['conflict', 'unresolved', 'different-events', 'agreement'];

/** Findings sorted conflicts first, then by slot and id (stable for a given report). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => VERDICT_ORDER.indexOf(a.verdict) - VERDICT_ORDER.indexOf(b.verdict) || cmp(a.slot, b.slot) || cmp(a.id, b.id),
  );
}

/** Counts of findings per verdict, in {@link VERDICT_ORDER}. */
export function verdictCounts(findings: readonly Finding[]): [Verdict, number][] {
  return VERDICT_ORDER.map((v) => [v, findings.filter((f) => f.verdict === v).length]);
}

/** "5 articles, 120 facts, 3 events, 4 findings (1 conflict, 3 agreement)". */
export function summaryLine(report: Report): string {
  const parts = verdictCounts(report.findings).filter(([, n]) => n > 0).map(([v, n]) => `${n} ${v}`);
  const findings = `${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}${parts.length ? ` (${parts.join(', ')})` : ''}`;
  return `${plural(report.articles.length, 'article')}, ${plural(report.facts.length, 'fact')}, ${plural(report.events.length, 'event')}, ${findings}`;
}

/** "1 article", "2 articles". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** A span shortened to `max` characters with an ellipsis in the middle, one line. */
export function shorten(s: string, max = 80): string {
  const one = s.replace(/\s+/g, ' ').trim();
  if (one.length <= max) return one;
  const half = Math.floor((max - 1) / 2);
  return `${one.slice(0, half)}…${one.slice(one.length - (max - 1 - half))}`;
}

/** How a fact's value reads in a table: the value, or "unresolved". */
export function factValue(f: Fact): string {
  if (f.kind === 'time') return f.value === null ? 'unresolved' : f.endValue ? `${f.value}/${f.endValue}` : f.value;
  return f.value;
}

/** How a fact was normalized, in words: the date chain for times. */
export function factWhy(f: Fact): string {
  switch (f.kind) {
    case 'time':
      return f.chain;
    case 'quantity':
      return [f.qualifier, f.unit, f.counted].filter(Boolean).join(' ');
    case 'person':
      return f.role ?? '';
    case 'quote':
      return f.speaker ? `said by ${f.speaker}` : 'speaker unknown';
    case 'event':
      return f.status;
    default:
      return '';
  }
}

/** Code-unit order, the same on every machine. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
