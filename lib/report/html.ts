/**
 * `--format html`: one self-contained page (inline CSS, no script, no external asset, and a
 * Content-Security-Policy that forbids loading anything) showing each finding's claims side by
 * side, each span highlighted in its sentence, and the differences between them as a word diff.
 * Every piece of article text goes through {@link escapeHtml}.
 */
import { type Claim, type CrossEvent, type Finding, type Range, type Report, type Source, VERDICT_ORDER } from '../types.ts';
import { factValue, factWhy, groupByEvent, plural, reviewLabel, sourcesById, summaryLine, LANGUAGE_RULE, notAnalysed, notAnalysedReason } from './text.ts';
import type { Formatter } from './types.ts';
import { pushAll } from '../util/lists.ts';
import { lazyPackage } from '../util/packages.ts';

// Loaded at the first word diff only (see util/packages.ts).
const diff = lazyPackage<typeof import('diff')>('diff');

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Longest context shown on either side of a span when its sentence is longer. */
const CONTEXT = 240;

const CSS = `
:root { --conflict: #b3261e; --unresolved: #8a5a00; --different-events: #0b5cad; --agreement: #1e7a34; --line: #d0d4da; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1c1f24; background: #f6f7f9; }
header.page, main, section.articles { max-width: 1200px; margin: 0 auto; padding: 1rem 1.5rem; }
h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1rem; margin: 0; display: inline; }
.counts span { display: inline-block; margin-right: 1rem; }
.finding { background: #fff; border: 1px solid var(--line); border-left: 6px solid var(--verdict); border-radius: 6px; padding: .75rem 1rem; margin: .75rem 0; }
.finding.conflict { --verdict: var(--conflict); } .finding.unresolved { --verdict: var(--unresolved); }
.finding.different-events { --verdict: var(--different-events); } .finding.agreement { --verdict: var(--agreement); }
.verdict { color: #fff; background: var(--verdict); border-radius: 3px; padding: 0 .4rem; font-size: .85rem; margin-right: .5rem; }
.meta { color: #5b6270; font-size: .85rem; }
.review { font-size: .85rem; margin-left: .5rem; padding: 0 .4rem; border-radius: 3px; background: #eef0f3; }
.review.changed { background: #fde7c2; }
.claims { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: .75rem; margin-top: .5rem; }
.claim { border: 1px solid var(--line); border-radius: 4px; padding: .5rem .75rem; background: #fcfcfd; }
.source { font-size: .85rem; color: #5b6270; overflow-wrap: anywhere; }
.sentence { margin: .4rem 0; white-space: pre-wrap; overflow-wrap: anywhere; }
mark { background: #ffe58a; padding: 0 1px; }
.value code, .diff code { font-size: .9rem; }
ins { background: #d6f5dc; text-decoration: none; } del { background: #fbd9d7; }
.diff { margin-top: .5rem; font-size: .9rem; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
`;

/**
 * Styles of the issue-14 parts (the `update` verdict, timelines, value groups, each claim's source
 * and time): added to the page only when the report holds one of them, so a page without them
 * keeps the bytes it had.
 */
const EXTENSION_CSS = `
:root { --update: #7b2a8c; }
.finding.update { --verdict: var(--update); }
.timeline, .groups { margin: .25rem 0; font-size: .9rem; }
.timeline ol { display: inline; list-style: none; margin: 0; padding: 0; }
.timeline li { display: inline; }
.timeline li + li::before { content: " → "; color: #5b6270; }
.attribution { font-size: .85rem; color: #5b6270; }
`;

/** Whether the report holds anything {@link EXTENSION_CSS} styles. */
function usesExtensions(report: Report): boolean {
  return report.findings.some((f) => f.verdict === 'update' || f.timeline !== undefined || f.groups !== undefined || f.claims.some((c) => c.source !== undefined || c.asOf !== undefined));
}

/** The report as one HTML page. */
export const formatHtml: Formatter = (report, options) => {
  const out: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    // Even if some text escaped escaping, the page could load and run nothing.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>crosscheck report</title>',
    `<style>${CSS}${options.view === 'report' && usesExtensions(report) ? EXTENSION_CSS : ''}</style>`,
    '</head>',
    '<body>',
    '<header class="page">',
    '<h1>crosscheck report</h1>',
    `<p>${escapeHtml(summaryLine(report))}</p>`,
    `<p class="counts">${VERDICT_ORDER.map((v) => `<span>${v}: <b>${report.findings.filter((f) => f.verdict === v).length}</b></span>`).join('')}</p>`,
    '</header>',
    '<main>',
  ];
  if (options.view === 'report') pushAll(out, findingsHtml(report, sourcesById(options.sources)));
  if (options.view === 'report' || options.view === 'events') pushAll(out, eventsHtml(report));
  if (options.view === 'facts') pushAll(out, factsHtml(report));
  out.push('</main>');
  pushAll(out, articlesHtml(report));
  out.push('</body>', '</html>', '');
  return out.join('\n');
};

