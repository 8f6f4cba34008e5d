/**
 * Scores every kind of fact of the real pipeline against the gold of data/gold/.
 *
 *   npm run eval:facts [-- --verbose]
 *
 * Articles are read and analysed as in scripts/eval-time.ts (a `.txt` input, the gold publication
 * date given as a manifest gives it, `prepare`, the default extractors). The gold: quantities,
 * persons, places and quotes of the 25 ECB+ dev articles from data/gold/facts.jsonl; times of the
 * same articles (and of the seeds, reported apart) from data/gold/time.jsonl; events from any
 * `kind: "event"` lines of facts.jsonl (none are annotated yet, so events print "no gold").
 *
 * Matching is one-to-one: each gold fact takes the still unpaired system fact of its kind with the
 * largest overlap that the kind's rule accepts. Per kind, a pair counts when the spans overlap and:
 * - time: the value (and the end of a range) equals the gold's, a part-of-day suffix of the gold
 *   ("2024-05-16TEV") dropped as in eval-time;
 * - quantity: the numbers are equal (`$240 billion` = 240000000000; "tens of thousands" = 10000),
 *   a fraction the system writes as a percentage counting as its hundredth ("two-thirds": gold
 *   0.6667 fraction, system 66.67 percent; equal to three places);
 * - person: the names are the same person by `sameName` of lib/text/names.ts ("Lohan" =
 *   "Lindsay Lohan"; transliterations and initials allowed);
 * - place: the canonical names are equal once the system's disambiguation after the first comma
 *   ("Portland, US", "Washington, D.C., US") is dropped, lowercased, without accents, punctuation,
 *   a leading "the", and generic heads ("Island", "County", "City", "Province", "State");
 * - quote: the quoted words overlap; the speaker is scored apart as speaker accuracy (null = null,
 *   else `sameName`, or equal after lowercasing for organisations);
 * - event: the triggers overlap and the type and status equal the gold's.
 * Alongside each kind's P/R/F1, "span" gives the figures with overlap alone, so a value error and a
 * span error can be told apart. `--verbose` lists every miss, wrong value and false alarm.
 */
import { sameName } from '../lib/text/names.ts';
import type { EventFact, Fact, FactKind, QuoteFact, TimeFact } from '../lib/types.ts';
import { add, pairUp, q, readGold, runPipeline, showPrf, verbose, zero, type Counts, type GoldFact, type GoldFactArticle, type GoldTime, type GoldTimeArticle } from './eval-common.ts';
import { ECB_ARTICLES, needShared } from './lib/shared.ts';

/** A gold item of any kind, with its kind. */
type Gold = (GoldFact | (GoldTime & { kind: 'time' })) & { status?: string };

const KINDS: FactKind[] = ['time', 'quantity', 'person', 'place', 'quote', 'event'];

/** A place name in one form: "the Gulf of Aden." and "Gulf of Aden" alike. */
function placeKey(s: string): string {
  return s
    .replace(/,.*$/s, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/ (?:island|county|city|province|state)$/, '');
}

/** The gold value as the system writes it: "2024-05-16TEV" → "2024-05-16". */
const timeValue = (v: string | null | undefined): string | null => (v === null || v === undefined ? null : v.replace(/T(?:MO|AF|EV|NI|DT)$/, ''));

/** The value rule of each kind (the spans already overlap). */
function sameValue(g: Gold, s: Fact): boolean {
  switch (s.kind) {
    case 'time': {
      const t = g as GoldTime;
      return s.value !== null && timeValue(s.value) === timeValue(t.value) && (s.endValue ?? null) === timeValue(t.end_value);
    }
    case 'quantity': {
      const gold = Number(g.value);
      if ((g as GoldFact).unit === 'fraction' && s.unit === 'percent') return Math.abs(Number(s.value) / 100 - gold) < 1e-3;
      return Math.abs(Number(s.value) - gold) <= 1e-9 * Math.max(1, Math.abs(gold));
    }
    case 'person':
      return sameName(s.value, String(g.value));
    case 'place':
      return placeKey(s.value) === placeKey(String(g.value));
    case 'quote':
      return true;
    case 'event':
      return s.value === g.value && s.status === g.status;
  }
}

/** True when the quote's speaker is the gold's. */
function sameSpeaker(g: GoldFact, s: QuoteFact): boolean {
  const a = g.speaker ?? null;
  const b = s.speaker;
  if (a === null || b === null) return a === b;
  return sameName(a, b) || a.toLowerCase() === b.toLowerCase();
}

