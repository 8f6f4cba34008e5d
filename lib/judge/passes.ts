/**
 * Post-processing of the rules' drafts: small pure passes over the whole list, applied in the
 * order of {@link DRAFT_PASSES}; then {@link findings} turns the drafts into findings (claims in
 * order, ids, evidence, messages) sorted by verdict severity, slot and id.
 */
import type { EventInfo, Finding, FormerId, Claim } from '../types.ts';
import { verdictRank } from '../types.ts';
import { fingerprint } from '../util/hash.ts';
import type { Candidate } from './claims/index.ts';
import { describe, slotOf } from './messages.ts';
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

/**
 * Drafts → findings: claims in order, ids, evidence, messages; sorted by severity, slot and id.
 * The stages name articles by content (`lib/util/canonical.ts`), so claims are in the order of
 * their articles' contents, then by offset.
 */
export function findings(drafts: readonly Draft[], info: Map<string, EventInfo>): Finding[] {
  const out = new Map<string, Finding>();
  for (const d of drafts) {
    const claims = [...d.claims].sort(byArticle);
    const rule = findingRule(d.rule);
    const about = aboutKey(d, claims);
    let id = fingerprint(about);
    for (let n = 2; out.has(id); n++) id = fingerprint([...about, String(n)]);
    // What the editor saw, claim by claim, in no order of names: the sentence, the span and the value.
    const evidence = fingerprint(claims.map((c) => `${c.context}\u0000${c.start}\u0000${c.text}\u0000${c.value ?? ''}`).sort());
    const out_claims: Claim[] = claims.map((c) => ({
      article: c.article, fact: c.fact, text: c.text, start: c.start, end: c.end, value: c.value, event: c.event, why: c.why,
      ...(c.source ? { source: c.source.name } : {}),
      ...(c.asOf ? { asOf: c.asOf } : {}),
    }));
    const finding: Finding = { id, evidence, verdict: d.verdict, rule, slot: slotOf(claims), message: describe(d, claims, info), confidence: d.confidence, claims: out_claims, review: null };
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

/**
 * What a finding's id is a fingerprint of (issue 17): the key findings were named by before rules
 * had ids (`attribute/verdict`, `time/weekday-mismatch`: renaming a rule must not orphan review
 * decisions), the block, the slot, and each claim's sentence with its value blanked, sorted. No
 * article id and no offset: renaming a file keeps the id, and so does changing the value of a
 * claim ("123" made "124", then "125"), whose evidence changes instead.
 */
function aboutKey(d: Draft, claims: readonly Candidate[]): string[] {
  const first = claims[0];
  // A claim with nothing blanked has no context (see contextOf): its own words stand in.
  const sentences = claims.map((c) => c.context || c.text).sort();
  return [idKey(d, first), first.block, slotOf(claims), ...sentences];
}

function idKey(d: Draft, first: Candidate): string {
  return d.rule === 'weekday-mismatch' ? 'time/weekday-mismatch' : `${first.attribute}/${d.verdict}`;
}

function byArticle(a: Candidate, b: Candidate): number {
  return a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start;
}

/**
 * The id and evidence fingerprint each finding had before issue 17, when they were made of file
 * names (`004_f06c583c02f324cf#12`: article id and sentence): the review store still finds
 * decisions recorded under them, and files them under the new id on its next write. `realId` gives
 * an article's id as the user named it; the drafts must be the ones {@link findings} was given.
 */
export function formerIds(drafts: readonly Draft[], realId: (article: string) => string): Map<string, FormerId> {
  const out = new Map<string, FormerId>();
  const used = new Set<string>();
  const made = new Set<string>();
  for (const d of drafts) {
    const claims = [...d.claims].sort(byArticle);
    const about = aboutKey(d, claims);
    let id = fingerprint(about);
    for (let n = 2; made.has(id); n++) id = fingerprint([...about, String(n)]);
    made.add(id);
    // The formula as it was: claims by file name, then offset; the first one's block and slot.
    const named = claims.map((c) => ({ c, article: realId(c.article) })).sort((x, y) => (x.article < y.article ? -1 : x.article > y.article ? 1 : x.c.start - y.c.start));
    const first = named[0].c;
    const before = [idKey(d, first), first.block, first.slot, ...named.map((x) => `${x.article}#${x.c.sentence}`)];
    let former = fingerprint(before);
    for (let n = 2; used.has(former); n++) former = fingerprint([...before, String(n)]);
    used.add(former);
    out.set(id, { id: former, evidence: fingerprint(named.map((x) => `${x.article}\u0000${x.c.start}\u0000${x.c.text}\u0000${x.c.value ?? ''}`)) });
  }
  return out;
}

/** Findings by verdict severity ({@link verdictRank}, from the one verdict table), then slot, then id. */
export function bySeverity(list: readonly Finding[]): Finding[] {
  const severity = (f: Finding): number => verdictRank(f.verdict);
  return [...list].sort((a, b) => severity(a) - severity(b) || (a.slot < b.slot ? -1 : a.slot > b.slot ? 1 : 0) || (a.id < b.id ? -1 : 1));
}
