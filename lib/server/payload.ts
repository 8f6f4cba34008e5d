/**
 * What the review page shows, as data: findings grouped by event (conflicts and unresolved first),
 * each claim with the paragraph around its span, its date chain and a word diff. The page renders
 * this with DOM text APIs only, so article text never reaches the browser as markup. A finding's
 * `groups` and `timeline` and a claim's `source` and `asOf` (issue 14) pass through as the report has them.
 */
import { DECISIONS } from '../review/store.ts';
import { type Claim, type Finding, type Report, type Source, VERDICT_ORDER, verdictRank } from '../types.ts';
import { lazyPackage } from '../util/packages.ts';

// Loaded at the first word diff only (see util/packages.ts).
const diff = lazyPackage<typeof import('diff')>('diff');

/** Paragraphs longer than this are clipped to a window around the span, so one claim stays readable. */
const CONTEXT_CHARS = 700;

/** One piece of a word diff between the first claim's wording and another's. */
export interface DiffPart {
  /** The words. */
  text: string;
  /** `same` in both, `removed` only in the first claim, `added` only in this one. */
  op: 'same' | 'added' | 'removed';
}

/** The paragraph holding a claim's span: the client highlights `start..end` of the article in it. */
export interface Paragraph {
  /** Offset of {@link text} in the article text. */
  start: number;
  /** The paragraph (or a window of it), as plain text. */
  text: string;
  /** True when text before the window was left out. */
  clippedBefore: boolean;
  /** True when text after the window was left out. */
  clippedAfter: boolean;
}

/** A claim as the page shows it. */
export interface PageClaim extends Claim {
  /** The date chain of a time fact ("Thursday + published 2024-05-16 → 2024-05-16"), else null. */
  chain: string | null;
  /** The rule that normalized the fact, else null. */
  rule: string | null;
  /** The paragraph around the span; null when the article text is not at hand. */
  paragraph: Paragraph | null;
  /** Word diff against the first claim when the wording differs; null for the first claim or same wording. */
  diff: DiffPart[] | null;
}

/** A finding as the page shows it. */
export interface PageFinding extends Omit<Finding, 'claims'> {
  claims: PageClaim[];
  /** The id of the group (event) it is listed under. */
  group: string;
}

/** Findings about one event. */
export interface PageGroup {
  /** The event id, or `none`. */
  id: string;
  /** "E1 · travel · Anna Novak · Lyon, FR (2023-10-17 – 2023-10-18)", or a fallback label. */
  label: string;
  /** Finding ids, in the order listed. */
  findings: string[];
}

/** An article as the page's filter and source headers name it. */
export interface PageArticle {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
}

/** The whole document `GET /api/findings` answers with. */
export interface PageData {
  /** True when decisions can be seen but not recorded. */
  readOnly: boolean;
  /** The decisions an editor can record, in the order of their keys 1–4. */
  decisions: readonly string[];
  verdicts: readonly string[];
  articles: PageArticle[];
  groups: PageGroup[];
  /** In the order listed: group by group. */
  findings: PageFinding[];
}

/**
 * Builds the page's data from a report whose findings already carry their review decisions.
 * `sources` are the analysed articles, whose texts the offsets point into.
 */
export function pageData(report: Report, sources: readonly Source[], readOnly: boolean): PageData {
  const facts = new Map(report.facts.map((f) => [f.id, f]));
  const events = new Map(report.events.map((e) => [e.id, e]));
  const texts = new Map(sources.map((s) => [s.id, s.text]));

  const sorted = [...report.findings].sort((a, b) => verdictRank(a.verdict) - verdictRank(b.verdict) || a.slot.localeCompare(b.slot) || a.id.localeCompare(b.id));
  const groups = new Map<string, PageGroup & { rank: number }>();
  const findings = new Map<string, PageFinding>();
  for (const f of sorted) {
    const group = f.claims.find((c) => c.event !== null)?.event ?? 'none';
    if (!groups.has(group)) groups.set(group, { id: group, label: groupLabel(group, events), findings: [], rank: verdictRank(f.verdict) });
    groups.get(group)!.findings.push(f.id);
    const first = f.claims[0];
    findings.set(f.id, {
      ...f,
      group,
      claims: f.claims.map((c, i) => {
        const fact = facts.get(c.fact);
        const text = texts.get(c.article);
        return {
          ...c,
          chain: fact?.kind === 'time' ? fact.chain : null,
          rule: fact?.kind === 'time' ? fact.rule : null,
          paragraph: text === undefined ? null : paragraphOf(text, c.start, c.end),
          diff: i === 0 ? null : wordDiff(first.text, c.text),
        };
      }),
    });
  }
  // Groups holding a conflict come first, then unresolved; "none" after events of the same rank.
  const ordered = [...groups.values()].sort((a, b) => a.rank - b.rank || Number(a.id === 'none') - Number(b.id === 'none') || a.id.localeCompare(b.id, 'en', { numeric: true }));
  return {
    readOnly,
    decisions: DECISIONS,
    verdicts: VERDICT_ORDER,
    articles: report.articles.map((a) => ({ id: a.id, title: a.title, outlet: a.outlet, published: a.published })),
    groups: ordered.map(({ rank: _rank, ...g }) => g),
    findings: ordered.flatMap((g) => g.findings.map((id) => findings.get(id)!)),
  };
}

function groupLabel(id: string, events: ReadonlyMap<string, { label: string; start: string | null; end: string | null }>): string {
  if (id === 'none') return 'Not tied to one event';
  const e = events.get(id);
  if (!e) return id;
  const when = e.start === null ? '' : e.end === null || e.end === e.start ? ` (${e.start})` : ` (${e.start} – ${e.end})`;
  return `${id} · ${e.label}${when}`;
}

/**
 * The line-break-delimited paragraph around `start..end`. A paragraph longer than
 * {@link CONTEXT_CHARS} either side is clipped at a word boundary so the span stays in view.
 */
export function paragraphOf(text: string, start: number, end: number): Paragraph {
  let from = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
  if (start === 0) from = 0;
  let to = text.indexOf('\n', end);
  if (to === -1) to = text.length;
  let clippedBefore = false;
  let clippedAfter = false;
  if (start - from > CONTEXT_CHARS) {
    const cut = text.indexOf(' ', start - CONTEXT_CHARS);
    from = cut === -1 || cut >= start ? start - CONTEXT_CHARS : cut + 1;
    clippedBefore = true;
  }
  if (to - end > CONTEXT_CHARS) {
    const cut = text.lastIndexOf(' ', end + CONTEXT_CHARS);
    to = cut <= end ? end + CONTEXT_CHARS : cut;
    clippedAfter = true;
  }
  return { start: from, text: text.slice(from, to), clippedBefore, clippedAfter };
}

/** Below this share of common words, two wordings are different sentences, not variants of one. */
const MIN_COMMON_WORDS = 0.4;

/**
 * Word diff from `a` to `b`, or null when there is nothing to show: the same wording, or wordings
 * with too few words in common for a diff to read as anything but noise ("talks with his Chinese
 * counterpart on Wednesday" against "discussions over tea on Thursday evening").
 */
export function wordDiff(a: string, b: string): DiffPart[] | null {
  if (a === b) return null;
  const parts = diff().diffWords(a, b);
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  const common = parts.filter((p) => !p.added && !p.removed).reduce((n, p) => n + words(p.value), 0);
  if (common < MIN_COMMON_WORDS * Math.max(words(a), words(b))) return null;
  return parts.map((p) => ({ text: p.value, op: p.added ? 'added' : p.removed ? 'removed' : 'same' }));
}
