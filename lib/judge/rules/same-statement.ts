/**
 * Same statement, other value: two claims whose sentences are near-identical apart from the value
 * ("landed in the capital early on _") and whose values cannot both be true are a `conflict`,
 * whatever else is known: this is what a copied-and-edited report looks like, and it needs no
 * date. Across events too: an event is dated by these very values, so a changed date lands in
 * another one.
 */
import { pushTo } from '../../util/group.ts';
import type { Candidate } from '../claims/index.ts';
import { compatible, NEAR_DUPLICATE, sameStatement, STATEMENT_SHIFT, statementBlock } from '../compare.ts';
import { nameWords } from '../../text/names.ts';
import type { Draft, Rule, SlotBlock } from '../rule.ts';

/** The key of a claim's fact in {@link SlotBlock.changed}: a number as written has no fact, only a place. */
export const changedKey = (c: Candidate): string => `${c.article}\u0000${c.fact || c.start}`;

/** The same-statement rule. */
export const sameStatementRule: Rule<SlotBlock> = {
  id: 'same-statement',
  describe: 'Copies of one sentence (the words right before and after the value the same) give incompatible values: an edited copy.',
  judge(block) {
    const { claims: list, memo, used, changed } = block;
    const out: Draft[] = [];
    // Copies stand at the same offsets, give or take an edit: the nearest pairs are taken first.
    // A statement found unchanged in the other article (same words, same value, same words around)
    // is not the changed copy of another one there.
    const stated = new Set(list.map((c) => statementKey(c.article, c)));
    const unchanged = (c: Candidate, other: string): boolean => stated.has(statementKey(other, c));
    const copies = pairsOf(list, (a, b) => differs(a, b) && sameStatement(a, b, memo))
      .filter(([a, b]) => !unchanged(a, b.article) && !unchanged(b, a.article))
      .sort(([a, b], [c, d]) => Math.abs(a.start - b.start) - Math.abs(c.start - d.start) || a.start - c.start || b.start - d.start);
    for (const [a, b] of copies) {
      if (used.has(a) || used.has(b)) continue;
      used.add(a).add(b);
      if (changed.has(changedKey(a)) || changed.has(changedKey(b))) continue;
      changed.add(changedKey(a)).add(changedKey(b));
      out.push({ verdict: 'conflict', rule: 'same-statement', claims: [a, b], confidence: 0.9 });
    }
    return out;
  },
};

/** A claim's sentence, words, value and neighbours, as stated in one article. */
function statementKey(article: string, c: Candidate): string {
  // The sentence index too: a text may say the same twice ("a 15-year-old boy"), and a copy that
  // changes one of the two still holds the other unchanged.
  return [article, c.sentence, c.text, c.value ?? '', c.sides?.[0] ?? '', c.sides?.[1] ?? ''].join('\u0000');
}

/**
 * Whether two copies of one statement differ in value. A number in the same words is compared
 * as written: "more than 40" and "more than 52" overlap as ranges, but one statement cannot say both.
 */
function differs(a: Candidate, b: Candidate): boolean {
  // "about 15 miles" in one copy, "about 24km" in the other: one measure converted, compared as one.
  if (a.cmp.kind === 'number' && b.cmp.kind === 'number') return a.unit !== b.unit ? compatible(a.cmp, b.cmp) === false : a.value !== b.value;
  // "Robert J Pickell" and "Robert J. Pickell": one name, punctuated two ways.
  if (a.attribute === 'name' && b.attribute === 'name') return nameWords(a.value ?? '').join(' ') !== nameWords(b.value ?? '').join(' ');
  // One quotation in two copies of a sentence: any word changed is another quotation, even one
  // that reads like an excerpt of it.
  if (a.cmp.kind === 'quote' && b.cmp.kind === 'quote') {
    const [x, y] = [` ${a.cmp.words.join(' ')} `, ` ${b.cmp.words.join(' ')} `];
    // One copy quoting more of the remark ("... the rest of his life. I'm not disappointed") is no change.
    return !x.includes(y) && !y.includes(x);
  }
  // "at 23:15 GMT on Monday" and "at 6:15 a.m. local time on Tuesday" in a place seven hours ahead:
  // one instant, whose weekday differs by zone; compared as instants.
  // But "Thursday 29 July 2004 08.23 BST" and "Sunday 29 July 2004 08.23 BST": one day, two
  // weekdays — a changed word, not another zone.
  if (a.cmp.kind === 'interval' && b.cmp.kind === 'interval' && a.cmp.instant !== undefined && b.cmp.instant !== undefined) {
    const sameDay = a.cmp.interval.from === b.cmp.interval.from;
    if (sameDay && a.weekday !== undefined && b.weekday !== undefined && a.weekday !== b.weekday) return true;
    return compatible(a.cmp, b.cmp) === false;
  }
  // "on Saturday 8 October" and "on Tuesday 8 October": one date, two statements.
  if (a.weekday !== undefined && b.weekday !== undefined && a.weekday !== b.weekday) return true;
  return compatible(a.cmp, b.cmp) === false;
}

/**
 * The pairs of claims from different articles that are copies of one statement with another value
 * (`changedCopy`, asked of two claims of one type), in the order of the list (first by the earlier
 * claim, then by the later). Claims that say the same in the same place (the k reprints of one
 * wire story) are asked about once: `changedCopy` reads only what a claim says, never its article.
 * Those are blocked by the words around the value ({@link statementBlock}) and, within a block, by
 * where the value stands in its sentence; so the questions grow with the distinct statements, and
 * the pairs with the copies that did change a value, not with the square of the block.
 */
