/** Formatters by name: one file each, every one a pure function from a report to text. */
import { formatJson } from './json.ts';
import { formatMarkdown } from './markdown.ts';
import { formatTable } from './table.ts';
import type { Formatter } from './types.ts';

export type { FormatOptions, Formatter, View } from './types.ts';

/** The formatters `--format` accepts. */
export const formatters: Readonly<Record<string, Formatter>> = {
  table: formatTable,
  json: formatJson,
  markdown: formatMarkdown,
};
