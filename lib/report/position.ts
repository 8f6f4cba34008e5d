/**
 * Offsets → line and column: the only place positions change form. Reports carry UTF-16 offsets;
 * formats for editors and CI (sarif, github) need 1-based lines and columns.
 */
import type { Source } from '../types.ts';

/** A 1-based line and a 1-based column counted in UTF-16 code units (SARIF's default column kind). */
export interface LineColumn {
  line: number;
  column: number;
}

/** Offsets of line starts in one text; `\r\n`, `\n` and a lone `\r` each end a line, as editors count them. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  /** The line and column of a UTF-16 offset (an offset past the end clamps to the last line). */
  at(offset: number): LineColumn {
    // Binary search for the last line start <= offset.
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
}

/** Line indexes built lazily, once per article text, for a whole report. */
export class Positions {
  private readonly cache = new Map<string, LineIndex>();

  constructor(private readonly sources: ReadonlyMap<string, Source>) {}

  /** The line and column of an offset in an article, or null when its source was not given. */
  at(article: string, offset: number): LineColumn | null {
    let index = this.cache.get(article);
    if (!index) {
      const source = this.sources.get(article);
      if (source === undefined) return null;
      index = new LineIndex(source.text);
      this.cache.set(article, index);
    }
    return index.at(offset);
  }
}
