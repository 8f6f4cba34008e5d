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
import { readAquaint } from './lib/aquaint.ts';
import { ECB_ARTICLES, needShared } from './lib/shared.ts';

/** The gold value as the system writes it: "2024-05-16TEV" → "2024-05-16". */
function goldValue(v: string | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  return v.replace(/T(?:MO|AF|EV|NI|DT)$/, '');
}

/**
 * TempEval-3's value match for the AQUAINT documents: the gold value exactly as annotated, with its
 * part-of-day suffix ("1998-08-07TNI"); a system range counts by its start value alone, since TIMEX3
 * writes a range as one value with a mod.
 */
function sameValueExact(g: GoldTime, s: TimeFact): boolean {
  return s.value !== null && s.value === canonicalWeek(g.value);
}

/**
 * One spelling of one value: some AQUAINT annotators wrote the ISO week unpadded ("2000-W7"), the
 * TIMEX3 guidelines and the tool write it padded ("2000-W07"); the AQUAINT files write a decade
 * with a trailing X ("199X", all four of them), the tool and the project's gold as TIMEX3 does
 * ("199"). Same week, same decade, same value; nothing else is rewritten ("1949-XX" for "1949"
 * claims a month it does not know, and stays a miss).
 */
function canonicalWeek(value: string | null): string | null {
  return value === null ? null : value.replace(/^(\d{4}-W)(\d)(?!\d)/, '$10$2').replace(/^(\d{3})X$/, '$1');
}

/** True when the system fact carries the gold value (and the same end of a range). */
function sameValue(g: GoldTime, s: TimeFact): boolean {
  if (s.value === null || goldValue(s.value) !== goldValue(g.value)) return false;
  return (s.endValue ?? null) === (goldValue(g.end_value) ?? null);
}

/**
 * A range as TIMEX3 writes it: two expressions when the text writes two. "from 1991 to 1997" is one
 * fact of the tool (value 1991, endValue 1997) and two TIMEX3s in both gold files ("1991",
 * "1997"); the fact is scored as its two ends, each with its own span and value. A range inside
 * one expression ("1951-1957", "October 17-18") stays one, as both golds write it.
 */
