/**
 * Loose claims: values no slot took — times and numbers of facts no builder placed ("marking 10
 * years", "the 75th"), numbers no extractor made a fact of ("a 31-24 win", "dies at 91") and day
 * or month names no time fact took ("the Monday morning attack"). Each is compared only with
 * copies of its own sentence, where a changed value is a changed statement.
 */
import { wordList } from '../../text/words.ts';
import { pushTo } from '../../util/group.ts';
import type { Document } from '../../types.ts';
import { numberRange } from '../values.ts';
import { timeComparable, timeShown } from './date.ts';
import type { Attribute, Candidate, ClaimInput } from './types.ts';
import { makeClaim, sidesOf, Spans } from './make.ts';
import { CALENDAR_WORD } from './words.ts';
import { pushAll } from '../../util/lists.ts';

/** Times and numbers no slot took, as loose claims: one block per kind. */
export function looseClaims(input: ClaimInput, kept: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const taken = new Set(kept.map((c) => c.fact));
  const spans = new Map<string, Array<{ start: number; end: number }>>();
  for (const c of kept) {
    const f = input.index.byId.get(c.fact);
    if (!f) continue;
    pushTo(spans, c.article, f);
  }
  const claimed = new Map([...spans].map(([a, l]) => [a, new Spans(l)]));
  // Claims of their own words ("52-3" as a record) by article, found once: not a pass over every
  // claim for every article.
  const ownWords = new Map<string, Candidate[]>();
  for (const c of kept) if (c.fact === '') pushTo(ownWords, c.article, c);
  for (const doc of [...input.docs.values()].sort((a, b) => (a.article.id < b.article.id ? -1 : 1))) {
    const times = new Spans((input.index.byArticle.get(doc.article.id) ?? []).filter((t) => t.kind === 'time'));
    for (const f of input.index.byArticle.get(doc.article.id) ?? []) {
      if (taken.has(f.id) || (f.kind !== 'time' && f.kind !== 'quantity')) continue;
      // "40-year-old" is an age (a claim) and a duration (P40Y): the claim speaks for both.
      if (claimed.get(doc.article.id)?.covers(f.start, f.end)) continue;
      // "the 10th anniversary" is a time (P10Y) and a number (10th): one claim, the time's.
      if (f.kind === 'quantity' && times.covers(f.start, f.end)) continue;
      const base = { start: f.start, end: f.end, text: f.text, fact: f.id, event: input.factEvent.get(f.id) ?? null, sentence: f.sentence, blanks: [f], loose: true };
      if (f.kind === 'time') {
        const c = timeComparable(doc, f);
        if (c === null) continue;
        const attribute: Attribute = c.cmp.kind === 'duration' ? 'duration' : 'date';
        out.push(makeClaim(doc, { ...base, ...c, attribute, block: `loose|time`, slot: `time: ${attribute}`, type: 'time', value: f.value, shown: timeShown(f), why: f.chain, anchored: f.anchor !== null }));
      } else {
        const range = numberRange(f);
        if (range === null) continue;
        out.push(makeClaim(doc, { ...base, attribute: 'number', block: 'loose|number', slot: `${f.counted ?? f.unit ?? 'number'}: number`, type: 'number', value: f.value, shown: f.value, cmp: { kind: 'number', range }, why: f.qualifier ? `${f.qualifier} ${f.value}` : f.value }));
      }
    }
    // Numbers a claim of their own words took ("52-3" as a record) are not loose numbers too.
    pushAll(out, wordsAsWritten(input, doc, ownWords.get(doc.article.id) ?? []));
  }
  return out;
}

// A number standing as a word: "31-24", "dies at 91", "No. 2"; not inside a word ("MS08", "4x4").
const NUMBER_TOKEN = /(?<![\p{L}\d.,])\d{1,3}(?:,\d{3})+(?![\p{L}\d])|(?<![\p{L}\d.,])\d+(?:\.\d+)?(?![\p{L}\d]|[.,]\d)/gu;

/**
 * Numbers and day or month names of the text that no extractor made a fact of ("a 31-24 win",
 * "dies at 91", "the Monday morning attack"), as loose claims of their words: a copy of the
 * sentence with another number or day says something else.
 */
function wordsAsWritten(input: ClaimInput, doc: Document, own: readonly Candidate[]): Candidate[] {
  // Only facts that read the number hide it: a number inside a quotation or a name is still one.
  const facts = new Spans([...(input.index.byArticle.get(doc.article.id) ?? []).filter((f) => f.kind === 'time' || f.kind === 'quantity'), ...own]);
  const out: Candidate[] = [];
  for (const s of doc.sentences) {
    const text = doc.body.slice(s.start, s.end);
    for (const m of text.matchAll(NUMBER_TOKEN)) {
      const start = s.start + m.index!;
      const end = start + m[0].length;
      if (facts.covers(start, end)) continue;
      const value = m[0].replace(/,/g, '');
      out.push(makeClaim(doc, {
        start, end, text: m[0], fact: '', event: null, sentence: s.index, blanks: [{ start, end }], loose: true, attribute: 'number', block: 'loose|number', slot: 'number as written',
        type: 'number', value, shown: m[0], cmp: { kind: 'number', range: { value: Number(value), low: Number(value), high: Number(value), exact: true } },
        why: `'${m[0]}' as written`, sides: sidesOf(doc, s.index, start, end), at: start - s.start,
      }));
    }
    for (const m of text.matchAll(CALENDAR_WORD())) {
      const start = s.start + m.index!;
      const end = start + m[0].length;
      if (facts.covers(start, end)) continue;
      // Weekday 1 is Monday, month 1 January (line n of the list is number n); 0 when not matched.
      const weekday = wordList('weekday-names').indexOf(m[1] ?? '') + 1;
      const month = wordList('month-names').indexOf(m[2] ?? '') + 1;
      out.push(makeClaim(doc, {
        start, end, text: m[0], fact: '', event: null, sentence: s.index, blanks: [{ start, end }], loose: true, attribute: 'date', block: 'loose|time', slot: 'time: date',
        type: 'time', value: null, shown: `${m[0]} (as written)`,
        cmp: weekday > 0 ? { kind: 'stated', weekday } : { kind: 'stated', month },
        certain: false, why: `'${m[0]}' as written`, sides: sidesOf(doc, s.index, start, end), at: start - s.start, weekday: weekday > 0 ? weekday : undefined,
      }));
    }
  }
  return out;
}
