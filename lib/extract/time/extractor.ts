/** The time extractor as the runner sees it: one document in, time facts out. */
import type { Document } from '../../types.ts';
import type { Draft, Extractor } from '../index.ts';
import { extractTimes } from './extract.ts';

/**
 * Time expressions of one document, resolved against its publication date. An anchor that is
 * another date of the text (`fact@120-127`) is renamed to that fact's temporary id
 * (`time@120-127`) so that the runner's numbering turns it into the final fact id.
 */
export const timeExtractor: Extractor = {
  name: 'time',
  extract(doc: Document): Draft[] {
    const facts = extractTimes({ article: doc.article.id, body: doc.body, sentences: doc.sentences, published: doc.article.published, publishedEarliest: doc.article.publishedFrom === 'inferred' });
    return facts.map((f) => ({ ...f, id: `time@${f.start}-${f.end}`, anchor: f.anchor?.startsWith('fact@') ? `time@${f.anchor.slice(5)}` : f.anchor }));
  },
};
