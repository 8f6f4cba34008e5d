/**
 * Scores the time facts of the real pipeline against data/gold/time.jsonl.
 *
 *   npm run eval:time [-- --verbose]
 *
 * Every article of the gold file (seeds in data/seeds/, ECB+ dev articles in
 * ../shared/dev/ecbplus/articles/) is read as a `.txt` input with the gold publication date given
 * as a manifest gives it, then `prepare` and the default extractors run on it, exactly as in
 * `crosscheck facts`. Only facts of kind `time` are scored.
 *
 * Printed, for the dev articles, the seeds and all together:
 * - span P/R/F1, strict (same start and end) and relaxed (the spans overlap), one-to-one; and
 *   "strict but for a leading preposition": the system's spans take in the governing "on"/"in"/"at"
 *   ("on Tuesday", see lib/extract/time/README.md) where the gold leaves it out, so this line shows
 *   how much of the strict gap is that convention alone;
 * - value accuracy on the relaxed span pairs;
 * - value P/R/F1: a system fact is a hit when it overlaps a gold span, one-to-one, and its value
 *   (and, when either side is a range, its end value) equals the gold's.
 *
 * Value comparison: exact strings, with one convention of the project made explicit. A part of the
 * day ("Thursday evening", gold `2024-05-16TEV`) keeps the date as the system's value (see
 * lib/extract/time/README.md: the part is in the rule and chain), so the gold's part-of-day suffix
 * (TMO, TAF, TEV, TNI, TDT) is dropped before comparing. The gold `mod` (APPROX, START, ...) is not
 * compared. `--verbose` lists every miss and false alarm per article.
 */
import { add, pairUp, q, readGold, runPipeline, showPrf, verbose, zero, type Counts, type GoldTime, type GoldTimeArticle } from './eval-common.ts';
import type { TimeFact } from '../lib/types.ts';
import { ECB_ARTICLES, needShared } from './lib/shared.ts';

/** The gold value as the system writes it: "2024-05-16TEV" → "2024-05-16". */
function goldValue(v: string | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  return v.replace(/T(?:MO|AF|EV|NI|DT)$/, '');
}

/** True when the system fact carries the gold value (and the same end of a range). */
function sameValue(g: GoldTime, s: TimeFact): boolean {
  if (s.value === null || s.value !== goldValue(g.value)) return false;
  return (s.endValue ?? null) === (goldValue(g.end_value) ?? null);
}

const shown = (v: string | null | undefined, e?: string | null): string => `${v ?? 'null'}${e ? `/${e}` : ''}`;

/** Start of a system span without its leading preposition: "on Tuesday" → the offset of "Tuesday". */
function startWithoutPreposition(s: TimeFact): number {
  const m = /^(?:on|in|at|during|from|since|by|until|for|of)\s+/i.exec(s.text);
  return m ? s.start + m[0].length : s.start;
}

interface Tally {
  strict: Counts;
  strictNoPrep: Counts;
  relaxed: Counts;
  value: Counts;
  /** Value-correct pairs among the relaxed span pairs, and the number of such pairs. */
  acc: { ok: number; n: number };
}
const tally = (): Tally => ({ strict: zero(), strictNoPrep: zero(), relaxed: zero(), value: zero(), acc: { ok: 0, n: 0 } });

const groups: Record<string, Tally> = { dev: tally(), seeds: tally(), all: tally() };
const lines: string[] = [];
needShared('eval:time', ECB_ARTICLES);

for (const g of readGold<GoldTimeArticle>('time.jsonl')) {
  const { facts } = runPipeline(g.source, g.article, g.published);
  const sys = facts.filter((f): f is TimeFact => f.kind === 'time');
  const gold = g.times;
  const t = tally();
  const strict = pairUp(gold, sys, (a, b) => a.start === b.start && a.end === b.end);
  const strictNoPrep = pairUp(gold, sys, (a, b) => (a.start === b.start || a.start === startWithoutPreposition(b)) && a.end === b.end);
  const relaxed = pairUp(gold, sys, () => true);
  const value = pairUp(gold, sys, sameValue);
  t.strict = { tp: strict.size, sys: sys.length, gold: gold.length };
  t.strictNoPrep = { tp: strictNoPrep.size, sys: sys.length, gold: gold.length };
  t.relaxed = { tp: relaxed.size, sys: sys.length, gold: gold.length };
  t.value = { tp: value.size, sys: sys.length, gold: gold.length };
  for (const [gi, si] of relaxed) {
    t.acc.n++;
    if (sameValue(gold[gi], sys[si])) t.acc.ok++;
  }
  for (const key of [g.source === 'seeds' ? 'seeds' : 'dev', 'all']) {
    const into = groups[key];
    add(into.strict, t.strict);
    add(into.strictNoPrep, t.strictNoPrep);
    add(into.relaxed, t.relaxed);
    add(into.value, t.value);
    into.acc.ok += t.acc.ok;
    into.acc.n += t.acc.n;
  }
  if (verbose) {
    const errs: string[] = [];
    const sysPaired = new Set(relaxed.values());
    gold.forEach((x, gi) => {
      const si = relaxed.get(gi);
      if (si === undefined) errs.push(`  miss   ${q(x.text)}@${x.start} ${x.type} ${shown(x.value, x.end_value)}`);
      else if (!value.has(gi) || value.get(gi) !== si) {
        const s = sys[si];
        const span = s.start === x.start && s.end === x.end ? '' : ` span ${q(s.text)}`;
        errs.push(`  value  ${q(x.text)}@${x.start} gold ${shown(x.value, x.end_value)} got ${shown(s.value, s.endValue)}${span} [${s.rule}]`);
      } else if (sys[si].start !== x.start || sys[si].end !== x.end) errs.push(`  span   ${q(x.text)}@${x.start} got ${q(sys[si].text)}@${sys[si].start}`);
    });
    sys.forEach((s, si) => {
      if (!sysPaired.has(si)) errs.push(`  extra  ${q(s.text)}@${s.start} ${s.timex} ${shown(s.value, s.endValue)} [${s.rule}]`);
    });
    if (errs.length) lines.push(`${g.article} (${g.source}, published ${g.published})`, ...errs);
  }
}

if (verbose && lines.length) console.log(`${lines.join('\n')}\n`);
for (const [name, t] of Object.entries(groups)) {
  console.log(`time ${name}: ${t.strict.gold} gold, ${t.strict.sys} system`);
  console.log(`  span strict   ${showPrf(t.strict)}`);
  console.log(`  span strict but for a leading preposition  ${showPrf(t.strictNoPrep)}`);
  console.log(`  span relaxed  ${showPrf(t.relaxed)}`);
  console.log(`  value accuracy on relaxed span pairs ${(t.acc.n ? t.acc.ok / t.acc.n : 1).toFixed(3)} (${t.acc.ok}/${t.acc.n})`);
  console.log(`  value         ${showPrf(t.value)}`);
}
