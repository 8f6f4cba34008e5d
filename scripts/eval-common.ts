/**
 * What the evaluation scripts share: reading the gold files of data/gold/ (see
 * data/gold/GUIDELINES.md), running the real pipeline on the articles they name, one-to-one span
 * matching, and printing precision / recall / F1.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFacts } from '../lib/extract/index.ts';
import { defaultExtractors } from '../lib/extract/registry.ts';
import { loadText } from '../lib/load/text.ts';
import { prepare } from '../lib/pipeline.ts';
import type { Fact } from '../lib/types.ts';

/** The project root. */
export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

/** Where the articles of each gold `source` are. */
export const SOURCE_DIRS: Record<string, string> = {
  seeds: join(ROOT, 'data', 'seeds'),
  ecbplus: join(ROOT, '..', 'shared', 'dev', 'ecbplus', 'articles'),
};

/** One gold time expression, as in data/gold/time.jsonl. */
export interface GoldTime {
  text: string;
  start: number;
  end: number;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string | null;
  end_value?: string;
  mod?: string;
}

/** One line of data/gold/time.jsonl. */
export interface GoldTimeArticle {
  article: string;
  source: 'seeds' | 'ecbplus' | 'aquaint';
  published: string;
  publishedWhy: string;
  times: GoldTime[];
}

/** One gold fact, as in data/gold/facts.jsonl. */
export interface GoldFact {
  kind: string;
  text: string;
  start: number;
  end: number;
  value: string | number;
  unit?: string;
  counted?: string;
  qualifier?: string;
  role?: string;
  speaker?: string | null;
}

/** One line of data/gold/facts.jsonl. */
export interface GoldFactArticle {
  article: string;
  published: string;
  facts: GoldFact[];
}

/** The records of a JSON-lines gold file in data/gold/. */
export function readGold<T>(name: string): T[] {
  return readFileSync(join(ROOT, 'data', 'gold', name), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

/**
 * The facts the real pipeline finds in one gold article (`given`: its text when it is not a file of
 * a source folder, as for the AQUAINT documents): read as a `.txt` input, the gold
 * publication date given as a manifest would give it, then `prepare` and the default extractors.
 * Gold offsets are into the file as stored; a BOM (which the loader drops) shifts them by one, so
 * the facts are shifted back to file offsets.
 */
export function runPipeline(source: string, article: string, published: string, given?: string): { text: string; facts: Fact[] } {
  const file = join(SOURCE_DIRS[source] ?? source, `${article}.txt`);
  const raw = given ?? readFileSync(file, 'utf8');
  const bom = raw.startsWith('\uFEFF') ? 1 : 0;
  const loaded = loadText(file, raw.slice(bom));
  const doc = prepare({ ...loaded, published, publishedFrom: 'metadata', publishedWhy: 'manifest' });
  const facts = extractFacts(doc, defaultExtractors).map((f) => (bom ? { ...f, start: f.start + bom, end: f.end + bom } : f));
  return { text: raw, facts };
}

/** Anything with a span. */
export interface Spanned {
  start: number;
  end: number;
}

/** The number of code units two spans share (0 when they do not overlap). */
export function overlap(a: Spanned, b: Spanned): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * One-to-one pairs of gold and system items: for each gold item in order, the still unpaired
 * system item that `ok` accepts with the largest overlap (ties: the earlier one). Deterministic,
 * and linear enough for the few dozen items of an article.
 */
export function pairUp<G extends Spanned, S extends Spanned>(gold: readonly G[], sys: readonly S[], ok: (g: G, s: S) => boolean): Map<number, number> {
  const used = new Set<number>();
  const pairs = new Map<number, number>();
  gold.forEach((g, gi) => {
    let best = -1;
    let bestOv = 0;
    sys.forEach((s, si) => {
      if (used.has(si)) return;
      const ov = overlap(g, s);
      if (ov > bestOv && ok(g, s)) {
        best = si;
        bestOv = ov;
      }
    });
    if (best >= 0) {
      used.add(best);
      pairs.set(gi, best);
    }
  });
  return pairs;
}

/** Counts of true positives, system items and gold items. */
export interface Counts {
  tp: number;
  sys: number;
  gold: number;
}

/** A fresh zero count. */
export const zero = (): Counts => ({ tp: 0, sys: 0, gold: 0 });

/** Adds `b` into `a`. */
export function add(a: Counts, b: Counts): void {
  a.tp += b.tp;
  a.sys += b.sys;
  a.gold += b.gold;
}

/** Precision, recall and F1 of counts (1 when there is nothing to find or nothing found). */
export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.sys === 0 ? 1 : c.tp / c.sys;
  const r = c.gold === 0 ? 1 : c.tp / c.gold;
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f };
}

/** "P 0.912 (52/57)  R 0.881 (52/59)  F1 0.896". */
export function showPrf(c: Counts): string {
  const { p, r, f } = prf(c);
  return `P ${p.toFixed(3)} (${c.tp}/${c.sys})  R ${r.toFixed(3)} (${c.tp}/${c.gold})  F1 ${f.toFixed(3)}`;
}

/** True when `--verbose` (or `-v`) is on the command line. */
export const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');

/** Text of a span for error lists: one line, quoted. */
export const q = (s: string): string => JSON.stringify(s.replace(/\s+/g, ' '));
