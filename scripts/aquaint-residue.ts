/**
 * What is left of the AQUAINT time score, error by error: which of the errors `npm run eval:time`
 * counts are the tool's, and which are the gold's (a value against the TIMEX3 guidelines or the
 * text, an expression left untagged, a convention the gold itself keeps only part of the time).
 *
 *   node --import tsx scripts/aquaint-residue.ts [--list]
 *
 * Runs `eval:time --verbose`, takes its AQUAINT lines (value: a span pair whose values differ;
 * miss: a gold expression no system fact overlaps; extra: a system fact no gold expression
 * overlaps) and classes each one, first by the rules below, which read the gold, the text and the
 * tool's value and never a document name, then by data/gold/aquaint/residue.tsv (a verdict read by
 * hand, with its reason, for what no rule decides). An error neither classes is counted as
 * "unclassed", so that nothing is hidden. `--list` prints every error with its class.
 *
 * The rules, each a place where the gold departs from the TIMEX3 guidelines or from itself:
 * - year-with-unknown-month: "in 1949", "50 years ago" valued "1949-XX"; the guidelines write a
 *   year as "1949", as most of the gold does;
 * - weekday-off-its-date: "Tuesday" valued with a date that is not a Tuesday;
 * - part-of-day: "Friday night" valued as the bare day; the gold keeps the part of the day on
 *   some such expressions and drops it on others (the script counts both in the gold);
 * - night-as-evening: "Wednesday night" valued TEV; the guidelines write night TNI;
 * - reference-word: "now", "today", "recently" as PRESENT_REF / PAST_REF; the gold tags some
 *   occurrences of these words and not others (counted);
 * - dateline: the date of a dateline ("WASHINGTON, August 11 (Xinhua) --"), tagged in the gold as
 *   the creation time in the header and not in the text.
 *
 * Then the score is printed again with each kind of gold error counted as the guidelines have it:
 * a value error on a gold error is a hit; a gold expression that should not be there leaves the
 * gold; a system expression the gold omitted is a hit and one more gold expression. The tool's own
 * errors and the "open" ones stay errors. This is a reading of the gold, not a score to quote as
 * the tool's: the hand verdicts were made after seeing the tool's output, and only where the two
 * disagree (where the tool agrees with a wrong gold value, nothing was corrected).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './eval-common.ts';
import { readAquaint } from './lib/aquaint.ts';

type Kind = 'value' | 'miss' | 'extra';
interface Residue {
  kind: Kind;
  doc: string;
  /** Offset of the gold span (value, miss) or of the system span (extra). */
  at: number;
  text: string;
  goldValue?: string;
  sysValue?: string;
  sysText?: string;
}
type Verdict = 'gold-error' | 'gold-omission' | 'gold-odd' | 'gold-split' | 'tool-error' | 'open' | 'unclassed';

const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'eval-time.ts'), '--verbose'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
if (run.status !== 0) {
  process.stderr.write(run.stderr);
  process.exit(2);
}
const out = run.stdout;

