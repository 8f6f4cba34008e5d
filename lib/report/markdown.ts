/** `--format markdown`: for a pull-request comment or a wiki page. */
import type { Report } from '../types.ts';
import { attribution, factValue, factWhy, plural, reviewLabel, shorten, sortFindings, summaryLine, timelineText, LANGUAGE_RULE, notAnalysed, notAnalysedReason } from './text.ts';
import type { Formatter } from './types.ts';
import { maxOf } from '../util/lists.ts';

/** Escapes text for a markdown table cell: pipes, backslashes, line breaks and markup characters. */
export function cell(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/([*_`<>[\]#~])/g, '\\$1')
    // "&lt;" in an article must read as those four characters, not as "<".
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/\r?\n|\r/g, '<br>');
}

/** An inline code span holding `s` verbatim: the fence is one backtick longer than any run inside. */
export function codeSpan(s: string): string {
  const one = s.replace(/\r?\n|\r/g, ' ');
  const longest = Math.max(0, maxOf((one.match(/`+/g) ?? []).map((r) => r.length)));
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 || one.startsWith(' ') || one.endsWith(' ') ? ' ' : '';
  return `${fence}${pad}${one}${pad}${fence}`;
}

/** The report as markdown sections with tables. */
export const formatMarkdown: Formatter = (report, options) => {
  const out: string[] = ['# crosscheck report', '', summaryLine(report), ''];
  if (options.view === 'report' || options.view === 'events') {
    out.push('## Events', '');
    if (report.events.length === 0) out.push('No events found.', '');
    else {
      out.push('| event | label | start | end | articles |', '| --- | --- | --- | --- | --- |');
      for (const e of report.events) out.push(`| ${e.id} | ${cell(e.label)} | ${e.start ?? ''} | ${e.end ?? ''} | ${cell(e.articles.join(', '))} |`);
      out.push('');
    }
  }
  if (options.view === 'report') {
    out.push('## Findings', '');
    if (report.findings.length === 0) out.push('No findings.', '');
    for (const f of sortFindings(report.findings)) {
      out.push(`### ${f.verdict}: ${cell(f.slot)} ${codeSpan(f.id)}`, '', cell(f.message), '', `Rule ${codeSpan(f.rule)}, confidence ${f.confidence}. Review: **${cell(reviewLabel(f))}**${f.review?.note ? ` — ${cell(f.review.note)}` : ''}`, '');
      // An update's values in time order, and the values side by side with who gives each (issue 14).
      if (f.timeline?.length) out.push(`Timeline: ${cell(timelineText(f.timeline))}`, '');
      if (f.groups?.length) out.push(`Values: ${f.groups.map((g) => `${plural(g.articles.length, 'source')}: ${codeSpan(g.value)} (${cell(g.articles.join(', '))})`).join(' · ')}`, '');
      for (const c of f.claims) {
        const by = attribution(c);
        out.push(`- **${cell(c.article)}**: “${cell(shorten(c.text, 200))}” → ${codeSpan(c.value ?? 'unresolved')}${by ? ` (${cell(by)})` : ''}`);
      }
      out.push('');
    }
  }
  if (options.view === 'facts') {
    out.push('## Facts', '', '| fact | article | kind | text | value | how |', '| --- | --- | --- | --- | --- | --- |');
    for (const f of report.facts) out.push(`| ${f.id} | ${cell(f.article)} | ${f.kind} | ${cell(shorten(f.text, 100))} | ${cell(factValue(f))} | ${cell(factWhy(f))} |`);
    out.push('');
  }
  out.push('## Articles', '', '| article | published | from | title |', '| --- | --- | --- | --- |');
  for (const a of report.articles) out.push(`| ${cell(a.id)} | ${a.published ?? ''} | ${a.publishedFrom} | ${cell(a.title ?? '')} |`);
  const unread = notAnalysed(report);
  if (unread.length > 0) {
    out.push('', '## Inputs not analysed', '');
    for (const a of unread) out.push(`- \`${cell(a.path)}\`: ${cell(notAnalysedReason(a))} (${LANGUAGE_RULE})`);
  }
  if (report.problems.length > 0) {
    out.push('', '## Inputs that could not be read', '');
    for (const p of report.problems) out.push(`- \`${cell(p.path)}\`: ${cell(p.reason)} (${p.rule})`);
  }
  return `${out.join('\n')}\n`;
};
