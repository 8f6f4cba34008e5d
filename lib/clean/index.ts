/**
 * Cleaning: masks everything that is not article body with spaces, so that offsets stay valid.
 *
 * The rules are data (`data/boilerplate.json`): general web-page chrome such as "top of page",
 * share counters, donation appeals, comment forms and photo credits. A rule tests one line at a
 * time; where a boilerplate sentence and a body sentence were pasted together without a space
 * ("... all the difference.The minister arrived"), it tests each of those sentences alone, so
 * only the boilerplate one is masked.
 */
import { dataJson, lazy } from '../text/words.ts';
import type { Article, Mask } from '../types.ts';
import { gluedBoundaries } from '../segment/index.ts';
import { pushAll } from '../util/lists.ts';

/** The body text (same length as `article.text`) and what was masked. */
export interface Cleaned {
  body: string;
  masks: Mask[];
}

/** One test of a line, as written in `data/boilerplate.json`: every field given must hold. */
interface TestSpec {
  pattern?: string;
  all?: string[];
  phrases?: string[];
  at?: 'line' | 'start';
  maxWords?: number;
  caseSensitive?: boolean;
  any?: TestSpec[];
}

/** One rule as written in `data/boilerplate.json`. */
interface RuleSpec extends TestSpec {
  id: string;
  description: string;
  block?: { open: TestSpec; within: number };
  before?: string[];
  part?: 'line' | 'last-sentence';
}

/** A test compiled to a predicate over a piece of a line and its word count. */
type Test = (text: string, words: number) => boolean;

/** A compiled rule. */
interface Rule {
  id: string;
  test: Test;
  block: { open: Test; within: number } | null;
  before: Set<string> | null;
  lastSentence: boolean;
}

/** A piece of a line: the whole trimmed line, or one sentence of it glued to the next. */
interface Piece {
  /** Index of the piece's line among the non-empty lines. */
  line: number;
  start: number;
  end: number;
  text: string;
  words: number;
}

/** The rules of `data/boilerplate.json`, read on first use. */
const rules = lazy(() => loadRules(dataJson<{ rules: RuleSpec[] }>('boilerplate.json')));

function loadRules(data: { rules: RuleSpec[] }): Rule[] {
  if (!data || !Array.isArray(data.rules)) throw new Error('data/boilerplate.json: expected {"rules": [...]}');
  const ids = new Set<string>();
  return data.rules.map((spec) => {
    if (!/^boilerplate\/[a-z-]+$/.test(spec.id ?? '')) {
      throw new Error(`data/boilerplate.json: rule id "${spec.id}" should look like "boilerplate/donation-appeal"`);
    }
    if (ids.has(spec.id)) throw new Error(`data/boilerplate.json: rule id "${spec.id}" appears twice`);
    ids.add(spec.id);
    return {
      id: spec.id,
      test: compileTest(spec, spec.id),
      block: spec.block ? { open: compileTest(spec.block.open, spec.id), within: spec.block.within } : null,
      before: spec.before ? new Set(spec.before) : null,
      lastSentence: spec.part === 'last-sentence',
    };
  });
}

function compileTest(spec: TestSpec, id: string): Test {
  // Unicode mode only where a pattern needs it ("\p{Ll}"): with "i", it makes V8 many times slower.
  const flagsFor = (source: string): string => (spec.caseSensitive ? '' : 'i') + (source.includes('\\p{') ? 'u' : '');
  const checks: Test[] = [];
  // The cheap word count first: most chrome is short, and long body lines skip the regexes.
  if (spec.maxWords !== undefined) {
    const max = spec.maxWords;
    checks.push((_, words) => words <= max);
  }
  if (spec.phrases) {
    const alternatives = spec.phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
    // "Comments", "Leave a Reply:" as a whole line; with "at": "start", "Required fields are marked *".
    const tail = spec.at === 'start' ? '\\b' : '[\\s.:!*»›>|-]*$';
    const re = new RegExp(`^(?:${alternatives.join('|')})${tail}`, flagsFor(''));
    checks.push((text) => re.test(text));
  }
  for (const source of [...(spec.pattern ? [spec.pattern] : []), ...(spec.all ?? [])]) {
    let re: RegExp;
    try {
      re = new RegExp(source, flagsFor(source));
    } catch (e) {
      throw new Error(`data/boilerplate.json: rule ${id} has a bad pattern /${source}/: ${(e as Error).message}`);
    }
    checks.push((text) => re.test(text));
  }
  if (spec.any) {
    const subs = spec.any.map((s) => compileTest(s, id));
    checks.push((text, words) => subs.some((t) => t(text, words)));
  }
  if (checks.length === 0) throw new Error(`data/boilerplate.json: rule ${id} has a test with nothing to match`);
  return (text, words) => checks.every((c) => c(text, words));
}

/**
 * Masks the article's pre-masked ranges, the site chrome found across the inputs (`chrome`, see
 * `siteChrome` in ./chrome.ts) and boilerplate lines with spaces.
 */