function asTimex3(f: TimeFact): TimeFact[] {
  if (!f.endValue) return [f];
  let cut: RegExpExecArray | null = null;
  for (const m of f.text.matchAll(/\s{1,3}(?:to|and|through|until|till)\s{1,3}|\s[-–]\s/gi)) cut = m as RegExpExecArray;
  if (cut === null) return [f];
  const at = cut.index;
  const after = at + cut[0].length;
  return [
    { ...f, end: f.start + at, text: f.text.slice(0, at), endValue: undefined },
    { ...f, start: f.start + after, text: f.text.slice(after), value: f.endValue, endValue: undefined },
  ];
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

const groups: Record<string, Tally> = { dev: tally(), seeds: tally(), all: tally(), aquaint: tally(), 'aquaint tune half': tally(), 'aquaint score half': tally() };
const lines: string[] = [];
needShared('eval:time', ECB_ARTICLES);

const aquaintText = new Map(readAquaint().map((d) => [d.id, d.text]));
const articles = [
  ...readGold<GoldTimeArticle>('time.jsonl'),
  ...(aquaintText.size ? readGold<GoldTimeArticle>('aquaint/time.jsonl') : []),
];
/**
 * Per TIMEX3 type on AQUAINT: value hits counted by the gold's type (for R) and by the system's
 * type (for P), gold and system facts of that type.
 */
const byType: Record<string, { byGold: number; bySys: number; gold: number; sys: number }> = {};
/** AQUAINT's halves: the documents in file-name order, odd places to tune on, even ones to score. */
const aquaintIds = [...aquaintText.keys()].sort();
const half = (id: string): 'tune' | 'score' => (aquaintIds.indexOf(id) % 2 === 0 ? 'tune' : 'score');
/** On AQUAINT value hits: the gold `mod` reproduced (both absent counts as right). */
const mods = { ok: 0, n: 0, goldMods: 0, modHits: 0 };

for (const g of articles) {
  const exact = g.source === 'aquaint';
  const same = exact ? sameValueExact : sameValue;
  const given = exact ? aquaintText.get(g.article) : undefined;
  if (exact && given === undefined) continue;
  const { facts, text } = runPipeline(g.source, g.article, g.published, given);
  const times = facts.filter((f): f is TimeFact => f.kind === 'time');
  const sys = times.flatMap(asTimex3);
  const gold = g.times;
  for (const x of gold) if (text.slice(x.start, x.end) !== x.text) throw new Error(`${g.article}: gold span ${q(x.text)}@${x.start} is not in the text`);
  const t = tally();
  const strict = pairUp(gold, sys, (a, b) => a.start === b.start && a.end === b.end);
  const strictNoPrep = pairUp(gold, sys, (a, b) => (a.start === b.start || a.start === startWithoutPreposition(b)) && a.end === b.end);
  const relaxed = pairUp(gold, sys, () => true);
  const value = pairUp(gold, sys, same);
  t.strict = { tp: strict.size, sys: sys.length, gold: gold.length };
  t.strictNoPrep = { tp: strictNoPrep.size, sys: sys.length, gold: gold.length };
  t.relaxed = { tp: relaxed.size, sys: sys.length, gold: gold.length };
  t.value = { tp: value.size, sys: sys.length, gold: gold.length };
  for (const [gi, si] of relaxed) {
    t.acc.n++;
    if (same(gold[gi], sys[si])) t.acc.ok++;
  }
  if (exact) {
    for (const type of ['DATE', 'TIME', 'DURATION', 'SET']) {
      const c = (byType[type] ??= { byGold: 0, bySys: 0, gold: 0, sys: 0 });
      c.gold += gold.filter((x) => x.type === type).length;
      c.sys += sys.filter((s) => s.timex === type).length;
    }
    for (const [gi, si] of value) {
      byType[gold[gi].type].byGold++;
      byType[sys[si].timex].bySys++;
      const want = gold[gi].mod ?? null;
      const got = sys[si].mod ?? null;
      mods.n++;
      if (want === got) mods.ok++;
      if (want) {
        mods.goldMods++;
        if (want === got) mods.modHits++;
      }
    }
  }
  const into = exact ? ['aquaint', `aquaint ${half(g.article)} half`] : [g.source === 'seeds' ? 'seeds' : 'dev', 'all'];
  for (const key of into) {
    const c = groups[key];
    add(c.strict, t.strict);
    add(c.strictNoPrep, t.strictNoPrep);
    add(c.relaxed, t.relaxed);
    add(c.value, t.value);
    c.acc.ok += t.acc.ok;
    c.acc.n += t.acc.n;
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
        errs.push(`  value  ${q(x.text)}@${x.start} ${x.type} gold ${shown(x.value, x.end_value)} got ${shown(s.value, s.endValue)}${span} [${s.rule}]`);
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
if (aquaintText.size) {
  console.log('aquaint, TempEval-3 value F1 by gold type (system facts of that type as P\'s base):');
  for (const [type, c] of Object.entries(byType)) {
    const p = c.sys ? c.bySys / c.sys : 1;
    const r = c.gold ? c.byGold / c.gold : 1;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    console.log(`  ${type.padEnd(9)} P ${p.toFixed(3)} (${c.bySys}/${c.sys})  R ${r.toFixed(3)} (${c.byGold}/${c.gold})  F1 ${f.toFixed(3)}`);
  }
  console.log(`  mod on value hits: ${mods.ok}/${mods.n} right; gold mods reproduced ${mods.modHits}/${mods.goldMods}`);
} else console.log('aquaint: ../shared/dev/aquaint/ is absent; not scored');
