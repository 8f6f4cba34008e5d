/** Clustering: facts → real-world events. (Thin for now: the events issue grows it.) */
import type { CrossEvent, Document, Fact } from '../types.ts';

/** Events found, and for each article its events (main event first). */
export interface Clustering {
  events: CrossEvent[];
  byArticle: Map<string, string[]>;
}

/** Groups the documents' event facts into events. Not yet implemented: finds none. */
export function cluster(docs: readonly Document[], _facts: readonly Fact[]): Clustering {
  return { events: [], byArticle: new Map(docs.map((d) => [d.article.id, []])) };
}
