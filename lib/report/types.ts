/** What every formatter receives besides the report. */
import type { FailOn } from '../gate.ts';
import type { Report, Source } from '../types.ts';

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
   * The analysed articles, as `analyze` gives them beside the report: the text every offset points
   * into, its sentences, and the file and format it was read from. Formats that quote context or
   * give positions (html, sarif, github) look a claim's article up here, so none parses paths or
   * segments again; kept out of the report so JSON stays contract-shaped.
   */
  sources: readonly Source[];
  /** The gate's level, so formats that pass or fail findings (junit) agree with the exit code; default `conflict`. */
  failOn?: FailOn;
  /**
   * Article ids of the new sources in `check`: formats with one primary location per finding
   * (sarif, github) point at a new source's claim first, where the pull request can show it.
   */
  focus?: ReadonlySet<string>;
}

/** A formatter is a pure function from a report to text. */
export type Formatter = (report: Report, options: FormatOptions) => string;
