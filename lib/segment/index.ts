/** Sentence segmentation with offsets. (Stub: replaced by the real segmenter.) */
import type { Sentence } from '../types.ts';

/** Splits a cleaned body into sentences; masked (blank) stretches yield none. */
export function segment(body: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  let paragraph = 0;
  while ((m = re.exec(body))) {
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    if (!text) continue;
    out.push({ index: out.length, paragraph: paragraph++, start: m.index + lead, end: m.index + lead + text.length, heading: !/[.!?"”]$/.test(text) });
  }
  return out;
}
