/**
 * Ties the claims of each article, made before any grouping (`articleClaims`), to one run: its
 * facts' numbers and the events the grouping gave them.
 */
import type { ClaimMaterial, Document, FactIndex } from '../../types.ts';
import { readClaims } from './kept.ts';
import type { Candidate } from './types.ts';

/** One article's claims tied to a run, in their three parts. */
export interface BoundClaims {
  article: string;
  /** The claims of its facts, fact by fact. */
  own: Candidate[];
  /** Its win-loss records. */
  records: Candidate[];
  /** Its loose values. */
  loose: Candidate[];
}

/**
 * An article's claims (`articleClaims`) as one run sees them. A claim's fact, numbered in its
 * article alone (F1…), takes its number in `index`; its event is the event `factEvent` gives the
 * fact it names. A date of an event mention whose event is no article's main event (`mainEvents`)
 * is an occasion in passing ("met in March", "went to the capital in March of last year"): one
 * event whatever verb tells it, so its dates align across families, in one block.
 *
 * Throws when the claims do not fit the article's facts in `index` (another number of facts, text
 * that is no list of claims): the caller makes them again. `owned`: the material's claims are
 * the caller's to change (made for this call), not copied.
 */
export function bindClaims(doc: Document, material: ClaimMaterial, index: FactIndex, factEvent: ReadonlyMap<string, string>, mainEvents: ReadonlySet<string>, owned = false): BoundClaims {
  const article = doc.article.id;
  const facts = index.byArticle.get(article) ?? [];
  if (facts.length !== material.facts) throw new Error(`claims of ${article}: made for ${material.facts} facts, the article has ${facts.length}`);
  // "F12" in the article alone is its twelfth fact.
  const global = (local: string): string => {
    const f = /^F\d+$/.test(local) ? facts[Number(local.slice(1)) - 1] : undefined;
    if (!f) throw new Error(`claims of ${article}: no fact ${local}`);
    return f.id;
  };
  // As made, they are the material's, copied before they take this run's numbers and events,
  // unless the material is the caller's own (`owned`: made for this binding alone).
  const made = material.claims as Candidate[];
  const claims = typeof material.claims === 'string' ? readClaims(material.claims) : owned ? made : made.map((c) => ({ ...c }));
  const { own, records } = material;
  if (!(Number.isInteger(own) && Number.isInteger(records) && own >= 0 && records >= 0 && own + records <= claims.length)) throw new Error(`claims of ${article}: parts do not fit`);
  for (const c of claims) {
    if (c.article !== article) throw new Error(`claims of ${article}: a claim of ${c.article}`);
    if (c.fact !== '') c.fact = global(c.fact);
    c.event = c.event === null ? null : (factEvent.get(global(c.event)) ?? null);
    if (c.attribute === 'date' && !c.loose && c.event !== null && !mainEvents.has(c.event)) c.block = 'date|occasion';
  }
  return { article, own: claims.slice(0, own), records: claims.slice(own, own + records), loose: claims.slice(own + records) };
}

/**
 * Every article's claims in the order the judge reads them: the claims of every article's facts
 * (articles in id order), then every article's records, then every article's loose values.
 */
export function judgeOrder(bound: readonly BoundClaims[]): Candidate[] {
  const parts = [...bound].sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : 0));
  const out: Candidate[] = [];
  for (const p of parts) for (const c of p.own) out.push(c);
  for (const p of parts) for (const c of p.records) out.push(c);
  for (const p of parts) for (const c of p.loose) out.push(c);
  return out;
}