function shown(f: Fact | Gold): string {
  if ('kind' in f && f.kind === 'quote') return `speaker ${JSON.stringify((f as QuoteFact).speaker ?? null)}`;
  if ('kind' in f && f.kind === 'event') return `${String(f.value)} ${(f as EventFact).status}`;
  const end = (f as TimeFact).endValue ?? (f as GoldTime).end_value;
  return `${String(f.value)}${end ? `/${end}` : ''}`;
}

interface Tally {
  span: Counts;
  value: Counts;
  speaker: { ok: number; n: number };
}
const tallies = new Map<string, Tally>();
const tallyOf = (key: string): Tally => {
  if (!tallies.has(key)) tallies.set(key, { span: zero(), value: zero(), speaker: { ok: 0, n: 0 } });
  return tallies.get(key)!;
};
const errors: string[] = [];
needShared('eval:facts', ECB_ARTICLES);

const timeGold = new Map(readGold<GoldTimeArticle>('time.jsonl').map((a) => [a.article, a]));
const factGold = readGold<GoldFactArticle>('facts.jsonl');
const articles: Array<{ article: string; source: string; published: string; gold: Gold[]; kinds: Set<FactKind> }> = [];
for (const a of factGold) {
  const times = (timeGold.get(a.article)?.times ?? []).map((t) => ({ ...t, kind: 'time' as const }));
  const kinds = new Set<FactKind>(['time', 'quantity', 'person', 'place', 'quote']);
  if (a.facts.some((f) => f.kind === 'event')) kinds.add('event');
  articles.push({ article: a.article, source: 'dev', published: a.published, gold: [...a.facts, ...times], kinds });
}
// The seeds have time gold only: their other kinds are asserted in spec/extract/seeds-facts.spec.ts.
for (const a of timeGold.values()) {
  if (a.source === 'seeds') articles.push({ article: a.article, source: 'seeds', published: a.published, gold: a.times.map((t) => ({ ...t, kind: 'time' as const })), kinds: new Set(['time']) });
}

for (const a of articles) {
  const { facts } = runPipeline(a.source === 'seeds' ? 'seeds' : 'ecbplus', a.article, a.published);
  const errs: string[] = [];
  for (const kind of a.kinds) {
    const gold = a.gold.filter((g) => g.kind === kind);
    const sys = facts.filter((f) => f.kind === kind);
    const span = pairUp(gold, sys, () => true);
    const value = pairUp(gold, sys, (g, s) => sameValue(g, s));
    const t = tallyOf(`${kind}\u0000${a.source}`);
    add(t.span, { tp: span.size, sys: sys.length, gold: gold.length });
    add(t.value, { tp: value.size, sys: sys.length, gold: gold.length });
    if (kind === 'quote') {
      for (const [gi, si] of span) {
        t.speaker.n++;
        if (sameSpeaker(gold[gi] as GoldFact, sys[si] as QuoteFact)) t.speaker.ok++;
        else errs.push(`  speaker ${q(gold[gi].text.slice(0, 50))}@${gold[gi].start} gold ${JSON.stringify((gold[gi] as GoldFact).speaker ?? null)} got ${JSON.stringify((sys[si] as QuoteFact).speaker)}`);
      }
    }
    if (!verbose) continue;
    const paired = new Set(span.values());
    gold.forEach((g, gi) => {
      const si = span.get(gi);
      if (si === undefined) errs.push(`  miss  ${kind} ${q(g.text.slice(0, 60))}@${g.start} ${shown(g)}`);
      else if (value.get(gi) !== si) errs.push(`  value ${kind} ${q(g.text.slice(0, 60))}@${g.start} gold ${shown(g)} got ${shown(sys[si])} span ${q(sys[si].text.slice(0, 60))}`);
    });
    sys.forEach((s, si) => {
      if (!paired.has(si)) errs.push(`  extra ${kind} ${q(s.text.slice(0, 60))}@${s.start} ${shown(s)} [${s.extractor}]`);
    });
  }
  if (verbose && errs.length) errors.push(`${a.article} (${a.source}, published ${a.published})`, ...errs);
}

if (verbose && errors.length) console.log(`${errors.join('\n')}\n`);
for (const source of ['dev', 'seeds']) {
  console.log(`facts ${source}${source === 'seeds' ? ' (time gold only)' : ''}:`);
  for (const kind of KINDS) {
    const t = tallies.get(`${kind}\u0000${source}`);
    if (!t) {
      if (source === 'dev') console.log(`  ${kind.padEnd(8)} no gold`);
      continue;
    }
    console.log(`  ${kind.padEnd(8)} ${showPrf(t.value)}   span ${showPrf(t.span)}`);
    if (kind === 'quote') console.log(`  ${''.padEnd(8)} speaker accuracy on span pairs ${(t.speaker.n ? t.speaker.ok / t.speaker.n : 1).toFixed(3)} (${t.speaker.ok}/${t.speaker.n})`);
  }
}
