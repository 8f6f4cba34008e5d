/**
 * Validate the hand-annotated gold files in data/gold/ (see data/gold/GUIDELINES.md).
 *
 *   npx tsx scripts/check-gold.ts
 *
 * Checks: every line parses; every article file exists (seeds in data/seeds, ECB+ articles in
 * ../shared/dev/ecbplus/articles relative to the project root); every `text` equals
 * content.slice(start, end) (UTF-16 offsets, end exclusive); spans are trimmed and do not cut
 * words; no overlapping or duplicate spans within the times of an article or within one fact
 * kind (quotes may contain other facts); time values are TIMEX3-like (or null) and agree with
 * their type; quantities have numeric values; facts.jsonl covers exactly the ECB+ articles of
 * time.jsonl with the same publication dates. Exits 1 on any error.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { needShared } from './lib/shared.ts';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const GOLD = join(ROOT, 'data', 'gold');
const DIRS: Record<string, string> = {
  seeds: join(ROOT, 'data', 'seeds'),
  ecbplus: join(ROOT, '..', 'shared', 'dev', 'ecbplus', 'articles'),
};

const errors: string[] = [];
const err = (where: string, msg: string): void => {
  errors.push(`${where}: ${msg}`);
};

// ---------- TIMEX3-like value patterns ----------
const N = '[0-9X]';
const ZONE = '(?:Z|[+-]\\d{2}:\\d{2})';
const DAYPART = `T(?:MO|AF|EV|NI|DT|${N}{2}(?::${N}{2}(?::${N}{2})?)?${ZONE}?)`;
const CAL = `${N}{2,4}(?:-(?:${N}{2}(?:-${N}{2})?|W${N}{2}(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?`;
const DATE_RE = new RegExp(`^(?:${CAL}|PRESENT_REF|PAST_REF|FUTURE_REF)$`);
const TIME_RE = new RegExp(`^${CAL}${DAYPART}$`);
const NUM = '(?:\\d+(?:\\.\\d+)?|X)';
const DUR_RE = new RegExp(
  `^P(?:${NUM}Y)?(?:${NUM}M)?(?:${NUM}W)?(?:${NUM}D)?(?:T(?:${NUM}H)?(?:${NUM}M)?(?:${NUM}S)?)?$`,
);
const TIME_MODS = new Set([
  'APPROX', 'START', 'MID', 'END', 'BEFORE', 'AFTER', 'ON_OR_BEFORE', 'ON_OR_AFTER',
  'LESS_THAN', 'MORE_THAN', 'EQUAL_OR_LESS', 'EQUAL_OR_MORE',
]);

function validCalendar(v: string): boolean {
  // numeric month/day/hour/minute ranges where they are fully specified
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(v);
  if (m) {
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return false;
    if (m[3] !== undefined) {
      const d = new Date(Date.UTC(Number(m[1]), mo - 1, Number(m[3])));
      if (d.getUTCMonth() !== mo - 1 || d.getUTCDate() !== Number(m[3])) return false;
    }
  }
  const w = /-W(\d{2})/.exec(v);
  if (w && (Number(w[1]) < 1 || Number(w[1]) > 53)) return false;
  const t = /T(\d{2})(?::(\d{2}))?/.exec(v);
  if (t && (Number(t[1]) > 24 || (t[2] !== undefined && Number(t[2]) > 59))) return false;
  return true;
}

function checkTimeValue(where: string, type: string, v: unknown, field: string): void {
  if (v === null) return;
  if (typeof v !== 'string') return err(where, `${field} must be a string or null`);
  const ok =
    type === 'DURATION'
      ? DUR_RE.test(v) && v !== 'P' && !v.endsWith('T')
      : type === 'TIME'
        ? TIME_RE.test(v)
        : DATE_RE.test(v);
  if (!ok) return err(where, `${field} ${JSON.stringify(v)} is not a well-formed ${type} value`);
  if (!validCalendar(v)) err(where, `${field} ${JSON.stringify(v)} is not a valid calendar value`);
}

// ---------- helpers ----------
const contents = new Map<string, string | null>();
needShared('check-gold', DIRS.ecbplus);
function content(source: string, article: string, where: string): string | null {
  const key = `${source}/${article}`;
  if (!contents.has(key)) {
    const dir = DIRS[source];
    if (!dir) {
      err(where, `unknown source ${JSON.stringify(source)}`);
      contents.set(key, null);
    } else {
      const path = join(dir, `${article}.txt`);
      if (!existsSync(path)) {
        err(where, `article file not found: ${path}`);
        contents.set(key, null);
      } else contents.set(key, readFileSync(path, 'utf8'));
    }
  }
  return contents.get(key) ?? null;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

interface Span { start: number; end: number; text: string }
function checkSpan(where: string, c: string | null, s: Record<string, unknown>): s is Record<string, unknown> & Span {
  const { start, end, text } = s;
  if (!Number.isInteger(start) || !Number.isInteger(end) || typeof text !== 'string') {
    err(where, 'start/end must be integers and text a string');
    return false;
  }
  const a = start as number;
  const b = end as number;
  if (a < 0 || b <= a) {
    err(where, `bad offsets ${a}-${b}`);
    return false;
  }
  if (c === null) return true;
  if (b > c.length) {
    err(where, `end ${b} beyond file length ${c.length}`);
    return false;
  }
  const slice = c.slice(a, b);
  if (slice !== text) {
    err(where, `text ${JSON.stringify(text)} != content.slice(${a}, ${b}) ${JSON.stringify(slice)}`);
    return false;
  }
  if (text.trim() !== text) err(where, `span ${JSON.stringify(text)} has leading/trailing whitespace`);
  if ((isWordChar(c[a - 1]) && isWordChar(c[a])) || (isWordChar(c[b]) && isWordChar(c[b - 1])))
    err(where, `span ${JSON.stringify(text)} cuts a word`);
  return true;
}

function checkOverlaps(where: string, label: string, spans: Span[]): void {
  const sorted = [...spans].sort((x, y) => x.start - y.start || x.end - y.end);
  for (let i = 1; i < sorted.length; i++) {
    const p = sorted[i - 1];
    const q = sorted[i];
    if (q.start < p.end)
      err(where, `overlapping ${label} spans ${JSON.stringify(p.text)}@${p.start} and ${JSON.stringify(q.text)}@${q.start}`);
  }
}

function readJsonl(file: string): Array<{ where: string; rec: Record<string, unknown> }> {
  const path = join(GOLD, file);
  if (!existsSync(path)) {
    err(file, 'file not found');
    return [];
  }
  const out: Array<{ where: string; rec: Record<string, unknown> }> = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      const where = `${file}:${i + 1}`;
      try {
        const rec: unknown = JSON.parse(line);
        if (!rec || typeof rec !== 'object' || Array.isArray(rec)) err(where, 'line is not a JSON object');
        else out.push({ where, rec: rec as Record<string, unknown> });
      } catch (e) {
        err(where, `JSON parse error: ${(e as Error).message}`);
      }
    });
  return out;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const counts: Record<string, number> = { DATE: 0, TIME: 0, DURATION: 0, quantity: 0, person: 0, place: 0, quote: 0 };

// ---------- time.jsonl ----------
const timeArticles = new Map<string, { source: string; published: string }>();
for (const { where: w0, rec } of readJsonl('time.jsonl')) {
  const article = String(rec.article);
  const where = `${w0} [${article}]`;
  const source = String(rec.source);
  if (source !== 'seeds' && source !== 'ecbplus') err(where, `source must be "seeds" or "ecbplus"`);
  if (typeof rec.published !== 'string' || !DATE_ONLY.test(rec.published) || !validCalendar(rec.published))
    err(where, `published must be YYYY-MM-DD`);
  if (typeof rec.publishedWhy !== 'string' || !rec.publishedWhy.trim()) err(where, 'publishedWhy missing');
  if (timeArticles.has(article)) err(where, 'duplicate article');
  timeArticles.set(article, { source, published: String(rec.published) });
  const c = content(source, article, where);
  if (!Array.isArray(rec.times)) {
    err(where, 'times must be an array');
    continue;
  }
  const spans: Span[] = [];
  (rec.times as Array<Record<string, unknown>>).forEach((t, i) => {
    const tw = `${where} times[${i}]`;
    if (!checkSpan(tw, c, t)) return;
    spans.push(t);
    const type = String(t.type);
    if (!['DATE', 'TIME', 'DURATION'].includes(type)) return err(tw, `bad type ${type}`);
    counts[type]++;
    if (!('value' in t)) err(tw, 'value missing (use null when unresolvable)');
    checkTimeValue(tw, type, t.value, 'value');
    if ('end_value' in t) {
      if (type === 'DURATION') err(tw, 'end_value not allowed on DURATION');
      checkTimeValue(tw, type, t.end_value, 'end_value');
      if (typeof t.value === 'string' && typeof t.end_value === 'string' && !/X/.test(t.value + t.end_value) && t.end_value < t.value)
        err(tw, `end_value ${t.end_value} precedes value ${t.value}`);
    }
    if ('mod' in t && !TIME_MODS.has(String(t.mod))) err(tw, `bad mod ${String(t.mod)}`);
    for (const k of Object.keys(t))
      if (!['text', 'start', 'end', 'type', 'value', 'end_value', 'mod'].includes(k)) err(tw, `unknown field ${k}`);
  });
  checkOverlaps(where, 'time', spans);
}

// ---------- facts.jsonl ----------
const factArticles = new Set<string>();
for (const { where: w0, rec } of readJsonl('facts.jsonl')) {
  const article = String(rec.article);
  const where = `${w0} [${article}]`;
  if (factArticles.has(article)) err(where, 'duplicate article');
  factArticles.add(article);
  const meta = timeArticles.get(article);
  if (!meta) err(where, 'article missing from time.jsonl');
  else {
    if (meta.source !== 'ecbplus') err(where, 'facts are only annotated for ECB+ articles');
    if (meta.published !== rec.published) err(where, `published ${String(rec.published)} differs from time.jsonl (${meta.published})`);
  }
  const c = content('ecbplus', article, where);
  if (!Array.isArray(rec.facts)) {
    err(where, 'facts must be an array');
    continue;
  }
  const byKind = new Map<string, Span[]>();
  const seen = new Map<string, string>();
  (rec.facts as Array<Record<string, unknown>>).forEach((f, i) => {
    const fw = `${where} facts[${i}]`;
    if (!checkSpan(fw, c, f)) return;
    const kind = String(f.kind);
    if (!['quantity', 'person', 'place', 'quote'].includes(kind)) return err(fw, `bad kind ${kind}`);
    counts[kind]++;
    if (!byKind.has(kind)) byKind.set(kind, []);
    byKind.get(kind)!.push(f);
    const key = `${f.start}-${f.end}`;
    if (kind !== 'quote') {
      if (seen.has(key)) err(fw, `same span already annotated as ${seen.get(key)}`);
      seen.set(key, kind);
    }
    const allowed = ['kind', 'text', 'start', 'end', 'value'];
    if (kind === 'quantity') {
      allowed.push('unit', 'counted', 'qualifier');
      if (typeof f.value !== 'number' || !Number.isFinite(f.value)) err(fw, 'quantity value must be a finite number');
      if (f.counted === undefined && f.unit === undefined) err(fw, 'quantity needs unit or counted');
    } else if (kind === 'person' || kind === 'place') {
      if (kind === 'person') allowed.push('role');
      if (typeof f.value !== 'string' || !f.value.trim()) err(fw, `${kind} value must be a non-empty string`);
    } else {
      allowed.push('speaker');
      if (!('speaker' in f) || (f.speaker !== null && (typeof f.speaker !== 'string' || !f.speaker.trim())))
        err(fw, 'quote speaker must be a non-empty string or null');
    }
    for (const k of ['unit', 'counted', 'qualifier', 'role'])
      if (k in f && (typeof f[k] !== 'string' || !(f[k] as string).trim())) err(fw, `${k} must be a non-empty string`);
    for (const k of Object.keys(f)) if (!allowed.includes(k)) err(fw, `unknown field ${k} for ${kind}`);
  });
  for (const [kind, spans] of byKind) checkOverlaps(where, kind, spans);
}
for (const [article, meta] of timeArticles)
  if (meta.source === 'ecbplus' && !factArticles.has(article)) err('facts.jsonl', `ECB+ article ${article} has no facts line`);

const seeds = [...timeArticles.values()].filter((m) => m.source === 'seeds').length;
console.log(
  `gold: ${timeArticles.size} articles in time.jsonl (${seeds} seeds, ${timeArticles.size - seeds} ECB+), ${factArticles.size} in facts.jsonl`,
);
console.log(
  `times: ${counts.DATE} DATE, ${counts.TIME} TIME, ${counts.DURATION} DURATION; facts: ${counts.quantity} quantity, ${counts.person} person, ${counts.place} place, ${counts.quote} quote`,
);
if (errors.length) {
  for (const e of errors) console.error(`ERROR ${e}`);
  console.error(`${errors.length} error(s)`);
  process.exit(1);
}
console.log('check-gold: OK (0 errors)');
