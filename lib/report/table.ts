/** `--format table`: readable tables (cli-table3), colour only on a terminal. */
import type Table from 'cli-table3';
import type { CrossEvent, Report } from '../types.ts';
import { attributionSuffix, notAnalysedLabel, factValue, factWhy, groupByEvent, groupsText, plain, plural, reviewLabel, shorten, summaryLine, timelineText } from './text.ts';
import type { FormatOptions, Formatter } from './types.ts';
import { lazyPackage } from '../util/packages.ts';

// Loaded for the first table only (see util/packages.ts).
const cliTablePackage = lazyPackage<typeof Table>('cli-table3');
const cliTableUtils = lazyPackage<{ truncate: (text: string, length: number, mark?: string) => string }>('cli-table3/src/utils');
let patched = false;

/**
 * cli-table3, with one repair. Drawing each line of a cell, it cuts the whole cell's text to ten
 * characters for a debug message it never prints; for a cell of several lines that cut removes one
 * character at a time and measures the rest each time — minutes for a report of a few hundred
 * articles (120 s against 7 s for JSON on the 772 dev articles). The text it draws is always one
 * line, so a cut of several lines is given the first line only: every line drawn is the same.
 */
function cliTable(): typeof Table {
  if (!patched) {
    patched = true;
    const utils = cliTableUtils();
    const original = utils.truncate;
    utils.truncate = (text, length, mark) => (typeof text === 'string' && text.includes('\n') ? original(text.slice(0, text.indexOf('\n')), length, mark) : original(text, length, mark));
  }
  return cliTablePackage();
}

// not a word list: terminal colours by verdict
const ANSI: Record<string, string> = { conflict: '\u001b[31m', unresolved: '\u001b[33m', update: '\u001b[35m', 'different-events': '\u001b[36m', agreement: '\u001b[32m', bold: '\u001b[1m' };
const RESET = '\u001b[0m';

/** Prints the view of the report as tables followed by a one-line summary. */
export const formatTable: Formatter = (report, options) => {
  const parts: string[] = [];
  if (options.view === 'facts') parts.push(factsTables(report, options));
  else if (options.view === 'events') parts.push(eventsTable(report, options));
  else {
    parts.push(articlesTable(report, options));
    parts.push(findingsTables(report, options));
  }
  parts.push(summaryLine(report));
  return `${parts.filter(Boolean).join('\n\n')}\n`;
};

function table(head: string[], widths: number[], options: FormatOptions): Table.Table {
  // Share the terminal width among the columns in proportion to the widths asked for.
  const total = widths.reduce((a, b) => a + b, 0);
  const room = Math.max(40, options.width - (widths.length + 1) * 3);
  const colWidths = widths.map((w) => Math.max(6, Math.floor((w / total) * room)));
  const CliTable = cliTable();
  return new CliTable({
    head,
    colWidths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: options.color ? { head: ['bold'] } : { head: [], border: [] },
  });
}

function paint(text: string, key: string, options: FormatOptions): string {
  return options.color && ANSI[key] ? `${ANSI[key]}${text}${RESET}` : text;
}

function articlesTable(report: Report, options: FormatOptions): string {
  const t = table(['article', 'published', 'title', 'events'], [24, 20, 44, 10], options);
  for (const a of report.articles) {
    const date = a.published ? `${a.published} (${a.publishedFrom})` : 'unknown';
    // An article in another language has no events: the column says why instead.
    t.push([a.id, date, a.title ?? '', a.analysed === false ? notAnalysedLabel(a) : a.events.join(' ')].map(plain));
  }
  return t.toString();
}

function findingsTables(report: Report, options: FormatOptions): string {
  if (report.findings.length === 0) return 'No findings: no fact was stated by two or more sources in a way that could be compared.';
  const events = new Map<string, CrossEvent>(report.events.map((e) => [e.id, e]));
  const out: string[] = [];
  for (const [key, findings] of groupByEvent(report.findings)) {
    const e = events.get(key);
    out.push(paint(plain(e ? `${e.id}: ${e.label}${e.start ? ` (${e.start}${e.end && e.end !== e.start ? ` – ${e.end}` : ''})` : ''}` : 'Findings across events'), 'bold', options));
    const t = table(['verdict', 'slot', 'claims', 'why'], [19, 18, 42, 31], options);
    for (const f of findings) {
      const claims = f.claims.map((c) => `${c.article}: "${shorten(c.text, 70)}" → ${c.value ?? 'unresolved'}${attributionSuffix(c)}`).join('\n');
      // An update's values in time order, and the values side by side, when the judge gives them.
      const timeline = f.timeline?.length ? `\ntimeline: ${timelineText(f.timeline)}` : '';
      const groups = f.groups?.length ? `\nvalues: ${groupsText(f.groups)}` : '';
      const review = `\n${f.review ? 'reviewed: ' : ''}${reviewLabel(f)}`;
      t.push([paint(f.verdict, f.verdict, options), ...[`${f.slot}\n[${f.id}]`, claims, `${f.message}${timeline}${groups}${review}`].map(plain)]);
    }
    out.push(t.toString());
  }
  return out.join('\n\n');
}

function factsTables(report: Report, options: FormatOptions): string {
  if (report.facts.length === 0) return 'No facts extracted.';
  // not a word list: the facts table's column headers
  const t = table(['fact', 'article', 'kind', 'text', 'value', 'how'], [6, 22, 8, 30, 16, 40], options);
  for (const f of report.facts) t.push([f.id, f.article, f.kind, shorten(f.text, 80), factValue(f), factWhy(f)].map(plain));
  return t.toString();
}

function eventsTable(report: Report, options: FormatOptions): string {
  if (report.events.length === 0) return 'No events found.';
  const t = table(['event', 'label', 'when', 'articles'], [6, 40, 24, 30], options);
  for (const e of report.events) {
    const when = e.start ? (e.end && e.end !== e.start ? `${e.start} – ${e.end}` : e.start) : 'unknown';
    t.push([e.id, e.label, when, `${plural(e.articles.length, 'article')}\n${e.articles.join('\n')}`].map(plain));
  }
  return t.toString();
}