export function clean(article: Article, chrome: readonly Mask[] = []): Cleaned {
  const text = article.text;
  const masks: Mask[] = article.preMasked.map((r) => ({ start: r.start, end: r.end, rule: 'input/front-matter' }));
  pushAll(masks, chrome);
  // Rules see the text with front matter and chrome already blank, so they can match none of them.
  const seen = blankOut(text, masks);
  const pieces = splitLines(seen);
  // Per piece, the rule that masked it; a line counts as masked when all its pieces are.
  const maskedBy: Array<string | null> = new Array(pieces.length).fill(null);
  const found: Mask[] = [];

  for (let q = 0; q < pieces.length; q++) {
    const piece = pieces[q];
    const rule = rules().find((r) => r.before === null && r.test(piece.text, piece.words));
    if (!rule) continue;
    const last = rule.block && rule.block.open(piece.text, piece.words) ? blockEnd(pieces, q, rule) : q;
    // A block is the appeal's whole paragraph, from its opening line through its last appeal line.
    found.push({ start: piece.start, end: pieces[last].end, rule: rule.id });
    for (let k = q; k <= last; k++) maskedBy[k] = rule.id;
    q = last;
  }

  // Rules that look at the next line: a cut-off caption ("... is likely to meet in…") before its credit.
  const contextual = rules().filter((r) => r.before !== null);
  for (let q = 0; q < pieces.length && contextual.length > 0; q++) {
    const piece = pieces[q];
    const next = pieces[q + 1];
    // The last piece of a line not masked itself, followed by a line masked whole.
    if (maskedBy[q] !== null || !next || next.line === piece.line || !wholeLineMasked(pieces, maskedBy, q + 1)) continue;
    for (const rule of contextual) {
      if (!rule.before!.has(maskedBy[q + 1]!) || !rule.test(piece.text, piece.words)) continue;
      const start = rule.lastSentence ? piece.start + lastSentenceStart(piece.text) : piece.start;
      found.push({ start, end: piece.end, rule: rule.id });
      break;
    }
  }

  pushAll(masks, found);
  masks.sort((a, b) => a.start - b.start);
  return { body: blankOut(seen, found), masks };
}

/** Whether every piece of the line that starts at piece `q` was masked. */
function wholeLineMasked(pieces: Piece[], maskedBy: Array<string | null>, q: number): boolean {
  for (let k = q; k < pieces.length && pieces[k].line === pieces[q].line; k++) if (maskedBy[k] === null) return false;
  return true;
}

/**
 * Where a block opened at piece `q` ends: the last piece matching the rule within the next
 * `within` non-empty lines ("Your support makes all the difference." after four lines of appeal),
 * or `q` itself when none does.
 */
function blockEnd(pieces: Piece[], q: number, rule: Rule): number {
  const lastLine = pieces[q].line + rule.block!.within;
  let end = q;
  for (let k = q + 1; k < pieces.length && pieces[k].line <= lastLine; k++) {
    if (rule.test(pieces[k].text, pieces[k].words)) end = k;
  }
  return end;
}

/**
 * The non-empty lines of `text` as pieces, in order: each trimmed, and cut where a sentence is
 * glued to the next one. `line` counts non-empty lines only, so blank lines never break a block.
 */
function splitLines(text: string): Piece[] {
  const out: Piece[] = [];
  let line = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const before = out.length;
    let from = lineStart;
    for (const cut of [...gluedBoundaries(text, lineStart, lineEnd), lineEnd]) {
      const piece = trimmedPiece(text, from, cut, line);
      if (piece) out.push(piece);
      from = cut;
    }
    if (out.length > before) line++;
    lineStart = lineEnd + 1;
  }
  return out;
}

function trimmedPiece(text: string, from: number, to: number, line: number): Piece | null {
  let s = from;
  let e = to;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (s === e) return null;
  const piece = text.slice(s, e);
  return { start: s, end: e, line, text: piece, words: countWords(piece) };
}

/** The number of whitespace-separated words of `text`. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Whitespace as `String.prototype.trim` sees it (masks leave spaces; pasted text has NBSPs). */
export function isSpace(c: number): boolean {
  return c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Offset in `text` of its last sentence: after the last ". " or ".” " before a capital. */
function lastSentenceStart(text: string): number {
  const re = /[.!?]["”’)]?\s+(?=[\p{Lu}“"‘])/gu;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) start = m.index + m[0].length;
  return start;
}

/** Replaces every character of the masked ranges but line breaks with a space. */
function blankOut(text: string, masks: Mask[]): string {
  if (masks.length === 0) return text;
  const sorted = [...masks].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const m of sorted) {
    const start = Math.max(at, m.start);
    const end = Math.min(text.length, m.end);
    if (end <= start) continue;
    parts.push(text.slice(at, start), text.slice(start, end).replace(/[^\n]/g, ' '));
    at = end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
