/**
 * The extraction runner: every extractor sees one document and returns fact drafts; the runner
 * checks each span against the text and numbers the facts.
 */
import type { Document, Fact } from '../types.ts';

/** A fact before the runner gives it an id; the event is set later by clustering. */
export type Draft<F extends Fact = Fact> = F extends Fact ? Omit<F, 'id' | 'event'> & { id?: string; event?: string | null } : never;

/** One extractor: a name and a function from a document (and the facts found before) to drafts. */
export interface Extractor {
  name: string;
  extract(doc: Document, earlier: readonly Fact[]): Draft[];
}

/**
 * Runs the extractors in order over one document. Facts come back sorted by offset, then kind,
 * with temporary ids `kind@start-end` that later extractors link to: {@link numberFacts} numbers
 * them across the whole run and rewrites the links.
 */
export function extractFacts(doc: Document, extractors: readonly Extractor[]): Fact[] {
  const facts: Fact[] = [];
  for (const ex of extractors) {
    for (const d of ex.extract(doc, facts)) {
      const text = doc.article.text.slice(d.start, d.end);
      // A span that does not hold its own text is a programmer error in the extractor, not a data problem.
      if (d.text !== text) {
        throw new Error(`extractor ${ex.name} gave span ${d.start}-${d.end} of ${doc.article.id} as ${JSON.stringify(d.text)}, but the text there is ${JSON.stringify(text)}`);
      }
      // A temporary id, unique per article, so that later extractors can link to this fact
      // (an event's who/where/when); numberFacts maps it to the final F-id.
      facts.push({ ...d, id: d.id || draftId(d.kind, d.start, d.end), event: d.event ?? null } as Fact);
    }
  }
  return facts.sort((a, b) => a.start - b.start || a.end - b.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}

/**
 * The temporary id of a fact of one article before numbering: its kind and span
 * (`time@120-127`). The one place such ids are made: extractors that link to a fact of another
 * extractor (an event's `when`, a time's anchor) name it with this.
 */
export function draftId(kind: Fact['kind'], start: number, end: number): string {
  return `${kind}@${start}-${end}`;
}

/** Gives facts ids `F1`, `F2`, ... in the order given, rewriting links between them. */
export function numberFacts(facts: Fact[]): Fact[] {
  // Links made before numbering use the draft's temporary id; map them to the final ones.
  const ids = new Map<string, string>();
  facts.forEach((f, i) => {
    if (f.id) ids.set(`${f.article}\u0000${f.id}`, `F${i + 1}`);
  });
  const link = (f: Fact, id: string | null) => (id === null ? null : ids.get(`${f.article}\u0000${id}`) ?? id);
  return facts.map((f, i) => {
    const out = { ...f, id: `F${i + 1}` } as Fact;
    if (out.kind === 'event') {
      out.who = out.who.map((w) => link(f, w)!);
      out.where = link(f, out.where);
      out.when = link(f, out.when);
    }
    // "the previous day" is resolved against another date of the text: point at its final id.
    if (out.kind === 'time' && out.anchor?.kind === 'fact') out.anchor = { kind: 'fact', fact: link(f, out.anchor.fact)! };
    return out;
  });
}
