/**
 * Post-processing of the rules' drafts: small pure passes over the whole list, applied in the
 * order of {@link DRAFT_PASSES}; then {@link findings} turns the drafts into findings (claims in
 * order, ids, evidence, messages) sorted by verdict severity, slot and id.
 */
import type { EventInfo, Finding, Claim } from '../types.ts';
import { verdictRank } from '../types.ts';
import { fingerprint } from '../util/hash.ts';
import type { Candidate } from './claims/index.ts';
import { describe } from './messages.ts';
import { findingRule, type Draft } from './rule.ts';

/** A named pass over the drafts. */
export interface DraftPass {
  id: string;
  /** One line saying what it drops or merges, and why. */
  describe: string;
  run(drafts: readonly Draft[]): Draft[];
}

/**
 * A quotation whose copy changed only a number or a date in it ("including 7 rifles") is one
 * finding, the number's: the more exact claim.
 */
export const quoteInsideStatement: DraftPass = {
  id: 'quote-inside-statement',
  describe: 'Drops a same-statement quotation finding whose claims hold a same-statement finding of a number or date.',
  run(drafts) {
    const out = [...drafts];
    const inside = (outer: Candidate, inner: Candidate): boolean => outer !== inner && outer.article === inner.article && outer.start <= inner.start && inner.end <= outer.end;
    const statements = out.filter((d) => d.rule === 'same-statement');
    for (let i = out.length - 1; i >= 0; i--) {
      const d = out[i];
      if (d.rule !== 'same-statement' || d.claims[0].attribute !== 'quote') continue;
      if (statements.some((o) => o !== d && d.claims.every((c) => o.claims.some((x) => inside(c, x))))) out.splice(i, 1);
    }
    return out;
  },
};

/** A weekday that disagrees with its date and with another copy of its sentence is one finding, the latter. */
export const mismatchInStatement: DraftPass = {
  id: 'mismatch-in-statement',
  describe: 'Drops a weekday-mismatch finding whose date is in a same-statement finding.',
  run(drafts) {
    const compared = new Set(drafts.filter((d) => d.rule === 'same-statement').flatMap((d) => d.claims.map((c) => c.fact)));
    return drafts.filter((d) => d.rule !== 'weekday-mismatch' || !compared.has(d.claims[0].fact));
  },
};

/** The draft passes, in order. */
export const DRAFT_PASSES: readonly DraftPass[] = [quoteInsideStatement, mismatchInStatement];

/** Drafts → findings: claims in order, ids, evidence, messages; sorted by severity, slot and id. */
export function findings(drafts: readonly Draft[], info: Map<string, EventInfo>): Finding[] {
  const out = new Map<string, Finding>();
  for (const d of drafts) {
    const claims = [...d.claims].sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start));
    const first = claims[0];
    const rule = findingRule(d.rule);
    // The id is a fingerprint of the key findings were named by before rules had ids
    // (`attribute/verdict`, `time/weekday-mismatch`), not of `rule`: editors' review decisions
    // are keyed by finding ids, and renaming a rule must not orphan them.
    const idKey = d.rule === 'weekday-mismatch' ? 'time/weekday-mismatch' : `${first.attribute}/${d.verdict}`;
    // The slot as named by its block, never by event ids: those depend on the rest of the corpus.
    const about = claims.map((c) => `${c.article}#${c.sentence}`);
    let id = fingerprint([idKey, first.block, first.slot, ...about]);
    for (let n = 2; out.has(id); n++) id = fingerprint([idKey, first.block, first.slot, ...about, String(n)]);
    const evidence = fingerprint(claims.map((c) => `${c.article}\u0000${c.start}\u0000${c.text}\u0000${c.value ?? ''}`));
    const out_claims: Claim[] = claims.map((c) => ({
      article: c.article, fact: c.fact, text: c.text, start: c.start, end: c.end, value: c.value, event: c.event, why: c.why,
      ...(c.source ? { source: c.source.name } : {}),
      ...(c.asOf ? { asOf: c.asOf } : {}),
    }));
    const finding: Finding = { id, evidence, verdict: d.verdict, rule, slot: first.slot, message: describe(d, claims, info), confidence: d.confidence, claims: out_claims, review: null };
    if (d.groups) finding.groups = d.groups.map((g) => ({ value: g.shown, articles: g.articles }));
    if (d.groups && d.timeline) {
      finding.timeline = d.groups.map((g) => {
        const times = g.claims.map((c) => c.asOf).filter((t): t is string => t !== undefined).sort();
        return { value: g.shown, asOf: times[0] ?? null, articles: g.articles };
      });
    }
    out.set(id, finding);
  }
  return bySeverity([...out.values()]);
}

/** Findings by verdict severity ({@link verdictRank}, from the one verdict table), then slot, then id. */
export function bySeverity(list: readonly Finding[]): Finding[] {
  const severity = (f: Finding): number => verdictRank(f.verdict);
  return [...list].sort((a, b) => severity(a) - severity(b) || (a.slot < b.slot ? -1 : a.slot > b.slot ? 1 : 0) || (a.id < b.id ? -1 : 1));
}
