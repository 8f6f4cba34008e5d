/**
 * crosscheck's own reports, recognised by how they begin, so that a report written into an article
 * folder (`-o articles/report.json --force`, or `> articles/report.md`) is not read back as an
 * article by the next run. Each signature is anchored at the start of the file and looks at a
 * bounded prefix, so recognising costs nothing on a long article.
 */

/** How much of a file the signatures look at. */
const PREFIX = 2048;

/** A format's name and how its document begins (after a BOM). */
const SIGNATURES: readonly (readonly [string, RegExp])[] = [
  // '{\n  "schemaVersion": 1,\n  "articles": [' — the JSON of every view (CONTRACT.md)
  ['json', /^\{\s*"schemaVersion": \d+,\s*"articles": \[/],
  // '{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json", ... "name": "crosscheck"' — SARIF written to a .json file
  ['sarif', /^\{\s*"\$schema": "https:\/\/json\.schemastore\.org\/sarif-2\.1\.0\.json",[^]{0,300}?"name": "crosscheck"/],
  // '# crosscheck report' on the first line — markdown
  ['markdown', /^# crosscheck report\r?\n/],
  // '<!DOCTYPE html> ... <title>crosscheck report</title>' within the head — html
  ['html', /^<!DOCTYPE html>[^]{0,600}?<title>crosscheck report<\/title>/],
  // '::error file=…,title=crosscheck conflict…' — workflow annotations written to a .txt file
  ['github', /^::(?:error|warning|notice) [^\n]{0,2000}?title=crosscheck/],
  // '┌──────┬' — a table written to a .txt file: no article begins with a box-drawing corner
  ['table', /^┌─+┬/],
  // 'No facts extracted.\n\n3 articles, 0 facts, …' — a table with nothing to tabulate
  ['table', /^No [^\n]{1,120}\.\n\n\d+ articles?, \d+ facts?, /],
];

/** The format of crosscheck's own report that `text` is, or null when it is no report of ours. */
export function ownReportFormat(text: string): string | null {
  const head = text.slice(0, PREFIX).replace(/^\uFEFF/, '');
  for (const [format, signature] of SIGNATURES) if (signature.test(head)) return format;
  return null;
}
