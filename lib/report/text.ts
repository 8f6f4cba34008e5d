/** Small text helpers shared by the formatters. */
import { type ArticleSummary, type Claim, type Fact, type Finding, type Report, type Source, type TimeAnchor, type TimelineStep, type ValueGroup, type Verdict, VERDICT_ORDER, verdictRank } from '../types.ts';
import { minOf } from '../util/lists.ts';

/** Findings sorted conflicts first (in {@link VERDICT_ORDER}), then by slot and id (stable for a given report). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => verdictRank(a.verdict) - verdictRank(b.verdict) || cmp(a.slot, b.slot) || cmp(a.id, b.id));
}

/** Counts of findings per verdict, in {@link VERDICT_ORDER}. */
export function verdictCounts(findings: readonly Finding[]): [Verdict, number][] {
  return VERDICT_ORDER.map((v) => [v, findings.filter((f) => f.verdict === v).length]);
}

/** "5 articles, 120 facts, 3 events, 4 findings (1 conflict, 3 agreement)". */
export function summaryLine(report: Report): string {
  const parts = verdictCounts(report.findings).filter(([, n]) => n > 0).map(([v, n]) => `${n} ${v}`);
  const findings = `${report.findings.length} finding${report.findings.length === 1 ? '' : 's'}${parts.length ? ` (${parts.join(', ')})` : ''}`;
  const unread = notAnalysed(report).length;
  const articles = `${plural(report.articles.length, 'article')}${unread > 0 ? ` (${unread} not analysed)` : ''}`;
  return `${articles}, ${plural(report.facts.length, 'fact')}, ${plural(report.events.length, 'event')}, ${findings}`;
}

/** The rule id of an input listed but not analysed because of its language. */
export const LANGUAGE_RULE = 'input/language';

/** The articles listed but not analysed (a language without lexicons), in report order. */
export function notAnalysed(report: Report): ArticleSummary[] {
  return report.articles.filter((a) => a.analysed === false);
}

/** "not analysed: in por, a language crosscheck has no lexicons for". */
export function notAnalysedReason(a: ArticleSummary): string {
  return `not analysed: in ${a.language ?? 'und'}, a language crosscheck has no lexicons for`;
}

/** "not analysed (por)": short, for a table cell. */
export function notAnalysedLabel(a: ArticleSummary): string {
  return `not analysed (${a.language ?? 'und'})`;
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

/** A time fact's anchor as the JSON contract prints it: `published 2024-05-16`, a fact id (`F12`), or null. */
export function anchorText(a: TimeAnchor | null): string | null {
  if (a === null) return null;
  return a.kind === 'published' ? `published ${a.date}` : a.fact;
}

/** How a fact was normalized, in words: the date chain for times. */
export function factWhy(f: Fact): string {
  switch (f.kind) {
    case 'time':
      // The words and the anchor are in the chain; the rule and the anchor's kind follow it.
      return `${f.chain} [${f.rule}; anchor: ${anchorText(f.anchor) ?? 'none, stated in full'}]`;
    case 'quantity':
      return [f.qualifier, f.unit, f.counted].filter(Boolean).join(' ');
    case 'person':
      return f.role ?? '';
    case 'quote':
      return f.speaker ? `said by ${f.speaker}` : 'speaker unknown';
    case 'event':
      return [f.status, f.who.length ? `who ${f.who.join(', ')}` : '', f.where ? `where ${f.where}` : '', f.when ? `when ${f.when}` : ''].filter(Boolean).join('; ');
    default:
      return '';
  }
}

/** Code-unit order, the same on every machine. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A finding's claims with those from `focus` (the new sources of `check`) first, each group in
 * article then offset order, so the primary location of a finding is stable and, in a gate, new.
 */
export function orderClaims(f: Finding, focus?: ReadonlySet<string>): Claim[] {
  const rank = (c: Claim) => (focus?.has(c.article) ? 0 : 1);
  return [...f.claims].sort((a, b) => rank(a) - rank(b) || cmp(a.article, b.article) || a.start - b.start || a.end - b.end);
}

/** "confirmed-conflict by ed (evidence changed since)", or "unreviewed". */
export function reviewLabel(f: Finding): string {
  if (!f.review) return 'unreviewed';
  const by = f.review.reviewer ? ` by ${f.review.reviewer}` : '';
  return `${f.review.decision}${by}${f.review.changed ? ' (evidence changed since)' : ''}`;
}

/** The sources of a report by article id, for formats that look a claim's article up. */
export function sourcesById(sources: readonly Source[]): ReadonlyMap<string, Source> {
  return new Map(sources.map((s) => [s.id, s]));
}

/**
 * Whether a claim's offsets are also positions in the article's file: true for `.txt` and
 * `.md`, whose text is the file; false for HTML (extracted text), JSON (a field of the file) and
 * an article whose source was not given.
 */
export function offsetsFitFile(source: Source | undefined): boolean {
  return source?.format === 'txt' || source?.format === 'md';
}

/**
 * Findings grouped by the event of their first claim; groups ordered by their most severe
 * finding (conflicts first), then event id, with findings of no event last.
 */
export function groupByEvent(findings: readonly Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const f of sortFindings(findings)) {
    const key = f.claims[0]?.event ?? '';
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const worst = (fs: Finding[]) => minOf(fs.map((f) => verdictRank(f.verdict)));
  return [...groups.entries()].sort(
    ([a, fa], [b, fb]) => (a === '' ? 1 : 0) - (b === '' ? 1 : 0) || worst(fa) - worst(fb) || cmp(a, b),
  );
}

/**
 * Article text made safe for a terminal: control characters (an ESC could start an ANSI
 * sequence that rewrites the screen) become U+FFFD; line breaks and tabs stay.
 */
export function plain(s: string): string {
  return s.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '\uFFFD');
}

/**
 * Who gave a claim's value and when it held, as one phrase: "police, as of 2024-05-16", "police",
 * "as of 2024-05-16"; empty when the claim has neither (contract extension, issue 14).
 */
export function attribution(c: Claim): string {
  return [c.source, c.asOf === undefined ? undefined : `as of ${c.asOf}`].filter(Boolean).join(', ');
}

/** A claim's attribution in parentheses after a space (" (police, as of 2024-05-16)"), or nothing. */
export function attributionSuffix(c: Claim): string {
  const a = attribution(c);
  return a ? ` (${a})` : '';
}

/** An update's values in time order: "12 (2024-05-13) → 31 (2024-05-14) → 40"; a step of no known time shows its value alone. */
export function timelineText(steps: readonly TimelineStep[]): string {
  return steps.map((s) => (s.asOf === null ? s.value : `${s.value} (${s.asOf})`)).join(' → ');
}

/** The value groups side by side, as given (most sources first): "7 sources: 5.9 · 1 source: 6.1". */
export function groupsText(groups: readonly ValueGroup[]): string {
  return groups.map((g) => `${plural(g.articles.length, 'source')}: ${g.value}`).join(' · ');
}