function findingsHtml(report: Report, sources: ReadonlyMap<string, Source>): string[] {
  if (report.findings.length === 0) return ['<p>No findings: no fact was stated by two or more sources in a way that could be compared.</p>'];
  const events = new Map<string, CrossEvent>(report.events.map((e) => [e.id, e]));
  const out: string[] = [];
  for (const [key, findings] of groupByEvent(report.findings)) {
    const e = events.get(key);
    const when = e?.start ? ` (${e.start}${e.end && e.end !== e.start ? ` – ${e.end}` : ''})` : '';
    out.push(`<section class="event">`, `<h2>${escapeHtml(e ? `${e.id}: ${e.label}${when}` : 'Findings across events')}</h2>`);
    for (const f of findings) out.push(findingHtml(f, report, sources));
    out.push('</section>');
  }
  return out;
}

function findingHtml(f: Finding, report: Report, sources: ReadonlyMap<string, Source>): string {
  const articles = new Map(report.articles.map((a) => [a.id, a]));
  const review = `<span class="review${f.review?.changed ? ' changed' : ''}">${escapeHtml(reviewLabel(f))}${f.review?.note ? ` — ${escapeHtml(f.review.note)}` : ''}</span>`;
  const claims = f.claims.map((c, i) => {
    const a = articles.get(c.article);
    const source = [c.article, a?.outlet, a?.published, a?.path].filter(Boolean).map((s) => escapeHtml(String(s))).join(' · ');
    // Each value is diffed against the first claim's (the first against the second), so what
    // differs stands out in every column.
    const other = f.claims[i === 0 ? 1 : 0];
    const value = other ? wordDiff(other.value ?? '', c.value ?? 'unresolved', 'own') : escapeHtml(c.value ?? 'unresolved');
    return [
      '<div class="claim">',
      `<div class="source">${source}</div>`,
      `<blockquote class="sentence">${inSentence(c, sources.get(c.article))}</blockquote>`,
      `<div class="value">value: <code>${value}</code></div>`,
      ...attributionHtml(c),
      '</div>',
    ].join('\n');
  });
  // How each quote's wording differs from the first one's; identical quotes need no line.
  const first = f.claims[0];
  const diffs = f.claims
    .slice(1)
    .filter((c) => c.text !== first.text)
    .map((c) => `<div class="diff">${escapeHtml(first.article)} → ${escapeHtml(c.article)}: “${wordDiff(first.text, c.text, 'both')}”</div>`);
  return [
    `<article class="finding ${escapeHtml(f.verdict)}" id="finding-${escapeHtml(f.id)}">`,
    `<div><span class="verdict">${escapeHtml(f.verdict)}</span><h3>${escapeHtml(f.slot)}</h3> ${review}</div>`,
    `<div class="meta">finding <code>${escapeHtml(f.id)}</code> · rule <code>${escapeHtml(f.rule)}</code> · confidence ${f.confidence}</div>`,
    `<p class="message">${escapeHtml(f.message)}</p>`,
    ...timelineHtml(f),
    ...groupsHtml(f),
    '<div class="claims">',
    ...claims,
    '</div>',
    ...diffs,
    '</article>',
  ].join('\n');
}

/** Who the text says gave the claim's value and when it held; nothing when it names neither. */
function attributionHtml(c: Claim): string[] {
  const parts = [
    c.source === undefined ? '' : `source: <b>${escapeHtml(c.source)}</b>`,
    c.asOf === undefined ? '' : `as of <time>${escapeHtml(c.asOf)}</time>`,
  ].filter(Boolean);
  return parts.length ? [`<div class="attribution">${parts.join(' · ')}</div>`] : [];
}

/** An update's values in time order, each step naming the articles that give it. */
function timelineHtml(f: Finding): string[] {
  if (!f.timeline?.length) return [];
  const steps = f.timeline.map(
    (s) => `<li title="${escapeHtml(s.articles.join(', '))}"><code>${escapeHtml(s.value)}</code>${s.asOf === null ? '' : ` (${escapeHtml(s.asOf)})`}</li>`,
  );
  return [`<div class="timeline">timeline: <ol>${steps.join('')}</ol></div>`];
}

/** The values side by side, most sources first: "7 sources: 5.9 (a, b, …) · 1 source: 6.1 (c)". */
function groupsHtml(f: Finding): string[] {
  if (!f.groups?.length) return [];
  const groups = f.groups.map((g) => `${plural(g.articles.length, 'source')}: <code>${escapeHtml(g.value)}</code> (${escapeHtml(g.articles.join(', '))})`);
  return [`<div class="groups">values: ${groups.join(' · ')}</div>`];
}

