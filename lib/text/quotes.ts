/**
 * Pairs quotation marks into quotations, over the paragraphs of a document body.
 *
 * Double marks (straight `"`, curly “ ”, „ and « ») are paired in text order. A straight mark is
 * read as opening or closing from its neighbours ("said, "We" opens, "anyone," he" closes); a
 * curly mark says so itself, and a straight one may close a curly one ("a “no-limits" pact").
 * A quotation may run over paragraphs in two ways, and the count of marks in the next paragraph
 * tells them apart:
 * - news style: the paragraph ends without a closing mark and the next one opens again
 *   (an even count, the first mark at the paragraph start): the first part ends at its paragraph end;
 * - one sentence a line, as in corpora: the closing mark comes in a later line (an odd count).
 *
 * Single marks (‘ ’ and straight `'`) are quotations only inside one paragraph and when they cannot
 * be apostrophes: the opening mark stands before a letter after a space ("a ‘dear friend’ of"), the
 * closing one after a letter and before no letter ("Lee’s" is an apostrophe, "allies’ summit" has no
 * opening mark).
 */
import type { Range, Sentence } from '../types.ts';
import { firstIndex } from '../util/search.ts';

/** One quotation: where its marks stand and the words between them. */
export interface Quotation {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the end of the paragraph for a part that runs on. */
  close: number;
  /** The words inside the marks, without surrounding spaces. */
  inner: Range;
  /** False for a paragraph that runs on into the next one without a closing mark. */
  closed: boolean;
  /** True for single marks. */
  single: boolean;
  /** Index of the paragraph where it opens. */
  paragraph: number;
}

type Side = 'open' | 'close' | 'either';

interface Mark {
  pos: number;
  side: Side;
  curly: boolean;
}

const MAX_PARAGRAPHS = 6;

/** Every quotation in `body`, given its paragraphs (ranges in order), in text order. */
export function findQuotations(body: string, paragraphs: readonly Range[]): Quotation[] {
  const out: Quotation[] = [];
  let pending: { mark: Mark; paragraph: number } | null = null;
  const offsets = markOffsets(body);
  const cursor = { k: 0 };
  paragraphs.forEach((para, p) => {
    const marks = doubleMarks(body, para, pending !== null, offsets, cursor);
    let from = 0;
    if (pending) {
      const first = marks[0];
      if (!first) {
        // A middle line of a quotation that closes later: keep going, up to a bound.
        if (p - pending.paragraph >= MAX_PARAGRAPHS) pending = null;
        return;
      }
      if (marks.length % 2 === 1) {
        // One sentence a line: this paragraph holds the closing mark.
        out.push(quotation(body, pending.mark.pos, first.pos, true, pending.paragraph));
        from = 1;
      } else if (body.slice(para.start, first.pos).trim() === '') {
        // News style: the earlier paragraph ran on; it ends where its paragraph ends.
        out.push(quotation(body, pending.mark.pos, paragraphs[p - 1].end, false, pending.paragraph));
      }
      // Otherwise the pending mark was a stray one: this paragraph pairs its own marks.
      pending = null;
    }
    for (let k = from; k < marks.length; k++) {
      const m = marks[k];
      if (!pending) {
        if (m.side !== 'close') pending = { mark: m, paragraph: p };
        continue;
      }
      // An opening curly mark while one is open: the earlier one was never closed.
      if (m.curly && m.side === 'open') {
        pending = { mark: m, paragraph: p };
        continue;
      }
      out.push(quotation(body, pending.mark.pos, m.pos, true, pending.paragraph));
      pending = null;
    }
  });
  const doubles = out.filter((q) => q.inner.end > q.inner.start);
  return [...doubles, ...singleQuotations(body, paragraphs, doubles)].sort((a, b) => a.open - b.open);
}

function quotation(body: string, open: number, close: number, closed: boolean, paragraph: number): Quotation {
  return { open, close, inner: trimInner(body, open + 1, close), closed, single: false, paragraph };
}

/** The words between the marks without surrounding spaces; punctuation inside stays ("anyone,”). */
export function trimInner(body: string, start: number, end: number): Range {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(body[s])) s++;
  while (e > s && /\s/.test(body[e - 1])) e--;
  return { start: s, end: e };
}

