/**
 * Name spelling: articles of one event spell one person's name two ways — the same first name and
 * a last name one or two letters apart ("Duncan Rait", "Duncan Raite"), or the same last name and
 * a first name so close ("LaTonya", "Latoya"; "Jon", "John"). A `conflict`: one spelling is wrong.
 * Names no article gives both ways, each of two words or more; an article giving both is left out
 * (it may name two people: "Mark and Mary Gray").
 */
import { groupBy, pushTo } from '../../util/group.ts';
import { editDistance } from '../../util/edit.ts';
import { nameKey, nameWords } from '../../text/names.ts';
import type { Candidate } from '../claims/index.ts';
import { spelling } from '../claims/quote.ts';
import type { Rule } from '../rule.ts';


/** The name claims of one block (all events). */
export interface NameBlock {
  claims: readonly Candidate[];
}

/**
 * True when two name words are one spelled two ways: at most one letter apart, or two in words of
 * six letters or more ("Bryant", "Brian"). Short words ("Wei", "Wen") differ by one letter too
 * often to be one name, unless a letter was left out ("Jon", "John"); a form two letters or more
 * shorter is a short form ("Rob", "Robert"), not a misspelling.
 */
function close(a: string, b: string): boolean {
  if (a === b || a.length < 3 || b.length < 3) return false;
  // "Gurbanguly" and "Gurbanguli", "Mohammed" and "Mohamed": one name in two transliterations or
  // house styles (the same key by nameKey's sound rules), a form variant, not a misspelling.
  if (nameKey(a) === nameKey(b)) return false;
  // "Centre" and "Center": British and American spelling of one word.
  if (spelling(a) === spelling(b)) return false;
  // "Karolos"/"Carolos", "Kurbanguly"/"Gurbanguly", "Alishbandi"/"Alishvandi", "Ilias"/"Elias":
  // letters that romanizations of one name write either way.
  if (romanKey(a) === romanKey(b)) return false;
  if ((a.startsWith(b) || b.startsWith(a)) && Math.abs(a.length - b.length) >= 2) return false;
  if (Math.min(a.length, b.length) <= 3 && a.length === b.length) return false;
  const max = Math.max(a.length, b.length) >= 6 ? 2 : 1;
  return editDistance(a, b, max) <= max;
}

/**
 * A name word with the letters romanizations write either way made one: c and g as k, y as i, v
 * as b, an opening e as i. "Catherine" and "Katherine" meet too: a spelling the rule then leaves
 * to an editor's eye, the price of not calling every transliteration an error.
 */
export function romanKey(w: string): string {
  return w.replace(/[cg]/g, 'k').replace(/y/g, 'i').replace(/v/g, 'b').replace(/^e/, 'i');
}

/** True when two full names are one person's name spelled two ways. */
export function variants(x: string, y: string): boolean {
  const a = nameWords(x);
  const b = nameWords(y);
  // "Robert J Pickell" and "Robert J. Pickell": one name, punctuated two ways.
  if (a.join(' ') === b.join(' ')) return false;
  const [af, al, bf, bl] = [a[0], a[a.length - 1], b[0], b[b.length - 1]];
  return (af === bf && close(al, bl)) || (al === bl && close(af, bf));
}

/**
 * The pairs (i < j, in that order) of a bucket's names whose other word — the last when they share
 * the first (`byLast`), else the first — can be one spelled two ways ({@link close}: at most two
 * edits). Found through deletions, not by pairing all: two words at most k edits apart become one
 * word when each loses at most k letters, so names meet under the words their own deletions make.
 * A first or last word shared by thousands of names ("John") costs the names, not their square.
 */
function closePairs(bucket: readonly string[], byLast: boolean): Array<[number, number]> {
  if (bucket.length < 2) return [];
  const under = new Map<string, number[]>();
  bucket.forEach((n, i) => {
    const w = nameWords(n);
    for (const d of deletions(byLast ? w[w.length - 1] : w[0], 2)) pushTo(under, d, i);
  });
  const found = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const list of under.values()) {
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const [i, j] = list[a] < list[b] ? [list[a], list[b]] : [list[b], list[a]];
        if (i === j) continue;
        const k = i * bucket.length + j;
        if (found.has(k)) continue;
        found.add(k);
        out.push([i, j]);
      }
    }
  }
  return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

/** A word and every word made of it by deleting up to `k` letters, each once. */
function deletions(w: string, k: number): Set<string> {
  const out = new Set<string>([w]);
  let level = [w];
  for (let d = 0; d < k; d++) {
    const next: string[] = [];
    for (const x of level) {
      for (let i = 0; i < x.length; i++) {
        const y = x.slice(0, i) + x.slice(i + 1);
        if (!out.has(y)) {
          out.add(y);
          next.push(y);
        }
      }
    }
    level = next;
  }
  return out;
}

/** The name-spelling rule: one finding per two spellings of one name in one event. */
export const nameSpellingRule: Rule<NameBlock> = {
  id: 'name-spelling',
  describe: 'Articles of one event spell one person\'s name two ways ("Duncan Rait", "Duncan Raite"): one spelling is wrong.',
  judge({ claims }) {
    const out: ReturnType<Rule<NameBlock>['judge']> = [];
    const events = groupBy(claims.filter((c) => c.event !== null), (c) => c.event!);
    for (const [, list] of [...events].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const byName = groupBy(list, (c) => c.value!);
      const names = [...byName.keys()].sort();
      // Only names sharing their first or their last word can be variants: compare within those.
      const buckets = new Map<string, string[]>();
      for (const n of names) {
        const w = nameWords(n);
        for (const k of [`f\u0000${w[0]}`, `l\u0000${w[w.length - 1]}`]) (buckets.get(k) ?? buckets.set(k, []).get(k)!).push(n);
      }
      const seen = new Set<string>();
      for (const [word, bucket] of buckets) {
        for (const [i, j] of closePairs(bucket, word.startsWith('f'))) {
          const [x, y] = [bucket[i], bucket[j]];
          const key = `${x}\u0000${y}`;
          if (seen.has(key) || !variants(x, y)) continue;
          seen.add(key);
          const ax = new Set(byName.get(x)!.map((c) => c.article));
          const ay = new Set(byName.get(y)!.map((c) => c.article));
          const first = (cs: readonly Candidate[], other: Set<string>): Candidate[] => [...groupBy(cs.filter((c) => !other.has(c.article)), (c) => c.article).values()].map((g) => g[0]);
          const X = first(byName.get(x)!, ay);
          const Y = first(byName.get(y)!, ax);
          if (X.length === 0 || Y.length === 0) continue;
          const side = (shown: string, cs: Candidate[]): { shown: string; claims: Candidate[]; articles: string[] } => ({ shown, claims: cs, articles: cs.map((c) => c.article).sort() });
          const [big, small] = X.length >= Y.length ? [side(x, X), side(y, Y)] : [side(y, Y), side(x, X)];
          out.push({ verdict: 'conflict', rule: 'name-spelling', claims: [...big.claims, ...small.claims], confidence: 0.6, groups: [big, small] });
        }
      }
    }
    return out;
  },
};
