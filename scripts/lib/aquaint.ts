/**
 * Reading the AQUAINT TimeML dev documents of ../shared/dev/aquaint/ (TempEval-3's AQUAINT part):
 * the text of `<TEXT>` with every tag removed and entities decoded, the creation time (`<DCT>`), and
 * each `<TIMEX3>` of the text with its offsets into that plain text.
 *
 * The plain text is derived here at run time rather than copied into the repository, so the
 * documents stay where the data set put them; data/gold/aquaint/time.jsonl (written by
 * scripts/convert-aquaint.ts) holds only the offsets, values and short spans.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../eval-common.ts';

/** Where the TimeML files are. */
export const AQUAINT = join(ROOT, '..', 'shared', 'dev', 'aquaint');

/** One TIMEX3 of a document's text. */
export interface TimemlTimex {
  text: string;
  start: number;
  end: number;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string;
  mod?: string;
}

/** One document: id, creation date, plain text of `<TEXT>` and its TIMEX3s. */
export interface TimemlDoc {
  id: string;
  dct: string;
  text: string;
  times: TimemlTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** "&amp;" → "&" (the five XML entities and numeric ones; anything else left as written). */
function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,5});/gi, (m, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) && n <= 0x10ffff ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** The attributes of one start tag: `<TIMEX3 tid="t1" type="DATE">` → { tid: 't1', type: 'DATE' }. */
function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([A-Za-z]+)="([^"]*)"/g)) out[m[1]] = decode(m[2]);
  return out;
}

/** Parses one TimeML document. */
export function parseTimeml(id: string, xml: string): TimemlDoc {
  const dctTag = /<DCT>\s*(<TIMEX3[^>]*>)/.exec(xml);
  const dct = dctTag ? attributes(dctTag[1]).value.slice(0, 10) : '';
  const from = xml.indexOf('<TEXT>');
  const to = xml.indexOf('</TEXT>');
  const body = from >= 0 && to > from ? xml.slice(from + '<TEXT>'.length, to) : '';
  let text = '';
  const times: TimemlTimex[] = [];
  let open: { attrs: Record<string, string>; start: number } | null = null;
  // Walk text and tags in order; only TIMEX3 tags matter, the rest (EVENT, SIGNAL) are dropped.
  for (const m of body.matchAll(/<(\/?)([A-Za-z0-9]+)([^>]*)>|[^<]+/g)) {
    if (m[2] === undefined) {
      text += decode(m[0]);
      continue;
    }
    if (m[2] !== 'TIMEX3') continue;
    if (m[1] === '') open = { attrs: attributes(m[0]), start: text.length };
    else if (open) {
      const a = open.attrs;
      const t: TimemlTimex = { text: text.slice(open.start), start: open.start, end: text.length, type: a.type as TimemlTimex['type'], value: a.value ?? '' };
      if (a.mod) t.mod = a.mod;
      times.push(t);
      open = null;
    }
  }
  return { id, dct, text, times };
}

/** Every document of the set, in file-name order; empty when ../shared is absent. */
export function readAquaint(): TimemlDoc[] {
  if (!existsSync(AQUAINT)) return [];
  return readdirSync(AQUAINT)
    .filter((f) => f.endsWith('.tml'))
    .sort()
    .map((f) => parseTimeml(f.replace(/\.tml$/, ''), readFileSync(join(AQUAINT, f), 'utf8')));
}