function pairsOf(group: readonly Candidate[], changedCopy: (a: Candidate, b: Candidate) => boolean): Array<[Candidate, Candidate]> {
  // One entry per distinct statement: its first claim asks, and the claims that share it.
  const byContent = new Map<string, number[]>();
  const blocks = new Map<string, number[]>();
  group.forEach((c, i) => {
    const block = statementBlock(c);
    if (block === null) return;
    const key = contentKey(c);
    const same = byContent.get(key);
    if (same) same.push(i);
    else {
      byContent.set(key, [i]);
      pushTo(blocks, `${c.type}\u0000${block}`, i);
    }
  });
  const members = (i: number): number[] => byContent.get(contentKey(group[i]))!;
  const found: Array<[number, number]> = [];
  const at = (i: number): number => group[i].at ?? 0;
  for (const list of blocks.values()) {
    if (list.length < 2) continue;
    for (const [x, y] of nearBefore(group, list)) {
      // One wording is never two copies, nor are values far apart in their sentences ({@link sameStatement}).
      if (group[x].text === group[y].text || Math.abs(at(x) - at(y)) > STATEMENT_SHIFT) continue;
      if (!changedCopy(group[x], group[y])) continue;
      for (const i of members(x)) {
        for (const j of members(y)) {
          if (group[i].article !== group[j].article) found.push(i < j ? [i, j] : [j, i]);
        }
      }
    }
  }
  found.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  return found.map(([i, j]) => [group[i], group[j]]);
}

/**
 * The least share of its own bigrams a string must share with another for their similarity to
 * reach t = {@link NEAR_DUPLICATE}: 2I / (n1 + n2) ≥ t with I ≤ n2 gives I ≥ t / (2 − t) × n1 (2/3 at 0.8).
 */
const SHARE = NEAR_DUPLICATE / (2 - NEAR_DUPLICATE);

/**
 * The pairs (x < y) of the listed claims whose words before the value can be near-identical
 * (bigram similarity at least {@link NEAR_DUPLICATE}, as {@link sameStatement} asks), found by a
 * prefix filter rather than by pairing all: a similarity of 0.8 needs two strings to share at least
 * two thirds of the bigrams of each ({@link SHARE}), so any two such strings share one of the
 * rarest third (plus one) of either's bigrams — each claim is filed under those only. "killed _ people" in a
 * thousand articles meets only the copies of its own sentence, not the other 999.
 */
function nearBefore(group: readonly Candidate[], list: readonly number[]): Array<[number, number]> {
  // Bigrams as string-similarity counts them (white space removed), the k-th repeat its own token,
  // so that the shared tokens are the bigrams the similarity counts as shared.
  const tokens = list.map((i) => {
    const s = (group[i].sides?.[0] ?? '').replace(/\s+/g, '');
    const seen = new Map<string, number>();
    const out: string[] = [];
    for (let k = 0; k + 1 < s.length; k++) {
      const g = s.slice(k, k + 2);
      const n = (seen.get(g) ?? 0) + 1;
      seen.set(g, n);
      out.push(`${g}\u0000${n}`);
    }
    return { exact: `=${s}`, out };
  });
  const df = new Map<string, number>();
  for (const { out } of tokens) for (const t of out) df.set(t, (df.get(t) ?? 0) + 1);
  const filed = new Map<string, number[]>();
  list.forEach((i, p) => {
    const { exact, out } = tokens[p];
    // Equal strings are similar whatever their length (one letter, none).
    pushTo(filed, exact, i);
    out.sort((a, b) => df.get(a)! - df.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
    // Shared at least SHARE × n of its n: a prefix of n - ceil(SHARE × n) + 1, one more for rounding.
    const prefix = Math.min(out.length, out.length - Math.ceil(SHARE * out.length) + 2);
    for (let k = 0; k < prefix; k++) pushTo(filed, out[k], i);
  });
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const n = group.length;
  for (const ids of filed.values()) {
    for (let a = 0; a < ids.length; a++) {
      for (let b = a + 1; b < ids.length; b++) {
        const [x, y] = ids[a] < ids[b] ? [ids[a], ids[b]] : [ids[b], ids[a]];
        if (seen.has(x * n + y)) continue;
        seen.add(x * n + y);
        pairs.push([x, y]);
      }
    }
  }
  return pairs;
}

/**
 * Everything {@link differs} and {@link sameStatement} read of a claim, as one string: claims with
 * the same key give the same answers with any other claim.
 */
function contentKey(c: Candidate): string {
  return [c.type, c.attribute, c.text, c.value ?? '', c.unit ?? '', c.weekday ?? '', c.at ?? '', c.sentence, c.context, c.sides?.[0] ?? '', c.sides?.[1] ?? '', comparableKey(c.cmp)].join('\u0000');
}

/**
 * Every field of a comparable form, as one string: written out by hand, each number as JS writes
 * it (Infinity for an open range), a ten-thousand-claim block is keyed in a fraction of the time a
 * JSON writer with a replacer takes.
 */
function comparableKey(c: Candidate['cmp']): string {
  switch (c.kind) {
    case 'interval':
      return `interval|${c.interval.from}|${c.interval.to}|${c.interval.grain}|${c.instant ?? ''}`;
    case 'stated':
      return `stated|${c.weekday ?? ''}|${c.month ?? ''}|${c.day ?? ''}`;
    case 'number':
      return `number|${c.range.value}|${c.range.low}|${c.range.high}|${c.range.exact}`;
    case 'quote':
      // A quotation's words hold no space (`quoteWords` splits on everything but letters, digits and apostrophes).
      return `quote|${c.words.join(' ')}`;
    case 'role':
      return `role|${c.role}`;
    case 'duration':
    case 'place':
    case 'exact':
      return `${c.kind}|${c.value}`;
  }
}
