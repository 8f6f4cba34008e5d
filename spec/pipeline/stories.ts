/** Short synthetic stories for end-to-end specs: a page with front matter, and a run over a temporary folder of them. */
import { loadArticles } from '../../lib/load/index.ts';
import { analyze } from '../../lib/pipeline.ts';
import type { Report } from '../../lib/types.ts';
import { tempTree } from '../helpers.ts';

/** A Markdown page of one outlet with its publication date: title, outlet, date, then the body. */
export const page = (outlet: string, published: string, body: string): string => `---\ntitle: ${outlet} story\noutlet: ${outlet}\npublished: ${published}\n---\n${body}\n`;

/** The report over a temporary folder holding `files` (name → text), removed afterwards. */
export function run(files: Record<string, string>): Report {
  const tree = tempTree(files);
  try {
    return analyze(loadArticles([tree.dir])).report;
  } finally {
    tree.cleanup();
  }
}

/** The verdicts of the findings about a date, in report order. */
export const dateVerdicts = (r: Report): string[] => r.findings.filter((f) => /date$/.test(f.slot)).map((f) => f.verdict);
