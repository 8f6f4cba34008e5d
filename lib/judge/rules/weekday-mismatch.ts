/**
 * A weekday that disagrees with its own stated date ("Tuesday, May 16, 2024" when May 16, 2024
 * was a Thursday): an inconsistency within one article — a `conflict` when the year is stated or
 * counted from a publication date the article's metadata or dateline gives, `unresolved` when it
 * rests on an inferred one.
 */
import { weekdayMismatches } from '../../extract/time/index.ts';
import type { Document, Fact, TimeFact } from '../../types.ts';
import { makeClaim } from '../claims/make.ts';
import type { Draft, Rule } from '../rule.ts';

/** What the rule reads: each article's own dates. */
export interface ArticleBlock {
  docs: readonly Document[];
  facts: readonly Fact[];
}

/** The weekday-mismatch rule. */
export const weekdayMismatchRule: Rule<ArticleBlock> = {
  id: 'weekday-mismatch',
  describe: 'A weekday disagrees with the date it is stated with, within one article.',
  judge({ docs, facts }) {
    const times = facts.filter((f): f is TimeFact => f.kind === 'time');
    const out: Draft[] = [];
    const byId = new Map(docs.map((d) => [d.article.id, d]));
    for (const m of weekdayMismatches(times)) {
      const f = m.fact;
      const doc = byId.get(f.article);
      if (!doc) continue;
      // The year is stated, or counted from a publication date the metadata or a dateline gives:
      // the calendar decides. Counted from a date the tool inferred, the year is a guess.
      const reliable = !m.yearImplied || doc.article.publishedFrom === 'metadata' || doc.article.publishedFrom === 'text';
      out.push({
        verdict: reliable ? 'conflict' : 'unresolved',
        rule: 'weekday-mismatch',
        mismatch: m,
        confidence: reliable ? 0.9 : 0.5,
        // No context: the finding is about one article's own words, never aligned with another's.
        claims: [makeClaim(doc, {
          block: 'time/weekday', attribute: 'date', slot: 'weekday and date', type: 'date', fact: f.id,
          start: f.start, end: f.end, text: f.text, value: f.value, shown: f.value ?? '', cmp: { kind: 'stated' }, event: f.event, sentence: f.sentence,
          blanks: [], why: f.chain,
        })],
      });
    }
    return out;
  },
};
