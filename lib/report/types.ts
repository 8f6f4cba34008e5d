/** What every formatter receives besides the report. */
import type { Report } from '../types.ts';

/** Which command's document is printed: `facts` and `events` print only the keys they concern. */
export type View = 'report' | 'facts' | 'events';

/** Options every formatter understands. */
export interface FormatOptions {
  view: View;
  /** Colour (ANSI) allowed: only when printing to a terminal. */
  color: boolean;
  /** Width to fit tables into, in columns. */
  width: number;
  /** Article texts by id, for formats that show context or line numbers. */
  texts: ReadonlyMap<string, string>;
}

/** A formatter is a pure function from a report to text. */
export type Formatter = (report: Report, options: FormatOptions) => string;
