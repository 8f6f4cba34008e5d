/**
 * The time-extraction engine: runs every parser over every sentence, turns match positions into
 * body offsets, trims stray punctuation, keeps the longest of overlapping matches, and runs the
 * refiners. Parsers never compute offsets; they only read a match or decline with null.
 */
import type { Sentence } from '../../types.ts';
import type { Reading } from './reading.ts';
import { ABBREVIATION_SOURCE } from './words.ts';

/** What a parser sees of one match: the sentence text and helpers to look around the match. */
export interface ParseContext {
  /** The text being scanned: one sentence of the body. */
  readonly text: string;
  /** The sentence. */
  readonly sentence: Sentence;
  /** Up to `n` characters of `text` before position `i`. */
  before(i: number, n?: number): string;
  /** Up to `n` characters of `text` from position `i` on. */
  after(i: number, n?: number): string;
}

/**
 * A regex parser, in the manner of chrono's: a global pattern built once, and an `extract` that
 * reads a match or declines with null. The match (`match[0]`) is the span of the expression.
 */
export interface TimeParser {
  /** The extractor id the facts carry, e.g. `time/weekday`. */
  readonly extractor: string;
  /** A global (`g`) pattern. It must not backtrack badly: bounded repetitions only. */
  readonly pattern: RegExp;
  /** Reads the match, or declines with null. */
  extract(ctx: ParseContext, match: RegExpExecArray): Reading | null;
}

/** A parser that is not one regex (the chrono adapter): it lists its own matches. */
export interface TimeScanner {
  readonly extractor: string;
  /** Matches in `ctx.text`: index and length within it, and the reading. */
  scan(ctx: ParseContext): { index: number; length: number; reading: Reading }[];
}

/** A match turned into body offsets: what refiners and the resolver work on. */
export interface Candidate {
  /** Body offset of the first code unit. */
  start: number;
  /** Body offset one past the last code unit. */
  end: number;
  /** The sentence holding the span. */
  sentence: Sentence;
  /** The extractor id. */
  extractor: string;
  /** What the text says. */
  reading: Reading;
}

/** A post-processing step over the candidates of one article, in offset order. */
export type Refiner = (candidates: Candidate[], body: string) => Candidate[];

/** Builds the context for one sentence's text. */
export function contextFor(text: string, sentence: Sentence): ParseContext {
  return {
    text,
    sentence,
    before: (i, n = 40) => text.slice(Math.max(0, i - n), i),
    after: (i, n = 40) => text.slice(i, i + n),
  };
}

/** A full stop that belongs to the span: "a.m.", "a. m.", "Oct.", "Thurs.". */
const ABBREVIATION_END = new RegExp(`(?:\\b[ap]\\.\\s?m|\\b(?:${ABBREVIATION_SOURCE}))\\.$`, 'i');

/** Characters that never begin or end a time expression's span. */
const STRAY = /[\s"'“”‘’«»()[\]{},;:!?*]/;

/**
 * Shrinks a span past stray punctuation and quotes at either end. A final full stop goes too,
 * unless it ends an abbreviation ("Oct.", "a.m.").
 */
export function trimSpan(body: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && STRAY.test(body[s])) s++;
  for (;;) {
    while (e > s && STRAY.test(body[e - 1])) e--;
    if (e > s && body[e - 1] === '.' && !ABBREVIATION_END.test(body.slice(Math.max(s, e - 8), e))) {
      e--;
      continue;
    }
    break;
  }
  return [s, e];
}

/** Runs the parsers and scanners over each sentence of the body. */
export function scan(body: string, sentences: readonly Sentence[], parsers: readonly TimeParser[], scanners: readonly TimeScanner[]): Candidate[] {
  const out: Candidate[] = [];
  const push = (sentence: Sentence, from: number, to: number, extractor: string, reading: Reading): void => {
    const [start, end] = trimSpan(body, sentence.start + from, sentence.start + to);
    if (end > start) out.push({ start, end, sentence, extractor, reading });
  };
  for (const sentence of sentences) {
    const text = body.slice(sentence.start, sentence.end);
    if (!/[A-Za-z0-9]/.test(text)) continue;
    const ctx = contextFor(text, sentence);
    for (const parser of parsers) {
      const re = parser.pattern;
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        if (m[0] === '') {
          re.lastIndex++;
          continue;
        }
        const reading = parser.extract(ctx, m);
        if (reading) push(sentence, m.index, m.index + m[0].length, parser.extractor, reading);
        // A declined match may hide a shorter one inside it ("early this year" declined, "this year"
        // accepted): retry from the next character. Patterns are bounded, so this stays linear.
        else re.lastIndex = m.index + 1;
      }
    }
    for (const scanner of scanners) {
      for (const hit of scanner.scan(ctx)) push(sentence, hit.index, hit.index + hit.length, scanner.extractor, hit.reading);
    }
  }
  return removeOverlaps(out);
}

/**
 * Keeps the longest of overlapping candidates and returns them in offset order. A sweep in start
 * order (ties: longer first, then extractor id), so the result never depends on parser order and
 * costs O(n log n) on any input.
 */
export function removeOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => a.start - b.start || b.end - a.end || (a.extractor < b.extractor ? -1 : a.extractor > b.extractor ? 1 : 0),
  );
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const last = kept[kept.length - 1];
    if (last && last.end > c.start) {
      // "early on Thursday" (longer) replaces "on Thursday"; the shorter one is dropped.
      if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }
  return kept;
}

/** The body text between two candidates of one sentence, or null when they are in different sentences. */
export function gapBetween(body: string, a: Candidate, b: Candidate): string | null {
  if (a.sentence.index !== b.sentence.index || b.start < a.end) return null;
  return body.slice(a.end, b.start);
}

/** One sentence per non-blank line: the fallback when a caller gives no sentences. */
export function lineSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const lead = m[0].length - m[0].trimStart().length;
    const text = m[0].trim();
    if (!text) continue;
    out.push({ index: out.length, paragraph: out.length, start: m.index + lead, end: m.index + lead + text.length, heading: !/[.!?"”]$/.test(text) });
  }
  return out;
}
