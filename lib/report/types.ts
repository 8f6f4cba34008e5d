/** What every formatter receives besides the report. */
import type { FailOn } from '../gate.ts';
import type { Range, Report } from '../types.ts';

/** Which command's document is printed: `facts` and `events` print only the keys they concern. */
export type View = 'report' | 'facts' | 'events';

/** Options every formatter understands. */
export interface FormatOptions {
  view: View;
  /** Colour (ANSI) allowed: only when printing to a terminal. */
  color: boolean;
  /** Width to fit tables into, in columns. */
  width: number;
  /**
   * Article texts by id (the text every offset points into), for formats that quote context or
   * give line numbers: html, sarif, github. Kept out of the report so JSON stays contract-shaped.
   */
  texts: ReadonlyMap<string, string>;
  /** The gate's level, so formats that pass or fail findings (junit) agree with the exit code; default `conflict`. */
  failOn?: FailOn;
  /**
   * Article ids of the new sources in `check`: formats with one primary location per finding
   * (sarif, github) point at a new source's claim first, where the pull request can show it.
   */
  focus?: ReadonlySet<string>;
  /** Sentence ranges by article id, so html can show each span in its sentence; else a line around it. */
  sentences?: ReadonlyMap<string, readonly Range[]>;
}

/** A formatter is a pure function from a report to text. */
export type Formatter = (report: Report, options: FormatOptions) => string;
