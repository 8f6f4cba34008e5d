/**
 * Site chrome learned across the inputs (issue 16): a site's navigation ("Home | World | Live |
 * Trending"), its section lists, share bars, date banners ("| 14 June 2024, Friday |"), captions
 * and credits repeat on every page of that site, and left in the text they decide the grouping
 * (two stories of one site shared more words with each other than with other reports of their
 * events) and the publication date (a banner about the day the page was saved).
 *
 * A line shared by several inputs that does not read as a sentence of a story is masked in each
 * input that has it, with offsets kept, before cleaning and everything after it read the text.
 * The thresholds are data (`data/chrome.json`). The result depends on the set of inputs only, not
 * their order: counts are of distinct inputs per line.
 */
import { dataJson, lazy } from '../text/words.ts';
import type { Article, Mask, Range } from '../types.ts';
import { countWords, isSpace } from './index.ts';

/** The rule id of a mask this pass makes. */
export const CHROME_RULE = 'chrome/repeated-line';

/** `data/chrome.json` as written. */
interface ChromeData {
  sameOutlet: number;
  anyOutlet: number;
  maxWords: number;
  sentence: { minWords: number; ends: string };
  copies: { minWords: number; maxInputs: number };
  dateLine: { pattern: string; maxWords: number };
  edgeLines: { head: number; tail: number };
  maxLineChars: number;
}

/** The settings, with the date-line pattern compiled. */
interface Settings extends ChromeData {
  isDateLine: (line: string, words: number) => boolean;
}

const settings = lazy((): Settings => {
  const d = dataJson<ChromeData>('chrome.json');
  const ok = d.sameOutlet >= 2 && d.anyOutlet >= 2 && d.maxWords >= 1 && d.sentence?.minWords >= 1 && typeof d.sentence.ends === 'string' && d.copies?.minWords >= 1 && d.copies.maxInputs >= 2 && typeof d.dateLine?.pattern === 'string' && d.edgeLines?.head >= 1 && d.edgeLines.tail >= 0 && d.maxLineChars >= 1;
  if (!ok) throw new Error('data/chrome.json: expected sameOutlet, anyOutlet, maxWords, sentence {minWords, ends}, copies {minWords, maxInputs}, dateLine {pattern, maxWords}, edgeLines {head, tail}, maxLineChars');
  const year = new RegExp(d.dateLine.pattern);
  return { ...d, isDateLine: (line, words) => words <= d.dateLine.maxWords && year.test(line) };
});

/** A line of an input that could be chrome: its range and the key it is compared by. */
interface Line extends Range {
  key: string;
  /** "| 14 June 2024 |", "July 13, 2009": counted only among pages of one outlet. */
  date: boolean;
}

/** What one input gives the pass: its candidate lines and the keys of its long sentences. */
interface Read {
  lines: Line[];
  sentences: string[];
}

/**
 * Per article id, the lines to mask as site chrome (sorted by offset); articles with none are
 * absent. Pure: the same set of articles gives the same masks, in any order.
 */
export function siteChrome(articles: readonly Article[]): Map<string, Mask[]> {
  const s = settings();
  const reads = articles.map((a) => readLines(a, s));
  const family = copyFamilies(reads, s);
  // key → the inputs (by index) that have the line.
  const inputs = new Map<string, number[]>();
  reads.forEach((r, i) => {
    for (const l of r.lines) {
      const list = inputs.get(l.key);
      if (list) list.push(i);
      else inputs.set(l.key, [i]);
    }
  });
  const outlets = articles.map(outletOf);
  const out = new Map<string, Mask[]>();
  reads.forEach((r, i) => {
    const counts = r.lines.map((l) => familyCounts(inputs.get(l.key)!, family, outlets, outlets[i]));
    // Across outlets, a line counts only in a block of such lines ("Home | World", "Trending", a
    // list of headlines): one shared line alone is more often the headline of one story.
    const wide = counts.map((c, k) => !r.lines[k].date && c.all >= s.anyOutlet);
    const masks: Mask[] = [];
    r.lines.forEach((l, k) => {
      const block = wide[k] && (wide[k - 1] === true || wide[k + 1] === true);
      if (counts[k].same < s.sameOutlet && !block) return;
      masks.push({ start: l.start, end: l.end, rule: CHROME_RULE });
    });
    if (masks.length > 0) out.set(articles[i].id, masks);
  });
  return out;
}

/** How many copy families have a line the inputs `shared` have: in all, and of this input's outlet. */
function familyCounts(shared: readonly number[], family: readonly number[], outlets: ReadonlyArray<string | null>, outlet: string | null): { all: number; same: number } {
  const all = new Set<number>();
  const same = new Set<number>();
  for (const j of shared) {
    all.add(family[j]);
    if (outlet !== null && outlets[j] === outlet) same.add(family[j]);
  }
  return { all: all.size, same: same.size };
}

