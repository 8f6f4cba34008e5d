/**
 * Blocking keys of an analysed article: the words by which `check --against <index>` finds, among
 * thousands of indexed articles, the few that may report the same events as a new one. The same
 * signals the event grouping weighs (`lib/cluster`): the days its times name, the people and
 * places it names, and its heaviest terms (names and numbers count double, the lead more).
 */
import { documentTerms } from '../cluster/terms.ts';
import type { Document, Fact } from '../types.ts';

/** How many of an article's heaviest terms it is found by. */
export const TERM_BLOCKS = 12;

/**
 * The blocking keys of one article, sorted, each once: `date:2024-05-16` for each day a time fact
 * resolves to, `person:jane doe` and `place:tokyo` for each name (case and spacing folded), and
 * `term:<stem>` for its {@link TERM_BLOCKS} heaviest terms (ties by term, so the keys are the same
 * on every run).
 */
export function blockingKeys(doc: Document, facts: readonly Fact[], terms: number = TERM_BLOCKS): string[] {
  const keys = new Set<string>();
  for (const f of facts) {
    if (f.kind === 'time' && f.value !== null && /^\d{4}-\d{2}-\d{2}/.test(f.value)) keys.add(`date:${f.value.slice(0, 10)}`);
    else if (f.kind === 'person' || f.kind === 'place') {
      const name = fold(f.value);
      if (name) keys.add(`${f.kind}:${name}`);
    }
  }
  const weights = [...documentTerms(doc)].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  for (const [term] of weights.slice(0, terms)) keys.add(`term:${term}`);
  return [...keys].sort();
}

/**
 * The distinct terms of an article's bag of words (`documentTerms`), sorted: what an index keeps
 * of each article so that the grouping of a few of its articles can weigh terms as the whole
 * index would (`FactStore.termCounts`).
 */
export function bagTerms(doc: Document): string[] {
  return [...documentTerms(doc).keys()].sort();
}

/** A name as a key: NFKC, lower case, one space between words. */
function fold(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}
