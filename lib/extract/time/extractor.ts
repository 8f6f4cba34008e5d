/** The time extractor as the runner sees it: one document in, time facts out. */
import type { Document } from '../../types.ts';
import type { Draft, Extractor } from '../index.ts';
import { extractTimes } from './extract.ts';

/**
 * Time expressions of one document, resolved against its publication date. An anchor that is
 * another date of the text names that fact by the runner's temporary id (`draftId`), which the
 * runner's numbering turns into the final fact id.
 */
export const timeExtractor: Extractor = {
  name: 'time',
  extract(doc: Document): Draft[] {
    return extractTimes({ article: doc.article.id, body: doc.body, sentences: doc.sentences, published: doc.article.published, publishedEarliest: doc.article.publishedFrom === 'inferred' });
  },
};