/**
 * A word diff with jsdiff: `both` shows removed words struck and added words marked (for the
 * quoted spans); `own` shows only the second string, its differing words marked (for values).
 */
export function wordDiff(from: string, to: string, mode: 'both' | 'own'): string {
  return diff().diffWords(from, to)
    .map((part) => {
      const text = escapeHtml(part.value);
      if (part.added) return `<ins>${text}</ins>`;
      if (part.removed) return mode === 'both' ? `<del>${text}</del>` : '';
      return text;
    })
    .join('');
}

/**
 * The claim's span marked inside its sentence (or its line when no sentence holds it), escaped;
 * the span alone when its source was not given or does not hold it.
 */
function inSentence(c: Claim, source: Source | undefined): string {
  if (source === undefined || source.text.slice(c.start, c.end) !== c.text) return `<mark>${escapeHtml(c.text)}</mark>`;
  const { text } = source;
  const around = sentenceAround(text, c, source.sentences);
  const start = Math.max(around.start, c.start - CONTEXT);
  const end = Math.min(around.end, c.end + CONTEXT);
  const before = `${start > around.start ? '…' : ''}${text.slice(start, c.start)}`;
  const after = `${text.slice(c.end, end)}${end < around.end ? '…' : ''}`;
  return `${escapeHtml(before.trimStart())}<mark>${escapeHtml(c.text)}</mark>${escapeHtml(after.trimEnd())}`;
}

function sentenceAround(text: string, c: Claim, sentences: readonly Range[]): Range {
  const hit = sentences.find((s) => s.start <= c.start && c.start < s.end);
  if (hit) return { start: hit.start, end: Math.max(hit.end, c.end) };
  // No sentence holds it (or none were given): the line holding the span.
  const start = text.lastIndexOf('\n', c.start - 1) + 1;
  const nl = text.indexOf('\n', c.end);
  return { start, end: nl < 0 ? text.length : nl };
}

function eventsHtml(report: Report): string[] {
  const rows = report.events.map(
    (e) =>
      `<tr><td>${escapeHtml(e.id)}</td><td>${escapeHtml(e.label)}</td><td>${escapeHtml(e.start ?? '')}</td><td>${escapeHtml(e.end ?? '')}</td><td>${escapeHtml(e.articles.join(', '))}</td></tr>`,
  );
  return ['<h2>Events</h2>', '<table><thead><tr><th>event</th><th>label</th><th>start</th><th>end</th><th>articles</th></tr></thead><tbody>', ...rows, '</tbody></table>'];
}

function factsHtml(report: Report): string[] {
  const rows = report.facts.map(
    (f) =>
      `<tr><td>${escapeHtml(f.id)}</td><td>${escapeHtml(f.article)}</td><td>${escapeHtml(f.kind)}</td><td>${escapeHtml(f.text)}</td><td>${escapeHtml(factValue(f))}</td><td>${escapeHtml(factWhy(f))}</td></tr>`,
  );
  return ['<h2>Facts</h2>', '<table><thead><tr><th>fact</th><th>article</th><th>kind</th><th>text</th><th>value</th><th>how</th></tr></thead><tbody>', ...rows, '</tbody></table>'];
}

function articlesHtml(report: Report): string[] {
  const rows = report.articles.map(
    (a) =>
      `<tr><td>${escapeHtml(a.id)}</td><td>${escapeHtml(a.path)}</td><td>${escapeHtml(a.outlet ?? '')}</td><td>${escapeHtml(a.published ?? 'unknown')} (${escapeHtml(a.publishedFrom)})</td><td>${escapeHtml(a.title ?? '')}</td></tr>`,
  );
  const out = [
    '<section class="articles">',
    '<h2>Articles</h2>',
    '<table><thead><tr><th>article</th><th>path</th><th>outlet</th><th>published</th><th>title</th></tr></thead><tbody>',
    ...rows,
    '</tbody></table>',
  ];
  const unread = notAnalysed(report);
  if (unread.length > 0) {
    out.push('<h2>Inputs not analysed</h2>', '<ul>');
    for (const a of unread) out.push(`<li><code>${escapeHtml(a.path)}</code>: ${escapeHtml(notAnalysedReason(a))} (${LANGUAGE_RULE})</li>`);
    out.push('</ul>');
  }
  if (report.problems.length > 0) {
    out.push('<h2>Inputs that could not be read</h2>', '<ul>');
    for (const p of report.problems) out.push(`<li><code>${escapeHtml(p.path)}</code>: ${escapeHtml(p.reason)} (${escapeHtml(p.rule)})</li>`);
    out.push('</ul>');
  }
  out.push('</section>');
  return out;
}
