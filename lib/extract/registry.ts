/** The extractors a run uses by default, in the order they run. */
import { eventExtractor } from './event/index.ts';
import type { Extractor } from './index.ts';
import { personExtractor } from './person/index.ts';
import { placeExtractor } from './place/index.ts';
import { quantityExtractor } from './quantity/index.ts';
import { quoteExtractor } from './quote/index.ts';
import { timeExtractor } from './time/extractor.ts';

/**
 * Every extractor, in order: later ones may use the facts of earlier ones (places skip the names
 * of people; events link to the people, places and times found before them).
 */
export const defaultExtractors: readonly Extractor[] = [timeExtractor, quantityExtractor, personExtractor, placeExtractor, quoteExtractor, eventExtractor];
