/** Formatters by name: one file each, every one a pure function from a report to text. */
import { formatGithub } from './github.ts';
import { formatHtml } from './html.ts';
import { formatJson } from './json.ts';
import { formatJunit } from './junit.ts';
import { formatMarkdown } from './markdown.ts';
import { formatSarif } from './sarif.ts';
import { formatTable } from './table.ts';
import type { FormatName } from './names.ts';
import type { Formatter } from './types.ts';

export type { FormatOptions, Formatter, View } from './types.ts';

export { FORMAT_NAMES, type FormatName, isFormatName } from './names.ts';

/** The formatters `--format` accepts: one for each of `FORMAT_NAMES`, no more (the compiler checks). */
export const formatters: Readonly<Record<string, Formatter>> = {
  table: formatTable,
  json: formatJson,
  markdown: formatMarkdown,
  html: formatHtml,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
} satisfies Record<FormatName, Formatter>;