const OPENING = new Set(['“', '„', '«']);
const CLOSING = new Set(['”', '»']);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Any double quotation mark: one character, so the scan jumps from mark to mark. */
const DOUBLE = /["“”„«»]/g;

/** The offsets of every double mark of the body, in order: one scan for all paragraphs. */
function markOffsets(body: string): number[] {
  const out: number[] = [];
  DOUBLE.lastIndex = 0;
  for (let m = DOUBLE.exec(body); m !== null; m = DOUBLE.exec(body)) out.push(m.index);
  return out;
}

/** The double marks of one paragraph, read as opening or closing; `from` is the next offset to read. */
function doubleMarks(body: string, para: Range, quoteOpen: boolean, offsets: readonly number[], from: { k: number }): Mark[] {
  const out: Mark[] = [];
  let open = quoteOpen;
  while (from.k < offsets.length && offsets[from.k] < para.start) from.k++;
  for (; from.k < offsets.length && offsets[from.k] < para.end; from.k++) {
    const i = offsets[from.k];
    const c = body[i];
    if (OPENING.has(c)) out.push({ pos: i, side: 'open', curly: true });
    else if (CLOSING.has(c)) out.push({ pos: i, side: 'close', curly: true });
    else if (c === '"') {
      const before = body[i - 1];
      const after = body[i + 1];
      // 6'2", a 15" screen: an inch mark, when no quotation is open.
      if (!open && /\d/.test(before ?? '') && !isWordChar(after)) continue;
      const leftFlank = (isSpace(before) || /[([{—–\-/]/.test(before)) && !isSpace(after);
      const rightFlank = !isSpace(before) && (isSpace(after) || /[.,;:!?)\]}—–\-]/.test(after));
      out.push({ pos: i, side: leftFlank && !rightFlank ? 'open' : rightFlank && !leftFlank ? 'close' : 'either', curly: false });
    } else continue;
    open = !open;
  }
  return out;
}

/** Single-mark quotations within one paragraph, outside the double ones. */
function singleQuotations(body: string, paragraphs: readonly Range[], doubles: readonly Quotation[]): Quotation[] {
  const out: Quotation[] = [];
  // Marks are visited in text order, and the double quotations are in order: one pointer suffices.
  let d = 0;
  const inside = (pos: number) => {
    while (d < doubles.length && doubles[d].close <= pos) d++;
    return d < doubles.length && doubles[d].open < pos;
  };
  paragraphs.forEach((para, p) => {
    // Every mark that can close a single quotation, found once: each opening mark then looks up the next one.
    const curly: number[] = [];
    const straight: number[] = [];
    for (let k = para.start + 1; k < para.end; k++) {
      const c = body[k];
      if ((c === '’' || c === "'") && !isSpace(body[k - 1]) && !isWordChar(body[k + 1])) (c === "'" ? straight : curly).push(k);
    }
    let lineEnd = -1;
    for (let i = para.start; i < para.end; i++) {
      const c = body[i];
      if (c !== '‘' && c !== "'") continue;
      const before = body[i - 1];
      if (!(i === para.start || isSpace(before) || /[([{“"—–]/.test(before)) || !/\p{L}/u.test(body[i + 1] ?? '')) continue;
      if (inside(i)) continue;
      // A straight mark pairs with a straight one; a curly one with either.
      const close = c === "'" ? after(straight, i + 2) : Math.min(after(curly, i + 2), after(straight, i + 2));
      if (close === Infinity || close - i > 400) continue;
      if (lineEnd < i) lineEnd = body.indexOf('\n', i) < 0 ? body.length : body.indexOf('\n', i);
      if (close > lineEnd) continue;
      const inner = trimInner(body, i + 1, close);
      const words = body.slice(inner.start, inner.end).split(/\s+/).length;
      // "rock 'n' roll" is no quotation; a long straight-quoted run is more likely two apostrophes.
      if (inner.end - inner.start < 2 || (c === "'" && words > 12) || words > 60) continue;
      out.push({ open: i, close, inner, closed: true, single: true, paragraph: p });
      i = close;
    }
  });
  return out;
}

/** The first position in an ordered list at or after `from`, or Infinity. */
function after(list: readonly number[], from: number): number {
  const i = firstIndex(list, (x) => x < from);
  return i < list.length ? list[i] : Infinity;
}

/** The paragraphs of a document as ranges, from its sentences. */
export function paragraphsOf(sentences: readonly Sentence[]): Range[] {
  const out: Range[] = [];
  let current = -1;
  for (const s of sentences) {
    if (s.paragraph !== current) {
      out.push({ start: s.start, end: s.end });
      current = s.paragraph;
    } else {
      out[out.length - 1].end = s.end;
    }
  }
  return out;
}