// "  value  "Friday"@133 DATE gold 1998-08-07 got 1998-08-14 span "On Friday" [rule]"
const residues: Residue[] = [];
let doc = '';
for (const line of out.split('\n')) {
  const head = /^(\S+) \((\w+), published/.exec(line);
  if (head) {
    doc = head[2] === 'aquaint' ? head[1] : '';
    continue;
  }
  if (!doc) continue;
  let m = /^ {2}value {2}"(.*)"@(\d+) \w+ gold (\S+) got (\S+)(?: span "(.*)")? \[/.exec(line);
  if (m) {
    residues.push({ kind: 'value', doc, at: +m[2], text: m[1], goldValue: m[3], sysValue: m[4], sysText: m[5] ?? m[1] });
    continue;
  }
  m = /^ {2}miss {3}"(.*)"@(\d+) \w+ (\S+)/.exec(line);
  if (m) {
    residues.push({ kind: 'miss', doc, at: +m[2], text: m[1], goldValue: m[3] });
    continue;
  }
  m = /^ {2}extra {2}"(.*)"@(\d+) \w+ (\S+)/.exec(line);
  if (m) residues.push({ kind: 'extra', doc, at: +m[2], text: m[1], sysValue: m[3], sysText: m[1] });
  if (line.startsWith('time ')) doc = '';
}

const docs = new Map(readAquaint().map((d) => [d.id, d]));
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const PART = /\b(?:morning|afternoon|evening|night|tonight)\b/i;
const REF = /^(?:PRESENT|PAST|FUTURE)_REF$/;
const REF_WORDS = /\b(?:now|today|currently|presently|recently|at present|nowadays)\b/gi;

/** The gold's own practice on two conventions, counted over all its expressions. */
function goldPractice(): { partKept: number; partDropped: number; refTagged: number; refWords: number; yearPlain: number; yearXX: number } {
  const p = { partKept: 0, partDropped: 0, refTagged: 0, refWords: 0, yearPlain: 0, yearXX: 0 };
  for (const d of docs.values()) {
    for (const t of d.times) {
      // "1949" alone: "1949" or "1949-XX"
      if (/^\d{4}$/.test(t.text)) {
        if (/^\d{4}$/.test(t.value)) p.yearPlain++;
        else if (/^\d{4}(?:-XX)+$/.test(t.value)) p.yearXX++;
      }
      if (t.type === 'DURATION' || t.type === 'SET' || !PART.test(t.text) || /\d/.test(t.text)) continue;
      if (/T(?:MO|AF|EV|NI)$/.test(t.value)) p.partKept++;
      else if (/^\d{4}-\d\d-\d\d$/.test(t.value)) p.partDropped++;
    }
    for (const m of d.text.matchAll(REF_WORDS)) {
      p.refWords++;
      const at = m.index;
      if (d.times.some((t) => t.start <= at && t.end >= at + m[0].length && REF.test(t.value))) p.refTagged++;
    }
  }
  return p;
}

/**
 * True when `at` lies on the text's first line and that line is a dateline: "WASHINGTON, August
 * 13 (Xinhua) --" (a place in capitals, a comma, and a closing "--").
 */
function onDateline(text: string, at: number): boolean {
  const first = /^\s*([^\n]*)/.exec(text);
  if (!first) return false;
  const start = first[0].length - first[1].length;
  return at >= start && at < first[0].length && /^[A-Z][A-Z .'-]{1,40},.*--\s*$/.test(first[1]);
}

/** A rule's class for one error, or null. */
function byRule(r: Residue): { verdict: Verdict; why: string } | null {
  const g = r.goldValue ?? '';
  const s = r.sysValue ?? '';
  if (r.kind === 'value' && /^\d{4}(?:-XX){1,2}$/.test(g) && s === g.slice(0, 4)) return { verdict: 'gold-error', why: 'year-with-unknown-month' };
  if (r.kind === 'value' && /^\d{4}-\d\d-\d\d/.test(g)) {
    const day = WEEKDAYS.findIndex((w) => new RegExp(`\\b${w}\\b`, 'i').test(r.text));
    const real = new Date(`${g.slice(0, 10)}T00:00:00Z`).getUTCDay();
    if (day >= 0 && day !== real) return { verdict: 'gold-error', why: 'weekday-off-its-date' };
  }
  if (r.kind === 'value' && /TEV$/.test(g) && /TNI$/.test(s) && /\bnight\b/i.test(r.sysText ?? r.text)) return { verdict: 'gold-error', why: 'night-as-evening' };
  if (r.kind === 'value' && /^\d{4}-\d\d-\d\d$/.test(g) && s === `${g}${s.slice(10)}` && /^T(?:MO|AF|EV|NI)$/.test(s.slice(10))) return { verdict: 'gold-split', why: 'part-of-day' };
  if (r.kind === 'extra' && REF.test(s)) return { verdict: 'gold-split', why: 'reference-word untagged' };
  if (r.kind === 'miss' && REF.test(g) && /^(?:now|today|currently|presently|recently|current)$/i.test(r.text)) return { verdict: 'gold-split', why: 'reference-word tagged' };
  const d = docs.get(r.doc);
  if (r.kind === 'extra' && d && onDateline(d.text, r.at)) return { verdict: 'gold-omission', why: 'dateline' };
  return null;
}

const hand = new Map<string, { verdict: Verdict; why: string }>();
for (const line of readFileSync(join(ROOT, 'data', 'gold', 'aquaint', 'residue.tsv'), 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [d, at, verdict, why] = line.split('\t');
  hand.set(`${d}@${at}`, { verdict: verdict as Verdict, why });
}

const classed = residues.map((r) => {
  const rule = byRule(r);
  return { r, byRule: rule !== null, ...(rule ?? hand.get(`${r.doc}@${r.at}`) ?? { verdict: 'unclassed' as Verdict, why: '' }) };
});
const used = new Set(classed.map((c) => `${c.r.doc}@${c.r.at}`));
const stale = [...hand.keys()].filter((k) => !used.has(k));

// The score as eval:time prints it, read back from its "time aquaint:" block.
const block = /time aquaint: (\d+) gold, (\d+) system[\s\S]*?value {9}P [\d.]+ \((\d+)\/\d+\)/.exec(out);
if (!block) throw new Error('aquaint-residue: no "time aquaint" block in the output of eval:time');
const base = { gold: +block[1], sys: +block[2], tp: +block[3] };
const f1 = (c: typeof base) => (2 * c.tp) / (c.gold + c.sys);

if (process.argv.includes('--list')) for (const c of classed) console.log([c.verdict, c.r.kind, c.r.doc, c.r.at, JSON.stringify(c.r.text), c.r.goldValue ?? '-', c.r.sysValue ?? '-', c.why].join('\t'));

const count = new Map<string, number>();
for (const c of classed) count.set(`${c.verdict}\t${c.r.kind}`, (count.get(`${c.verdict}\t${c.r.kind}`) ?? 0) + 1);
console.log(`AQUAINT value errors: ${residues.length} (value ${residues.filter((r) => r.kind === 'value').length}, miss ${residues.filter((r) => r.kind === 'miss').length}, extra ${residues.filter((r) => r.kind === 'extra').length})`);
for (const k of [...count.keys()].sort()) console.log(`  ${k.replace('\t', ' / ')}: ${count.get(k)}`);
const why = new Map<string, number>();
for (const c of classed) if (c.byRule) why.set(c.why, (why.get(c.why) ?? 0) + 1);
console.log('by rule:');
for (const [k, n] of [...why].sort()) console.log(`  ${k}: ${n}`);
const p = goldPractice();
console.log(`the gold's own practice: a year written alone valued as the year ${p.yearPlain} times, with an unknown month ${p.yearXX} times; part of the day kept on ${p.partKept} day expressions, dropped on ${p.partDropped}; ${p.refTagged} of ${p.refWords} occurrences of now/today/currently/presently/recently tagged as a reference`);
if (stale.length) console.log(`hand verdicts that match no current error (fixed or moved): ${stale.join(', ')}`);

/** The score with the given verdicts counted as the guidelines have them. */
function corrected(verdicts: Verdict[], rulesOnly = false): typeof base {
  const c = { ...base };
  for (const x of classed) {
    if (!verdicts.includes(x.verdict) || (rulesOnly && !x.byRule)) continue;
    if (x.r.kind === 'value') c.tp++;
    else if (x.r.kind === 'miss') c.gold--;
    else {
      c.tp++;
      c.gold++;
    }
  }
  return c;
}
const show = (label: string, c: typeof base) => console.log(`  ${label.padEnd(58)} P ${(c.tp / c.sys).toFixed(3)}  R ${(c.tp / c.gold).toFixed(3)}  F1 ${f1(c).toFixed(3)}  (${c.tp}/${c.sys} system, ${c.gold} gold)`);
console.log('value F1:');
show('as scored', base);
show('gold errors found by the rules, as the guidelines write them', corrected(['gold-error'], true));
show('all gold errors (rules and hand verdicts)', corrected(['gold-error']));
show('… and expressions the gold omits', corrected(['gold-error', 'gold-omission']));
show('… and the conventions the gold splits on, the tool\'s way', corrected(['gold-error', 'gold-omission', 'gold-split']));
show('… and the gold\'s odd values (all but tool and open)', corrected(['gold-error', 'gold-omission', 'gold-split', 'gold-odd']));
