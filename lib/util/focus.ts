/**
 * What a report says about a few articles among many (`check`: the new articles among the indexed
 * ones they were compared with): the findings with a claim of one of them, and the facts of those
 * articles with the facts those findings cite. Pure functions of ids, so that the narrowing can be
 * made under the articles' internal names (before the report is renamed, `pipeline.assemble`) or
 * under their real ids (`narrowToSources` in lib/gate.ts) alike.
 */
import type { Fact, Finding } from '../types.ts';

/** The findings with a claim from an article of `focus` (article ids). */
export function findingsAbout<F extends Pick<Finding, 'claims'>>(findings: readonly F[], focus: ReadonlySet<string>): F[] {
  return findings.filter((f) => f.claims.some((c) => focus.has(c.article)));
}

/** The facts of the articles of `focus` and those `findings` cite, in their order. */
export function factsAbout<T extends Pick<Fact, 'article' | 'id'>>(facts: readonly T[], findings: readonly Pick<Finding, 'claims'>[], focus: ReadonlySet<string>): T[] {
  const cited = new Set<string>();
  for (const f of findings) for (const c of f.claims) if (c.fact !== '') cited.add(`${c.article}\u0000${c.fact}`);
  return facts.filter((f) => focus.has(f.article) || cited.has(`${f.article}\u0000${f.id}`));
}