/**
 * The copy family of each input: inputs that share a long sentence (a wire story two outlets
 * print, two versions of one story) are one family, the smallest index naming it. Union-find
 * with path halving: no recursion, near-linear in the sentences.
 */
function copyFamilies(reads: readonly Read[], s: Settings): number[] {
  const parent = reads.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  // sentence → the first input that has it and how many do.
  const first = new Map<string, { at: number; count: number }>();
  reads.forEach((r, i) => {
    for (const key of r.sentences) {
      const seen = first.get(key);
      if (seen) seen.count++;
      else first.set(key, { at: i, count: 1 });
    }
  });
  reads.forEach((r, i) => {
    for (const key of r.sentences) {
      const { at, count } = first.get(key)!;
      // A sentence in very many inputs ("All rights reserved. This material may not be ...") is boilerplate: it links none.
      if (at === i || count > s.copies.maxInputs) continue;
      const ra = root(at);
      const rb = root(i);
      if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  });
  return parent.map((_, i) => root(i));
}

/**
 * The outlet an article comes from, for "pages of one outlet": its outlet as metadata names it,
 * else the host of its URL ("www.example.com" → "example.com"), else null (unknown).
 */
export function outletOf(a: Article): string | null {
  if (a.outlet && a.outlet.trim() !== '') return a.outlet.trim().toLowerCase();
  if (!a.url) return null;
  // "https://www.example.com/world/2024/..." → "example.com"
  const m = /^[a-z][a-z0-9+.-]{0,20}:\/\/(?:www\.)?([^/?#:\s]{1,253})/i.exec(a.url.trim());
  return m ? m[1].toLowerCase() : null;
}

/**
 * The lines of an article that could be chrome, each once (not blank, not in its pre-masked front
 * matter, at most `maxWords` words, not reading as a sentence, not its own title), and the keys of
 * its sentence lines of at least `copies.minWords` words, which tell copies of one story.
 */
function readLines(a: Article, s: Settings): Read {
  const text = a.text;
  const title = a.title ? keyOf(a.title) : null;
  const lines: Line[] = [];
  const sentences = new Set<string>();
  const seen = new Set<string>();
  /** Reads the line [from, to); false when it was blank. */
  const read = (from: number, to: number): boolean => {
    let start = from;
    let end = to;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (start === end) return false;
    // A line longer than any story paragraph is neither chrome nor worth comparing.
    if (end - start > s.maxLineChars || inRanges(a.preMasked, start, end)) return true;
    const line = text.slice(start, end);
    const words = countWords(line);
    if (isSentence(line, words, s)) {
      if (words >= s.copies.minWords) sentences.add(keyOf(line));
      return true;
    }
    if (words > s.maxWords) return true;
    const key = keyOf(line);
    if (key === title || seen.has(key)) return true;
    seen.add(key);
    lines.push({ start, end, key, date: s.isDateLine(line, words) });
    return true;
  };
  // Chrome sits above and below the story: only the first and the last lines are read, so a
  // hostile input of a million short lines costs no more than a long article.
  let from = 0;
  for (let n = 0; from <= text.length && n < s.edgeLines.head; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (read(from, to)) n++;
    from = to + 1;
  }
  const tail: Line[] = [];
  const head = lines.splice(0, lines.length);
  let to = text.length;
  for (let n = 0; to >= from && n < s.edgeLines.tail; ) {
    const start = Math.max(from, text.lastIndexOf('\n', to - 1) + 1);
    if (read(start, to)) n++;
    to = start - 1;
  }
  // The tail was read backwards: put it back in text order after the head.
  for (let k = lines.length - 1; k >= 0; k--) tail.push(lines[k]);
  return { lines: head.concat(tail), sentences: [...sentences] };
}

/**
 * "Rescue boats pulled 80 survivors from the water." reads as a sentence; "World | Live |
 * Trending", "Share this", "| 14 June 2024, Friday |" and a headline do not.
 */
function isSentence(line: string, words: number, s: ChromeData): boolean {
  if (words < s.sentence.minWords) return false;
  // "... the coast guard said." and '... all year. "': the last character before closing quotes, brackets and spaces.
  let i = line.length - 1;
  while (i > 0 && (isSpace(line.charCodeAt(i)) || '"”’\')]'.includes(line[i]))) i--;
  return s.sentence.ends.includes(line[i]);
}

/** "Home  |  World" and "home | world" compare equal. */
function keyOf(line: string): string {
  return line.trim().replace(/\s+/g, ' ').toLowerCase();
}

function inRanges(ranges: readonly Range[], start: number, end: number): boolean {
  return ranges.some((r) => r.start < end && start < r.end);
}
